/**
 * @deckl10n/parser: a lossless parser for remark.js decks as GTN and xaringan write them.
 *
 * `parse(text)` gives a plain-JSON tree (front matter with field positions, slides, steps,
 * notes, content classes, code) with a position on every node and diagnostics for problems;
 * `serialize(deck)` gives the text back byte for byte.
 */
export { parse } from './parse.js';
export type { ParseOptions } from './parse.js';
export { serialize } from './serialize.js';
export { LineIndex, lineIndexOf } from './line-index.js';
export { isExcludedSlide, isTemplateSlide, remarkSlideCount, stepProperties } from './slide-properties.js';
export { remarkSlidesWithNotes } from './remark-notes.js';
export { lex, MAX_CONTENT_CLASS_DEPTH } from './lexer.js';
export type { Token, LexResult, LexOptions } from './lexer.js';
export type {
  ContentClass,
  Deck,
  DeckFormat,
  Definition,
  Diagnostic,
  Fence,
  Flow,
  FrontMatter,
  FrontMatterField,
  IndentedCode,
  MacroCall,
  Node,
  Notes,
  Point,
  Position,
  Property,
  Raw,
  ScalarStyle,
  Separator,
  Slide,
  Step,
  Text,
} from './types.js';
