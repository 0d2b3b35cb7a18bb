import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exampleDeckPath, runCli, tempDir } from '@deckl10n/test-support';

/** A fresh project in a temp dir holding a copy of the example deck, initialised with `deckl10n init`. */
export function exampleProject(): string {
  const dir = tempDir('deckl10n-reliability-');
  mkdirSync(join(dir, 'decks/pangeo-ecosystem'), { recursive: true });
  cpSync(exampleDeckPath, join(dir, 'decks/pangeo-ecosystem/slides.md'));
  const init = runCli(['init'], { cwd: dir });
  if (init.status !== 0) throw new Error(`deckl10n init failed: ${init.stderr}`);
  return dir;
}

/** Counts by state per language, from `deckl10n status --json` (throws if status fails). */
export function statusCounts(cwd: string): Record<string, Record<string, number>> {
  const run = runCli(['status', '--json'], { cwd });
  if (run.status !== 0) throw new Error(`deckl10n status failed (${run.status}): ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as { decks: { languages: Record<string, Record<string, number>> }[] };
  const deck = parsed.decks[0];
  if (deck === undefined) throw new Error('status listed no deck');
  return deck.languages;
}
