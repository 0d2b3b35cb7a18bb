import type { LoadedConfig } from '@deckl10n/config';
import { DeckError, isDeckError } from '@deckl10n/errors';
import type { TranslationProvider } from '@deckl10n/providers';
import { withProjectLock } from '@deckl10n/store';
import { pendingWork } from './pending-work.js';
import { alignedTranslations, saveTranslations, type SourceDeck } from './project.js';
import { sendBatches, type SendTally } from './send-batches.js';
import type { QaTally, TranslationCheck } from './translation-check.js';

/** Options for {@link translateProject}. */
export interface TranslateOptions {
  readonly languages: readonly string[];
  readonly provider: TranslationProvider;
  readonly dryRun?: boolean;
  /** Re-translate stale segments a human reviewed (left for review by default). */
  readonly includeReviewed?: boolean;
  /** Called after every batch with the texts done and the total of the language. */
  readonly onProgress?: (done: number, total: number, language: string) => void;
  /**
   * QA of every machine translation made: findings are stored on the entry (with any provider
   * problem) and counted in the summary; the translation is stored as `machine` all the same.
   */
  readonly check?: TranslationCheck;
}

/** Per-language figures of a run. */
export interface LanguageSummary {
  /** Segments to fill or re-translate (with `dryRun`: that would be). */
  segments: number;
  /** Distinct texts (identical texts are sent once). */
  texts: number;
  /** Characters of the distinct texts as the provider bills them (DeepL: markup excluded). */
  characters: number;
  /** Characters the service reported billed. */
  billedCharacters: number;
  /** Requests made, retries of broken markup included. */
  requests: number;
  /** QA findings stored with the translations made (provider problems included), by severity. */
  qa: QaTally;
}

/** What a translate run did (`translate --json` prints it). */
export interface TranslateSummary {
  readonly provider: string;
  readonly dryRun: boolean;
  readonly languages: Record<string, LanguageSummary>;
  readonly segments: number;
  readonly texts: number;
  readonly characters: number;
  readonly billedCharacters: number;
  readonly requests: number;
  /** QA findings stored with the translations made, all languages. */
  readonly qa: QaTally;
  readonly seconds: number;
  /** Distinct store files written. */
  readonly filesWritten: number;
}

/**
 * Fills `missing` segments and re-translates `stale` machine translations (and stale reviewed
 * ones with `includeReviewed`) for every deck and language. Identical texts are sent once; the
 * store is saved after every batch, so a killed run loses at most the batches in flight and a
 * rerun sends only what is still missing. On an error (quota, key, network) everything done is
 * saved and the error says how much.
 */
export async function translateProject(loaded: LoadedConfig, sources: readonly SourceDeck[], options: TranslateOptions): Promise<TranslateSummary> {
  const started = performance.now();
  const { provider } = options;
  const measure = provider.billableCharacters ?? codePoints;
  const languages: Record<string, LanguageSummary> = {};
  const files = new Set<string>();
  let saved = 0;
  /** Computes the work of every language; sends it and saves only with `write`. */
  const run = async (write: boolean): Promise<void> => {
    for (const language of options.languages) {
      const decks = await Promise.all(sources.map((source) => alignedTranslations(loaded, source, language)));
      if (write) {
        for (const deck of decks) if (deck.changed) for (const file of await saveTranslations(loaded, deck.translations)) files.add(file);
      }
      const units = pendingWork(decks, options.includeReviewed === true);
      const summary: LanguageSummary = { segments: 0, texts: units.length, characters: 0, billedCharacters: 0, requests: 0, qa: { errors: 0, warnings: 0 } };
      for (const unit of units) {
        summary.characters += measure(unit.text);
        summary.segments += unit.occurrences.length;
      }
      languages[language] = summary;
      if (!write || units.length === 0) continue;
      const tally: SendTally = { segments: 0, billedCharacters: 0, requests: 0, qa: summary.qa, files };
      try {
        await sendBatches(loaded, language, units, provider, tally, (done, total) => options.onProgress?.(done, total, language), options.check);
      } finally {
        saved += tally.segments;
        summary.billedCharacters = tally.billedCharacters;
        summary.requests = tally.requests;
      }
    }
  };
  try {
    // Nothing to record and nothing to send: answer without taking the lock, so a run that
    // changes nothing touches nothing.
    const locked = !options.dryRun && (await hasWork(loaded, sources, options));
    await (locked ? withProjectLock(loaded.localesDir, () => run(true)) : run(false));
  } catch (error) {
    if (!isDeckError(error) || saved === 0) throw error;
    throw new DeckError(error.code, `${error.message} (${saved} segment translation${saved === 1 ? '' : 's'} made before the stop are saved)`, {
      ...(error.file === undefined ? {} : { file: error.file }),
      hint: error.hint,
    });
  }
  const all = Object.values(languages);
  const sum = (key: Exclude<keyof LanguageSummary, 'qa'>): number => all.reduce((total, item) => total + item[key], 0);
  return {
    provider: provider.name,
    dryRun: options.dryRun === true,
    languages,
    segments: sum('segments'),
    texts: sum('texts'),
    characters: sum('characters'),
    billedCharacters: sum('billedCharacters'),
    requests: sum('requests'),
    qa: { errors: all.reduce((total, item) => total + item.qa.errors, 0), warnings: all.reduce((total, item) => total + item.qa.warnings, 0) },
    seconds: Math.round(performance.now() - started) / 1000,
    filesWritten: files.size,
  };
}

/** True when some deck's store needs a write or some segment needs translating. */
async function hasWork(loaded: LoadedConfig, sources: readonly SourceDeck[], options: TranslateOptions): Promise<boolean> {
  for (const language of options.languages) {
    const decks = await Promise.all(sources.map((source) => alignedTranslations(loaded, source, language)));
    if (decks.some((deck) => deck.changed) || pendingWork(decks, options.includeReviewed === true).length > 0) return true;
  }
  return false;
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
