import type { LoadedConfig } from '@deckl10n/config';
import type { Segment } from '@deckl10n/segments';
import type { SourceRecord } from '@deckl10n/store';
import { sourceDigest } from './source-digest.js';

/** The segments each record was made from, to check a record before it is written. */
const madeFrom = new WeakMap<SourceRecord, readonly Segment[]>();

/**
 * The source record of a deck or string catalog whose text is `text` and segments `segments`
 * (digest + segment ids), remembered with its segments so `saveTranslations` can check it.
 */
export function sourceRecord(loaded: LoadedConfig, text: string, segments: readonly Segment[]): SourceRecord {
  const record: SourceRecord = { digest: sourceDigest(loaded, text), segments: segments.map((segment) => segment.id) };
  madeFrom.set(record, segments);
  return record;
}

/** The segments a record was made from by {@link sourceRecord}; undefined for any other record. */
export function recordedSegments(record: SourceRecord): readonly Segment[] | undefined {
  return madeFrom.get(record);
}
