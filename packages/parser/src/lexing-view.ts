import { lastAtMost } from './sorted-search.js';

/**
 * The text remark.js's lexer actually sees, with a map back to the file.
 *
 * Browsers hand remark the deck from a `<textarea>`, which turns `\r\n` and lone `\r` into `\n`;
 * remark then removes the indentation common to all lines (`cleanInput`). The view applies both
 * and remembers, for every character it keeps, where it came from, so token boundaries found in
 * the view map back to exact file offsets. Dropped characters (a `\r` before `\n`, removed
 * indentation) belong to the token that starts right after them.
 */
export interface LexingView {
  /** The normalized text. */
  readonly text: string;
  /** Maps a boundary in the view (0..text.length) to a boundary in the original text. */
  toOriginal(viewOffset: number): number;
  /** Set when the view is the file's text as it is: view offset = file offset - `sliceStart`. */
  readonly sliceStart?: number;
}

/**
 * Builds the view of `original[start, end)`; offsets returned by `toOriginal` are absolute.
 *
 * The view is made of runs of the file copied as they are (a line's text after the removed
 * indentation, a `\n`), so the map back is a short sorted list searched by bisection.
 */
export function createLexingView(original: string, start: number, end: number): LexingView {
  const slice = original.slice(start, end);
  const indent = commonIndentation(slice);
  if (indent === 0 && !slice.includes('\r')) {
    return { text: slice, toOriginal: (offset) => start + offset, sliceStart: start };
  }
  const runs = new RunBuilder(start);
  const lineEnding = /\r\n?|\n/g;
  let lineStart = 0;
  while (lineStart <= slice.length) {
    let contentStart = lineStart;
    while (contentStart - lineStart < indent && (slice[contentStart] === ' ' || slice[contentStart] === '\t')) contentStart++;
    lineEnding.lastIndex = contentStart;
    const ending = lineEnding.exec(slice);
    if (ending === null) {
      runs.copy(slice, contentStart, slice.length);
      break;
    }
    runs.copy(slice, contentStart, ending.index);
    // A browser textarea turns `\r\n` and a lone `\r` into `\n`: keep one `\n` for the ending.
    const at = ending[0] === '\r\n' ? ending.index + 1 : ending.index;
    runs.add('\n', at);
    lineStart = ending.index + ending[0].length;
  }
  return runs.view(end);
}

/** Collects the view text and, per run of consecutive file characters, where it starts. */
class RunBuilder {
  private readonly parts: string[] = [];
  private readonly viewStarts: number[] = [];
  private readonly originalStarts: number[] = [];
  private length = 0;

  constructor(private readonly base: number) {}

  /** Copies `slice[from, to)` into the view. */
  copy(slice: string, from: number, to: number): void {
    if (to > from) this.add(slice.slice(from, to), from);
  }

  /** Adds `text`, whose first character comes from slice offset `from`. */
  add(text: string, from: number): void {
    const last = this.viewStarts.length - 1;
    const contiguous =
      last >= 0 && (this.originalStarts[last] as number) + (this.length - (this.viewStarts[last] as number)) === this.base + from;
    if (!contiguous) {
      this.viewStarts.push(this.length);
      this.originalStarts.push(this.base + from);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  view(originalEnd: number): LexingView {
    const { viewStarts, originalStarts, base } = this;
    const text = this.parts.join('');
    return {
      text,
      toOriginal(viewOffset: number): number {
        if (viewOffset <= 0) return base;
        if (viewOffset >= text.length) return originalEnd;
        // The boundary after view character `viewOffset - 1`: find that character's run.
        const index = viewOffset - 1;
        const run = lastAtMost(viewStarts, index);
        return (originalStarts[run] as number) + (index - (viewStarts[run] as number)) + 1;
      },
    };
  }
}

/** remark's cleanInput: the smallest indentation of the lines that have a non-blank character. */
function commonIndentation(text: string): number {
  let min = Infinity;
  const pattern = /^([ \t]*)[^ \t\n\r]/gm;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const width = (match[1] as string).length;
    if (width < min) min = width;
    if (min === 0) return 0;
  }
  return min === Infinity ? 0 : min;
}
