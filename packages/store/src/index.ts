/**
 * @deckl10n/store: the repository is the database. Per language and deck, an i18next JSON v4
 * resources file (`locales/<lng>/<deck-id>.json`, segment id → translation) and a state file
 * beside it (`<deck-id>.state.json`: per segment the state, provider, and the source text and
 * fingerprint the translation was made from). Files are read strictly (a damaged file is refused
 * with file:line, never overwritten), written deterministically and atomically, only when their
 * bytes change, under a project lock.
 */
export { localePaths, readDeckTranslations, writeDeckTranslations } from './locale-files.js';
export type { LocaleKey, LocalePaths } from './locale-files.js';
export { withProjectLock } from './lock.js';
export { stableStringify, staleTempFiles, writeIfChanged } from './json-writer.js';
export { parseJsonDocument } from './strict-json.js';
export type { JsonDocument } from './strict-json.js';
export { STATE_VERSION, segmentStates } from './model.js';
export type { DeckTranslations, SegmentState, SourceRecord, StoredFinding, StoredState, TranslationEntry } from './model.js';
