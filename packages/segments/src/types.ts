import type { Position } from '@deckl10n/parser';

/** What kind of text a segment is. */
export type SegmentKind =
  | 'front-matter'
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-cell'
  | 'blockquote'
  | 'html-text'
  | 'alt'
  | 'title';

/** How the segment's text is written in the file, so a translation can be written back. */
export type SegmentEncoding =
  /** Markdown text, written back as is. */
  | { readonly type: 'markdown'; readonly multiline: boolean }
  /** An HTML attribute value in the given quote (`"`, `'` or none). */
  | { readonly type: 'attribute'; readonly quote: '"' | "'" | '' }
  /** A YAML scalar of the front matter. */
  | {
      readonly type: 'yaml';
      readonly style: 'plain' | 'single-quoted' | 'double-quoted' | 'literal' | 'folded';
    };

/** A piece of text a translator translates. */
export interface Segment {
  /**
   * Stable id, unique in the deck: a hash of the text with protected elements (code, URLs,
   * Liquid, tags) masked and whitespace folded, plus `-2`, `-3`… for repeats. Moving a segment,
   * rewrapping it, or changing a URL in it keeps its id.
   */
  readonly id: string;
  readonly kind: SegmentKind;
  /** The text as written in the source (inline Markdown kept); decoded for YAML fields. */
  readonly text: string;
  /** 1-based slide index; 0 for front matter. */
  readonly slide: number;
  /** 0-based step within the slide (`--` parts). */
  readonly step: number;
  /** Title of the slide (its first heading, markup removed), for context. */
  readonly slideTitle: string | null;
  /** True for text in presenter notes. */
  readonly notes: boolean;
  /** For front-matter segments: the field path, e.g. `questions.0`. */
  readonly field: string | null;
  /** Hash of the normalized text (protected elements masked): equal fingerprints mean no human text changed. */
  readonly fingerprint: string;
  /** Exact range of the segment in the file. */
  readonly position: Position;
  readonly encoding: SegmentEncoding;
}
