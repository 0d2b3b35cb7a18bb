import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import type { SourceDeck } from '@deckl10n/sync';
import { addToFrontMatterList } from './front-matter-edit.js';
import { assertSameStructure } from './localize.js';

/** What the source deck's `translations:` misses, and its new text when build may add it. */
export interface SourceUpdate {
  /** Fully reviewed languages not listed in the source's `translations:`. */
  readonly missing: readonly string[];
  /** The updated source text (only when `enabled` and something is missing), else null. */
  readonly text: string | null;
  /** The source deck as it will be after the update (re-parsed), for localizing. */
  readonly source: SourceDeck;
}

/**
 * GTN's English original lists the languages it is fully available in (`translations:`).
 * The source is the user's file: it is updated only when `enabled`, by adding list lines (never
 * removing or reordering an entry), checked to keep its structure. The localized decks are then
 * built from the updated text, so the next build (which reads it) gives the same bytes.
 */
export function sourceUpdate(source: SourceDeck, fullyReviewed: readonly string[], enabled: boolean, frontMatterPolicy: readonly string[]): SourceUpdate {
  const frontMatter = source.parsed.frontMatter;
  if (frontMatter === null || fullyReviewed.length === 0) return { missing: [], text: null, source };
  const listed = (frontMatter.data as { translations?: unknown } | null)?.translations;
  const missing = fullyReviewed.filter((language) => !(Array.isArray(listed) && listed.includes(language)));
  if (missing.length === 0 || !enabled) return { missing, text: null, source };
  const text = addToFrontMatterList(source.parsed.source, frontMatter, 'translations', fullyReviewed, source.deck.path);
  assertSameStructure(source.parsed, text, source.deck.path);
  const parsed = parse(text, { file: source.deck.path });
  return { missing, text, source: { ...source, parsed, segments: extract(parsed, { frontMatter: { translate: frontMatterPolicy } }) } };
}
