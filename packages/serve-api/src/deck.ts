import type { DiffPart, Finding, SegmentState, StateCounts } from './common.js';

/** One segment as the viewer shows it in review mode (`GET /api/decks/:deck/:language`). */
export interface SegmentView {
  readonly id: string;
  readonly index: number;
  /** What kind of text the segment is (a `SegmentKind` of @deckl10n/segments: `heading`, `paragraph`, …). */
  readonly kind: string;
  /** The current source text. */
  readonly source: string;
  readonly slide: number;
  readonly step: number;
  readonly notes: boolean;
  readonly field: string | null;
  readonly line: number;
  /** `source` when the language is the source language. */
  readonly state: SegmentState | 'source';
  readonly translation: string | null;
  readonly provider: string | null;
  /** For stale segments: the source the translation was made from, and the word diff old → new. */
  readonly oldSource: string | null;
  readonly diff: readonly DiffPart[] | null;
  readonly qa: readonly Finding[];
  readonly notesForReviewer: readonly string[];
  /** True when the segment's text carries a review mark in {@link DeckView.marked}. */
  readonly marked: boolean;
}

/** What every view of a deck in one language says about the deck. */
export interface DeckHeader {
  readonly id: string;
  readonly path: string;
  /** The deck's title in `language` (the source title when its translation is missing or stale). */
  readonly title: string | null;
  readonly language: string;
  readonly sourceLanguage: string;
  /** The project's languages, source first. */
  readonly languages: readonly string[];
  /** For a GTN deck: the framed deck as plain text, else null. */
  readonly plainText: string | null;
  /** For a GTN deck: how many slides of the framed deck come before the deck's own first slide. */
  readonly frameOffset: number;
  /** True for a string catalog (the GTN frame strings…): segments to review, no slides. */
  readonly catalog: boolean;
}

/** A deck in one language: what the viewer renders and reviews (`GET /api/decks/:deck/:language`). */
export interface DeckView extends DeckHeader {
  /** The source deck text. */
  readonly source: string;
  /** The deck with its translations applied (stale ones with their old translation; missing ones in the source language). */
  readonly localized: string;
  /** `localized` with review marks around prose segments. */
  readonly marked: string;
  /** For a GTN deck: `localized` inside GTN's frame (title, questions, objectives… slides), else null. */
  readonly framed: string | null;
  readonly segments: readonly SegmentView[];
  /** Counts by state; null in the source language. */
  readonly counts: StateCounts | null;
}

/** What the reading view needs of a deck in a language: its slides' text, not its segments (`GET …/slides`). */
export interface SlidesView extends DeckHeader {
  /** The text to show: the framed deck for a GTN deck, else the localized deck. */
  readonly text: string;
  /** True when `text` is inside GTN's frame. */
  readonly framed: boolean;
  /** The deck's last slide holding segments (review mode's pages run from 0 to it). */
  readonly deckSlides: number;
}
