#!/usr/bin/env node
// Records hand-written translations of a string catalog as `reviewed` in the project's store,
// through the store API (same files, same atomic writes, same lock as every command):
//
//   node packages/gtn-layout/scripts/record-reviewed.mjs <lng> <translations.json> [catalog-id]
//
// <translations.json> is an i18next resources object (key → translated text), e.g. the French
// layout strings written by a translator. Each key must be a key of the English catalog
// (locales/en/<catalog-id>.json, default gtn-layout); the entry records the English text it
// translates, so editing that English text later makes the translation `stale`.
import { readFile } from 'node:fs/promises';
import { loadConfig } from '@deckl10n/config';
import { withProjectLock } from '@deckl10n/store';
import { alignedTranslations, chooseLanguages, loadSourceDecks, saveTranslations } from '@deckl10n/sync';

const [language, file, catalogId = 'gtn-layout'] = process.argv.slice(2);
if (language === undefined || file === undefined) {
  console.error('usage: record-reviewed.mjs <lng> <translations.json> [catalog-id]');
  process.exit(2);
}
const loaded = await loadConfig(process.cwd());
chooseLanguages(loaded, [language]);
const translations = JSON.parse(await readFile(file, 'utf8'));
const [source] = await loadSourceDecks(loaded, catalogId);
if (source?.catalog !== true) throw new Error(`${catalogId} is not a string catalog of this project`);
const segments = new Map(source.segments.map((segment) => [segment.id, segment]));
await withProjectLock(loaded.localesDir, async () => {
  const aligned = await alignedTranslations(loaded, source, language);
  const entries = new Map(aligned.translations.entries);
  for (const [key, translation] of Object.entries(translations)) {
    const segment = segments.get(key);
    if (segment === undefined) throw new Error(`${file}: "${key}" is not a key of ${source.deck.path}`);
    if (typeof translation !== 'string' || translation === '') throw new Error(`${file}: "${key}" must be a non-empty string`);
    entries.set(key, { translation, state: 'reviewed', fingerprint: segment.fingerprint, source: segment.text, provider: 'human' });
  }
  const written = await saveTranslations(loaded, { ...aligned.translations, entries });
  console.log(`${language}: ${Object.keys(translations).length} strings recorded as reviewed${written.length ? ` (${written.join(', ')})` : ' (no change)'}`);
});
