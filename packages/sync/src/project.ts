import { readFileSync } from 'node:fs';
import { DeckError } from '@deckl10n/errors';
import { projectCatalogs, projectDecks, type LoadedConfig, type ProjectDeck } from '@deckl10n/config';
import { parse, type Deck } from '@deckl10n/parser';
import { extract, type Segment } from '@deckl10n/segments';
import { readDeckTranslations, writeDeckTranslations, type DeckTranslations } from '@deckl10n/store';
import { alignEntries, type AlignReport } from './align.js';
import { loadCatalogSource } from './catalogs.js';

/** A deck of the project, parsed, with its segments. */
export interface SourceDeck {
  readonly deck: ProjectDeck;
  readonly parsed: Deck;
  readonly segments: readonly Segment[];
  /** The deck's title (front matter `title`), for translation context. */
  readonly title: string | null;
  /**
   * True for a string catalog (config `catalogs`, e.g. the GTN slide-frame strings): a JSON file,
   * not a deck; its segment ids are its keys. Commands that write decks skip catalogs.
   */
  readonly catalog?: true;
}

/**
 * Loads the project's decks (one deck with `onlyId`), parsed and segmented, then its string
 * catalogs (config `catalogs`; `catalog: true`), which are translated and reviewed like decks.
 */
export async function loadSourceDecks(loaded: LoadedConfig, onlyId?: string): Promise<SourceDeck[]> {
  const decks = await projectDecks(loaded);
  const catalogs = projectCatalogs(loaded);
  const chosen = onlyId === undefined ? decks : decks.filter((deck) => deck.id === onlyId);
  const chosenCatalogs = onlyId === undefined ? catalogs : catalogs.filter((catalog) => catalog.id === onlyId);
  if (onlyId !== undefined && chosen.length === 0 && chosenCatalogs.length === 0) {
    const ids = [...decks, ...catalogs].map((d) => d.id);
    throw new DeckError('DECK_UNKNOWN', `no deck has the id "${onlyId}"; the decks are: ${ids.join(', ') || '(none)'}`);
  }
  const policy = { translate: loaded.config.frontMatter.translate };
  const deckSources = await Promise.all(
    chosen.map(async (deck) => {
      // Read synchronously: thousands of small decks read several times faster than with fs/promises.
      const parsed = parse(readFileSync(deck.file, 'utf8'), { file: deck.path });
      const segments = extract(parsed, { frontMatter: policy });
      const title = parsed.frontMatter?.fields.find((field) => field.path.length === 1 && field.path[0] === 'title')?.value ?? null;
      return { deck, parsed, segments, title };
    }),
  );
  return [...deckSources, ...(await Promise.all(chosenCatalogs.map(loadCatalogSource)))];
}

/** A deck's translations into one language, aligned with its current segments. */
export interface AlignedTranslations {
  readonly source: SourceDeck;
  readonly translations: DeckTranslations;
  readonly report: AlignReport;
  /** True when alignment changed the stored entries (a write would record it). */
  readonly changed: boolean;
}

/** Reads and aligns a deck's translations into `language` (nothing is written). */
export async function alignedTranslations(loaded: LoadedConfig, source: SourceDeck, language: string): Promise<AlignedTranslations> {
  const stored = await readDeckTranslations({
    localesDir: loaded.localesDir,
    deckId: source.deck.id,
    language,
    sourceLanguage: loaded.config.sourceLanguage,
    deckPath: source.deck.path,
  });
  const aligned = alignEntries(source.segments, stored.entries);
  return {
    source,
    translations: { ...stored, deckPath: source.deck.path, entries: aligned.entries },
    report: aligned.report,
    changed: aligned.changed,
  };
}

/** Writes aligned translations; returns the files written. */
export function saveTranslations(loaded: LoadedConfig, translations: DeckTranslations): Promise<string[]> {
  return writeDeckTranslations(loaded.localesDir, translations);
}

/** Checks `languages` against the config; all target languages when none are given. */
export function chooseLanguages(loaded: LoadedConfig, languages: readonly string[] | undefined): string[] {
  const targets = loaded.config.targetLanguages;
  if (languages === undefined || languages.length === 0) return [...targets];
  for (const language of languages) {
    if (!targets.includes(language)) {
      throw new DeckError('LANGUAGE_UNKNOWN', `"${language}" is not a target language of this project (${targets.join(', ')})`, { file: loaded.file });
    }
  }
  return [...languages];
}
