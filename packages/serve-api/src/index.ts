/**
 * @deckl10n/serve-api: the JSON that `deckl10n serve`'s API sends and receives, as plain
 * TypeScript types. @deckl10n/serve declares its answers with them and the browser viewer reads
 * them with them, so the wire format is written once. Types only: no runtime code, no imports.
 */
export type { DiffPart, Finding, SegmentState, StateCounts } from './common.js';
export type { DeckHeader, DeckView, SegmentView, SlidesView } from './deck.js';
export type { FirstWork, LanguageStatus, ProjectDeck, ProjectView } from './project.js';
export type { EditRequest, EditResult } from './edit.js';
export type { ErrorBody } from './error.js';
