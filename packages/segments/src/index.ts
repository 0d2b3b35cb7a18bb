/**
 * @deckl10n/segments: what a translator translates in a deck, and how translations go back.
 *
 * `extract(deck)` lists segments with stable ids, kind, text and context; `applyTranslations`
 * splices translated text into exactly those ranges; `tokenizeInline` tells protected elements
 * (code, URLs, Liquid, tags, macro syntax) from translatable text.
 */
export { extract } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { apply, applyTranslations } from './apply.js';
export type { ApplyFallback, ApplyResult, Translations } from './apply.js';
export { fingerprint, normalizeText, IdAllocator } from './fingerprint.js';
export { hasTranslatableText, protectedElements, tokenizeInline } from './inline.js';
export type { InlineToken, ProtectedKind } from './inline.js';
export { defaultFrontMatterPolicy, isTranslatedField } from './front-matter-policy.js';
export type { FrontMatterPolicy } from './front-matter-policy.js';
export { encodeYamlScalar } from './yaml-scalar.js';
export type { Segment, SegmentEncoding, SegmentKind } from './types.js';
