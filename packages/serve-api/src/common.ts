/** The state of a segment in a target language as the API reports it (obsolete ones are not shown). */
export type SegmentState = 'missing' | 'machine' | 'reviewed' | 'stale';

/** How many segments of a deck are in each state in one language (`obsolete`: stored, no longer in the deck). */
export interface StateCounts {
  readonly total: number;
  readonly missing: number;
  readonly machine: number;
  readonly reviewed: number;
  readonly stale: number;
  readonly obsolete: number;
}

/** One run of words of a word diff between a stale translation's old source and the current source. */
export interface DiffPart {
  readonly value: string;
  readonly change: 'same' | 'added' | 'removed';
}

/** A QA finding, or a reason a translation would break the deck, as stored with a translation or sent with a refused save. */
export interface Finding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}
