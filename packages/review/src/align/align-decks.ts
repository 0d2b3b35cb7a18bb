import type { Segment } from '@deckl10n/segments';
import { featuresOf, segmentSimilarity, type SegmentFeatures } from './segment-similarity.js';
import { alignSequences } from './sequence-align.js';

/** A source segment and the segment of the translated deck that translates it. */
export interface AlignedSegment {
  readonly source: Segment;
  readonly translation: Segment;
  /** Similarity in [0, 1]. */
  readonly score: number;
}

/** A source segment alignment found no translation for, and why. */
export interface UnalignedSegment {
  readonly source: Segment;
  readonly reason: string;
}

/** The result of aligning a deck with its translation. */
export interface DeckAlignment {
  readonly pairs: readonly AlignedSegment[];
  readonly unaligned: readonly UnalignedSegment[];
  /** Segments of the translated deck nothing was aligned with (added by the translator, or merged). */
  readonly unused: readonly Segment[];
  /** Slide pairs (source slide → translated slide). */
  readonly slides: readonly { readonly source: number; readonly translation: number }[];
}

/** A segment aligned within a slide pair must score at least this. */
export const SEGMENT_THRESHOLD = 0.45;
/** A slide pair must score at least this (mean similarity of its aligned segments over the larger slide). */
export const SLIDE_THRESHOLD = 0.25;

interface Item {
  readonly segment: Segment;
  readonly features: SegmentFeatures;
}

type Slide = { readonly body: Item[]; readonly notes: Item[] };

function slidesOf(segments: readonly Segment[]): Map<number, Slide> {
  const slides = new Map<number, Slide>();
  for (const segment of segments) {
    const slide = slides.get(segment.slide) ?? { body: [], notes: [] };
    (segment.notes ? slide.notes : slide.body).push({ segment, features: featuresOf(segment) });
    slides.set(segment.slide, slide);
  }
  return slides;
}

/** Below this, even a segment alone in a gap of the alignment is not paired. */
export const GAP_THRESHOLD = 0.25;

function alignItems(source: readonly Item[], translation: readonly Item[]): AlignedSegment[] {
  const score = (i: number, j: number): number => segmentSimilarity((source[i] as Item).features, (translation[j] as Item).features);
  const anchored = alignSequences(source.length, translation.length, score, SEGMENT_THRESHOLD);
  // Between two aligned pairs, gaps of equal length on both sides are one-to-one (a sentence whose
  // numbers or links were updated since it was translated): pair them in order when the kinds agree.
  const pairs: { left: number; right: number; score: number }[] = [];
  const bounds = [{ left: -1, right: -1, score: 0 }, ...anchored, { left: source.length, right: translation.length, score: 0 }];
  for (let k = 1; k < bounds.length; k++) {
    const before = bounds[k - 1] as { left: number; right: number };
    const after = bounds[k] as { left: number; right: number; score: number };
    const gap = after.left - before.left - 1;
    if (gap > 0 && gap === after.right - before.right - 1) {
      for (let g = 1; g <= gap; g++) {
        const i = before.left + g;
        const j = before.right + g;
        const s = score(i, j);
        if ((source[i] as Item).features.kind === (translation[j] as Item).features.kind && s >= GAP_THRESHOLD) pairs.push({ left: i, right: j, score: s });
      }
    }
    if (k < bounds.length - 1) pairs.push(after);
  }
  return pairs.map((pair) => ({ source: (source[pair.left] as Item).segment, translation: (translation[pair.right] as Item).segment, score: pair.score }));
}

/** Front matter: the same field path (`questions.2`) in both decks. */
function alignFrontMatter(source: readonly Segment[], translation: readonly Segment[]): AlignedSegment[] {
  const byField = new Map(translation.filter((s) => s.field !== null).map((s) => [s.field, s]));
  return source.flatMap((segment) => {
    const match = byField.get(segment.field);
    return match === undefined ? [] : [{ source: segment, translation: match, score: segmentSimilarity(featuresOf(segment), featuresOf(match)) }];
  });
}

/**
 * Aligns a deck's segments with those of an existing translation of it: front matter by field,
 * slides in order by how well their segments match, then segments within each slide pair (body
 * and presenter notes apart) in order, leaving out what has no counterpart.
 */
export function alignDecks(source: readonly Segment[], translation: readonly Segment[]): DeckAlignment {
  const pairs = alignFrontMatter(source.filter((s) => s.slide === 0), translation.filter((s) => s.slide === 0));
  const sourceSlides = slidesOf(source.filter((s) => s.slide > 0));
  const targetSlides = slidesOf(translation.filter((s) => s.slide > 0));
  const left = [...sourceSlides.keys()].sort((a, b) => a - b);
  const right = [...targetSlides.keys()].sort((a, b) => a - b);
  const cache = new Map<string, AlignedSegment[]>();
  const within = (i: number, j: number): AlignedSegment[] => {
    const key = `${i}:${j}`;
    let aligned = cache.get(key);
    if (aligned === undefined) {
      const a = sourceSlides.get(left[i] as number) as Slide;
      const b = targetSlides.get(right[j] as number) as Slide;
      aligned = [...alignItems(a.body, b.body), ...alignItems(a.notes, b.notes)];
      cache.set(key, aligned);
    }
    return aligned;
  };
  const slideScore = (i: number, j: number): number => {
    const a = sourceSlides.get(left[i] as number) as Slide;
    const b = targetSlides.get(right[j] as number) as Slide;
    const size = Math.max(a.body.length + a.notes.length, b.body.length + b.notes.length, 1);
    return within(i, j).reduce((sum, pair) => sum + pair.score, 0) / size;
  };
  const slidePairs = alignSequences(left.length, right.length, slideScore, SLIDE_THRESHOLD);
  for (const pair of slidePairs) pairs.push(...within(pair.left, pair.right));

  const matchedSlides = new Map(slidePairs.map((p) => [left[p.left] as number, right[p.right] as number]));
  const alignedSources = new Set(pairs.map((p) => p.source));
  const usedTranslations = new Set(pairs.map((p) => p.translation));
  const unaligned = source
    .filter((segment) => !alignedSources.has(segment))
    .map((segment) => {
      if (segment.slide === 0) return { source: segment, reason: `the translation has no front-matter field ${segment.field ?? ''}` };
      const counterpart = matchedSlides.get(segment.slide);
      return counterpart === undefined
        ? { source: segment, reason: `slide ${segment.slide} has no counterpart in the translation` }
        : { source: segment, reason: `nothing on slide ${counterpart} of the translation${segment.notes ? ' (notes)' : ''} matches it` };
    });
  return {
    pairs: pairs.sort((a, b) => a.source.position.start.offset - b.source.position.start.offset),
    unaligned,
    unused: translation.filter((segment) => !usedTranslations.has(segment)),
    slides: slidePairs.map((p) => ({ source: left[p.left] as number, translation: right[p.right] as number })),
  };
}
