import { withProjectLock } from '@deckl10n/store';
import { alignedTranslations, chooseLanguages, loadSourceDecks, saveTranslations } from '@deckl10n/sync';
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
 */
export async function sync(options: SyncOptions): Promise<number> {
  const loaded = await loadProject(options);
  const languages = chooseLanguages(loaded, list(options.lang));
  const sources = await loadSourceDecks(loaded);
  let report: SyncReport[] = [];
  const pass = async (save: boolean): Promise<boolean> => {
    report = [];
    let changed = false;
    for (const language of languages) {
      for (const source of sources) {
        const aligned = await alignedTranslations(loaded, source, language);
        changed ||= aligned.changed;
        const files = save && aligned.changed ? await saveTranslations(loaded, aligned.translations) : [];
        const r = aligned.report;
        report.push({ deck: source.deck.id, language, carried: r.carried.length, staled: r.staled.length, restored: r.restored.length, obsolete: r.obsolete.length, files });
      }
    }
    return changed;
  };
  // A first pass without the lock: when nothing changed, nothing is locked or written. Otherwise
  // the work is done again under the lock, so a concurrent run cannot interleave.
  if (await pass(false)) await withProjectLock(loaded.localesDir, () => pass(true));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const r of report) {
      process.stdout.write(`${r.deck} ${r.language}: ${r.staled} newly stale, ${r.carried} carried (URL/code/markup changes), ${r.restored} restored, ${r.obsolete} obsolete${r.files.length ? `; wrote ${r.files.length} files` : ''}\n`);
    }
  }
  return ExitCode.ok;
}
