// po4a comparison, part 4: what each tool hands the translator, scored against hand labels
// (bench/fixtures/labels/*.json) on a few GTN decks.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { corpusDir, hasCorpus } from '@deckl10n/test-support';
import { scoreExtraction } from '../lib/label-score.mjs';
import { ensurePo4a, po4aDeck } from '../lib/po4a.mjs';
import { formatCount } from '../lib/stats.mjs';

export const name = 'po4a-extraction';
export const title = 'po4a comparison: extraction against hand labels';

const labelsDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/labels');

const columns = [
  'Deck',
  'Tool',
  { label: 'segments', align: 'right' },
  { label: 'translatable found', align: 'right' },
  'missed (kinds)',
  { label: 'must-not extracted', align: 'right' },
  'extracted wrongly (kinds)',
];

export async function run() {
  if (!hasCorpus) return { columns, rows: [['—', 'corpus absent (../shared/corpus)']], notes: [] };
  const po4aTool = ensurePo4a();
  const work = mkdtempSync(join(tmpdir(), 'deckl10n-bench-labels-'));
  const rows = [];
  const totals = new Map();
  try {
    for (const file of readdirSync(labelsDir).filter((name) => name.endsWith('.json')).sort()) {
      const labels = JSON.parse(readFileSync(join(labelsDir, file), 'utf8'));
      const path = join(corpusDir, labels.deck);
      if (!existsSync(path)) {
        rows.push([labels.deck, `not in the corpus (${file})`]);
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const id = file.replace(/\.json$/, '');
      const ours = extract(parse(text, { file: path })).map((segment) => segment.text);
      rows.push(scoreRow(`\`${id}\``, 'deckl10n', scoreExtraction(ours, labels), totals));
      if (po4aTool.problem !== null) {
        rows.push(['', `po4a: ${po4aTool.problem}`]);
        continue;
      }
      const theirs = po4aDeck({ id, path, text }, work);
      if (theirs.status !== 'ok') rows.push(['', `po4a ${po4aTool.version}`, theirs.problem]);
      else rows.push(scoreRow('', `po4a ${po4aTool.version}`, scoreExtraction(theirs.msgids, labels), totals));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const [tool, total] of totals) {
    rows.push([
      totals.size > 0 && tool === [...totals.keys()][0] ? 'all labelled decks' : '',
      tool,
      formatCount(total.segments),
      `${total.found}/${total.expected}`,
      '',
      `${total.wrong}/${total.forbidden}`,
      '',
    ]);
  }
  return {
    columns,
    rows,
    measured: 'one run (counts, not times)',
    notes: [
      'Labels are written by hand per deck (`bench/fixtures/labels/<deck>.json`): `extract` lists translatable texts (headings, paragraphs, list items, table cells, alt texts, presenter notes, translated front-matter fields), `doNotExtract` lists what a translator must never be handed (fenced code, slide property lines, non-translated front-matter values, contributors, HTML comments, image URLs alone).',
      'A translatable text is found when some extracted segment contains it (whitespace collapsed). A must-not label is extracted wrongly when some segment contains it (`match: anywhere`: code blocks, properties, front matter, contributors, comments), or when a segment consists of it alone (`match: alone`: inline code, an image without alt text).',
      'deckl10n: `extract` in process. po4a: the msgids of `po4a-updatepo` with the options of the round-trip table.',
    ],
  };
}

function scoreRow(deck, tool, score, totals) {
  const total = totals.get(tool) ?? { segments: 0, expected: 0, found: 0, forbidden: 0, wrong: 0 };
  total.segments += score.segments;
  total.expected += score.expected;
  total.found += score.expected - score.missed.length;
  total.forbidden += score.forbidden;
  total.wrong += score.extracted.length;
  totals.set(tool, total);
  return [
    deck,
    tool,
    formatCount(score.segments),
    `${score.expected - score.missed.length}/${score.expected}`,
    kinds(score.missed),
    `${score.extracted.length}/${score.forbidden}`,
    kinds(score.extracted),
  ];
}

/** "alt ×2, notes" */
function kinds(labels) {
  const counts = new Map();
  for (const label of labels) counts.set(label.kind, (counts.get(label.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => (count > 1 ? `${kind} ×${count}` : kind)).join(', ') || '—';
}
