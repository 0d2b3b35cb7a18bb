import type { SegmentEncoding, SegmentKind } from './types.js';

/** A range of the file that may become a segment (if it has translatable text). */
export interface Candidate {
  readonly kind: SegmentKind;
  readonly start: number;
  readonly end: number;
  readonly encoding: SegmentEncoding;
}

/** Shrinks `[start, end)` of `source` to exclude surrounding whitespace. */
export function trimRange(source: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isWhitespace(source.charCodeAt(from))) from++;
  while (to > from && isWhitespace(source.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** `/\s/` for one UTF-16 code unit, without a regex for ASCII. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

const WHITESPACE = /\s/;
