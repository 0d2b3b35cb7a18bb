/**
 * Inline tokenizer for segment text: finds what a translator must not change (code, URLs,
 * Liquid, HTML tags, macro syntax, link destinations, kramdown attributes, entities, math) and
 * leaves the rest as translatable text. Used for ids, the pseudo and DeepL providers, QA and
 * review files, so they all agree on what is protected.
 */

import { hasLetter } from './letters.js';

/** Kinds of protected inline elements. */
export type ProtectedKind =
  | 'code'
  | 'liquid'
  | 'html'
  | 'comment'
  | 'url'
  | 'link-open'
  | 'link-close'
  | 'macro-open'
  | 'macro-close'
  | 'attributes'
  | 'entity'
  | 'math'
  | 'escape'
  | 'reference';

/** A run of segment text: translatable text, or a protected element. */
export type InlineToken =
  | { readonly type: 'text'; readonly value: string; readonly start: number; readonly end: number }
  | {
      readonly type: 'protected';
      readonly kind: ProtectedKind;
      readonly value: string;
      readonly start: number;
      readonly end: number;
    };

interface Rule {
  readonly kind: ProtectedKind;
  /** The characters a match can start with (a cheap filter before trying the pattern). */
  readonly first: string;
  /** Sticky pattern tried at the current position. */
  readonly pattern: RegExp;
}

