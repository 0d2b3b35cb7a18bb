/**
 * Errors of deckl10n: one class with a stable code and a source position, and the catalogue
 * of codes (each with a hint), from which docs/errors.md is generated.
 */
export { catalogue, catalogueEntries } from './catalogue.js';
export type { CatalogueEntry, ErrorCode, Severity } from './catalogue.js';
export { DeckError, formatError, formatLocation, isDeckError } from './deck-error.js';
export type { DeckErrorOptions, SourceLocation } from './deck-error.js';
