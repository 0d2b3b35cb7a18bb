import type { Segment } from '@deckl10n/segments';
import { tokenizeInline } from '@deckl10n/segments';

/** What alignment compares of a segment: language-independent anchors and the shape of its prose. */
export interface SegmentFeatures {
  readonly kind: string;
  /** Protected elements (URLs, code, images, Liquid…) and numbers: identical in any language. */
  readonly anchors: readonly string[];
  /** Character trigrams of the prose, accents removed: cognates (analysis/análisis) share many. */
  readonly trigrams: ReadonlySet<string>;
  /** Length of the prose in characters. */
  readonly length: number;
}

/** Expected length of a translation relative to its source; Romance languages run ~15 % longer than English. */
const EXPECTED_RATIO = 1.15;

export function featuresOf(segment: Segment): SegmentFeatures {
  const tokens = tokenizeInline(segment.text);
  const prose = tokens.map((t) => (t.type === 'text' ? t.value : ' ')).join('');
  const anchors = [
    ...tokens.filter((t) => t.type === 'protected' && t.kind !== 'link-open' && t.kind !== 'macro-close').map((t) => t.value.replace(/\s+/g, ' ')),
    ...(prose.match(/\d+/g) ?? []),
  ];
  const folded = prose.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const trigrams = new Set<string>();
  for (const word of folded.match(/\p{L}{3,}/gu) ?? []) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return { kind: segment.kind, anchors, trigrams, length: prose.replace(/\s+/g, ' ').trim().length };
}

function multisetJaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0.5;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(x, n - 1);
    }
  }
  return shared / (a.length + b.length - shared);
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * How likely two segments are a source and its translation, in [0, 1]: same kind, same anchors
 * (URLs, code, numbers), shared trigrams (names and cognates), plausible length ratio.
 */
export function segmentSimilarity(source: SegmentFeatures, translation: SegmentFeatures): number {
  const kind = source.kind === translation.kind ? 1 : 0;
  const anchors = multisetJaccard(source.anchors, translation.anchors);
  const trigrams = Math.min(1, dice(source.trigrams, translation.trigrams) * 2);
  const ratio = source.length === 0 || translation.length === 0 ? 0 : translation.length / source.length;
  const length = ratio === 0 ? 0 : Math.max(0, 1 - Math.abs(Math.log(ratio / EXPECTED_RATIO)) / Math.log(2.5));
  return 0.3 * kind + 0.25 * anchors + 0.3 * trigrams + 0.15 * length;
}
