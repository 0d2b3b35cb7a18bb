import type { LoadedConfig } from '@deckl10n/config';
import { alignedTranslations, loadSourceDecks, stateOf } from '@deckl10n/sync';
import type { ReviewDeck, ReviewExport, ReviewState, ReviewUnit } from '../model.js';

/** Which units to export. */
export interface CollectOptions {
  readonly language: string;
  /** States to include; all when omitted. */
  readonly states?: readonly ReviewState[];
  /** Only this deck. */
  readonly deck?: string;
}

/**
 * Gathers the units of a language for a review file: the project's decks (or one), each segment
 * with its aligned translation, filtered by state. Reads only; the store is not written.
 */
export async function collectReview(loaded: LoadedConfig, options: CollectOptions): Promise<ReviewExport> {
  const sources = await loadSourceDecks(loaded, options.deck);
  const wanted = options.states === undefined ? null : new Set(options.states);
  const decks: ReviewDeck[] = [];
  for (const source of sources) {
    const aligned = await alignedTranslations(loaded, source, options.language);
    const units: ReviewUnit[] = [];
    for (const segment of source.segments) {
      const entry = aligned.translations.entries.get(segment.id);
      const state = stateOf(entry);
      if (wanted !== null && !wanted.has(state)) continue;
      units.push({
        id: segment.id,
        kind: segment.kind,
        slide: segment.slide,
        slideTitle: segment.slideTitle,
        inNotes: segment.notes,
        line: segment.position.start.line,
        source: segment.text,
        translation: entry?.translation ?? null,
        state,
        provider: entry?.provider ?? null,
        oldSource: state === 'stale' && entry !== undefined && entry.source !== segment.text ? entry.source : null,
        comments: entry?.notes ?? [],
        qa: entry?.qa ?? [],
      });
    }
    decks.push({ id: source.deck.id, path: source.deck.path, units });
  }
  return { sourceLanguage: loaded.config.sourceLanguage, language: options.language, decks };
}
