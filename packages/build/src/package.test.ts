import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import i18next from 'i18next';
import ts from 'typescript';
import { repoRoot } from '@deckl10n/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckl10n, exampleProject } from './test-support/project.js';

/** npm's environment without the settings of an npm process running the tests. */
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));

describe('the locale package', { timeout: 90_000 }, () => {
  let dir: string;
  let pkg: string;

  beforeAll(() => {
    dir = exampleProject();
    pkg = join(dir, 'locales/fr');
    // A shared namespace another tool keeps in the locale folder, and files that must stay out.
    writeFileSync(join(pkg, 'viewer.json'), `${JSON.stringify({ toolbar: { next: 'Suivant' } }, null, 2)}\n`);
    writeFileSync(join(pkg, '.deckl10n-release.json'), '{}\n');
    deckl10n(['build'], dir);
  }, 60_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('packs exactly the decks, namespaces, entry point and README (npm pack --dry-run)', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkg, env: npmEnv, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const [packed] = JSON.parse(result.stdout) as { name: string; version: string; files: { path: string }[] }[];
    expect(packed?.name).toBe('@deckl10n/locale-fr');
    expect(packed?.version).toBe('0.0.0');
    expect(packed?.files.map((file) => file.path).sort()).toEqual([
      'README.md',
      'decks/pangeo-ecosystem/slides_FR.md',
      'index.d.ts',
      'index.js',
      'package.json',
      'pangeo-ecosystem.json',
      'viewer.json',
    ]);
  });

  it('loads into plain i18next through its entry point', async () => {
    const entry = (await import(pathToFileURL(join(pkg, 'index.js')).href)) as {
      resources: Record<string, Record<string, Record<string, unknown>>>;
      decks: { id: string; file: string; segments: number; translated: number }[];
      namespaces: string[];
      deckUrl(id: string): URL;
    };
    const store = JSON.parse(readFileSync(join(pkg, 'pangeo-ecosystem.json'), 'utf8')) as Record<string, string>;
    const [key, value] = Object.entries(store)[0] as [string, string];
    const instance = i18next.createInstance();
    await instance.init({ lng: 'fr', resources: entry.resources as never, interpolation: { escapeValue: false } });
    expect(instance.t(key, { ns: 'pangeo-ecosystem' })).toBe(value);
    expect(instance.t('toolbar.next', { ns: 'viewer' })).toBe('Suivant');
    expect(entry.namespaces).toEqual(['pangeo-ecosystem', 'viewer']);
    expect(entry.decks).toEqual([expect.objectContaining({ id: 'pangeo-ecosystem', file: 'decks/pangeo-ecosystem/slides_FR.md', segments: 312, translated: 312 })]);
    expect(readFileSync(entry.deckUrl('pangeo-ecosystem'), 'utf8')).toBe(readFileSync(join(dir, 'decks/pangeo-ecosystem/slides_FR.md'), 'utf8'));
    expect(() => entry.deckUrl('nope')).toThrow(/no deck "nope"/);
  });

  it('has type declarations a strict TypeScript consumer compiles against', () => {
    // The consumer's own i18next, as an app that installed the package would have.
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules/i18next'), join(dir, 'node_modules/i18next'), 'dir');
    const consumer = join(pkg, 'consumer.ts');
    writeFileSync(
      consumer,
      [
        "import i18next from 'i18next';",
        "import { resources, decks, deckUrl, namespaces, language, type DeckId } from './index.js';",
        "const id: DeckId = 'pangeo-ecosystem';",
        'const url: URL = deckUrl(id);',
        "const names: readonly ['pangeo-ecosystem', 'viewer'] = namespaces;",
        "const lng: 'fr' = language;",
        "const ns = resources.fr['pangeo-ecosystem'];",
        'const total: number = decks.reduce((sum, deck) => sum + deck.untranslated, 0);',
        "// @ts-expect-error not a deck of this package",
        "deckUrl('nope');",
        'await i18next.init({ lng, resources });',
        'export { url, names, ns, total };',
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
