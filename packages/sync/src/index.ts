/**
 * @deckl10n/sync: keeps every locale in step with the English decks. Aligns stored translations
 * with the current segments (moves, edits, protected-element changes), counts states, diffs
 * stale sources, and runs machine translation with progress saved after every batch.
 */
export { alignEntries, FUZZY_THRESHOLD } from './align.js';
export type { AlignReport, AlignResult } from './align.js';
export { carryProtected } from './carry-protected.js';
export { similarity, words } from './similarity.js';
export { countByIds, countStates, stateOf } from './states.js';
export type { StateCounts } from './states.js';
export { formatWordDiff, wordDiff } from './word-diff.js';
export type { DiffPart } from './word-diff.js';
export { alignedTranslations, loadSourceDeck, loadSourceDecks, saveTranslations } from './project.js';
export { chooseLanguages } from './languages.js';
export { chooseDecks } from './choose-decks.js';
export type { ChosenDecks } from './choose-decks.js';
export { deckDigest, recordedTranslations } from './recorded.js';
export type { RecordedTranslations } from './recorded.js';
export { engineDigest, sourceDigest } from './source-digest.js';
export type { AlignedTranslations, SourceDeck } from './project.js';
export { loadCatalogSource } from './catalogs.js';
export { translateProject } from './translate.js';
export type { LanguageSummary, TranslateOptions, TranslateSummary } from './translate.js';
export type { QaTally, TranslationCheck } from './translation-check.js';
export { batchUnits } from './batches.js';
export { pendingWork } from './pending-work.js';
export type { Occurrence, WorkUnit } from './pending-work.js';
