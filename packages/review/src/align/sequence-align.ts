/** A pair of indexes matched by {@link alignSequences}. */
export interface MatchedPair {
  readonly left: number;
  readonly right: number;
  readonly score: number;
}

/**
 * Aligns two sequences in order (Needleman–Wunsch without gap costs): picks the monotone set of
 * pairs that maximises the sum of `score(i, j) - threshold`, so a pair scoring below `threshold`
 * is never taken and an element with no counterpart (a sentence the translator dropped) is left
 * out instead of shifting everything after it.
 */
export function alignSequences(leftLength: number, rightLength: number, score: (left: number, right: number) => number, threshold: number): MatchedPair[] {
  const scores: number[][] = [];
  const best: number[][] = Array.from({ length: leftLength + 1 }, () => new Array<number>(rightLength + 1).fill(0));
  for (let i = 1; i <= leftLength; i++) {
    const row: number[] = [];
    for (let j = 1; j <= rightLength; j++) {
      const s = score(i - 1, j - 1);
      row.push(s);
      const prev = best[i - 1] as number[];
      const cur = best[i] as number[];
      const diagonal = s >= threshold ? (prev[j - 1] as number) + s - threshold : -Infinity;
      cur[j] = Math.max(prev[j] as number, cur[j - 1] as number, diagonal);
    }
    scores.push(row);
  }
  const pairs: MatchedPair[] = [];
  let i = leftLength;
  let j = rightLength;
  while (i > 0 && j > 0) {
    const cur = best[i] as number[];
    const prev = best[i - 1] as number[];
    const s = (scores[i - 1] as number[])[j - 1] as number;
    if (s >= threshold && Math.abs((cur[j] as number) - ((prev[j - 1] as number) + s - threshold)) < 1e-9) {
      pairs.push({ left: i - 1, right: j - 1, score: s });
      i--;
      j--;
    } else if (cur[j] === prev[j]) i--;
    else j--;
  }
  return pairs.reverse();
}
