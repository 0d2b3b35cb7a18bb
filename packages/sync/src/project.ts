import { readFileSync } from 'node:fs';
import type { LoadedConfig, ProjectDeck } from '@deckl10n/config';
import { parse, type Deck } from '@deckl10n/parser';
import { extract, type Segment } from '@deckl10n/segments';
import { readDeckTranslations, writeDeckTranslations, type DeckTranslations, type SourceRecord } from '@deckl10n/store';
import { alignEntries, type AlignReport } from './align.js';
import { loadCatalogSource } from './catalogs.js';
import { chooseDecks } from './choose-decks.js';
import { recordedSegments, sourceRecord } from './source-record.js';

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
  /** What the store records as the source its entries are aligned with (decks and catalogs). */
  readonly record?: SourceRecord;
}

/**
 * Loads the project's decks (one deck with `onlyId`), parsed and segmented, then its string
 * catalogs (config `catalogs`; `catalog: true`), which are translated and reviewed like decks.
 */
export async function loadSourceDecks(loaded: LoadedConfig, onlyId?: string): Promise<SourceDeck[]> {
  const chosen = await chooseDecks(loaded, onlyId);
  const deckSources = chosen.decks.map((deck) => loadSourceDeck(loaded, deck));
  return [...deckSources, ...(await Promise.all(chosen.catalogs.map((catalog) => loadCatalogSource(loaded, catalog))))];
}

/** One deck of the project, parsed and segmented, with its source record. */
export function loadSourceDeck(loaded: LoadedConfig, deck: ProjectDeck): SourceDeck {
  // Read synchronously: thousands of small decks read several times faster than with fs/promises.
  const text = readFileSync(deck.file, 'utf8');
  const parsed = parse(text, { file: deck.path });
  const segments = extract(parsed, { frontMatter: { translate: loaded.config.frontMatter.translate } });
  const title = parsed.frontMatter?.fields.find((field) => field.path.length === 1 && field.path[0] === 'title')?.value ?? null;
  return { deck, parsed, segments, title, record: sourceRecord(loaded, text, segments) };
}

/** A deck's translations into one language, aligned with its current segments. */
export interface AlignedTranslations {
  readonly source: SourceDeck;
  readonly translations: DeckTranslations;
  readonly report: AlignReport;
  /** True when alignment changed the stored entries (a write would record it). */
  readonly changed: boolean;
  /**
   * True when the store holds a trusted source record for another version of the deck (it was
   * edited since, even in ways that change no entry: a slide moved or removed, a rewrap); `sync`
   * writes the current record then, so `status` need not parse the deck again.
   */
  readonly recordOutdated: boolean;
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
  const translations: DeckTranslations = {
    deckId: stored.deckId,
    language: stored.language,
    sourceLanguage: stored.sourceLanguage,
    deckPath: source.deck.path,
    entries: aligned.entries,
    ...(source.record === undefined ? {} : { sourceRecord: source.record }),
  };
  return {
    source,
    translations,
    report: aligned.report,
    changed: aligned.changed,
    recordOutdated: stored.sourceRecord !== undefined && stored.sourceRecord.digest !== source.record?.digest,
  };
}

/**
 * Writes aligned translations; returns the files written. Their source record is written too when
 * it is one {@link loadSourceDeck} (or `loadCatalogSource`) made and aligning the entries with its
 * segments changes nothing; otherwise the state file gets no record and `status` takes the full
 * path for it.
 */
export function saveTranslations(loaded: LoadedConfig, translations: DeckTranslations): Promise<string[]> {
  const { sourceRecord: record, ...rest } = translations;
  const segments = record === undefined ? undefined : recordedSegments(record);
  const aligned = segments !== undefined && !alignEntries(segments, translations.entries).changed;
  return writeDeckTranslations(loaded.localesDir, aligned ? translations : rest);
}
