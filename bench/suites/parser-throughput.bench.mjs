// In-process parser throughput over the shared corpus, and parse time on big synthetic decks.
import { parse, serialize } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { concatenatedDeck, hasCorpus, loadCorpus, manySlidesDeck, totalBytes } from '../lib/decks.mjs';
import { repetitionsFor, timeRuns } from '../lib/measure.mjs';
import { formatCount, formatMegabytes, formatSummary, mapSummary, summarize } from '../lib/stats.mjs';

export const name = 'parser-throughput';
export const title = 'Parser throughput (in process)';

const TARGET_MB_PER_S = 20;
/** A run lasts at least this long, so timer resolution and one-off pauses weigh little. */
const MIN_RUN_MS = 200;
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
  { label: 'ms per MB (min / median / max)', align: 'right' },
  { label: 'segments/s (min / median / max)', align: 'right' },
  'Target',
  'Result',
];

export async function run(options) {
  const decks = loadCorpus();
  if (!hasCorpus || decks.length === 0) {
    return { columns, rows: [['whole corpus', 'corpus absent (../shared/corpus)', '', '', '', '', `≥ ${TARGET_MB_PER_S} MB/s`, 'skipped']], notes: [] };
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
  // Warm all three paths first, so the first case measured is not the one that pays for compilation.
  for (let i = 0; i < 3; i++) {
    parseExtract();
    parseSerialize();
  }
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
      'MB = 10^6 bytes of UTF-8 input. A pass parses every input once; each run repeats passes until it lasts ≥ 200 ms.',
      `(a)–(c) pass when the median MB/s is ≥ ${TARGET_MB_PER_S}; a scaling row passes when its median ms per MB is ≤ ${LINEAR_FACTOR}× the first row of its group (linear time).`,
      'Concatenated decks: every corpus file (GTN, translated, xaringan, remark HTML) joined by `\\n---\\n` lines, cycled to the size; parsed as one Markdown deck.',
      'One corpus file (`other/orchid00__xaringan_kunoichi__Kunoichi.Rmd`) has CRLF line endings, so every concatenated deck contains `\\r` and takes the parser\'s character-by-character normalising path (`createLexingView`); that is why it is slower per MB than the corpus parsed file by file.',
      'Synthetic slides: a GTN-like slide (class, heading, `.pull-left[` macro, list, `--` step, image, notes) repeated.',
    ],
  };
}

/** Runs `pass` (which processes `bytes` of input) and returns per-run times and rates. */
function measure(pass, bytes, options) {
  const reps = repetitionsFor(pass, MIN_RUN_MS);
  const times = timeRuns(() => {
    let n = 0;
    for (let i = 0; i < reps; i++) n += pass();
    return n;
  }, options);
  const msPerPass = summarize(times.map((ms) => ms / reps));
  return {
    reps,
    msPerPass,
    msPerMb: mapSummary(msPerPass, (ms) => ms / (bytes / 1e6)),
    mbPerS: mapSummary(msPerPass, (ms) => bytes / 1e6 / (ms / 1000)),
  };
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
      formatSummary(result.msPerMb),
      '',
      base === null ? 'linear (reference)' : `ms/MB ≤ ${LINEAR_FACTOR}× ${baseLabel}`,
      base === null ? '—' : `${ratio <= LINEAR_FACTOR ? 'pass' : 'FAIL'} (×${ratio.toFixed(2)})`,
    ],
  };
}
