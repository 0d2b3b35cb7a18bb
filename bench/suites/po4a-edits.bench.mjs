// po4a comparison, part 3: after a full pseudo-translation, the authors edit the decks; what
// becomes of each translation, for both tools, per kind of edit.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { INSERTED_TEXTS, editScripts } from '../lib/edit-scripts.mjs';
import { poEntries } from '../lib/po-file.mjs';
import { ensurePo4a } from '../lib/po4a.mjs';
import { formatCount } from '../lib/stats.mjs';
import { LANGUAGE, deckl10n, po4a, pseudoFill, writeDecks, writePo4aConfig } from '../lib/tool-projects.mjs';
import { describeExcluded, usableDecks } from '../lib/usable-decks.mjs';

export const name = 'po4a-edits';
export const title = 'po4a comparison: what survives source edits (GTN decks)';

const columns = [
  'Edit',
  'Tool',
  { label: 'decks', align: 'right' },
  { label: 'segments', align: 'right' },
  { label: 'carried', align: 'right' },
  { label: 'stale, old translation kept', align: 'right' },
  { label: 'lost', align: 'right' },
  { label: 'new', align: 'right' },
  { label: 'to revisit', align: 'right' },
];

/** Decks used in quick mode: enough to see every edit apply. */
const QUICK_DECKS = 10;

export async function run(options) {
  const po4aTool = ensurePo4a();
  if (po4aTool.problem !== null) return { columns, rows: [['—', `po4a: ${po4aTool.problem}`]], notes: [] };
  const usable = usableDecks();
  const decks = options.quick ? usable.decks.slice(0, QUICK_DECKS) : usable.decks;
  if (decks.length === 0) return { columns, rows: [['—', 'corpus absent (../shared/corpus)']], notes: [] };
  const work = mkdtempSync(join(tmpdir(), 'deckl10n-bench-edits-'));
  const rows = [];
  const totals = { ours: emptyCounts(), theirs: emptyCounts() };
  try {
    const oursBase = join(work, 'ours-base');
    writeDecks(oursBase, decks);
    deckl10n(oursBase, ['init', '--decks', 'decks/*/slides.md', '--languages', LANGUAGE]);
    deckl10n(oursBase, ['translate', '--provider', 'pseudo']);
    const theirsBase = join(work, 'theirs-base');
    writeDecks(theirsBase, decks);
    writePo4aConfig(theirsBase, decks);
    po4a(theirsBase, ['--no-translations']);
    pseudoFill(theirsBase);
    for (const [index, script] of editScripts.entries()) {
      const edited = decks.flatMap((deck) => {
        const text = script.apply(deck.text, deck.path);
        return text === null ? [] : [{ ...deck, text }];
      });
      const ours = oursAfterEdit(cpProject(oursBase, join(work, `ours-${index}`)), edited);
      const theirs = theirsAfterEdit(cpProject(theirsBase, join(work, `theirs-${index}`)), edited);
      rows.push(row(script.name, 'deckl10n', edited.length, ours), row('', `po4a ${po4aTool.version}`, edited.length, theirs));
      add(totals.ours, ours);
      add(totals.theirs, theirs);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  rows.push(row('all edits', 'deckl10n', null, totals.ours), row('', `po4a ${po4aTool.version}`, null, totals.theirs));
  return {
    columns,
    rows,
    measured: 'one run (counts, not times)',
    notes: [
      `Each edit is applied alone, to every deck it applies to (${decks.length} usable decks${options.quick ? ', quick mode' : ''}), after a full pseudo-translation by each tool: ${editScripts.map((script) => `*${script.name}*: ${script.what}`).join('; ')}.`,
      'Counts are per segment of the edited decks (deckl10n segments; po4a PO entries, which are paragraphs and list items, so the totals differ). Carried: translated and current (po4a: exact msgmerge match; deckl10n: same source, or only URL/code/markup changed and carried into the translation). Stale: the old translation kept and flagged for review (po4a: fuzzy). Lost: the text was translated before the edit and is untranslated now. New: text the edit wrote (the inserted slide). To revisit = stale + lost: previously translated text a translator must look at again.',
      'deckl10n: copy of the translated project, decks edited, `deckl10n sync`, counts from `deckl10n status --json`. po4a: copy of the translated po4a project, decks edited, `po4a --force --no-translations po4a.cfg` (extract + msgmerge), counts from each deck\'s PO file.',
      `Decks left out for both tools: ${describeExcluded(usable.excluded)}.`,
    ],
  };
}

function cpProject(from, to) {
  cpSync(from, to, { recursive: true });
  return to;
}

function oursAfterEdit(dir, edited) {
  writeDecks(dir, edited);
  deckl10n(dir, ['sync']);
  const status = JSON.parse(deckl10n(dir, ['status', '--json']).stdout);
  const counts = emptyCounts();
  for (const deck of edited) {
    const entry = status.decks.find((d) => d.id === deck.id);
    const states = entry?.languages?.[LANGUAGE];
    if (states === undefined) throw new Error(`deckl10n status --json: no ${LANGUAGE} counts for ${deck.id}`);
    const added = extract(parse(deck.text, { file: deck.path })).filter((segment) => isInserted(segment.text)).length;
    counts.segments += states.total;
    counts.carried += states.machine + states.reviewed;
    counts.stale += states.stale;
    counts.new += added;
    counts.lost += states.missing - added;
  }
  return counts;
}

function theirsAfterEdit(dir, edited) {
  writeDecks(dir, edited);
  po4a(dir, ['--force', '--no-translations']);
  const counts = emptyCounts();
  for (const deck of edited) {
    for (const entry of poEntries(readFileSync(join(dir, 'po', `${deck.id}.${LANGUAGE}.po`), 'utf8'))) {
      counts.segments++;
      if (isInserted(entry.msgid)) counts.new++;
      else if (entry.fuzzy) counts.stale++;
      else if (entry.msgstr === '') counts.lost++;
      else counts.carried++;
    }
  }
  return counts;
}

function isInserted(text) {
  const normalized = text.replace(/\s+/g, ' ').trim();
  return INSERTED_TEXTS.some((inserted) => normalized.includes(inserted));
}

function emptyCounts() {
  return { segments: 0, carried: 0, stale: 0, lost: 0, new: 0 };
}

function add(total, counts) {
  for (const key of Object.keys(total)) total[key] += counts[key];
}

function row(edit, tool, decks, counts) {
  const revisit = counts.stale + counts.lost;
  const share = counts.segments === 0 ? '' : ` (${((100 * revisit) / counts.segments).toFixed(1)}%)`;
  return [
    edit,
    tool,
    decks === null ? '' : formatCount(decks),
    formatCount(counts.segments),
    formatCount(counts.carried),
    formatCount(counts.stale),
    formatCount(counts.lost),
    formatCount(counts.new),
    `${formatCount(revisit)}${share}`,
  ];
}
