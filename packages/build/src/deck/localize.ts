import { DeckError } from '@deckl10n/errors';
import type { Deck } from '@deckl10n/parser';
import { applyTranslations, type ApplyFallback } from '@deckl10n/segments';
import type { TranslationEntry } from '@deckl10n/store';
import type { SourceDeck } from '@deckl10n/sync';
import { frontMatterBody, frontMatterBodyAt, sameFrontMatterData, spliceFrontMatterFields, type FieldValue } from './front-matter-edit.js';
import { checkLocalized } from './structure.js';

/** Front-matter field giving how many segments of a localized deck are still in the source language. */
export const UNTRANSLATED_FIELD = 'untranslated';

/** What goes into one localized deck. */
export interface LocalizeInput {
  readonly source: SourceDeck;
  /** Aligned entries of the deck in `language`. */
  readonly entries: ReadonlyMap<string, TranslationEntry>;
  readonly language: string;
  /** Project-relative path of the localized deck (for messages). */
  readonly outputPath: string;
  /** `translations:` of the localized deck: the other languages the deck is fully available in. */
  readonly translations: readonly string[];
  readonly voice: Readonly<Record<string, string | number | boolean>> | undefined;
  /** Front-matter fields the project translates (the extract policy). */
  readonly frontMatterPolicy: readonly string[];
}

/** A localized deck, checked, ready to write. */
export interface LocalizedDeck {
  readonly text: string;
  /** Segments of the deck. */
  readonly total: number;
  /** Segments written in the target language. */
  readonly translated: number;
  /** Segments kept in the source language (missing, stale, or refused by apply). */
  readonly untranslated: number;
  /** Translations apply refused because they would break the deck, with why. */
  readonly fallbacks: readonly ApplyFallback[];
  /** False when the source has no front matter, so `lang:` could not be recorded. */
  readonly frontMatter: boolean;
  /** The deck's title in the target language (the source's when untranslated), if it has one. */
  readonly title: string | null;
}

/**
 * Builds one localized deck: the current translations (machine or reviewed; stale ones are
 * out of date, so the source text is kept) spliced into the source, then `lang:`,
 * `translations:`, `voice:` and the untranslated count set in its front matter (everything else,
 * `layout:` included, stays as the source has it). The result must round-trip through the
 * parser and have the source's structure; otherwise a `BUILD_STRUCTURE_MISMATCH` error is thrown
 * and nothing is written.
 */
export function localizeDeck(input: LocalizeInput): LocalizedDeck {
  const translations = new Map<string, string>();
  for (const segment of input.source.segments) {
    const entry = input.entries.get(segment.id);
    if (entry !== undefined && entry.state !== 'stale') translations.set(segment.id, entry.translation);
  }
  const applied = applyTranslations(input.source.parsed, translations, { frontMatter: { translate: input.frontMatterPolicy } });
  const total = input.source.segments.length;
  const untranslated = total - applied.applied.length;
  let text = applied.text;
  const sourceFrontMatter = input.source.parsed.frontMatter;
  let expected: Record<string, unknown> | null = null;
  if (sourceFrontMatter !== null) {
    const fields: Record<string, FieldValue> = { lang: input.language, translations: input.translations };
    if (input.voice !== undefined) fields['voice'] = input.voice;
    if (untranslated > 0) fields[UNTRANSLATED_FIELD] = untranslated;
    const spliced = spliceFrontMatterFields(text, frontMatterBodyAt(text, frontMatterBody(sourceFrontMatter)), fields, input.outputPath);
    text = spliced.text;
    expected = spliced.expected;
  }
  const deck = assertSameStructure(input.source.parsed, text, input.outputPath);
  if (expected !== null && !sameFrontMatterData(deck.frontMatter?.data, expected)) {
    throw new DeckError('BUILD_STRUCTURE_MISMATCH', `editing the front matter of ${input.outputPath} would not give the expected fields; nothing was written`, {
      file: input.outputPath,
      line: 1,
    });
  }
  const titleSegment = input.source.segments.find((segment) => segment.field === 'title');
  const title = (titleSegment !== undefined && applied.applied.includes(titleSegment.id) ? translations.get(titleSegment.id) : undefined) ?? input.source.title;
  return { text, total, translated: applied.applied.length, untranslated, fallbacks: applied.fallbacks, frontMatter: sourceFrontMatter !== null, title };
}

/** Throws `BUILD_STRUCTURE_MISMATCH` (with the line) when `text` is not structurally `source`; else its parse. */
export function assertSameStructure(source: Deck, text: string, file: string): Deck {
  const { deck, problems } = checkLocalized(source, text, file);
  const [problem] = problems;
  if (problem !== undefined) {
    throw new DeckError('BUILD_STRUCTURE_MISMATCH', `${file} would not have the structure of its source: ${problem.message}; nothing was written`, {
      file,
      line: problem.line,
    });
  }
  return deck;
}
