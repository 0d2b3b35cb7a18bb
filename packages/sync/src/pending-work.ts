import type { TranslationUnit } from '@deckl10n/providers';
import type { Segment } from '@deckl10n/segments';
import type { AlignedTranslations } from './project.js';

/** A segment of a deck that needs a translation. */
export interface Occurrence {
  readonly deck: AlignedTranslations;
  readonly segment: Segment;
}

/** One distinct text to send, with every segment that has that text. */
export interface WorkUnit extends TranslationUnit {
  readonly occurrences: readonly Occurrence[];
}

/**
 * The distinct source texts of a language that need translation: `missing` segments, and
 * `stale` ones whose translation was machine-made (or reviewed, with `includeReviewed`).
 * Identical texts become one unit, sent once; its context is the deck and slide title of its
 * first occurrence.
 */
export function pendingWork(decks: readonly AlignedTranslations[], includeReviewed: boolean): WorkUnit[] {
  const work = new Map<string, Occurrence[]>();
  for (const deck of decks) {
    for (const segment of deck.source.segments) {
      const entry = deck.translations.entries.get(segment.id);
      const needed = entry === undefined || (entry.state === 'stale' && (entry.was !== 'reviewed' || includeReviewed));
      if (!needed) continue;
      const occurrences = work.get(segment.text);
      if (occurrences === undefined) work.set(segment.text, [{ deck, segment }]);
      else occurrences.push({ deck, segment });
    }
  }
  return [...work].map(([text, occurrences]) => {
    const first = occurrences[0] as Occurrence;
    const context = [first.deck.source.title, first.segment.slideTitle].filter((part) => part !== null && part !== undefined && part !== '').join(' — ');
    return { text, ...(context === '' ? {} : { context }), occurrences };
  });
}
