import type { LoadedConfig } from '@deckl10n/config';
import { expandDeck, LAYOUT_NAMESPACE, toPlainText, toRemark, type LayoutStrings } from '@deckl10n/gtn-layout';
import { deckLastModified, findContributorNames, packagedLayoutStrings } from '@deckl10n/gtn-layout/node';
import { parse } from '@deckl10n/parser';
import { alignedTranslations, loadSourceDecks, type SourceDeck } from '@deckl10n/sync';

/** A GTN deck with its frame, in one language. */
export interface FramedDeck {
  /** The remark Markdown GTN's layout makes of the deck (title, questions, … thank-you slides). */
  readonly framed: string;
  /** The same as plain text. */
  readonly plainText: string;
  /** How many deck slides the frame puts before the deck's own first slide. */
  readonly frameOffset: number;
}

/**
 * The frame strings of a language: those shipped with deckl10n, overridden by the project's
 * `gtn-layout` catalog (its source text, or its stored translations), as `deckl10n render` does.
 */
export async function frameStrings(loaded: LoadedConfig, language: string, catalogs: readonly SourceDeck[]): Promise<LayoutStrings> {
  const shipped = await packagedLayoutStrings(language);
  const catalog = catalogs.find((source) => source.catalog === true && source.deck.id === LAYOUT_NAMESPACE);
  if (catalog === undefined) return shipped;
  if (language === loaded.config.sourceLanguage) return { ...shipped, ...Object.fromEntries(catalog.segments.map((segment) => [segment.id, segment.text])) };
  const current = new Set(catalog.segments.map((segment) => segment.id));
  const { entries } = (await alignedTranslations(loaded, catalog, language)).translations;
  return { ...shipped, ...Object.fromEntries([...entries].filter(([id]) => current.has(id)).map(([id, entry]) => [id, entry.translation])) };
}

/**
 * The deck with GTN's frame in `language` (localized text in, framed text out), or null when
 * its front matter names no GTN slide layout.
 */
export async function frameDeck(loaded: LoadedConfig, source: SourceDeck, localized: string, language: string): Promise<FramedDeck | null> {
  const deck = parse(localized, { file: source.deck.path });
  const catalogs = await loadSourceDecks(loaded).then((all) => all.filter((item) => item.catalog === true));
  const { names } = await findContributorNames(source.deck.file);
  const expanded = expandDeck(deck, { language, strings: await frameStrings(loaded, language, catalogs), date: deckLastModified(source.deck.file), contributors: names });
  if (expanded.layout === null) return null;
  const content = expanded.parts.findIndex((part) => part.origin === 'content');
  const before = content < 0 ? expanded.parts : expanded.parts.slice(0, content);
  const frameOffset = before.length === 0 ? 0 : parse(toRemark({ ...expanded, parts: before })).slides.length;
  return { framed: toRemark(expanded), plainText: toPlainText(expanded), frameOffset };
}
