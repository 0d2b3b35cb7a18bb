/** Review state of a translation as stored. `missing` and `obsolete` are derived from the deck. */
export type StoredState = 'machine' | 'reviewed' | 'stale';

/** Every state a segment can be in for a language. */
export type SegmentState = 'missing' | 'machine' | 'reviewed' | 'stale' | 'obsolete';

export const segmentStates: readonly SegmentState[] = ['missing', 'machine', 'reviewed', 'stale', 'obsolete'];

/** A QA finding kept with a translation (written by QA, shown by review tools). */
export interface StoredFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** One translation of one segment, with what it was made from. */
export interface TranslationEntry {
  /** The translated text (what the i18next resources file holds under the segment id). */
  readonly translation: string;
  readonly state: StoredState;
  /** For `stale`: the state the translation had before its source changed. */
  readonly was?: 'machine' | 'reviewed';
  /** Fingerprint of `source`. */
  readonly fingerprint: string;
  /** The source text this translation was made from (for a stale entry: the old source). */
  readonly source: string;
  /** Who made it: `pseudo`, `deepl`, `human`, `xliff`, `po`, `align`, `viewer`… */
  readonly provider: string;
  /** Notes for reviewers (e.g. an import conflict). */
  readonly notes?: readonly string[];
  /** QA findings on the translation. */
  readonly qa?: readonly StoredFinding[];
}

/** All translations of one deck into one language. */
export interface DeckTranslations {
  readonly deckId: string;
  readonly language: string;
  readonly sourceLanguage: string;
  /** Path of the source deck relative to the config. */
  readonly deckPath: string;
  /** Entries by segment id. Entries whose id is not in the current deck are obsolete. */
  readonly entries: ReadonlyMap<string, TranslationEntry>;
  /**
   * The source deck these entries are aligned with (state file field `source`), when known: lets
   * `status` and a no-op `sync` count states without parsing the deck. See {@link SourceRecord}.
   */
  readonly sourceRecord?: SourceRecord;
}

/**
 * What the entries were last aligned with: the digest of the source deck (its bytes, the
 * segmentation policy and the parser/segmenter code) and the ids of its segments in deck order.
 * Valid only while the deck's digest is unchanged and the entries are exactly those written with
 * it (the reader checks a digest of the entries and drops the record otherwise).
 */
export interface SourceRecord {
  readonly digest: string;
  readonly segments: readonly string[];
}

/** The version of the state file format this code reads and writes. */
export const STATE_VERSION = 1;
