import type { SegmentKind } from '@deckl10n/segments';
import type { QaFinding } from './qa/types.js';

/** The state of a segment as a review file shows it. */
export type ReviewState = 'missing' | 'machine' | 'reviewed' | 'stale';

/** One segment as exported for review: its source, its translation and everything a reviewer needs to judge it. */
export interface ReviewUnit {
  /** The segment id (stable; the key the import matches on). */
  readonly id: string;
  readonly kind: SegmentKind;
  /** 1-based slide index; 0 for front matter. */
  readonly slide: number;
  readonly slideTitle: string | null;
  /** True for text in presenter notes. */
  readonly inNotes: boolean;
  /** 1-based line of the segment in the deck. */
  readonly line: number;
  /** The current source text. */
  readonly source: string;
  /** The stored translation; null when missing. */
  readonly translation: string | null;
  readonly state: ReviewState;
  /** Who made the translation (`deepl`, `pseudo`, `po`…); null when missing. */
  readonly provider: string | null;
  /** For stale segments: the source the translation was made from. */
  readonly oldSource: string | null;
  /** Notes kept with the translation (reviewers' comments, import conflicts). */
  readonly comments: readonly string[];
  /** QA findings stored with the translation. */
  readonly qa: readonly QaFinding[];
}

/** The units of one deck. */
export interface ReviewDeck {
  readonly id: string;
  /** Path of the deck relative to the config, `/`-separated. */
  readonly path: string;
  readonly units: readonly ReviewUnit[];
}

/** Everything a review file holds. */
export interface ReviewExport {
  readonly sourceLanguage: string;
  readonly language: string;
  readonly decks: readonly ReviewDeck[];
}

/** Review file formats: XLIFF 2.0, XLIFF 1.2, gettext PO. */
export type ReviewFormat = 'xliff' | 'xliff12' | 'po';

/** One unit read back from a review file, in format-neutral terms. */
export interface ImportedUnit {
  /** The segment id the file gives (msgctxt, unit id, a `#:` id); null when the tool lost it. */
  readonly id: string | null;
  /** Deck paths or ids the file ties the unit to (`<file original>`, `#:` references); empty when unknown. */
  readonly decks: readonly string[];
  /** The source text recorded in the file (what the translation was made for). */
  readonly source: string;
  /** The translation; null when the file has none. */
  readonly target: string | null;
  /** True when a reviewer approved it (XLIFF `final`/`reviewed`/`signed-off`/`approved="yes"`, PO not fuzzy). */
  readonly approved: boolean;
  /** Notes a translator or reviewer wrote (not the context notes deckl10n writes), one per line. */
  readonly comments: readonly string[];
  /** Line of the unit in the review file. */
  readonly line: number;
}

/** A review file read back. */
export interface ImportedFile {
  readonly format: ReviewFormat;
  readonly file: string;
  /** Languages the file declares; null when it declares none. */
  readonly sourceLanguage: string | null;
  readonly targetLanguage: string | null;
  readonly units: readonly ImportedUnit[];
}
