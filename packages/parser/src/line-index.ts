import { lastAtMost } from './sorted-search.js';
import type { Point, Position } from './types.js';

/**
 * Converts offsets into line/column points in O(log lines). Lines end at `\n`, `\r\n` or a
 * lone `\r`.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) starts.push(i + 1);
        else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** The line (0-based) of the last lookup: callers mostly go forward, often within one line. */
  private hint = 0;

  /** The last point returned: a node's end is often the next node's start (points are never mutated). */
  private last: Point | null = null;

  /** The point of an offset. */
  point(offset: number): Point {
    if (this.last !== null && this.last.offset === offset) return this.last;
    const { starts } = this;
    let line = this.hint;
    if (!((starts[line] as number) <= offset && (line + 1 === starts.length || (starts[line + 1] as number) > offset))) {
      line = lastAtMost(starts, offset);
      this.hint = line;
    }
    this.last = { line: line + 1, column: offset - (starts[line] as number) + 1, offset };
    return this.last;
  }

  /** The position of a range. */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line - 1, 0), this.starts.length - 1)] as number;
  }
}

/** The line index `parse` built for each deck, so later passes over the same deck reuse it. */
const deckLines = new WeakMap<object, LineIndex>();

/** Remembers `lines` as the line index of `deck` (whose `source` it indexes). */
export function rememberLineIndex(deck: object, lines: LineIndex): void {
  deckLines.set(deck, lines);
}

/**
 * The line index of a parsed deck's source: the one `parse` built, or a new one for a deck that
 * did not come from `parse` in this process (one read back from JSON, say).
 */
export function lineIndexOf(deck: { readonly source: string }): LineIndex {
  let lines = deckLines.get(deck);
  if (lines === undefined) {
    lines = new LineIndex(deck.source);
    deckLines.set(deck, lines);
  }
  return lines;
}
