import type { Segment } from '@deckl10n/segments';
import type { AlignedTranslations } from '@deckl10n/sync';
import type { ImportedUnit } from '../model.js';

/** A segment of a deck an imported unit applies to. */
export interface UnitTarget {
  readonly deck: AlignedTranslations;
  readonly segment: Segment;
  /** True when the file recorded another source than the segment's current one (the deck changed since export). */
  readonly conflict: boolean;
}

/**
 * Finds the segments an imported unit is for. The file's segment id decides; a deck path or id
 * the file names narrows the decks. When a tool lost the id (translate-toolkit conversions keep
 * only the texts), the unit takes the next segment with the same source text; when the source
 * was edited since export (so the id changed), the segment whose stale translation was made
 * from that source.
 */
export class UnitMatcher {
  private readonly claimed = new Set<Segment>();

  constructor(private readonly decks: readonly AlignedTranslations[]) {}

  match(unit: ImportedUnit): UnitTarget[] {
    const decks = this.decksFor(unit);
    if (unit.id !== null) {
      const byId = decks.flatMap((deck) => {
        const segment = deck.source.segments.find((s) => s.id === unit.id);
        return segment === undefined ? [] : [{ deck, segment, conflict: segment.text !== unit.source }];
      });
      if (byId.length > 0) return byId;
    }
    for (const deck of decks) {
      const segment = deck.source.segments.find((s) => s.text === unit.source && !this.claimed.has(s));
      if (segment !== undefined) {
        this.claimed.add(segment);
        return [{ deck, segment, conflict: false }];
      }
    }
    for (const deck of decks) {
      const segment = deck.source.segments.find((s) => {
        const entry = deck.translations.entries.get(s.id);
        return entry?.state === 'stale' && entry.source === unit.source;
      });
      if (segment !== undefined) return [{ deck, segment, conflict: true }];
    }
    return [];
  }

  /** The decks the file ties the unit to (by path or id), or every deck. */
  private decksFor(unit: ImportedUnit): readonly AlignedTranslations[] {
    if (unit.decks.length === 0) return this.decks;
    const named = this.decks.filter((deck) => unit.decks.some((name) => name === deck.source.deck.path || name === deck.source.deck.id));
    return named.length > 0 ? named : this.decks;
  }
}
