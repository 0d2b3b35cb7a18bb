import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@deckl10n/test-support';
import { parseCanonical } from './canonical-json.js';
import { fastResources, fastState } from './fast-read.js';
import { stableStringify } from './json-writer.js';
import { localePaths, readDeckTranslations, writeDeckTranslations } from './locale-files.js';
import type { TranslationEntry } from './model.js';

const key = (localesDir: string) => ({ localesDir, deckId: 'd', language: 'fr', sourceLanguage: 'en', deckPath: 'decks/d/slides.md' });
const entries = new Map<string, TranslationEntry>([
  ['1234567890', { translation: 'Un "deux": trois', state: 'reviewed', fingerprint: '1234567890', source: 'One "two": three', provider: 'human' }],
  ['abc', { translation: 'x', state: 'stale', was: 'machine', fingerprint: 'abc', source: 'y', provider: 'deepl', notes: ['a "b": c'], qa: [{ code: 'MT_MARKUP', severity: 'error', message: 'm' }] }],
]);

describe('fast reading of canonical store files', () => {
  it('reads exactly what the positioned parser reads', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, { ...key(dir), entries });
    const paths = localePaths(dir, 'fr', 'd');
    const state = fastState(readFileSync(paths.state, 'utf8'), 'fr');
    expect(state?.entries).toEqual(entries);
    expect(fastResources(readFileSync(paths.resources, 'utf8'))).toEqual(new Map([...entries].map(([id, e]) => [id, e.translation])));
    expect((await readDeckTranslations(key(dir))).entries).toEqual(entries);
  });

  it('declines anything not laid out as deckl10n writes it, so the strict parser decides', () => {
    const canonical = stableStringify({ a: 'x', b: { c: ['y', { d: 'z' }] } });
    expect(parseCanonical(canonical)).toEqual({ a: 'x', b: { c: ['y', { d: 'z' }] } });
    expect(parseCanonical(canonical.replace('"a": "x",', '"a": "x",\n  "a": "w",'))).toBeUndefined(); // repeated key
    expect(parseCanonical(JSON.stringify({ a: 'x' }))).toBeUndefined(); // another layout
    expect(parseCanonical(canonical.slice(0, -3))).toBeUndefined(); // truncated
    expect(parseCanonical(canonical.replace('{\n', '{\n<<<<<<< HEAD\n'))).toBeUndefined();
  });

  it('a duplicated key from a merge is still refused with file:line', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, { ...key(dir), entries });
    const { resources } = localePaths(dir, 'fr', 'd');
    writeFileSync(resources, readFileSync(resources, 'utf8').replace('{\n', '{\n  "abc": "merged",\n'));
    await expect(readDeckTranslations(key(dir))).rejects.toMatchObject({ code: 'STORE_SCHEMA', file: resources, line: 4 }) // the second "abc";
  });

  it('checks only the lines outside a segments block written with its record, and all of any other file', async () => {
    const dir = tempDir();
    await writeDeckTranslations(dir, { ...key(dir), entries, sourceRecord: { digest: 'd1', segments: ['1234567890', 'abc'] } });
    const { state } = localePaths(dir, 'fr', 'd');
    const text = readFileSync(state, 'utf8');
    expect(fastState(text, 'fr')).toMatchObject({ entries, record: { digest: 'd1' } });
    // Outside the block the layout is checked as before: a repeated key is declined.
    expect(fastState(text.replace('  "language": "fr",\n', '  "language": "fr",\n  "language": "fr",\n'), 'fr')).toBeUndefined();
    const source = text.slice(text.indexOf('  "source": {'), text.indexOf('\n  "sourceLanguage"'));
    expect(fastState(text.replace(source, `${source}\n${source}`), 'fr')).toBeUndefined();
    expect(fastState(text.replace('\n  "segments": {', '\n  "segments": {},\n  "segments": {'), 'fr')).toBeUndefined();
    // A block edited since (its digest no longer the record's) is checked whole: a repeated entry is declined.
    const repeated = text.replace('    "abc": {', '    "abc": {\n      "state": "machine",');
    expect(fastState(repeated, 'fr')).toBeUndefined();
    expect(fastState(repeated.replace('\n      "state": "machine",', ''), 'fr')).toMatchObject({ entries });
  });
});
