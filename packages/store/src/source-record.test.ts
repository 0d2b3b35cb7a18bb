import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@deckl10n/test-support';
import { localePaths, readDeckTranslations, writeDeckTranslations } from './locale-files.js';
import type { DeckTranslations, TranslationEntry } from './model.js';

const key = (localesDir: string) => ({ localesDir, deckId: 'pangeo', language: 'fr', sourceLanguage: 'en', deckPath: 'decks/pangeo/slides.md' });
const record = { digest: 'd'.repeat(32), segments: ['b2c3d4e5f6', '0123456789', 'fresh-id'] };

function sample(localesDir: string): DeckTranslations {
  const entry = (translation: string, source: string, state: TranslationEntry['state']): TranslationEntry => ({ translation, state, fingerprint: `fp-${source}`, source, provider: 'pseudo' });
  return {
    ...key(localesDir),
    entries: new Map([
      ['b2c3d4e5f6', entry('Bonjour', 'Hello', 'machine')],
      ['0123456789', entry('Le monde', 'The world', 'reviewed')],
    ]),
    sourceRecord: record,
  };
}

describe('source records in the state file', () => {
  it('round-trips the record, and a rewrite of the same data writes nothing', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const read = await readDeckTranslations(key(dir));
    expect(read.sourceRecord).toEqual(record);
    expect(await writeDeckTranslations(dir, read)).toEqual([]);
    const state = readFileSync(localePaths(dir, 'fr', 'pangeo').state, 'utf8');
    expect(state).toContain('  "source": {\n    "digest": "dddd');
  });

  it('is not trusted once an entry of the state file was edited by hand, even in the canonical layout', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const file = localePaths(dir, 'fr', 'pangeo').state;
    writeFileSync(file, readFileSync(file, 'utf8').replace('"state": "machine"', '"state": "reviewed"'));
    const read = await readDeckTranslations(key(dir));
    expect(read.entries.get('b2c3d4e5f6')?.state).toBe('reviewed');
    expect(read.sourceRecord).toBeUndefined();
  });

  it('is not trusted once the resources file was edited by hand (the edit wins, for review)', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const file = localePaths(dir, 'fr', 'pangeo').resources;
    writeFileSync(file, readFileSync(file, 'utf8').replace('Le monde', 'La terre'));
    const read = await readDeckTranslations(key(dir));
    expect(read.entries.get('0123456789')).toMatchObject({ translation: 'La terre', state: 'machine', provider: 'manual' });
    expect(read.sourceRecord).toBeUndefined();
  });

  it('is not trusted in a state file reformatted by hand, which still reads', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const file = localePaths(dir, 'fr', 'pangeo').state;
    writeFileSync(file, `${JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 4)}\n`);
    const read = await readDeckTranslations(key(dir));
    expect(read.entries.size).toBe(2);
    expect(read.sourceRecord).toBeUndefined();
  });

  it('is optional: a state file without one reads as before, and writing without one leaves it out', async () => {
    const dir = tempDir();
    const { sourceRecord: _, ...plain } = sample(dir);
    await writeDeckTranslations(dir, plain);
    expect(readFileSync(localePaths(dir, 'fr', 'pangeo').state, 'utf8')).not.toContain('"source": {');
    const read = await readDeckTranslations(key(dir));
    expect(read.sourceRecord).toBeUndefined();
    expect(read.entries.size).toBe(2);
  });

  it('refuses a damaged record with its line, like any damaged state file', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, sample(dir));
    const file = localePaths(dir, 'fr', 'pangeo').state;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"segments": \[[^\]]*\]/, '"segments": 5'));
    const line = text.slice(0, text.indexOf('"segments": [')).split('\n').length;
    await expect(readDeckTranslations(key(dir))).rejects.toMatchObject({ code: 'STORE_SCHEMA', line });
  });
});
