import { withProjectLock } from '@deckl10n/store';
import { alignedTranslations, chooseLanguages, loadSourceDecks, saveTranslations } from '@deckl10n/sync';
import { ExitCode } from '../exit-codes.js';
import { loadProject, type ProjectOptions } from '../project-context.js';

export interface PruneOptions extends ProjectOptions {
  readonly lang: string;
  readonly dryRun?: boolean;
}

/** `deckl10n prune --lang <lng>`: drops obsolete translations (segments gone from the decks). */
export async function prune(options: PruneOptions): Promise<number> {
  const loaded = await loadProject(options);
  const [language] = chooseLanguages(loaded, [options.lang]) as [string];
  const sources = await loadSourceDecks(loaded);
  let pruned = 0;
  await withProjectLock(loaded.localesDir, async () => {
    for (const source of sources) {
      const aligned = await alignedTranslations(loaded, source, language);
      const current = new Set(source.segments.map((segment) => segment.id));
      const kept = new Map([...aligned.translations.entries].filter(([id]) => current.has(id)));
      const dropped = aligned.translations.entries.size - kept.size;
      pruned += dropped;
      if (!options.dryRun && (dropped > 0 || aligned.changed)) await saveTranslations(loaded, { ...aligned.translations, entries: kept });
    }
  });
  process.stdout.write(`${options.dryRun ? 'would prune' : 'pruned'} ${pruned} obsolete translation${pruned === 1 ? '' : 's'} from ${language}\n`);
  return ExitCode.ok;
}
