// po4a comparison, part 2: the whole job on all usable GTN decks, cold and re-run with no change,
// one process per step, both tools on the same decks in the same run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { ensurePo4a } from '../lib/po4a.mjs';
import { formatCount, formatSummary, summarize } from '../lib/stats.mjs';
import { LANGUAGE, deckl10n, deckl10nColdSteps, deckl10nNoopSteps, po4a, pseudoFill, writeDecks, writePo4aConfig } from '../lib/tool-projects.mjs';
import { describeExcluded, usableDecks } from '../lib/usable-decks.mjs';

export const name = 'po4a-pipeline';
export const title = 'po4a comparison: extract + translate + render all decks (whole processes)';

const columns = ['Tool', 'Work', { label: 'wall s (min / median / max)', align: 'right' }, { label: 'CPU s (min / median / max)', align: 'right' }];

export async function run(options) {
  const po4aTool = ensurePo4a();
  if (po4aTool.problem !== null) return { columns, rows: [['po4a', po4aTool.problem, '', '']], notes: [] };
  const { decks, excluded } = usableDecks();
  if (decks.length === 0) return { columns, rows: [['—', 'corpus absent (../shared/corpus)', '', '']], notes: [] };
  const runs = options.quick ? 1 : Math.min(options.runs, 3);
  const times = { oursCold: [], oursNoop: [], theirsCold: [], theirsNoop: [] };
  let built = { ours: 0, theirs: 0 };
  for (let i = 0; i < runs; i++) {
    const work = mkdtempSync(join(tmpdir(), 'deckl10n-bench-pipeline-'));
    try {
      // Alternate which tool goes first, so neither always meets the same moment of a noisy machine.
      const order = i % 2 === 0 ? [ours, theirs] : [theirs, ours];
      for (const tool of order) tool(join(work, tool.name), decks, times);
      built = {
        ours: decks.filter((deck) => existsSync(join(work, 'ours', 'decks', deck.id, `slides_${LANGUAGE.toUpperCase()}.md`))).length,
        theirs: decks.filter((deck) => existsSync(join(work, 'theirs', 'out', LANGUAGE, `${deck.id}.md`))).length,
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const segments = decks.reduce((sum, deck) => sum + extract(parse(deck.text, { file: deck.path })).length, 0);
  const input = `${decks.length} decks`;
  return {
    columns,
    measured: `${runs} cold run${runs === 1 ? '' : 's'} per tool, no warm-up`,
    rows: [
      ['deckl10n', `cold: ${deckl10nColdSteps.map((step) => step[0]).join(' + ')} (${input}, ${formatCount(segments)} segments)`, seconds(times.oursCold, 'wallMs'), seconds(times.oursCold, 'cpuMs')],
      [`po4a ${po4aTool.version}`, `cold: po4a + pseudo-fill PO + po4a (${input})`, seconds(times.theirsCold, 'wallMs'), seconds(times.theirsCold, 'cpuMs')],
      ['po4a ÷ deckl10n', 'cold (same-run pairs)', ratio(times.theirsCold, times.oursCold, 'wallMs'), ratio(times.theirsCold, times.oursCold, 'cpuMs')],
      ['deckl10n', `no-op re-run: ${deckl10nNoopSteps.map((step) => step[0]).join(' + ')}`, seconds(times.oursNoop, 'wallMs'), seconds(times.oursNoop, 'cpuMs')],
      [`po4a ${po4aTool.version}`, 'no-op re-run: po4a', seconds(times.theirsNoop, 'wallMs'), seconds(times.theirsNoop, 'cpuMs')],
      ['po4a ÷ deckl10n', 'no-op re-run (same-run pairs)', ratio(times.theirsNoop, times.oursNoop, 'wallMs'), ratio(times.theirsNoop, times.oursNoop, 'cpuMs')],
    ],
    notes: [
      `${runs} cold run${runs === 1 ? '' : 's'} per tool, each in a fresh folder, tools alternating; no warm-up (a cold run is the case measured). Built decks in the last run: deckl10n ${built.ours}/${decks.length}, po4a ${built.theirs}/${decks.length}.`,
      `Decks left out for both tools: ${describeExcluded(excluded)}.`,
      `deckl10n: \`deckl10n init\`, \`translate --provider pseudo\` (extract, align with the store, pseudo-translate, write the store), \`build\` (localized decks \`slides_${LANGUAGE.toUpperCase()}.md\` and the locale package). po4a: one \`po4a.cfg\` for all decks (split mode: one POT and PO per deck); \`po4a\` extracts and renders, a Node process fills every msgstr with the same pseudo-localization deckl10n's pseudo provider applies, \`po4a\` merges and renders the translated decks.`,
      'Wall time of each step from spawn to exit, summed over the steps. CPU time: user + system time of the step and all its child processes (msgmerge, msggrep… for po4a), from bash `times`: on a shared machine it is the steadier figure. Ratios are per run pair, > 1 means po4a takes longer.',
    ],
  };
}

function ours(dir, decks, times) {
  writeDecks(dir, decks);
  times.oursCold.push(total(deckl10nColdSteps.map((step) => deckl10n(dir, step))));
  times.oursNoop.push(total(deckl10nNoopSteps.map((step) => deckl10n(dir, step))));
}

function theirs(dir, decks, times) {
  writeDecks(dir, decks);
  writePo4aConfig(dir, decks);
  times.theirsCold.push(total([po4a(dir), pseudoFill(dir), po4a(dir)]));
  times.theirsNoop.push(total([po4a(dir)]));
}

function total(steps) {
  return { wallMs: steps.reduce((sum, step) => sum + step.wallMs, 0), cpuMs: steps.reduce((sum, step) => sum + step.cpuMs, 0) };
}

function seconds(list, key) {
  return formatSummary(summarize(list.map((entry) => entry[key] / 1000)));
}

function ratio(numerators, denominators, key) {
  return formatSummary(summarize(numerators.map((entry, index) => entry[key] / denominators[index][key])), 2).replace(/[\d.]+/g, '×$&');
}
