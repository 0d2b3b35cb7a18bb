import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from '@deckl10n/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type LocalRegistry } from './test-support/registry.js';
import { deckl10n, exampleProject, run } from './test-support/project.js';

const changeset = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
const npm = 'npm';

/**
 * The release flow for real: locale packages built from a pseudo-translated project are
 * published to a Verdaccio registry on 127.0.0.1, installed into a fresh project from there and
 * loaded with plain i18next; then `deckl10n changeset`, `changeset version` and
 * `changeset publish` release the next version to the same registry.
 */
describe('publishing locale packages to a local registry', () => {
  let registry: LocalRegistry;
  let registryDir: string;
  let project: string;
  let consumer: string;

  beforeAll(async () => {
    registryDir = tempDir('deckl10n-registry-');
    registry = await startRegistry(registryDir);
    project = exampleProject({ workspace: true });
    consumer = tempDir('deckl10n-consumer-');
  }, 120_000);

  afterAll(async () => {
    await registry?.stop();
    for (const dir of [registryDir, project, consumer]) if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('publishes, installs, loads with i18next, and releases with changesets', async () => {
    deckl10n(['build'], project);
    // A lockfile as the project would commit it; npm ci must accept it on a fresh clone.
    run(npm, ['install', '--package-lock-only', '--ignore-scripts', '--offline'], project, registry.env);
    run(npm, ['publish', '--registry', registry.url], join(project, 'locales/fr'), registry.env);

    // Release the next version: changeset → version → lockfile → publish.
    const written = deckl10n(['changeset'], project);
    expect(written).toMatch(/deckl10n-fr-[0-9a-f]{10}\.md: @deckl10n\/locale-fr minor/);
    run(process.execPath, [changeset, 'version'], project, registry.env);
    const manifest = JSON.parse(readFileSync(join(project, 'locales/fr/package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe('0.1.0');
    expect(readFileSync(join(project, 'locales/fr/CHANGELOG.md'), 'utf8')).toContain('312 segments added');
    // The version bump puts package-lock.json out of step; build brings it back, writing no deck.
    const rebuilt = deckl10n(['build', '--update-lockfile'], project);
    expect(rebuilt).toContain('nothing to write');
    expect(rebuilt).toContain('package-lock.json updated');
    run(npm, ['ci', '--ignore-scripts', '--offline'], project, registry.env);
    run(process.execPath, [changeset, 'publish', '--no-git-tag'], project, registry.env);
    const after = JSON.parse(run(npm, ['view', '@deckl10n/locale-fr', '--json', '--registry', registry.url], project, registry.env)) as { versions: string[] };
    expect(after.versions).toEqual(['0.0.0', '0.1.0']);

    // A fresh project installs the package from the registry and loads it with plain i18next.
    writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`);
    run(npm, ['install', '@deckl10n/locale-fr', '--registry', registry.url], consumer, registry.env);
    const installed = join(consumer, 'node_modules/@deckl10n/locale-fr');
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version).toBe('0.1.0');
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'README.md', 'decks', 'index.d.ts', 'index.js', 'package.json', 'pangeo-ecosystem.json']);
    const key = Object.keys(JSON.parse(readFileSync(join(project, 'locales/fr/pangeo-ecosystem.json'), 'utf8')) as object)[0] as string;
    writeFileSync(
      join(consumer, 'load.mjs'),
      [
        `import i18next from ${JSON.stringify(import.meta.resolve('i18next'))};`,
        "import { resources, decks, deckUrl, language } from '@deckl10n/locale-fr';",
        "import { readFileSync } from 'node:fs';",
        'await i18next.init({ lng: language, resources });',
        `const text = i18next.t(${JSON.stringify(key)}, { ns: 'pangeo-ecosystem' });`,
        "const deck = readFileSync(deckUrl('pangeo-ecosystem'), 'utf8');",
        'console.log(JSON.stringify({ text, decks: decks.map((d) => d.id), lang: /^lang: (.*)$/m.exec(deck)?.[1] }));',
        '',
      ].join('\n'),
    );
    const loaded = JSON.parse(run(process.execPath, ['load.mjs'], consumer, registry.env)) as { text: string; decks: string[]; lang: string };
    expect(loaded.text).toMatch(/^⟦fr /);
    expect(loaded.decks).toEqual(['pangeo-ecosystem']);
    expect(loaded.lang).toBe('fr');
    expect(readdirSync(join(project, '.changeset'))).toEqual(['config.json']);
  }, 180_000);
});
