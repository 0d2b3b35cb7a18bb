import { proseOf } from './text-runs.js';
import { PLAIN_KINDS, type QaCheck, type QaFinding } from './types.js';

/** Emphasis delimiters, longest first, with a readable name. */
const DELIMITERS: readonly { readonly mark: string; readonly name: string }[] = [
  { mark: '**', name: 'bold `**`' },
  { mark: '__', name: 'bold `__`' },
  { mark: '~~', name: 'strike-through `~~`' },
  { mark: '*', name: 'emphasis `*`' },
  { mark: '_', name: 'emphasis `_`' },
];

/**
 * Counts emphasis delimiter runs in prose. A run surrounded by spaces (`2 * 3`, a bullet) is not
 * a delimiter; an underscore inside a word (`snake_case`) is not either, as in CommonMark.
 */
export function emphasisCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d.mark, 0]));
  const runs = /\*+|_+|~~+/g;
  for (const match of text.matchAll(runs)) {
    const run = match[0];
    const before = text[match.index - 1] ?? ' ';
    const after = text[match.index + run.length] ?? ' ';
    if (/\s/.test(before) && /\s/.test(after)) continue;
    if (run[0] === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) continue;
    const ch = run[0] as string;
    if (ch === '~') {
      counts.set('~~', (counts.get('~~') ?? 0) + 1);
      continue;
    }
    // `***` is bold and emphasis at once.
    const doubles = Math.floor(run.length / 2);
    const single = run.length % 2;
    counts.set(ch + ch, (counts.get(ch + ch) ?? 0) + doubles);
    counts.set(ch, (counts.get(ch) ?? 0) + single);
  }
  return counts;
}

/**
 * Emphasis must stay balanced: an odd number of delimiters where the source has an even number
 * is an error (the rest of the slide would render emphasised or with stray `*`); a different but
 * balanced count is a warning (emphasis added or dropped).
 */
export const checkEmphasis: QaCheck = (source, translation, context) => {
  if (context.kind !== undefined && PLAIN_KINDS.has(context.kind)) return [];
  const before = emphasisCounts(proseOf(source));
  const after = emphasisCounts(proseOf(translation));
  const findings: QaFinding[] = [];
  for (const { mark, name } of DELIMITERS) {
    const s = before.get(mark) ?? 0;
    const t = after.get(mark) ?? 0;
    if (s === t) continue;
    if (t % 2 === 1 && s % 2 === 0) {
      findings.push({ code: 'QA_EMPHASIS_UNBALANCED', severity: 'error', message: `${name} is unbalanced in the translation (${t} delimiters, the source has ${s})` });
    } else {
      findings.push({ code: 'QA_EMPHASIS_CHANGED', severity: 'warning', message: `${name}: the translation has ${t} delimiters, the source ${s}` });
    }
  }
  return findings;
};
