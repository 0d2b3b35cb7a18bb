// QA recall per defect kind on a defect set built from clean translations, and false positives on
// the clean translations themselves (issue 5: human review).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { pseudoLocalize } from '@deckl10n/providers';
import { alignDecks, qaTranslation, tallyEmphasis } from '@deckl10n/review';
import { extract, tokenizeInline } from '@deckl10n/segments';
import { corpusDir, exampleDeckPath, repoRoot } from '@deckl10n/test-support';
import { hasCorpus, loadCorpus } from '../lib/decks.mjs';
import { timeRuns } from '../lib/measure.mjs';
import { formatCount, formatSummary, summarize } from '../lib/stats.mjs';

export const name = 'qa-defects';
export const title = 'QA: recall per injected defect kind, false positives on clean translations';

const TARGET_RECALL = 0.95;

/** Replaces the `index`-th protected token of a kind (any when kinds is empty) via `edit`; null when none. */
function editProtected(text, kinds, edit) {
  const tokens = tokenizeInline(text).filter((t) => t.type === 'protected' && kinds.includes(t.kind));
  const token = tokens[Math.floor(tokens.length / 2)];
  if (token === undefined) return null;
  const replaced = edit(token.value);
  return replaced === null || replaced === token.value ? null : text.slice(0, token.start) + replaced + text.slice(token.end);
}

/** Replaces the last match of `pattern` in the prose of `text` (outside protected elements); null when none. */
function editProse(text, pattern, edit) {
  const tokens = tokenizeInline(text).filter((t) => t.type === 'text');
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k];
    const matches = [...token.value.matchAll(pattern)];
    const last = matches[matches.length - 1];
    if (last === undefined) continue;
    const at = token.start + last.index;
    return text.slice(0, at) + edit(last[0]) + text.slice(at + last[0].length);
  }
  return null;
}

/** Total emphasis spans of a text. */
const spans = (text) => [...tallyEmphasis(text).pairs.values()].reduce((a, b) => a + b, 0);

/** Removes the last emphasis delimiter whose loss breaks a span (`**bold**` → `**bold`); null when there is no emphasis. */
function dropEmphasisDelimiter(text) {
  const before = spans(text);
  if (before === 0) return null;
  const runs = [...text.matchAll(/\*+|_+|~~/g)].reverse();
  for (const run of runs) {
    const broken = text.slice(0, run.index) + text.slice(run.index + run[0].length);
    if (spans(broken) < before) return broken;
  }
  return null;
}

/** Inserts a structure line in the middle of a text, at a space. */
function insertLine(text, line) {
  const space = text.indexOf(' ', Math.floor(text.length / 2));
  return space === -1 ? null : `${text.slice(0, space)}\n${line}\n${text.slice(space + 1)}`;
}

