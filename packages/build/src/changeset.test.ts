import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readDeckTranslations, writeDeckTranslations, type TranslationEntry } from '@deckl10n/store';
import { runCli } from '@deckl10n/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckl10n, exampleProject } from './test-support/project.js';

describe('deckl10n changeset', { timeout: 90_000 }, () => {
  let dir: string;
  const changesets = () => readdirSync(join(dir, '.changeset')).filter((name) => name.endsWith('.md')).sort();

  beforeAll(() => {
    dir = exampleProject({ workspace: true });
    deckl10n(['build'], dir);
  }, 60_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a minor changeset per new locale package, then nothing until content changes', () => {
    expect(deckl10n(['changeset'], dir)).toMatch(/deckl10n-fr-[0-9a-f]{10}\.md: @deckl10n\/locale-fr minor\n.*deckl10n-es-[0-9a-f]{10}\.md: @deckl10n\/locale-es minor/);
    const [es, fr] = changesets();
    expect(readFileSync(join(dir, '.changeset', fr as string), 'utf8')).toBe(
      '---\n"@deckl10n/locale-fr": minor\n---\n\nFrench (fr): 1 new deck, 312 segments added, 0 updated, 0 reviewed.\n\n- new deck `pangeo-ecosystem`\n- `pangeo-ecosystem`: 312 added, 0 updated, 0 reviewed\n',
    );
    expect(es).toMatch(/^deckl10n-es-/);
    expect(readFileSync(join(dir, 'locales/fr/.deckl10n-release.json'), 'utf8')).toMatch(/"package": "@deckl10n\/locale-fr"/);
    expect(deckl10n(['changeset'], dir)).toBe('@deckl10n/locale-fr: unchanged since its last changeset\n@deckl10n/locale-es: unchanged since its last changeset\n');
    expect(changesets()).toHaveLength(2);
  });

  it('refuses packages that are not built from the current store, then writes a patch', async () => {
    const key = { localesDir: join(dir, 'locales'), deckId: 'pangeo-ecosystem', language: 'fr', sourceLanguage: 'en', deckPath: 'decks/pangeo-ecosystem/slides.md' };
    const stored = await readDeckTranslations(key);
    const entries = new Map(stored.entries);
    const ids = [...entries.keys()];
    const entry = (id: string): TranslationEntry => entries.get(id) as TranslationEntry;
    for (const id of ids.slice(0, 5)) entries.set(id, { ...entry(id), state: 'reviewed', provider: 'human' });
    for (const id of ids.slice(5, 7)) entries.set(id, { ...entry(id), translation: 'Texte revu à la main' });
    await writeDeckTranslations(key.localesDir, { ...stored, entries });

    const refused = runCli(['changeset'], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/decks\/pangeo-ecosystem\/slides_FR\.md differs from what build would write now; nothing was written \(BUILD_OUTDATED\)/);
    expect(changesets()).toHaveLength(2);

    deckl10n(['build'], dir);
    const out = deckl10n(['changeset', '--json'], dir);
    const result = JSON.parse(out) as { changesets: { package: string; bump: string; file: string }[]; unchanged: string[] };
    expect(result.changesets.map((c) => [c.package, c.bump])).toEqual([['@deckl10n/locale-fr', 'patch']]);
    expect(result.unchanged).toEqual(['@deckl10n/locale-es']);
    expect(readFileSync(join(dir, result.changesets[0]?.file as string), 'utf8')).toContain('French (fr): 0 segments added, 2 updated, 5 reviewed.');
  });
});
