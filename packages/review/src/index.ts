/**
 * @deckl10n/review: review files for translators (XLIFF 2.0, XLIFF 1.2, gettext PO), their import
 * with conflict detection, and remark-aware QA of translations.
 */
export { hasErrors, qaTranslation } from './qa/qa.js';
export type { QaContext, QaFinding, QaSeverity } from './qa/types.js';
export { tallyEmphasis } from './qa/emphasis.js';
export type { EmphasisTally } from './qa/emphasis.js';
export { qaProject } from './qa/qa-project.js';
export type { ProjectFinding } from './qa/qa-project.js';
export type { ImportedFile, ImportedUnit, ReviewDeck, ReviewExport, ReviewFormat, ReviewState, ReviewUnit } from './model.js';
export { collectReview } from './export/collect.js';
export type { CollectOptions } from './export/collect.js';
export { contextNotes } from './export/context-notes.js';
export { FORMAT_EXTENSIONS, writeReview } from './export/write-review.js';
export { writePo } from './po/write-po.js';
export { readPo } from './po/read-po.js';
export { writeXliff2 } from './xliff2/write-xliff2.js';
export { readXliff2 } from './xliff2/read-xliff2.js';
export { writeXliff12 } from './xliff12/write-xliff12.js';
export { readXliff12 } from './xliff12/read-xliff12.js';
export { parseXml } from './xml/parse-xml.js';
export type { XmlElement, XmlNode } from './xml/parse-xml.js';
export { parseReviewText, readReviewFile } from './import/read-review-file.js';
export { planImport, writeImport } from './import/plan-import.js';
export type { ImportPlan, ImportResult } from './import/plan-import.js';
export type { UnitOutcomeKind } from './import/apply-unit.js';
export { alignDecks, GAP_THRESHOLD, SEGMENT_THRESHOLD, SLIDE_THRESHOLD } from './align/align-decks.js';
export type { AlignedSegment, DeckAlignment, UnalignedSegment } from './align/align-decks.js';
export { segmentSimilarity, featuresOf } from './align/segment-similarity.js';
export type { SegmentFeatures } from './align/segment-similarity.js';
export { alignSequences } from './align/sequence-align.js';
export type { MatchedPair } from './align/sequence-align.js';
export { seedEntries } from './align/seed-store.js';
export type { SeedOptions, SeedResult } from './align/seed-store.js';
