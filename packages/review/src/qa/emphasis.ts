import { tokenizeInline } from '@deckl10n/segments';
import { PLAIN_KINDS, type QaCheck, type QaFinding } from './types.js';

/** Emphasis delimiters with a readable name. */
const NAMES: Readonly<Record<string, string>> = {
  '**': 'bold `**`',
  __: 'bold `__`',
  '~~': 'strike-through `~~`',
  '*': 'emphasis `*`',
  _: 'emphasis `_`',
};

/** Stands for a protected element (code, a link bracket…): delimiters next to it still count. */
const ELEMENT = 'x';

/** Pairs and unmatched delimiter runs, by delimiter (`**`, `*`, `__`, `_`, `~~`). */
export interface EmphasisTally {
  readonly pairs: Map<string, number>;
  readonly unmatched: Map<string, number>;
}

const isSpace = (ch: string): boolean => /\s/u.test(ch);
const isPunctuation = (ch: string): boolean => /[\p{P}\p{S}]/u.test(ch);

/**
 * Matches emphasis delimiters the way CommonMark does, in simplified form: a run can open when it
 * is left-flanking (not followed by whitespace, and not followed by punctuation unless preceded by
 * whitespace or punctuation), close when right-flanking (the mirror), `_` not inside a word; a
 * closer takes the nearest opener of the same kind. A run that can do neither is literal text
 * (`2 * 3`, `** text **`). `***` counts as bold and emphasis.
 */
export function tallyEmphasis(text: string): EmphasisTally {
  const flat = tokenizeInline(text)
    .map((token) => (token.type === 'text' ? token.value : ELEMENT))
    .join('');
  const pairs = new Map<string, number>();
  const unmatched = new Map<string, number>();
  const add = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  const open: string[] = [];
  for (const match of flat.matchAll(/\*+|_+|~~+/g)) {
    const run = match[0];
    const ch = run[0] as string;
    const before = flat[match.index - 1] ?? ' ';
    const after = flat[match.index + run.length] ?? ' ';
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    const canOpen = ch === '_' ? left && (!right || isPunctuation(before)) : left;
    const canClose = ch === '_' ? right && (!left || isPunctuation(after)) : right;
    const keys = ch === '~' ? ['~~'] : run.length >= 3 ? [ch + ch, ch] : [ch.repeat(Math.min(run.length, 2))];
    for (const key of keys) {
      const at = canClose ? open.lastIndexOf(key) : -1;
      if (at !== -1) {
        open.splice(at, 1);
        add(pairs, key);
      } else if (canOpen) open.push(key);
      else if (canClose) add(unmatched, key);
    }
  }
  for (const key of open) add(unmatched, key);
  return { pairs, unmatched };
}

/**
 * Emphasis must survive translation: fewer emphasis spans than the source together with a stray
 * delimiter is an error (the slide shows `**` or everything after it emphasised); a different
 * number of spans without stray delimiters is a warning (emphasis added or dropped).
 */
export const checkEmphasis: QaCheck = (source, translation, context) => {
  if (context.kind !== undefined && PLAIN_KINDS.has(context.kind)) return [];
  const before = tallyEmphasis(source);
  const after = tallyEmphasis(translation);
  const findings: QaFinding[] = [];
  for (const [mark, name] of Object.entries(NAMES)) {
    const s = before.pairs.get(mark) ?? 0;
    const t = after.pairs.get(mark) ?? 0;
    const stray = (after.unmatched.get(mark) ?? 0) - (before.unmatched.get(mark) ?? 0);
    if (t < s && stray > 0) {
      findings.push({ code: 'QA_EMPHASIS_UNBALANCED', severity: 'error', message: `${name} is unbalanced in the translation (${stray} stray delimiter${stray === 1 ? '' : 's'}; ${t} of the source's ${s} spans left)` });
    } else if (t !== s) {
      findings.push({ code: 'QA_EMPHASIS_CHANGED', severity: 'warning', message: `${name}: the translation has ${t} emphasised spans, the source ${s}` });
    }
  }
  return findings;
};
