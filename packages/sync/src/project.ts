import { readFile } from 'node:fs/promises';
import { DeckError } from '@deckl10n/errors';
import { projectDecks, type LoadedConfig, type ProjectDeck } from '@deckl10n/config';
import { parse, type Deck } from '@deckl10n/parser';
import { extract, type Segment } from '@deckl10n/segments';
import { readDeckTranslations, writeDeckTranslations, type DeckTranslations } from '@deckl10n/store';
import { alignEntries, type AlignReport } from './align.js';

/** A deck of the project, parsed, with its segments. */
export interface SourceDeck {
  readonly deck: ProjectDeck;
  readonly parsed: Deck;
  readonly segments: readonly Segment[];
  /** The deck's title (front matter `title`), for translation context. */
  readonly title: string | null;
}

/** Loads the project's decks (one deck with `onlyId`), parsed and segmented. */
export async function loadSourceDecks(loaded: LoadedConfig, onlyId?: string): Promise<SourceDeck[]> {
  const decks = await projectDecks(loaded);
  const chosen = onlyId === undefined ? decks : decks.filter((deck) => deck.id === onlyId);
  if (onlyId !== undefined && chosen.length === 0) {
    throw new DeckError('DECK_UNKNOWN', `no deck has the id "${onlyId}"; the decks are: ${decks.map((d) => d.id).join(', ') || '(none)'}`);
  }
  const policy = { translate: loaded.config.frontMatter.translate };
  return Promise.all(
    chosen.map(async (deck) => {
      const parsed = parse(await readFile(deck.file, 'utf8'), { file: deck.path });
      const segments = extract(parsed, { frontMatter: policy });
      const title = parsed.frontMatter?.fields.find((field) => field.path.length === 1 && field.path[0] === 'title')?.value ?? null;
      return { deck, parsed, segments, title };
    }),
  );
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
