import { join, posix } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import type { LoadedConfig } from '@deckl10n/config';
import { alignedTranslations, chooseLanguages, countStates, loadSourceDecks, type SourceDeck, type StateCounts } from '@deckl10n/sync';
import { localizeDeck, type LocalizedDeck } from './deck/localize.js';
import { sourceUpdate } from './deck/source-update.js';
import { localizedPath } from './deck/naming.js';
import { percent, type LocalePackage } from './package/model.js';
import { planLocalePackage, type BuiltDeck } from './package/plan-package.js';
import { loadOutputSettings, type OutputSettings } from './options.js';

/** Options of a build, on top of the config's `output` section. */
export interface BuildOptions {
  /** Languages to build (default: every target language). */
  readonly languages?: readonly string[];
  /** Overrides `output.minCompleteness`. */
  readonly minCompleteness?: number;
  /** Overrides `output.updateSource`. */
  readonly updateSource?: boolean;
}

/** What build does with one deck in one language. */
export interface DeckOutcome {
  readonly id: string;
  readonly language: string;
  /** The localized deck, relative to the project root. */
  readonly output: string;
  readonly status: 'built' | 'skipped';
  readonly counts: StateCounts;
  readonly translated: number;
  readonly untranslated: number;
  /** Percentage of segments translated. */
  readonly completeness: number;
  /** False when the source has no front matter: the localized deck carries no `lang:`. */
  readonly frontMatter: boolean;
  /** Translations apply refused (they would break the deck): segment id and why. */
  readonly refused: readonly { readonly id: string; readonly message: string }[];
}

/** A file build would write, with its full text. */
export interface PlannedFile {
  /** Absolute path. */
  readonly file: string;
  readonly text: string;
}

/** Everything a build would write; nothing is written until {@link writeBuild}. */
export interface BuildPlan {
  readonly settings: OutputSettings;
  readonly decks: readonly DeckOutcome[];
  readonly packages: readonly LocalePackage[];
  /** Localized decks beside their sources, and source decks whose `translations:` is updated. */
  readonly files: readonly PlannedFile[];
  /** For each source deck: the languages fully reviewed (what its `translations:` should list). */
  readonly reviewed: Readonly<Record<string, readonly string[]>>;
  /** Source decks whose `translations:` misses reviewed languages (not updated without `updateSource`). */
  readonly sourceNotices: readonly { readonly deck: string; readonly missing: readonly string[] }[];
}

/**
 * Plans a build: for every deck and chosen language the localized deck (checked against its
 * source), and for every chosen language its locale package. Reads the store; writes nothing.
 */
export async function planBuild(loaded: LoadedConfig, options: BuildOptions = {}): Promise<BuildPlan> {
  const fileSettings = await loadOutputSettings(loaded);
  const settings: OutputSettings = {
    ...fileSettings,
    ...(options.minCompleteness === undefined ? {} : { minCompleteness: options.minCompleteness }),
    ...(options.updateSource === undefined ? {} : { updateSource: options.updateSource }),
  };
  const languages = chooseLanguages(loaded, options.languages);
  // String catalogs (GTN layout strings) are JSON, not decks: their translations reach the
  // package as namespaces of the locale folder.
  const sources = (await loadSourceDecks(loaded)).filter((source) => !isCatalog(source));
  const sourcePaths = new Set(sources.map((source) => source.deck.path));
  const outputs = new Map<string, string>();
  const decks: DeckOutcome[] = [];
  const files: PlannedFile[] = [];
  const built = new Map<string, BuiltDeck[]>(languages.map((language) => [language, []]));
  const reviewed: Record<string, string[]> = {};
  const sourceNotices: { deck: string; missing: readonly string[] }[] = [];
  for (const original of sources) {
    let source = original;
    const states = new Map<string, { counts: StateCounts; entries: Awaited<ReturnType<typeof alignedTranslations>>['translations']['entries'] }>();
    for (const language of loaded.config.targetLanguages) {
      const aligned = await alignedTranslations(loaded, source, language);
      states.set(language, { counts: countStates(source.segments, aligned.translations.entries), entries: aligned.translations.entries });
    }
    const fullyReviewed = [...states].filter(([, s]) => s.counts.total > 0 && s.counts.reviewed === s.counts.total).map(([language]) => language);
    reviewed[source.deck.id] = fullyReviewed;
    const update = sourceUpdate(source, fullyReviewed, settings.updateSource, loaded.config.frontMatter.translate);
    if (update.text !== null) files.push({ file: source.deck.file, text: update.text });
    else if (update.missing.length > 0) sourceNotices.push({ deck: source.deck.path, missing: update.missing });
    source = update.source;
    for (const language of languages) {
      const state = states.get(language) as NonNullable<ReturnType<typeof states.get>>;
      const output = localizedPath(source.deck.path, language, settings.naming);
      checkOutput(output, source, sourcePaths, outputs, loaded);
      const localized = localizeDeck({
        source,
        entries: state.entries,
        language,
        outputPath: output,
        translations: [loaded.config.sourceLanguage, ...fullyReviewed.filter((other) => other !== language)],
        voice: settings.voice[language],
        frontMatterPolicy: loaded.config.frontMatter.translate,
      });
      const completeness = percent(localized.translated, localized.total);
      const status = completeness < settings.minCompleteness ? 'skipped' : 'built';
      decks.push(outcome(source, language, output, status, state.counts, localized, completeness));
      if (status === 'skipped') continue;
      files.push({ file: join(loaded.root, output), text: localized.text });
      built.get(language)?.push({
        id: source.deck.id,
        title: localized.title,
        source: source.deck.path,
        file: `decks/${source.deck.id}/${posix.basename(output)}`,
        lang: language,
        segments: localized.total,
        translated: localized.translated,
        reviewed: state.counts.reviewed,
        untranslated: localized.untranslated,
        text: localized.text,
      });
    }
  }
  const packages = await Promise.all(
    languages.map((language) =>
      planLocalePackage({
        dir: join(loaded.localesDir, language),
        language,
        scope: settings.packageScope,
        license: settings.license,
        decks: built.get(language) ?? [],
        checked: new Set(sources.map((source) => source.deck.id)),
      }),
    ),
  );
  return { settings, decks, packages, files, reviewed, sourceNotices };
}

/** True for a string catalog of the store (`catalog: true` on a source), not a deck. */
export function isCatalog(source: SourceDeck): boolean {
  return (source as { readonly catalog?: boolean }).catalog === true;
}

function outcome(source: SourceDeck, language: string, output: string, status: DeckOutcome['status'], counts: StateCounts, localized: LocalizedDeck, completeness: number): DeckOutcome {
  return {
    id: source.deck.id,
    language,
    output,
    status,
    counts,
    translated: localized.translated,
    untranslated: localized.untranslated,
    completeness,
    frontMatter: localized.frontMatter,
    refused: localized.fallbacks.map((fallback) => ({ id: fallback.id, message: fallback.message })),
  };
}

/** A localized deck must never land on a source deck or on another deck's output. */
function checkOutput(output: string, source: SourceDeck, sourcePaths: ReadonlySet<string>, outputs: Map<string, string>, loaded: LoadedConfig): void {
  const other = outputs.get(output);
  if (sourcePaths.has(output) || (other !== undefined && other !== source.deck.path)) {
    throw new DeckError(
      'BUILD_OUTPUT_CONFLICT',
      `the localized deck ${output} of ${source.deck.path} would overwrite ${sourcePaths.has(output) ? 'a source deck' : `the output of ${other ?? ''}`}`,
      { file: loaded.file },
    );
  }
  outputs.set(output, source.deck.path);
}
