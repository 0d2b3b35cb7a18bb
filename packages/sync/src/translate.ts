import type { LoadedConfig } from '@deckl10n/config';
import type { TranslationProvider, TranslationUnit } from '@deckl10n/providers';
import type { Segment } from '@deckl10n/segments';
import { withProjectLock, type TranslationEntry } from '@deckl10n/store';
import { batchUnits } from './batches.js';
import { alignedTranslations, saveTranslations, type AlignedTranslations, type SourceDeck } from './project.js';

/** Options for {@link translateProject}. */
export interface TranslateOptions {
  readonly languages: readonly string[];
  readonly provider: TranslationProvider;
  readonly dryRun?: boolean;
  /** Re-translate stale segments a human reviewed (left for review by default). */
  readonly includeReviewed?: boolean;
  /** Called after every batch with units done and total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Per-language figures of a run. */
export interface LanguageSummary {
  /** Segments filled or re-translated. */
  segments: number;
  /** Distinct texts sent (identical texts are sent once). */
  texts: number;
  /** Characters of the distinct texts sent. */
  characters: number;
  billedCharacters: number;
  requests: number;
}

/** What a translate run did. */
export interface TranslateSummary {
  readonly provider: string;
  readonly dryRun: boolean;
  readonly languages: Record<string, LanguageSummary>;
  readonly segments: number;
  readonly characters: number;
  readonly billedCharacters: number;
  readonly requests: number;
  readonly seconds: number;
  readonly filesWritten: number;
}

interface Occurrence {
  readonly deck: AlignedTranslations;
  readonly segment: Segment;
}

/**
 * Fills `missing` segments and re-translates `stale` machine translations (and stale reviewed
 * ones with `includeReviewed`) for every deck and language. Identical texts are sent once; the
 * store is saved after every batch, so a killed run loses at most the batch in flight and a
 * rerun sends only what is still missing.
 */
export async function translateProject(loaded: LoadedConfig, sources: readonly SourceDeck[], options: TranslateOptions): Promise<TranslateSummary> {
  const started = performance.now();
  const run = async (): Promise<TranslateSummary> => {
    const languages: Record<string, LanguageSummary> = {};
    let filesWritten = 0;
    for (const language of options.languages) {
      const decks = await Promise.all(sources.map((source) => alignedTranslations(loaded, source, language)));
      if (!options.dryRun) {
        for (const deck of decks) if (deck.changed) filesWritten += (await saveTranslations(loaded, deck.translations)).length;
      }
      const work = pendingWork(decks, options.includeReviewed === true);
      const summary: LanguageSummary = { segments: 0, texts: work.size, characters: 0, billedCharacters: 0, requests: 0 };
      for (const [text, occurrences] of work) {
        summary.characters += text.length;
        summary.segments += occurrences.length;
      }
      languages[language] = summary;
      if (options.dryRun || work.size === 0) continue;
      filesWritten += await sendWork(loaded, language, work, options, summary);
    }
    const all = Object.values(languages);
    return {
      provider: options.provider.name,
      dryRun: options.dryRun === true,
      languages,
      segments: sum(all, 'segments'),
      characters: sum(all, 'characters'),
      billedCharacters: sum(all, 'billedCharacters'),
      requests: sum(all, 'requests'),
      seconds: Math.round(performance.now() - started) / 1000,
      filesWritten,
    };
  };
  return options.dryRun ? run() : withProjectLock(loaded.localesDir, run);
}

/** Distinct source texts needing translation, with every segment that has that text. */
function pendingWork(decks: readonly AlignedTranslations[], includeReviewed: boolean): Map<string, Occurrence[]> {
  const work = new Map<string, Occurrence[]>();
  for (const deck of decks) {
    for (const segment of deck.source.segments) {
      const entry = deck.translations.entries.get(segment.id);
      const needed =
        entry === undefined || (entry.state === 'stale' && (entry.was !== 'reviewed' || includeReviewed));
      if (!needed) continue;
      work.set(segment.text, [...(work.get(segment.text) ?? []), { deck, segment }]);
    }
  }
  return work;
}

async function sendWork(
  loaded: LoadedConfig,
  language: string,
  work: Map<string, Occurrence[]>,
  options: TranslateOptions,
  summary: LanguageSummary,
): Promise<number> {
  const { provider } = options;
  const units: (TranslationUnit & { occurrences: Occurrence[] })[] = [...work].map(([text, occurrences]) => {
    const first = occurrences[0] as Occurrence;
    const context = [first.deck.source.title, first.segment.slideTitle].filter((part) => part !== null && part !== undefined).join(' — ');
    return { text, ...(context === '' ? {} : { context }), occurrences };
  });
  const batches = batchUnits(units, provider.limits, provider.usesContext);
  let done = 0;
  let filesWritten = 0;
  let saving = Promise.resolve();
  const queue = [...batches];
  const worker = async (): Promise<void> => {
    for (let batch = queue.shift(); batch !== undefined; batch = queue.shift()) {
      const result = await provider.translate({ sourceLanguage: loaded.config.sourceLanguage, targetLanguage: language, units: batch });
      summary.billedCharacters += result.billedCharacters;
      summary.requests += result.requests;
      const touched = new Set<AlignedTranslations>();
      batch.forEach((unit, index) => {
        const translated = result.translations[index];
        if (translated === undefined) return;
        for (const { deck, segment } of unit.occurrences) {
          const entry: TranslationEntry = {
            translation: translated.text,
            state: 'machine',
            fingerprint: segment.fingerprint,
            source: segment.text,
            provider: provider.name,
            ...(translated.problem ? { qa: [{ code: 'MT_MARKUP', severity: 'error' as const, message: translated.problem }] } : {}),
          };
          (deck.translations.entries as Map<string, TranslationEntry>).set(segment.id, entry);
          touched.add(deck);
        }
      });
      // Save after every batch, one save at a time, so progress survives a crash.
      saving = saving.then(async () => {
        for (const deck of touched) filesWritten += (await saveTranslations(loaded, deck.translations)).length;
      });
      await saving;
      done += batch.length;
      options.onProgress?.(done, units.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, provider.concurrency) }, worker));
  await saving;
  return filesWritten;
}

function sum(items: readonly LanguageSummary[], key: keyof LanguageSummary): number {
  return items.reduce((total, item) => total + item[key], 0);
}
