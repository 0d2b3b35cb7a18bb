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
}

/**
 * Builds the view of `original[start, end)`; offsets returned by `toOriginal` are absolute.
 */
export function createLexingView(original: string, start: number, end: number): LexingView {
  const slice = original.slice(start, end);
  const indent = commonIndentation(slice);
  if (indent === 0 && !slice.includes('\r')) {
    return { text: slice, toOriginal: (offset) => start + offset };
  }
  const kept: number[] = [];
  let text = '';
  const parts: string[] = [];
  let lineStart = true;
  let toSkip = indent;
  for (let i = 0; i < slice.length; i++) {
    let ch = slice[i] as string;
    if (ch === '\r') {
      if (slice[i + 1] === '\n') continue; // CRLF: keep only the LF
      ch = '\n';
    }
    if (lineStart && toSkip > 0 && (ch === ' ' || ch === '\t')) {
      toSkip--;
      continue;
    }
    lineStart = ch === '\n';
    if (lineStart) toSkip = indent;
    parts.push(ch);
    kept.push(start + i);
  }
  text = parts.join('');
  const originalEnd = end;
  return {
    text,
    toOriginal(viewOffset: number): number {
      if (viewOffset <= 0) return start;
      if (viewOffset >= kept.length) return originalEnd;
      return (kept[viewOffset - 1] as number) + 1;
    },
  };
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
