// `deckl10n status` over 1,000 generated decks × 2 languages: whole process and in process.
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@deckl10n/config';
import { createPseudoProvider } from '@deckl10n/providers';
import { alignedTranslations, countStates, loadSourceDecks, translateProject } from '@deckl10n/sync';
import { cliPath } from '@deckl10n/test-support';
import { generatedProject, runCliTimed } from '../lib/sync-projects.mjs';
import { formatCount, formatSummary, summarize } from '../lib/stats.mjs';

export const name = 'sync-status';
export const title = '`deckl10n status` over 1,000 decks × 2 languages';

const TARGET_MS = 1000;
const DECKS = 1000;

export async function run(options) {
  const root = generatedProject({ decks: DECKS, slides: 3, perSlide: 3 });
  const loaded = await loadConfig(root);
  const setup = await loadSourceDecks(loaded);
  const segments = setup.reduce((sum, source) => sum + source.segments.length, 0);
  await translateProject(loaded, setup, { languages: ['fr', 'es'], provider: createPseudoProvider() });

  const inProcess = async () => {
    const sources = await loadSourceDecks(loaded);
    let total = 0;
    for (const source of sources) {
      for (const language of ['fr', 'es']) {
        const aligned = await alignedTranslations(loaded, source, language);
        total += countStates(source.segments, aligned.translations.entries).machine;
      }
    }
    return total;
  };
  const whole = [];
  const wholeCpu = [];
  const library = [];
  const libraryCpu = [];
  for (let i = 0; i < options.warmups; i++) {
    runCliTimed(cliPath, ['status', '--json'], root);
    await inProcess();
  }
  let checked = 0;
  for (let i = 0; i < options.runs; i++) {
    const run = runCliTimed(cliPath, ['status', '--json'], root);
    if (run.status !== 0) throw new Error(`status failed: ${run.stderr.slice(0, 200)}`);
    checked = JSON.parse(run.stdout).decks.length;
    whole.push(run.ms);
    wholeCpu.push(run.cpuMs);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const machine = await inProcess();
    library.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    libraryCpu.push((used.user + used.system) / 1000);
    if (machine !== segments * 2) throw new Error(`expected ${segments * 2} machine translations, counted ${machine}`);
  }
  const wholeSummary = summarize(whole);
  const input = `${formatCount(checked)} decks, ${formatCount(segments)} segments, 2 languages`;
  return {
    columns: ['Measure', 'Input', { label: 'wall ms (min / median / max)', align: 'right' }, { label: 'CPU ms (min / median / max)', align: 'right' }, 'Target', 'Result'],
    rows: [
      ['`deckl10n status --json` (whole process)', input, formatSummary(wholeSummary), formatSummary(summarize(wholeCpu)), `< ${TARGET_MS / 1000} s`, wholeSummary.median < TARGET_MS ? 'pass' : 'FAIL'],
      ['load + align + count (in process)', input, formatSummary(summarize(library)), formatSummary(summarize(libraryCpu)), '—', ''],
    ],
    notes: [
      `${DECKS} generated decks of 3 slides (13 segments each) with both languages fully pseudo-translated. The whole process hashes every deck and, its digest matching the source record of the state files (written by translate), counts from the record without loading the parser or segmenter; it reads and checks the 2,000 state files (canonical layout, entries digest) and hashes the 2,000 resources files (hand edits). The in-process row is the full path every deck takes when its record is missing or out of date: parse, read the store, align, count.`,
      'Whole process: spawn to exit of the built CLI, output captured; its CPU time (user + system) is measured inside the child at exit. In process: the same work through @deckl10n/sync after the modules are loaded. On a busy shared machine wall time mostly measures waiting for a core; the target is judged on wall time.',
    ],
  };
}
