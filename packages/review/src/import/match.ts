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

/** A deck's segments by id, by source text and by the old source of their stale translation. */
interface DeckIndex {
  readonly deck: AlignedTranslations;
  readonly byId: ReadonlyMap<string, Segment>;
  readonly byText: ReadonlyMap<string, readonly Segment[]>;
  readonly byStaleSource: ReadonlyMap<string, Segment>;
}

function indexDeck(deck: AlignedTranslations): DeckIndex {
  const byId = new Map<string, Segment>();
  const byText = new Map<string, Segment[]>();
  const byStaleSource = new Map<string, Segment>();
  for (const segment of deck.source.segments) {
    byId.set(segment.id, segment);
    byText.set(segment.text, [...(byText.get(segment.text) ?? []), segment]);
    const entry = deck.translations.entries.get(segment.id);
    if (entry?.state === 'stale' && !byStaleSource.has(entry.source)) byStaleSource.set(entry.source, segment);
  }
  return { deck, byId, byText, byStaleSource };
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
  private readonly indexes: readonly DeckIndex[];

  constructor(decks: readonly AlignedTranslations[]) {
    this.indexes = decks.map(indexDeck);
  }

  match(unit: ImportedUnit): UnitTarget[] {
    const indexes = this.indexesFor(unit);
    if (unit.id !== null) {
      const byId = indexes.flatMap((index) => {
        const segment = index.byId.get(unit.id as string);
        return segment === undefined ? [] : [{ deck: index.deck, segment, conflict: segment.text !== unit.source }];
      });
      if (byId.length > 0) return byId;
    }
    for (const index of indexes) {
      const segment = index.byText.get(unit.source)?.find((s) => !this.claimed.has(s));
      if (segment !== undefined) {
        this.claimed.add(segment);
        return [{ deck: index.deck, segment, conflict: false }];
      }
    }
    for (const index of indexes) {
      const segment = index.byStaleSource.get(unit.source);
      if (segment !== undefined) return [{ deck: index.deck, segment, conflict: true }];
    }
    return [];
  }

  /** The decks the file ties the unit to (by path or id), or every deck. */
  private indexesFor(unit: ImportedUnit): readonly DeckIndex[] {
    if (unit.decks.length === 0) return this.indexes;
    const named = this.indexes.filter(({ deck }) => unit.decks.some((name) => name === deck.source.deck.path || name === deck.source.deck.id));
    return named.length > 0 ? named : this.indexes;
  }
}
