import type { DeckFormat } from './types.js';

/** Where the deck text sits inside the file. */
export interface Container {
  readonly format: DeckFormat;
  /** Start of the deck text (after a BOM and, for HTML, the `<textarea>` tag). */
  readonly start: number;
  /** End of the deck text (before `</textarea>` for HTML). */
  readonly end: number;
  /** True when the HTML textarea is never closed. */
  readonly unclosed: boolean;
}

const TEXTAREA_OPEN = /<textarea\b[^>]*\bid\s*=\s*["']?source["']?[^>]*>/i;
const TEXTAREA_CLOSE = /<\/textarea\s*>/i;
const FRONT_MATTER_START = /^---[ \t]*(?:\r\n|\n|\r)/;

/**
 * Decides the deck format from the file name and content, and finds the deck text.
 *
 * - `.Rmd` files are R Markdown.
 * - A file holding `<textarea id="source">` that does not start with front matter is remark's
 *   HTML page; only the textarea content is a deck.
 * - Everything else (GTN `.html` sources, `.md`) is Markdown.
 */
export function locateDeck(text: string, file: string | null): Container {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lower = (file ?? '').toLowerCase();
  if (lower.endsWith('.rmd')) {
    return { format: 'rmarkdown', start, end: text.length, unclosed: false };
  }
  if (!FRONT_MATTER_START.test(text.slice(start, start + 8))) {
    const open = TEXTAREA_OPEN.exec(text);
    if (open !== null) {
      const contentStart = open.index + open[0].length;
      TEXTAREA_CLOSE.lastIndex = 0;
      const rest = text.slice(contentStart);
      const close = TEXTAREA_CLOSE.exec(rest);
      return {
        format: 'remark-html',
        start: contentStart,
        end: close === null ? text.length : contentStart + close.index,
        unclosed: close === null,
      };
    }
  }
  return { format: 'markdown', start, end: text.length, unclosed: false };
}
