// In-process parser throughput over the shared corpus, and parse time on big synthetic decks.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parse, serialize } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { concatenatedDeck, hasCorpus, loadCorpus, manySlidesDeck, totalBytes } from '../lib/decks.mjs';
import { repetitionsFor } from '../lib/measure.mjs';
import { formatCount, formatMegabytes, formatSummary, mapSummary, summarize } from '../lib/stats.mjs';

export const name = 'parser-throughput';
export const title = 'Parser throughput (in process)';

const TARGET_MB_PER_S = 20;
/** A run lasts at least this long, so timer resolution and one-off pauses weigh little. */
const MIN_RUN_MS = 200;
/** Each case runs untimed for this long first (a third of it with --quick). */
const WARM_MS = 1500;
/**
 * Time per MB of a bigger deck may exceed the smaller one's by this factor and still count as
 * linear: a big tree outlives the young generation, so garbage collection costs more per MB on big
 * decks; quadratic work would show as ×5 to ×10.
 */
const LINEAR_FACTOR = 2;

const columns = [
  'Case',
  'Input',
  { label: 'ms per pass (min / median / max)', align: 'right' },
  { label: 'MB/s (min / median / max)', align: 'right' },
  { label: 'CPU MB/s (min / median / max)', align: 'right' },
  { label: 'ms per MB (min / median / max)', align: 'right' },
  { label: 'segments/s (min / median / max)', align: 'right' },
  'Target',
  'Result',
];

export async function run(options) {
  const loadBefore = os.loadavg()[0];
  const decks = loadCorpus();
  if (!hasCorpus || decks.length === 0) {
    return { columns, rows: [['whole corpus', 'corpus absent (../shared/corpus)', '', '', '', '', '', `≥ ${TARGET_MB_PER_S} MB/s`, 'skipped']], notes: [] };
  }
  const bytes = totalBytes(decks);
  const segmentCount = decks.reduce((sum, deck) => sum + extract(parse(deck.text, { file: deck.name })).length, 0);
  const input = `${decks.length} decks, ${formatMegabytes(bytes)}`;
  const throughput = (label, pass, extra = '') => {
    const result = measure(pass, bytes, options);
    const rate = result.mbPerS;
    return [
      label,
      `${input}${extra}, ×${result.reps} per run`,
      formatSummary(result.msPerPass),
      formatSummary(rate),
      formatSummary(result.cpuMbPerS),
      formatSummary(result.msPerMb),
      pass === parseExtract ? formatSummary(mapSummary(result.msPerPass, (ms) => segmentCount / (ms / 1000))) : '',
      `≥ ${TARGET_MB_PER_S} MB/s`,
      rate.median >= TARGET_MB_PER_S ? 'pass' : 'FAIL',
    ];
  };
  const parseOnly = () => decks.reduce((n, deck) => n + parse(deck.text, { file: deck.name }).slides.length, 0);
  const parseExtract = () => decks.reduce((n, deck) => n + extract(parse(deck.text, { file: deck.name })).length, 0);
  const parseSerialize = () =>
    decks.reduce((n, deck) => n + serialize(parse(deck.text, { file: deck.name })).length, 0);
  const rows = [
    throughput('(a) parse', parseOnly),
    throughput('(b) parse + extract', parseExtract, `, ${formatCount(segmentCount)} segments`),
    throughput('(c) parse + serialize', parseSerialize),
  ];

  let base = null;
  for (const megabytes of [1, 5, 10]) {
    const text = concatenatedDeck(decks, megabytes * 1e6);
    const result = scaling(`corpus concatenated, ${megabytes} MB`, text, options, base, '1 MB');
    base ??= result.msPerMb;
    rows.push(result.row);
  }
  base = null;
  for (const count of [1000, 10000]) {
    const result = scaling(`${formatCount(count)} synthetic slides`, manySlidesDeck(count), options, base, '1,000 slides');
    base ??= result.msPerMb;
    rows.push(result.row);
  }
  return {
    columns,
    rows,
    notes: [
      `MB = 10^6 bytes of UTF-8 input. A pass parses every input once; each case first runs untimed for ${WARM_MS / 1000} s (steady state, optimised code), then each run repeats passes until it lasts ≥ 200 ms.`,
      'MB/s is wall-clock throughput; CPU MB/s divides by the CPU time the process used in the same runs (user + system, garbage-collector threads included). On a quiet machine the two agree; when wall MB/s is far below CPU MB/s, other processes were holding the cores.',
      `Load average (1 min) when the suite started and ended: ${loadBefore.toFixed(1)} and ${os.loadavg()[0].toFixed(1)}, on ${os.cpus().length} cores.`,
      `(a)–(c) pass when the median MB/s is ≥ ${TARGET_MB_PER_S}; a scaling row passes when its median ms per MB is ≤ ${LINEAR_FACTOR}× the first row of its group (linear time).`,
      'Concatenated decks: every corpus file (GTN, translated, xaringan, remark HTML) joined by `\\n---\\n` lines, cycled to the size; parsed as one Markdown deck.',
      'One corpus file (`other/orchid00__xaringan_kunoichi__Kunoichi.Rmd`) has CRLF line endings, so every concatenated deck contains `\\r` and goes through the parser\'s normalising view (`createLexingView`: line endings as a browser textarea gives them to remark, mapped back to file offsets).',
      'Synthetic slides: a GTN-like slide (class, heading, `.pull-left[` macro, list, `--` step, image, notes) repeated.',
    ],
  };
}

