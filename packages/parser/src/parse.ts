import { buildSlides } from './build-tree.js';
import { locateDeck } from './container.js';
import { lexerDiagnostics, repeatedNotesDiagnostics, unclosedComments, unclosedFences } from './diagnostics.js';
import { scanFrontMatter } from './front-matter.js';
import { lex } from './lexer.js';
import { createLexingView } from './lexing-view.js';
import { LineIndex, rememberLineIndex } from './line-index.js';
import type { Deck, Diagnostic, Raw } from './types.js';

/** Options for {@link parse}. */
export interface ParseOptions {
  /**
   * The file name: used in diagnostics and to choose the format (`.Rmd` is R Markdown; an
   * `.html` page with `<textarea id="source">` is remark's HTML page).
   */
  readonly file?: string;
}

/**
 * Parses a remark.js deck. Total: any text parses; problems become `deck.diagnostics`.
 * Lossless: `serialize(parse(text)) === text`.
 *
 * @example
 * const deck = parse('---\ntitle: Hi\n---\n# One\n---\n# Two\n???\nnotes');
 * deck.slides.length; // 2
 * deck.slides[1].steps[0].notes !== null; // true
 */
export function parse(text: string, options: ParseOptions = {}): Deck {
  if (typeof text !== 'string') throw new TypeError('parse(text): text must be a string');
  const file = options.file ?? null;
  const lines = new LineIndex(text);
  const container = locateDeck(text, file);
  const diagnostics: Diagnostic[] = [];

  const prefix: Raw | null =
    container.start > 0
      ? { type: 'raw', value: text.slice(0, container.start), position: lines.position(0, container.start) }
      : null;
  const suffix: Raw | null =
    container.end < text.length
      ? {
          type: 'raw',
          value: text.slice(container.end),
          position: lines.position(container.end, text.length),
        }
      : null;
  if (container.unclosed) {
    diagnostics.push({
      code: 'TEXTAREA_UNCLOSED',
      severity: 'error',
      message: 'the `<textarea id="source">` holding the deck is never closed',
      position: lines.position(container.start, container.start),
    });
  }

  const scan =
    container.format === 'remark-html'
      ? { frontMatter: null, end: container.start, diagnostics: [] }
      : scanFrontMatter(text, container.start, container.end, lines);
  diagnostics.push(...scan.diagnostics);

  const view = createLexingView(text, scan.end, container.end);
  const lexed = lex(view.text, { looseFenceInfo: container.format === 'rmarkdown' });
  const { slides, repeatedNotes } = buildSlides(lexed.tokens, text, view, lines, scan.end);
  diagnostics.push(
    ...lexerDiagnostics(lexed.problems, view, lines),
    ...unclosedFences(slides, lines),
    ...repeatedNotesDiagnostics(repeatedNotes),
    ...unclosedComments(text, scan.end, container.end, lines),
  );
  diagnostics.sort((a, b) => a.position.start.offset - b.position.start.offset);

  const deck: Deck = {
    type: 'deck',
    format: container.format,
    file,
    source: text,
    prefix,
    frontMatter: scan.frontMatter,
    slides,
    suffix,
    diagnostics,
    position: lines.position(0, text.length),
  };
  rememberLineIndex(deck, lines);
  return deck;
}
