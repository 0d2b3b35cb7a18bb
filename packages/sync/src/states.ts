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
  return countByIds(segments.map((segment) => segment.id), entries);
}

/** {@link countStates} given the ids of the deck's segments (e.g. from a source record). */
export function countByIds(ids: readonly string[], entries: ReadonlyMap<string, TranslationEntry>): StateCounts {
  const counts: StateCounts = { total: ids.length, missing: 0, machine: 0, reviewed: 0, stale: 0, obsolete: 0 };
  const current = new Set<string>();
  for (const id of ids) {
    current.add(id);
    counts[stateOf(entries.get(id))]++;
  }
  for (const id of entries.keys()) if (!current.has(id)) counts.obsolete++;
  return counts;
}
