import type { Segment } from '@deckl10n/segments';
import type { TranslationEntry } from '@deckl10n/store';

/**
 * A deck's title in a language: the stored translation of its front-matter `title` segment
 * when that translation is usable, else `sourceTitle`. As in the built localized deck, a
 * missing or stale translation (one made from an older source) falls back to the source, and
 * so does an empty one.
 *
 * @param segments the deck's current segments.
 * @param entries its aligned entries in the language (empty for the source language).
 * @param sourceTitle the front-matter `title` as written in the source, or null.
 */
export function localizedTitle(
  segments: readonly Segment[],
  entries: ReadonlyMap<string, TranslationEntry>,
  sourceTitle: string | null,
): string | null {
  const titleSegment = segments.find((segment) => segment.field === 'title');
  if (titleSegment === undefined) return sourceTitle;
  const entry = entries.get(titleSegment.id);
  if (entry === undefined || entry.state === 'stale' || entry.translation.trim() === '') return sourceTitle;
  return entry.translation;
}
