import { tokenizeInline } from '@deckl10n/segments';
import { PLAIN_KINDS, type QaCheck, type QaFinding } from './types.js';

const PAIRS: readonly (readonly [string, string])[] = [
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
];

/**
 * The bracket characters that structure the text: `[` `]` of links and content classes (`.name[`)
 * and brackets in prose. Brackets inside code, URLs, Liquid or tags do not count, nor the
 * parentheses around a link destination.
 */
function bracketStream(text: string): string {
  let stream = '';
  for (const token of tokenizeInline(text)) {
    if (token.type === 'text') stream += token.value.replace(/[^[\](){}]/g, '');
    else if (token.kind === 'link-open' || token.kind === 'macro-open') stream += '[';
    else if (token.kind === 'macro-close' || (token.kind === 'link-close' && token.value.startsWith(']'))) stream += ']';
  }
  return stream;
}

/** True when every closing bracket of the pair closes an opening one and none is left open. */
function balanced(stream: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of stream) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Brackets balanced in the source must stay balanced: a lost `]` of a content class swallows the
 * rest of the slide in remark.js, a lost `[` or `)` breaks a link.
 */
export const checkBrackets: QaCheck = (source, translation, context) => {
  if (context.kind !== undefined && PLAIN_KINDS.has(context.kind)) return [];
  const before = bracketStream(source);
  const after = bracketStream(translation);
  const findings: QaFinding[] = [];
  for (const [open, close] of PAIRS) {
    if (balanced(before, open, close) && !balanced(after, open, close)) {
      const opens = [...after].filter((ch) => ch === open).length;
      const closes = [...after].filter((ch) => ch === close).length;
      findings.push({
        code: 'QA_BRACKETS_UNBALANCED',
        severity: 'error',
        message: `brackets ${open}${close} are unbalanced in the translation (${opens} ${open}, ${closes} ${close}); they are balanced in the source`,
      });
    }
  }
  return findings;
};