/** Runs `pass` (which processes `bytes` of input) and returns per-run times and rates. */
function measure(pass, bytes, options) {
  warmUp(pass, options.quick ? WARM_MS / 3 : WARM_MS);
  const reps = repetitionsFor(pass, MIN_RUN_MS);
  const { wall, cpu } = timeRunsWithCpu(() => {
    let n = 0;
    for (let i = 0; i < reps; i++) n += pass();
    return n;
  }, options);
  const msPerPass = summarize(wall.map((ms) => ms / reps));
  const cpuMsPerPass = summarize(cpu.map((ms) => ms / reps));
  return {
    reps,
    msPerPass,
    msPerMb: mapSummary(msPerPass, (ms) => ms / (bytes / 1e6)),
    mbPerS: mapSummary(msPerPass, (ms) => bytes / 1e6 / (ms / 1000)),
    cpuMbPerS: mapSummary(cpuMsPerPass, (ms) => bytes / 1e6 / (ms / 1000)),
  };
}

/**
 * Runs `pass` for at least `ms` (and three times) before it is timed: V8 needs a few dozen calls
 * to optimise the parser's functions, and a throughput figure is about the steady state. The
 * cold start is what the whole-process `deckl10n check` suite measures.
 */
function warmUp(pass, ms) {
  const started = performance.now();
  let sink = 0;
  for (let i = 0; i < 3 || performance.now() - started < ms; i++) sink ^= Number(pass()) | 0;
  globalThis.__benchSink = sink;
}

/**
 * Like `timeRuns`, also returning each run's CPU time (user + system, all of the process's
 * threads): on a shared machine the wall time includes waiting for a core, the CPU time does not.
 */
function timeRunsWithCpu(fn, { runs, warmups }) {
  let sink = 0;
  for (let i = 0; i < warmups; i++) sink ^= Number(fn()) | 0;
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    sink ^= Number(fn()) | 0;
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  globalThis.__benchSink = sink;
  return { wall, cpu };
}

function scaling(label, text, options, base, baseLabel) {
  const bytes = Buffer.byteLength(text, 'utf8');
  let slides = 0;
  const result = measure(() => (slides = parse(text, { file: 'synthetic.md' }).slides.length), bytes, options);
  const ratio = base === null ? 1 : result.msPerMb.median / base.median;
  return {
    msPerMb: result.msPerMb,
    row: [
      `parse: ${label}`,
      `${formatMegabytes(bytes)}, ${formatCount(slides)} slides, ×${result.reps} per run`,
      formatSummary(result.msPerPass),
      formatSummary(result.mbPerS),
      formatSummary(result.cpuMbPerS),
      formatSummary(result.msPerMb),
      '',
      base === null ? 'linear (reference)' : `ms/MB ≤ ${LINEAR_FACTOR}× ${baseLabel}`,
      base === null ? '—' : `${ratio <= LINEAR_FACTOR ? 'pass' : 'FAIL'} (×${ratio.toFixed(2)})`,
    ],
  };
}
