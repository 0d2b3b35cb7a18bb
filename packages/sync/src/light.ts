/**
 * `@deckl10n/sync/light`: what `status` and a no-op `sync` need when the store's source records
 * are current. Loads neither the parser nor the segmenter; import `@deckl10n/sync` (lazily) for
 * the decks and string catalogs whose record is missing or out of date.
 */
export { chooseDecks } from './choose-decks.js';
export type { ChosenDecks } from './choose-decks.js';
export { chooseLanguages } from './languages.js';
export { deckDigest, recordedTranslations } from './recorded.js';
export type { RecordedTranslations } from './recorded.js';
export { countByIds, countStates } from './states.js';
export type { StateCounts } from './states.js';
