// A sync that has nothing to do: the example deck, translated, unchanged; nothing may be written.
// Also in a copy of this repository's project (the deck and the GTN layout catalog, committed translations).
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@deckl10n/config';
import { createPseudoProvider } from '@deckl10n/providers';
import { alignedTranslations, loadSourceDecks, saveTranslations, translateProject } from '@deckl10n/sync';
import { cliPath, repoRoot, tempDir } from '@deckl10n/test-support';
import { mtimes, runCliTimed, sameMtimes } from '../lib/sync-projects.mjs';
import { formatSummary, summarize } from '../lib/stats.mjs';

export const name = 'sync-noop';
export const title = 'No-op sync of the example deck (nothing changed, nothing written)';

const TARGET_MS = 150;

/**
 * A copy of this repository's translation project: the example deck, the GTN layout string
 * catalog and their committed fr and es translations (reviewed). State files committed without a
 * source record, or with one made by other parser/segmenter code, get the current record the way
 * any save gives it (the entries must already be aligned: nothing else may change).
 */
async function repositoryProject() {
  const root = tempDir('deckl10n-bench-');
  cpSync(join(repoRoot, 'decks/pangeo-ecosystem'), join(root, 'decks/pangeo-ecosystem'), { recursive: true });
  cpSync(join(repoRoot, 'deckl10n.config.json'), join(root, 'deckl10n.config.json'));
  for (const language of ['en', 'fr', 'es']) {
    mkdirSync(join(root, 'locales', language), { recursive: true });
    for (const name of readdirSync(join(repoRoot, 'locales', language)).filter((file) => /^(gtn-layout|pangeo-ecosystem)(\.state)?\.json$/.test(file))) {
      cpSync(join(repoRoot, 'locales', language, name), join(root, 'locales', language, name));
    }
  }
  const loaded = await loadConfig(root);
  const sources = await loadSourceDecks(loaded);
  if (!sources.some((source) => source.catalog === true)) throw new Error('the repository project has no string catalog');
  for (const source of sources) {
    for (const language of loaded.config.targetLanguages) {
      const aligned = await alignedTranslations(loaded, source, language);
      if (aligned.changed) throw new Error(`the committed translations of ${source.deck.id} (${language}) are not aligned with it`);
      await saveTranslations(loaded, aligned.translations);
    }
  }
  return root;
}

export async function run(options) {
  const root = tempDir('deckl10n-bench-');
  mkdirSync(join(root, 'decks'));
  cpSync(join(repoRoot, 'decks/pangeo-ecosystem'), join(root, 'decks/pangeo-ecosystem'), { recursive: true });
  cpSync(join(repoRoot, 'deckl10n.config.json'), join(root, 'deckl10n.config.json'));
  const loaded = await loadConfig(root);
  await translateProject(loaded, await loadSourceDecks(loaded), { languages: loaded.config.targetLanguages, provider: createPseudoProvider() });
  const before = mtimes(join(root, 'locales'));
  const repository = await repositoryProject();
  const repositoryBefore = mtimes(join(repository, 'locales'));

  const inProcess = async () => {
    let written = 0;
    for (const source of await loadSourceDecks(loaded)) {
      for (const language of loaded.config.targetLanguages) {
        const aligned = await alignedTranslations(loaded, source, language);
        if (aligned.changed) written += (await saveTranslations(loaded, aligned.translations)).length;
      }
    }
    return written;
  };
  const startup = [];
  const startupCpu = [];
  const whole = [];
  const wholeCpu = [];
  const library = [];
  const libraryCpu = [];
  const inRepository = [];
  const inRepositoryCpu = [];
  for (let i = 0; i < options.warmups; i++) {
    runCliTimed('-e', [''], root);
    runCliTimed(cliPath, ['sync'], root);
    runCliTimed(cliPath, ['sync'], repository);
    await inProcess();
  }
  for (let i = 0; i < options.runs; i++) {
    const baseline = runCliTimed('-e', [''], root);
    startup.push(baseline.ms);
    startupCpu.push(baseline.cpuMs);
    const run = runCliTimed(cliPath, ['sync'], root);
    if (run.status !== 0) throw new Error(`sync failed: ${run.stderr.slice(0, 200)}`);
    whole.push(run.ms);
    wholeCpu.push(run.cpuMs);
    const repositoryRun = runCliTimed(cliPath, ['sync'], repository);
    if (repositoryRun.status !== 0) throw new Error(`sync failed in the repository project: ${repositoryRun.stderr.slice(0, 200)}`);
    inRepository.push(repositoryRun.ms);
    inRepositoryCpu.push(repositoryRun.cpuMs);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const written = await inProcess();
    library.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    libraryCpu.push((used.user + used.system) / 1000);
    if (written !== 0) throw new Error(`a no-op sync wrote ${written} files`);
  }
  const unchanged = sameMtimes(before, mtimes(join(root, 'locales'))) && sameMtimes(repositoryBefore, mtimes(join(repository, 'locales')));
  const lib = summarize(library);
  const proc = summarize(whole);
  const repo = summarize(inRepository);
  return {
    columns: ['Measure', { label: 'wall ms (min / median / max)', align: 'right' }, { label: 'CPU ms (min / median / max)', align: 'right' }, 'Target', 'Result'],
    rows: [
      ['`node -e ""` (Node startup)', formatSummary(summarize(startup)), formatSummary(summarize(startupCpu)), '—', 'baseline'],
      ['`deckl10n sync` (whole process)', formatSummary(proc), formatSummary(summarize(wholeCpu)), `< ${TARGET_MS} ms`, proc.median < TARGET_MS ? 'pass' : 'FAIL'],
      ['`deckl10n sync`, this repository\'s project (deck + catalog)', formatSummary(repo), formatSummary(summarize(inRepositoryCpu)), `< ${TARGET_MS} ms`, repo.median < TARGET_MS ? 'pass' : 'FAIL'],
      ['sync in process (load, align, compare)', formatSummary(lib), formatSummary(summarize(libraryCpu)), `< ${TARGET_MS} ms`, lib.median < TARGET_MS ? 'pass' : 'FAIL'],
      ['files written', unchanged ? '0 (every mtime unchanged)' : 'SOME FILES CHANGED', '', '0', unchanged ? 'pass' : 'FAIL'],
    ],
    notes: [
      'CPU is the process\'s own user + system time (for the whole process, measured inside the child at exit): on a shared, busy machine wall time mostly measures waiting for a core, CPU time what the work costs. Targets are judged on wall time.',
      'The example deck (312 segments) translated into fr and es with pseudo, then synced again unchanged. The whole process hashes the deck, finds the source records of its state files current and stops there (commander, parser, segmenter and writer never loaded); the in-process row is the full path (parse, extract, read and verify 4 store files, align, compare). Nothing to write. The no-write check compares the mtimes of every store file before and after all runs, in both projects.',
      'This repository\'s project: a copy of the example deck, the GTN layout string catalog (locales/en/gtn-layout.json, 19 strings) and their committed, reviewed fr and es translations (8 store files); the catalog has a source record like the deck (its digest and keys), so the no-op sync reads no parser there either. State files committed without a current record get it first, as any save gives it (entries unchanged).',
    ],
  };
}
