// po4a comparison, part 1: every GTN deck written back with no translation, by both tools.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { applyTranslations, extract } from '@deckl10n/segments';
import { loadGtnDecks } from '../lib/decks.mjs';
import { DECK_TIMEOUT_MS, BREAKS, ensurePo4a, po4aDeck } from '../lib/po4a.mjs';
import { formatCount } from '../lib/stats.mjs';
import { structureDamage, sumDamage } from '../lib/structure-damage.mjs';

export const name = 'po4a-roundtrip';
export const title = 'po4a comparison: round trip without translation (GTN decks)';

const columns = [
  'Tool',
  { label: 'decks', align: 'right' },
  { label: 'byte for byte', align: 'right' },
  { label: 'timed out', align: 'right' },
  { label: 'failed', align: 'right' },
  { label: 'lost `???`', align: 'right' },
  { label: 'lost `--`', align: 'right' },
  { label: 'lost `---`', align: 'right' },
  { label: 'slide property lines lost', align: 'right' },
  { label: 'list items merged or split', align: 'right' },
  { label: 'added blank lines', align: 'right' },
  { label: 'changed lines', align: 'right' },
  { label: 'front matter changed', align: 'right' },
];

export async function run() {
  const decks = loadGtnDecks();
  if (decks.length === 0) return { columns, rows: [['corpus absent (../shared/corpus)']], notes: [] };
  const untouched = decks.map((deck) => structureDamage(deck.text, applyTranslations(parse(deck.text, { file: deck.path }), new Map()).text));
  const identity = decks.map((deck) => ({ deck, damage: structureDamage(deck.text, identityRoundTrip(deck)) }));
  const rows = [
    damageRow('deckl10n, no translation (source kept)', decks.length, sumDamage(untouched), 0, 0),
    damageRow('deckl10n, every segment "translated" as its own text', decks.length, sumDamage(identity.map(({ damage }) => damage)), 0, 0),
  ];
  const changed = identity.filter(({ damage }) => !damage.identical);
  const notes = [
    `deckl10n's identity translation differs in ${changed.length === 0 ? 'no deck' : changed.map(({ deck, damage }) => `\`${deck.id}\` (${damage.changedLines} lines)`).join(', ')}: a segment's text joins its continuation lines, so a multi-line paragraph or bullet comes back on one line; a bullet with a nested list loses the nested items' indentation.`,
  ];
  const po4a = ensurePo4a();
  if (po4a.problem !== null) {
    rows.push([`po4a: ${po4a.problem}`]);
  } else {
    const work = mkdtempSync(join(tmpdir(), 'deckl10n-bench-po4a-'));
    try {
      const results = decks.map((deck) => ({ deck, result: po4aDeck(deck, work) }));
      const done = results.filter(({ result }) => result.status === 'ok');
      const damage = sumDamage(done.map(({ deck, result }) => structureDamage(deck.text, result.output ?? '')));
      const timedOut = results.filter(({ result }) => result.status === 'timeout');
      const failed = results.filter(({ result }) => result.status === 'failed');
      rows.push(damageRow(`po4a ${po4a.version} (-f text, markdown, breaks)`, decks.length, damage, timedOut.length, failed.length));
      notes.push(
        `Damage columns count over the ${formatCount(done.length)} decks po4a finished. Timed out (over ${DECK_TIMEOUT_MS / 1000} s, process group killed): ${list(timedOut)}. Failed: ${list(failed, true)}.`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return {
    columns,
    rows,
    measured: 'one run (counts, not times)',
    notes: [
      'deckl10n: parse, extract and apply (in process) with no translation, and with a translation equal to the segment text for every segment (the splicing path a real translation takes). po4a: `po4a-updatepo`, then `po4a-translate --keep 0` with the untranslated PO, per deck (whole processes).',
      `po4a options: \`-f text -o markdown -o breaks=${BREAKS} -o yfm_keys=…\` (deckl10n's translated front-matter keys). Without \`breaks\`, \`???\` and \`--\` lines are merged into the paragraphs around them; \`-o neverwrap\` stops the rewrapping but puts a blank line between list items.`,
      'Lost lines: lines exactly `???`, `--`, `---` in the deck minus those in the output; slide property lines (`layout: true`, `name: …`, `class: …` outside the front matter) likewise (po4a joins a template slide\'s property lines into one line, which remark no longer reads as properties). List items merged or split: items that directly followed another item and no longer do (po4a merges a list that follows a paragraph line into the paragraph: `text: * a * b`). Added blank lines and changed lines come from a line diff (changed = deck lines not reproduced as they were). Front matter changed: decks whose YAML block is not reproduced byte for byte (po4a re-emits it sorted and re-quoted).',
      ...notes,
    ],
  };
}

function identityRoundTrip(deck) {
  const parsed = parse(deck.text, { file: deck.path });
  const identity = new Map(extract(parsed).map((segment) => [segment.id, segment.text]));
  return applyTranslations(parsed, identity).text;
}

function damageRow(tool, decks, damage, timedOut, failed) {
  return [
    tool,
    formatCount(decks),
    formatCount(damage.identical),
    formatCount(timedOut),
    formatCount(failed),
    formatCount(damage.lostNotes),
    formatCount(damage.lostSteps),
    formatCount(damage.lostSeparators),
    formatCount(damage.lostProperties),
    formatCount(damage.splitLists),
    formatCount(damage.addedBlankLines),
    formatCount(damage.changedLines),
    formatCount(damage.frontMatterChanged),
  ];
}

function list(results, withProblem = false) {
  if (results.length === 0) return 'none';
  return results.map(({ deck, result }) => `\`${deck.id}\`${withProblem && result.problem ? ` (${result.problem.slice(0, 100)})` : ''}`).join(', ');
}
