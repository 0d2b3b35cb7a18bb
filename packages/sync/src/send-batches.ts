import type { LoadedConfig } from '@deckl10n/config';
import type { TranslationProvider } from '@deckl10n/providers';
import type { TranslationEntry } from '@deckl10n/store';
import { batchUnits } from './batches.js';
import type { WorkUnit } from './pending-work.js';
import { saveTranslations, type AlignedTranslations } from './project.js';
import { machineFindings, type QaTally, type TranslationCheck } from './translation-check.js';

/** Running figures of one language, updated after every batch. */
export interface SendTally {
  segments: number;
  billedCharacters: number;
  requests: number;
  /** QA findings on the translations made (provider problems included). */
  readonly qa: QaTally;
  readonly files: Set<string>;
}

/**
 * Sends the units of one language in batches within the provider's limits, at most
 * `provider.concurrency` requests at a time, and saves the store after every batch (atomic; one
 * save at a time, batches finished meanwhile saved together), so a killed run loses at most the
 * batches in flight. On the first error no
 * new batch starts; the batches in flight finish and are saved; then the error is thrown.
 * Every translation is checked with `check` (when given); its findings are stored on the entry,
 * which stays `machine`: a machine draft is never blocked.
 */
export async function sendBatches(
  loaded: LoadedConfig,
  language: string,
  units: readonly WorkUnit[],
  provider: TranslationProvider,
  tally: SendTally,
  onProgress?: (done: number, total: number) => void,
  check?: TranslationCheck,
): Promise<void> {
  const queue = batchUnits(units, provider.limits, provider.usesContext);
  let done = 0;
  let failure: { error: unknown } | null = null;
  // Saves run one at a time. Batches that finish while a save runs share the next one: each
  // batch is on disk before it counts as done, with one write per deck instead of one per batch.
  let saving: Promise<void> = Promise.resolve();
  let nextSave: Promise<void> | null = null;
  const dirty = new Set<AlignedTranslations>();
  const persist = (touched: ReadonlySet<AlignedTranslations>): Promise<void> => {
    for (const deck of touched) dirty.add(deck);
    if (nextSave === null) {
      nextSave = saving.then(async () => {
        nextSave = null;
        const decks = [...dirty];
        dirty.clear();
        for (const deck of decks) for (const file of await saveTranslations(loaded, deck.translations)) tally.files.add(file);
      });
      saving = nextSave;
    }
    return nextSave;
  };

  const runBatch = async (batch: readonly WorkUnit[]): Promise<void> => {
    const result = await provider.translate({ sourceLanguage: loaded.config.sourceLanguage, targetLanguage: language, units: batch });
    tally.billedCharacters += result.billedCharacters;
    tally.requests += result.requests;
    const touched = new Set<AlignedTranslations>();
    batch.forEach((unit, index) => {
      const translated = result.translations[index];
      if (translated === undefined) return;
      for (const { deck, segment } of unit.occurrences) {
        const findings = machineFindings(segment, translated, check, tally.qa);
        const entry: TranslationEntry = {
          translation: translated.text,
          state: 'machine',
          fingerprint: segment.fingerprint,
          source: segment.text,
          provider: provider.name,
          ...(findings.length > 0 ? { qa: findings } : {}),
        };
        (deck.translations.entries as Map<string, TranslationEntry>).set(segment.id, entry);
        touched.add(deck);
        tally.segments++;
      }
    });
    await persist(touched);
    done += batch.length;
    onProgress?.(done, units.length);
  };

  const worker = async (): Promise<void> => {
    for (let batch = queue.shift(); batch !== undefined && failure === null; batch = queue.shift()) {
      try {
        await runBatch(batch);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, provider.concurrency) }, worker));
  await saving;
  if (failure !== null) throw (failure as { error: unknown }).error;
}
