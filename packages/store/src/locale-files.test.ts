import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@deckl10n/test-support';
import { localePaths, readDeckTranslations, writeDeckTranslations } from './locale-files.js';
import type { DeckTranslations, TranslationEntry } from './model.js';

const key = (localesDir: string) => ({ localesDir, deckId: 'pangeo', language: 'fr', sourceLanguage: 'en', deckPath: 'decks/pangeo/slides.md' });

const entry = (translation: string, source: string, extra: Partial<TranslationEntry> = {}): TranslationEntry => ({
  translation,
  state: 'machine',
  fingerprint: `fp-${source.length}`,
  source,
  provider: 'pseudo',
  ...extra,
});

function sample(localesDir: string): DeckTranslations {
  return {
    ...key(localesDir),
    entries: new Map<string, TranslationEntry>([
      ['b2c3d4e5f6', entry('Bonjour', 'Hello')],
      ['0123456789', entry('Voir {{ site.baseurl }}/x et `code`', 'See {{ site.baseurl }}/x and `code`', { state: 'reviewed', provider: 'human' })],
      ['a1b2c3d4e5-2', entry('Le monde: a.b', 'The world: a.b', { state: 'stale', was: 'reviewed', notes: ['changed since export'] })],
    ]),
  };
}

describe('locale files', () => {
  it('round-trips every field and writes sorted, stable JSON with a final newline', async () => {
    const dir = tempDir();
    expect(await writeDeckTranslations(dir, sample(dir))).toHaveLength(2);
    const read = await readDeckTranslations(key(dir));
    expect([...read.entries]).toEqual([...sample(dir).entries].sort(([a], [b]) => (a < b ? -1 : 1)));
    const resources = readFileSync(localePaths(dir, 'fr', 'pangeo').resources, 'utf8');
    expect(resources).toBe('{\n  "0123456789": "Voir {{ site.baseurl }}/x et `code`",\n  "a1b2c3d4e5-2": "Le monde: a.b",\n  "b2c3d4e5f6": "Bonjour"\n}\n');
    // A run that changes nothing writes nothing.
    expect(await writeDeckTranslations(dir, read)).toEqual([]);
  });

  it('is loadable by plain i18next and every segment reads back with t()', async () => {
    const dir = tempDir();
    const deck = sample(dir);
    await writeDeckTranslations(dir, deck);
    const resources = JSON.parse(readFileSync(localePaths(dir, 'fr', 'pangeo').resources, 'utf8')) as Record<string, string>;
    const i18n = i18next.createInstance();
    // Plain i18next with its default separators and interpolation: ids contain no `.` or `:`,
    // and Liquid's `{{ … }}` has no variable to fill, so it comes back as written.
    await i18n.init({ lng: 'fr', ns: ['pangeo'], resources: { fr: { pangeo: resources } }, interpolation: { escapeValue: false } });
    for (const [id, value] of deck.entries) {
      expect(i18n.t(id, { ns: 'pangeo' })).toBe(value.translation);
    }
  });

  it('refuses damaged files with file:line and leaves them untouched', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const { state, resources } = localePaths(dir, 'fr', 'pangeo');
    const good = readFileSync(state, 'utf8');
    const cases: [string, string, RegExp][] = [
      [state, good.slice(0, good.length / 2), /STORE_JSON_SYNTAX/],
      [state, good.replace('"segments": {', '"segments": {\n<<<<<<< HEAD\n=======\n>>>>>>> branch'), /STORE_MERGE_CONFLICT/],
      [state, good.replace('"state": "machine"', '"state": 3'), /STORE_SCHEMA/],
      [state, good.replace('"version": 1', '"version": 99'), /STORE_VERSION/],
      [resources, '{ "b2c3d4e5f6": ["not", "a string"] }\n', /STORE_SCHEMA/],
    ];
    for (const [file, damaged, code] of cases) {
      writeFileSync(file, damaged);
      const error = (await readDeckTranslations(key(dir)).catch((e: unknown) => e)) as { code: string; file: string; line: number; message: string };
      expect(`${error.code}: ${error.message}`).toMatch(code);
      expect(error.file).toBe(file);
      expect(error.line).toBeGreaterThan(0);
      expect(readFileSync(file, 'utf8')).toBe(damaged);
      await writeDeckTranslations(dir, sample(dir)); // restore for the next case
    }
  });

  it('recovers from a crash between the two writes without losing anything', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const { resources } = localePaths(dir, 'fr', 'pangeo');
    const before = readFileSync(resources, 'utf8');
    const updated = sample(dir);
    (updated.entries as Map<string, TranslationEntry>).set('b2c3d4e5f6', entry('Salut', 'Hello', { state: 'reviewed' }));
    await writeDeckTranslations(dir, updated);
    writeFileSync(resources, before); // as if the process died after writing the state file only
    const read = await readDeckTranslations(key(dir));
    expect(read.entries.get('b2c3d4e5f6')).toMatchObject({ translation: 'Salut', state: 'reviewed' });
  });

  it('keeps a translation edited by hand in the resources file, marked for review', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const { resources } = localePaths(dir, 'fr', 'pangeo');
    writeFileSync(resources, readFileSync(resources, 'utf8').replace('"Bonjour"', '"Bonjour à tous"').replace('{\n', '{\n  "ffffffffff": "Ajouté à la main",\n'));
    const read = await readDeckTranslations(key(dir));
    expect(read.entries.get('b2c3d4e5f6')).toMatchObject({ translation: 'Bonjour à tous', provider: 'manual', state: 'machine' });
    expect(read.entries.get('ffffffffff')).toMatchObject({ translation: 'Ajouté à la main', provider: 'manual' });
    expect(read.entries.get('0123456789')?.state).toBe('reviewed');
  });

  it('reads a missing store as empty', async () => {
    const read = await readDeckTranslations(key(join(tempDir(), 'locales')));
    expect(read.entries.size).toBe(0);
  });
});
