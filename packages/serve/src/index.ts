/**
 * @deckl10n/serve: the local server behind `deckl10n serve`. Serves the built viewer and a small
 * JSON API on 127.0.0.1 only: the project's status, a deck with its segments, translations and
 * states per language, and edits and approvals saved through the store (locked, atomic,
 * validated, QA-checked).
 */
export { startServer } from './server.js';
export type { RunningServer, ServeOptions } from './server.js';
export { deckView, projectLanguages, slidesView } from './deck-view.js';
export { projectView } from './project-view.js';
export { editSegment } from './edits.js';
export type { Edit } from './edits.js';
export { errorAnswer, RefusedError } from './api-error.js';
/** The JSON wire types, declared once in @deckl10n/serve-api and re-exported under their old names. */
export type { DeckView, EditResult, ErrorBody, FirstWork, Finding, LanguageStatus, ProjectView, SegmentView, SlidesView } from '@deckl10n/serve-api';
export { MAX_BODY_BYTES } from './body.js';
export { MARK_CLOSE, MARK_END_OF_HEAD, MARK_OPEN, STATE_LETTERS } from './marks.js';
export { defaultViewerDir } from './static-files.js';