/** Defect kinds: how to inject one into a clean translation, and the QA codes that catch it. */
const DEFECTS = [
  { kind: 'HTML tag lost', codes: ['QA_PROTECTED_MISSING'], inject: (t) => editProtected(t, ['html'], () => '') },
  { kind: 'URL changed', codes: ['QA_PROTECTED_MISSING', 'QA_PROTECTED_ADDED'], inject: (t) => editProtected(t, ['url', 'link-close'], (v) => (/https?:\/\//.test(v) ? v.replace(/(https?:\/\/[^/\s)]+)/, '$1.es') : null)) },
  { kind: 'inline code unquoted', codes: ['QA_PROTECTED_MISSING'], inject: (t) => editProtected(t, ['code'], (v) => v.replace(/`/g, '')) },
  { kind: 'Liquid tag lost', codes: ['QA_PROTECTED_MISSING'], inject: (t) => editProtected(t, ['liquid'], () => '') },
  { kind: 'macro name translated', codes: ['QA_PROTECTED_MISSING', 'QA_PROTECTED_ADDED'], inject: (t) => editProtected(t, ['macro-open'], (v) => v.replace(/\.([\w-]+)\[$/, '.traducido-$1[')) },
  { kind: 'image path translated', codes: ['QA_PROTECTED_MISSING', 'QA_PROTECTED_ADDED'], inject: (t) => (/!\[/.test(t) ? editProtected(t, ['link-close'], (v) => v.replace(/images\//, 'imagenes/').replace(/\.(png|jpe?g|svg|gif)/i, '-es.$1')) : null) },
  { kind: 'slide separator `---` injected', codes: ['QA_STRUCTURE_LINE'], inject: (t) => insertLine(t, '---') },
  { kind: 'step `--` injected', codes: ['QA_STRUCTURE_LINE'], inject: (t) => insertLine(t, '--') },
  { kind: 'notes `???` injected', codes: ['QA_STRUCTURE_LINE'], inject: (t) => insertLine(t, '???') },
  { kind: 'emphasis delimiter lost', codes: ['QA_EMPHASIS_UNBALANCED'], inject: dropEmphasisDelimiter },
  { kind: 'bracket lost', codes: ['QA_BRACKETS_UNBALANCED'], inject: (t) => editProtected(t, ['macro-close'], () => '') ?? editProse(t, /\)/g, () => '') },
  { kind: 'number changed', codes: ['QA_NUMBER_MISSING', 'QA_NUMBER_ADDED'], inject: (t) => editProse(t, /\d+/g, (n) => String((Number(n[0]) + 1) % 10) + n.slice(1)) },
  { kind: 'trailing whitespace added', codes: ['QA_WHITESPACE_TRAILING'], inject: (t) => `${t} ` },
  { kind: 'leading whitespace lost', codes: ['QA_WHITESPACE_LEADING'], inject: (t) => (/^\s/.test(t) ? t.trimStart() : `  ${t}`) },
  { kind: 'empty translation', codes: ['QA_EMPTY'], inject: () => '' },
  { kind: 'truncated (a fifth kept)', codes: ['QA_LENGTH_RATIO'], inject: (t) => (t.length >= 60 ? t.slice(0, Math.floor(t.length / 5)) : null) },
];

/** Clean translations: every corpus segment pseudo-localised, and the human Spanish pairs QA finds clean. */
function cleanSets() {
  const pseudo = [];
  for (const deck of loadCorpus()) {
    for (const segment of extract(parse(deck.text, { file: deck.name }))) pseudo.push({ source: segment.text, translation: pseudoLocalize(segment.text, 'es'), kind: segment.kind });
  }
  const stem = join(corpusDir, 'gtn-translated/introduction__galaxy-intro-short__d82186d__slides');
  const load = (file) => extract(parse(readFileSync(file, 'utf8'), { file }));
  const human = alignDecks(load(`${stem}.html`), load(`${stem}_ES.html`)).pairs.map((p) => ({ source: p.source.text, translation: p.translation.text, kind: p.source.kind }));
  return { pseudo, human, example: exampleTranslations() };
}

/** The reviewed human translations of the example deck (`locales/{fr,es}/pangeo-ecosystem.json`). */
function exampleTranslations() {
  const segments = extract(parse(readFileSync(exampleDeckPath, 'utf8'), { file: exampleDeckPath }));
  return ['fr', 'es'].flatMap((language) => {
    const file = join(repoRoot, 'locales', language, 'pangeo-ecosystem.json');
    if (!existsSync(file)) return [];
    const resources = JSON.parse(readFileSync(file, 'utf8'));
    return segments.filter((s) => typeof resources[s.id] === 'string').map((s) => ({ source: s.text, translation: resources[s.id], kind: s.kind }));
  });
}

export async function run(options) {
  const columns = ['Defect kind', { label: 'Injected', align: 'right' }, { label: 'Caught', align: 'right' }, { label: 'Recall', align: 'right' }, 'Target', 'Result'];
  if (!hasCorpus) return { columns, rows: [['(all)', '', '', '', '', 'corpus absent']], notes: [] };
  const { pseudo, human, example } = cleanSets();
  const findings = (set) => set.map((item) => qaTranslation(item.source, item.translation, { kind: item.kind }));
  const pseudoFindings = findings(pseudo);
  const humanFindings = findings(human);
  const exampleFindings = findings(example);
  const cleanHuman = human.filter((_, i) => humanFindings[i].length === 0);
  const cleanPseudo = pseudo.filter((_, i) => pseudoFindings[i].length === 0);
  const cleanExample = example.filter((_, i) => exampleFindings[i].length === 0);
  const base = [...cleanPseudo, ...cleanHuman, ...cleanExample];
  const rows = [];
  let injectedTotal = 0;
  let caughtTotal = 0;
  for (const defect of DEFECTS) {
    let injected = 0;
    let caught = 0;
    for (const item of base) {
      const broken = defect.inject(item.translation);
      if (broken === null || broken === item.translation) continue;
      injected++;
      const found = qaTranslation(item.source, broken, { kind: item.kind });
      if (found.some((f) => defect.codes.includes(f.code) || f.severity === 'error')) caught++;
    }
    injectedTotal += injected;
    caughtTotal += caught;
    const recall = injected === 0 ? 0 : caught / injected;
    rows.push([defect.kind, formatCount(injected), formatCount(caught), `${(100 * recall).toFixed(1)} %`, `≥ ${100 * TARGET_RECALL} %`, recall >= TARGET_RECALL ? 'pass' : 'FAIL']);
  }
  rows.push(['all kinds', formatCount(injectedTotal), formatCount(caughtTotal), `${((100 * caughtTotal) / injectedTotal).toFixed(1)} %`, `≥ ${100 * TARGET_RECALL} %`, caughtTotal / injectedTotal >= TARGET_RECALL ? 'pass' : 'FAIL']);
  const count = (all, severity) => all.filter((list) => list.some((f) => f.severity === severity)).length;
  const codes = (all) => {
    const byCode = new Map();
    for (const f of all.flat()) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    return [...byCode].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  };
  const times = timeRuns(() => findings(pseudo), options);
  const perSecond = summarize(times.map((ms) => pseudo.length / (ms / 1000)));
  return {
    columns,
    rows,
    notes: [
      `Clean translations: the ${formatCount(cleanPseudo.length)} of ${formatCount(pseudo.length)} segments of the ${loadCorpus().length} corpus decks pseudo-localised on which QA finds nothing, and the ${cleanHuman.length} of ${human.length} pairs of the real human Spanish translation (galaxy-intro-short, aligned by \`deckl10n align\`) on which QA finds nothing, and the ${cleanExample.length} of ${example.length} reviewed human translations of the example deck (\`locales/fr\`, \`locales/es\`) on which QA finds nothing. Each defect kind is injected once into every clean translation it applies to (an HTML tag needs a tag, a truncation a translation of 60+ characters…); "caught" means QA reports a finding of that kind (or an error that blocks the translation: a truncation that cuts a link off is caught as a lost link).`,
      `Bracket misses are parentheses in alt texts (attribute text, where a lost \`)\` breaks nothing, so QA does not check brackets there) and in sources whose own brackets are unbalanced (\`1) Segment nuclei\`, \`:)\`).`,
      `Findings on the pseudo-localised corpus: ${count(pseudoFindings, 'error')} segments with an error, ${count(pseudoFindings, 'warning')} with a warning, of ${formatCount(pseudo.length)} (${codes(pseudoFindings)}). ${pseudoFindings.flat().length === 0 ? "The pseudo provider keeps every protected element byte for byte and never glues its closing \`⟧\` onto a URL or inline code ending a segment (\`https://lesscss.org/ ⟧\`), so its output passes QA (packages/review/src/qa/pseudo-corpus.test.ts fails on any error)." : 'Pseudo output should pass QA: each finding is a pseudo provider defect to fix (packages/review/src/qa/pseudo-corpus.test.ts fails on any error).'}`,
      `False positives on the reviewed human translations of the example deck (French and Spanish): ${count(exampleFindings, 'error')} segments with an error, ${count(exampleFindings, 'warning')} with a warning, of ${example.length} (${codes(exampleFindings)}).`,
      `On the human Spanish pairs: ${count(humanFindings, 'error')} with an error, ${count(humanFindings, 'warning')} with a warning, of ${human.length} (${codes(humanFindings)}). Read by hand: every error is a real defect of that translation (links and Liquid of a newer English version, a \`** bold **\` that Markdown does not render as bold); the number warnings are numbers the English deck updated since (11,900 vs 10,000 publications) or spelled out ("3 buttons" → "tres botones").`,
      `Speed: QA of the ${formatCount(pseudo.length)} pseudo-localised segments, segments/s (min / median / max): ${formatSummary(perSecond)}.`,
    ],
  };
}
