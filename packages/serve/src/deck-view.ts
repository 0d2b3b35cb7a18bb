import { projectCatalogs, projectDecks, type LoadedConfig } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import { applyTranslations, type Segment } from '@deckl10n/segments';
import type { DeckView, SegmentView, SlidesView } from '@deckl10n/serve-api';
import type { TranslationEntry } from '@deckl10n/store';
import { alignedTranslations, countStates, loadSourceDecks, stateOf, wordDiff, type SourceDeck } from '@deckl10n/sync';
import { localizedTitle } from './deck-title.js';
import { frameDeck } from './gtn-frame.js';
import { canMark, markText } from './marks.js';
import { dependencies, ViewCache } from './view-cache.js';

/** The project's languages: the source language first, then the targets. */
export function projectLanguages(loaded: LoadedConfig): string[] {
  return [loaded.config.sourceLanguage, ...loaded.config.targetLanguages];
}

/** Throws LANGUAGE_UNKNOWN unless `language` is the source or a target language. */
export function checkLanguage(loaded: LoadedConfig, language: string): void {
  if (!projectLanguages(loaded).includes(language)) {
    throw new DeckError('LANGUAGE_UNKNOWN', `"${language}" is not a language of this project (${projectLanguages(loaded).join(', ')})`);
  }
}

/** Loads one deck of the project by id (DECK_UNKNOWN otherwise). */
export async function loadDeck(loaded: LoadedConfig, deckId: string): Promise<SourceDeck> {
  const [source] = await loadSourceDecks(loaded, deckId);
  if (source === undefined) throw new DeckError('DECK_UNKNOWN', `no deck has the id "${deckId}"`);
  return source;
}

const cache = new ViewCache<DeckView>();

/** Forgets every cached deck view (after a save). */
export function forgetDeckViews(): void {
  cache.clear();
}

/**
 * Reads a deck with its translations, states and review marks in `language` (nothing is
 * written). Answers are cached while the files they come from are unchanged.
 */
export async function deckView(loaded: LoadedConfig, deckId: string, language: string): Promise<DeckView> {
  checkLanguage(loaded, language);
  const decks = await projectDecks(loaded);
  const file = decks.find((deck) => deck.id === deckId)?.file ?? '';
  const files = dependencies(loaded, file, deckId, [language], projectCatalogs(loaded));
  return cache.get(`${deckId}\n${language}`, files, () => computeDeckView(loaded, deckId, language));
}

async function computeDeckView(loaded: LoadedConfig, deckId: string, language: string): Promise<DeckView> {
  const source = await loadDeck(loaded, deckId);
  const isSource = language === loaded.config.sourceLanguage;
  const entries: ReadonlyMap<string, TranslationEntry> = isSource
    ? new Map()
    : (await alignedTranslations(loaded, source, language)).translations.entries;
  const options = { frontMatter: { translate: loaded.config.frontMatter.translate } };
  const clean = new Map<string, string>();
  const marked = new Map<string, string>();
  const segments = source.segments.map((segment, index) => {
    const entry = entries.get(segment.id);
    const state = isSource ? 'source' : stateOf(entry);
    if (entry !== undefined) clean.set(segment.id, entry.translation);
    const mark = !isSource && source.catalog !== true && canMark(segment);
    const text = entry?.translation ?? segment.text;
    if (mark) marked.set(segment.id, markText(text, index, state as Exclude<typeof state, 'source'>));
    else if (entry !== undefined) marked.set(segment.id, entry.translation);
    return segmentView(segment, index, state, entry, mark);
  });
  const catalog = source.catalog === true;
  // A catalog is JSON, not a deck: it has segments to review but no slides to render.
  const localized = catalog ? '' : applyTranslations(source.parsed, clean, options).text;
  const frame = catalog ? null : await frameDeck(loaded, source, localized, language);
  return {
    id: source.deck.id,
    path: source.deck.path,
    title: localizedTitle(source.segments, entries, source.title),
    language,
    sourceLanguage: loaded.config.sourceLanguage,
    languages: projectLanguages(loaded),
    source: catalog ? '' : source.parsed.source,
    localized,
    marked: catalog ? '' : applyTranslations(source.parsed, marked, options).text,
    framed: frame?.framed ?? null,
    plainText: frame?.plainText ?? null,
    frameOffset: frame?.frameOffset ?? 0,
    catalog,
    segments,
    counts: isSource ? null : countStates(source.segments, entries),
  };
}

function segmentView(segment: Segment, index: number, state: SegmentView['state'], entry: TranslationEntry | undefined, marked: boolean): SegmentView {
  const stale = entry?.state === 'stale';
  return {
    id: segment.id,
    index,
    kind: segment.kind,
    source: segment.text,
    slide: segment.slide,
    step: segment.step,
    notes: segment.notes,
    field: segment.field,
    line: segment.position.start.line,
    state,
    translation: entry?.translation ?? null,
    provider: entry?.provider ?? null,
    oldSource: stale ? entry.source : null,
    diff: stale ? wordDiff(entry.source, segment.text) : null,
    qa: entry?.qa ?? [],
    notesForReviewer: entry?.notes ?? [],
    marked,
  };
}

/** A deck in a language for the reading view: {@link deckView} without segments or review texts. */
export async function slidesView(loaded: LoadedConfig, deckId: string, language: string): Promise<SlidesView> {
  const view = await deckView(loaded, deckId, language);
  return {
    id: view.id,
    path: view.path,
    title: view.title,
    language: view.language,
    sourceLanguage: view.sourceLanguage,
    languages: view.languages,
    text: view.framed ?? view.localized,
    framed: view.framed !== null,
    plainText: view.plainText,
    frameOffset: view.frameOffset,
    deckSlides: Math.max(0, ...view.segments.map((segment) => segment.slide)),
    catalog: view.catalog,
  };
}
