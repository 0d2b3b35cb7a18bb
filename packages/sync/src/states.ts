import type { Segment } from '@deckl10n/segments';
import type { SegmentState, TranslationEntry } from '@deckl10n/store';

/** Counts by state for one deck and language; `total` = missing + machine + reviewed + stale. */
export interface StateCounts {
  total: number;
  missing: number;
  machine: number;
  reviewed: number;
  stale: number;
  obsolete: number;
}

/** The state of a current segment given its (aligned) entry. */
export function stateOf(entry: TranslationEntry | undefined): Exclude<SegmentState, 'obsolete'> {
  return entry === undefined ? 'missing' : entry.state;
}

/** Counts the states of a deck's segments in one language (entries must be aligned). */
export function countStates(segments: readonly Segment[], entries: ReadonlyMap<string, TranslationEntry>): StateCounts {
  const counts: StateCounts = { total: segments.length, missing: 0, machine: 0, reviewed: 0, stale: 0, obsolete: 0 };
  const current = new Set<string>();
  for (const segment of segments) {
    current.add(segment.id);
    counts[stateOf(entries.get(segment.id))]++;
  }
  for (const id of entries.keys()) if (!current.has(id)) counts.obsolete++;
  return counts;
}