const rules: readonly Rule[] = [
  { kind: 'escape', first: '\\', pattern: /\\[\\`*_{}[\]()#+\-.!|<>~$]/y },
  { kind: 'comment', first: '<', pattern: /<!--[\s\S]*?(?:-->|$)/y },
  { kind: 'liquid', first: '{', pattern: /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/y },
  { kind: 'attributes', first: '{', pattern: /\{:[^}\n]*\}|\{#[\w-]+\}|\{\.[\w-][^}\n]*\}/y },
  { kind: 'url', first: '<', pattern: /<(?:https?|ftp|mailto|file):[^\s<>]*>/y },
  { kind: 'html', first: '<', pattern: /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y },
  { kind: 'entity', first: '&', pattern: /&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y },
  { kind: 'math', first: '$\\', pattern: /\$\$[\s\S]+?\$\$|\$(?=\S)[^$\n]*?\S\$(?!\d)|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/y },
  { kind: 'url', first: 'hf', pattern: /(?:https?|ftp):\/\/[^\s<>"'`)\]]*[^\s<>"'`)\].,;:!?]/y },
  { kind: 'url', first: 'w', pattern: /www\.[A-Za-z0-9-]+\.[^\s<>"'`)\]]*[^\s<>"'`)\].,;:!?]/y },
];

/** The rules to try for each possible first character, in rule order. */
const rulesByFirst = new Map<string, readonly Rule[]>(
  [...new Set(rules.flatMap((rule) => [...rule.first]))].map((ch) => [ch, rules.filter((rule) => rule.first.includes(ch))]),
);

/**
 * Every place at which {@link tokenizeInline} may act; anything else is plain text. A `.` only
 * matters before a class name, and `h`, `f`, `w` only where a bare URL can start (`http://`,
 * `ftp://`, `www.`): letters that common are not worth stopping at otherwise. Each match is the
 * one character where something may start.
 */
const INTERESTING = /[`\\![\]<{&$]|\.(?=[a-zA-Z_-])|h(?=ttps?:\/\/)|f(?=tp:\/\/)|w(?=ww\.)/g;

/** A character that continues a word (a bare URL cannot start right after one). */
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/y;

const MACRO_OPEN = /\\?(?:\.[a-zA-Z_-][a-zA-Z\-_0-9]*)+\[/y;
// A destination may hold Liquid with spaces inside (`({{ site.baseurl }}/x.html)`, `({% link a.md %})`):
// GTN expands it before Markdown sees the link, so it is one protected destination.
const LINK_DESTINATION = /\]\(\s*(<[^>\n]*>|(?:\{\{[^}\n]*\}\}|\{%[^%\n]*%\}|[^\s()]|\([^\s()]*\))*)(\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/y;
const REFERENCE_LINK = /\]\[[^\]\n]*\]/y;

/**
 * Splits segment text into translatable text and protected elements. Concatenating the tokens'
 * values gives the text back.
 *
 * @example
 * tokenizeInline('Run `ls` on [the docs](https://x.org)').map((t) => t.type === 'text' ? t.value : `<${t.kind}>`);
 * // ['Run ', '<code>', ' on ', '<link-open>', 'the docs', '<link-close>']
 */
export function tokenizeInline(text: string): InlineToken[] {
  // Most segment text has nothing protected and no bracket: one text token, found with one scan.
  INTERESTING.lastIndex = 0;
  if (!INTERESTING.test(text)) return text === '' ? [] : [{ type: 'text', value: text, start: 0, end: text.length }];
  const tokens: InlineToken[] = [];
  let textStart = 0;
  const openBrackets: { index: number; kind: 'link' | 'macro' | 'plain' }[] = [];

  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ type: 'text', value: text.slice(textStart, end), start: textStart, end });
  };
  const pushProtected = (kind: ProtectedKind, start: number, end: number): void => {
    flushText(start);
    tokens.push({ type: 'protected', kind, value: text.slice(start, end), start, end });
    textStart = end;
  };

  let pos = 0;
  while (pos < text.length) {
    // Jump over plain text: only these characters can start something protected or a bracket.
    // Every match is one character long (`test` allocates no match array; the place is lastIndex - 1).
    INTERESTING.lastIndex = pos;
    if (!INTERESTING.test(text)) break;
    pos = INTERESTING.lastIndex - 1;
    const ch = text[pos] as string;
    if (ch === '`') {
      const end = codeSpanEnd(text, pos);
      if (end !== -1) {
        pushProtected('code', pos, end);
        pos = end;
        continue;
      }
      const run = /`+/y;
      run.lastIndex = pos;
      pos += (run.exec(text)?.[0].length ?? 1);
      continue;
    }
    if (ch === '.' || (ch === '\\' && text[pos + 1] === '.')) {
      MACRO_OPEN.lastIndex = pos;
      const macro = MACRO_OPEN.exec(text);
      if (macro !== null && ch === '.') {
        pushProtected('macro-open', pos, pos + macro[0].length);
        openBrackets.push({ index: tokens.length - 1, kind: 'macro' });
        pos += macro[0].length;
        continue;
      }
    }
    if (ch === '!' && text[pos + 1] === '[' && text[pos + 2] !== ':') {
      pushProtected('link-open', pos, pos + 2);
      openBrackets.push({ index: tokens.length - 1, kind: 'link' });
      pos += 2;
      continue;
    }
    if (ch === '[') {
      FOOTNOTE_REFERENCE.lastIndex = pos;
      const footnote = FOOTNOTE_REFERENCE.exec(text);
      if (footnote !== null) {
        pushProtected('reference', pos, pos + footnote[0].length);
        pos += footnote[0].length;
        continue;
      }
      if (hasLinkClose(text, pos)) {
        pushProtected('link-open', pos, pos + 1);
        openBrackets.push({ index: tokens.length - 1, kind: 'link' });
      } else {
        openBrackets.push({ index: -1, kind: 'plain' });
      }
      pos += 1;
      continue;
    }
    if (ch === ']') {
      const open = openBrackets.pop();
      if (open?.kind === 'macro') {
        pushProtected('macro-close', pos, pos + 1);
        pos += 1;
        continue;
      }
      if (open?.kind === 'link') {
        LINK_DESTINATION.lastIndex = pos;
        const destination = LINK_DESTINATION.exec(text);
        if (destination !== null) {
          const title = destination[2];
          if (title !== undefined && hasLetter(title)) {
            // `](url "Title")`: the title is text; quotes and URL are protected.
            const quoted = title.trimStart();
            const titleStart = pos + destination[0].lastIndexOf(title) + (title.length - quoted.length) + 1;
            const titleEnd = titleStart + quoted.length - 2;
            pushProtected('link-close', pos, titleStart);
            flushText(titleEnd);
            textStart = titleEnd;
            pushProtected('link-close', titleEnd, pos + destination[0].length);
          } else {
            pushProtected('link-close', pos, pos + destination[0].length);
          }
          pos += destination[0].length;
          continue;
        }
        REFERENCE_LINK.lastIndex = pos;
        const reference = REFERENCE_LINK.exec(text);
        const end = pos + (reference?.[0].length ?? 1);
        pushProtected('link-close', pos, end);
        pos = end;
        continue;
      }
      pos += 1;
      continue;
    }
    const matched = matchRule(text, pos);
    if (matched !== null) {
      pushProtected(matched.kind, pos, pos + matched.length);
      pos += matched.length;
      continue;
    }
    pos += 1;
  }
  flushText(text.length);
  return tokens;
}

function matchRule(text: string, pos: number): { kind: ProtectedKind; length: number } | null {
  const ch = text[pos] as string;
  const candidates = rulesByFirst.get(ch);
  if (candidates === undefined) return null;
  for (const rule of candidates) {
    rule.pattern.lastIndex = pos;
    const match = rule.pattern.exec(text);
    if (match !== null && match[0].length > 0) {
      // A bare URL must start a word.
      if (rule.kind === 'url' && (ch === 'h' || ch === 'f' || ch === 'w') && pos > 0 && WORD_CHARACTER.test(text[pos - 1] as string)) {
        continue;
      }
      return { kind: rule.kind, length: match[0].length };
    }
  }
  return null;
}

/** End of the code span opening at `pos` (a run of backticks closed by a run of the same length), or -1. */
function codeSpanEnd(text: string, pos: number): number {
  let runEnd = pos;
  while (text[runEnd] === '`') runEnd++;
  const run = runEnd - pos;
  let search = runEnd;
  while (search < text.length) {
    const next = text.indexOf('`', search);
    if (next === -1) return -1;
    let end = next;
    while (text[end] === '`') end++;
    if (end - next === run) return end;
    search = end;
  }
  return -1;
}

/** True when the `[` at `pos` is closed by a `]` directly followed by `(` or `[` (a link). */
function hasLinkClose(text: string, pos: number): boolean {
  let depth = 0;
  for (let i = pos; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return text[i + 1] === '(' || text[i + 1] === '[';
    }
  }
  return false;
}

/** True when the text has something a translator translates (a letter outside protected elements). */
export function hasTranslatableText(text: string): boolean {
  return hasTranslatableTokens(tokenizeInline(text));
}

/** {@link hasTranslatableText} for a text already split by {@link tokenizeInline}. */
export function hasTranslatableTokens(tokens: readonly InlineToken[]): boolean {
  return tokens.some((token) => token.type === 'text' && hasLetter(token.value));
}

/** The protected elements of a text, in order. */
export function protectedElements(text: string): string[] {
  return tokenizeInline(text)
    .filter((token) => token.type === 'protected')
    .map((token) => token.value);
}
