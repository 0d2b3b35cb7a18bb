/**
 * @deckl10n/review: review files for translators (XLIFF 2.0, XLIFF 1.2, gettext PO), their import
 * with conflict detection, and remark-aware QA of translations.
 */
export { hasErrors, qaTranslation } from './qa/qa.js';
export type { QaContext, QaFinding, QaSeverity } from './qa/types.js';
