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
  while (from < to && /\s/.test(source[from] as string)) from++;
  while (to > from && /\s/.test(source[to - 1] as string)) to--;
  return [from, to];
}
