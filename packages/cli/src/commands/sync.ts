import type { LoadedConfig, ProjectDeck } from '@deckl10n/config';
import { withProjectLock } from '@deckl10n/store';
import { chooseDecks, chooseLanguages, deckDigest, recordedTranslations } from '@deckl10n/sync/light';
import { ExitCode } from '../exit-codes.js';
import { list, loadProject, type ProjectOptions } from '../project-context.js';

export interface SyncOptions extends ProjectOptions {
  readonly lang?: string;
  readonly json?: boolean;
}

interface SyncReport {
  deck: string;
  language: string;
  carried: number;
  staled: number;
  restored: number;
  obsolete: number;
  files: string[];
}

/**
 * `deckl10n sync`: records in the store what changed in the source decks (stale segments with
 * their old source, carried URL/code changes, obsolete entries) without translating anything.
 * A deck or string catalog whose store records it as aligned with its current bytes is not parsed:
 * nothing can have changed for it, so a sync with nothing to do loads neither the parser nor the
 * segmenter. One edited since its record was written gets the record refreshed (a state file that
 * has no trusted record, from an older deckl10n or edited by hand, is written only when alignment
 * changes it).
 */
export async function sync(options: SyncOptions): Promise<number> {
  const loaded = await loadProject(options);
  const languages = chooseLanguages(loaded, list(options.lang));
  const chosen = await chooseDecks(loaded);
  const recorded = await recordedReports(loaded, [...chosen.decks, ...chosen.catalogs], languages);
  // A first pass without the lock: when nothing changed, nothing is locked or written. Otherwise
  // the work is done again under the lock, so a concurrent run cannot interleave.
  const report = recorded ?? (await fullSync(loaded, languages));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const r of report) {
      process.stdout.write(`${r.deck} ${r.language}: ${r.staled} newly stale, ${r.carried} carried (URL/code/markup changes), ${r.restored} restored, ${r.obsolete} obsolete${r.files.length ? `; wrote ${r.files.length} files` : ''}\n`);
    }
  }
  return ExitCode.ok;
}

/**
 * The report of a sync with nothing to do, from the source records alone; undefined when the
 * record of a deck or catalog is missing or out of date (then the full path runs).
 */
async function recordedReports(loaded: LoadedConfig, decks: readonly ProjectDeck[], languages: readonly string[]): Promise<SyncReport[] | undefined> {
  const digests = decks.map((deck) => deckDigest(loaded, deck));
  const report: SyncReport[] = [];
  for (const language of languages) {
    for (const [i, deck] of decks.entries()) {
      const recorded = await recordedTranslations(loaded, deck, language, digests[i] as string);
      if (recorded === undefined) return undefined;
      report.push({ deck: deck.id, language, carried: 0, staled: 0, restored: 0, obsolete: recorded.counts.obsolete, files: [] });
    }
  }
  return report;
}

/** Parses every deck and aligns every language; writes (under the project lock) only when something changed. */
async function fullSync(loaded: LoadedConfig, languages: readonly string[]): Promise<SyncReport[]> {
  const { alignedTranslations, loadSourceDecks, saveTranslations } = await import('@deckl10n/sync');
  const sources = await loadSourceDecks(loaded);
  let report: SyncReport[] = [];
  const pass = async (save: boolean): Promise<boolean> => {
    report = [];
    let changed = false;
    for (const language of languages) {
      for (const source of sources) {
        const aligned = await alignedTranslations(loaded, source, language);
        // A deck edited without changing any entry still gets its source record refreshed.
        const write = aligned.changed || aligned.recordOutdated;
        changed ||= write;
        const files = save && write ? await saveTranslations(loaded, aligned.translations) : [];
        const r = aligned.report;
        report.push({ deck: source.deck.id, language, carried: r.carried.length, staled: r.staled.length, restored: r.restored.length, obsolete: r.obsolete.length, files });
      }
    }
    return changed;
  };
  if (await pass(false)) await withProjectLock(loaded.localesDir, () => pass(true));
  return report;
}
