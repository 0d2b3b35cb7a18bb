/**
 * A port of remark.js 0.14's lexer (the version GTN loads) that keeps offsets.
 *
 * remark finds, at each step, the earliest match among a fixed list of patterns (indented code,
 * inline code, content class, fences, link definition, macro, separators), and recurses into
 * content classes with the same patterns minus the separators, so a `---` inside `.pull-left[ … ]`
 * does not split slides and brackets are matched across lines. Patterns anchored with `^` match at
 * the start of the *remaining* text, which can be mid-line after inline code or a content class;
 * this port reproduces that, so slide and step counts are remark's.
 *
 * The only departures: the view the lexer sees has `\r\n` turned into `\n` (a browser textarea does
 * that before remark runs), and in R Markdown a fence's info string may contain spaces
 * (```` ```{r echo=FALSE} ````), because knitr has consumed those chunks before remark sees them.
 */

/** A lexer token; offsets are in the lexing view. */
export type Token =
  | { readonly type: 'text'; readonly start: number; readonly end: number }
  | { readonly type: 'indentedCode'; readonly start: number; readonly end: number }
  | {
      readonly type: 'fence';
      readonly start: number;
      readonly end: number;
      readonly marker: string;
      readonly info: string;
    }
  | {
      readonly type: 'definition';
      readonly start: number;
      readonly end: number;
      readonly label: string;
      readonly url: string;
      readonly title: string | null;
    }
  | {
      readonly type: 'macroCall';
      readonly start: number;
      readonly end: number;
      readonly name: string;
      readonly args: readonly string[];
    }
  | {
      readonly type: 'separator';
      readonly start: number;
      readonly end: number;
      readonly marker: '---' | '--' | '???';
    }
  | ContentClassToken;

export interface ContentClassToken {
  readonly type: 'contentClass';
  readonly start: number;
  /** End of `.name[`. */
  readonly openEnd: number;
  /** Start of the closing `]`. */
  readonly closeStart: number;
  readonly end: number;
  readonly classes: readonly string[];
  readonly block: boolean;
  readonly children: readonly Token[];
}

/** Something odd the lexer met, in view offsets. */
export interface LexerProblem {
  readonly kind: 'unclosed-content-class' | 'content-class-spans-slides' | 'content-class-too-deep';
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

export interface LexOptions {
  /** Allow spaces in a fence's info string (R Markdown chunks). */
  readonly looseFenceInfo?: boolean;
}

export interface LexResult {
  readonly tokens: readonly Token[];
  readonly problems: readonly LexerProblem[];
}

const LINE_START = '(?:^|\\n)';

/**
 * Content classes nested deeper than this are kept as text, not lexed inside. remark.js has no
 * limit (and overflows the browser's stack somewhere past ten thousand levels); a bound keeps
 * every walk over the tree, here and in later packages, safe from stack overflow. Real decks
 * nest three or four levels.
 */
export const MAX_CONTENT_CLASS_DEPTH = 100;

function alternatives(looseFenceInfo: boolean, withSeparators: boolean): string[] {
  const info = looseFenceInfo ? '(?:[^\\n`]*)' : ' *(?:\\S+)? *';
  const list = [
    `(?<code>${LINE_START}(?: {4}[^\\n]+\\n*)+)`,
    '(?<inlineCode>`[^`]+?`)',
    '(?<content>\\\\?(?:\\.[a-zA-Z_\\-][a-zA-Z\\-_0-9]*)+\\[)',
    `(?<fence>${LINE_START} *(?<fenceMarker>\`{3,}|~{3,})${info}\\n(?:[\\s\\S]+?)\\s*\\k<fenceMarker> *(?:\\n+|$))`,
    `(?<def>${LINE_START} *\\[(?<defLabel>[^\\]]+)\\]: *<?(?<defHref>[^\\s>]+)>?(?: +["(](?<defTitle>[^\\n]+)[")])? *(?:\\n+|$))`,
    '(?<macro>!\\[:(?<macroName>[^\\] ]+)(?<macroArgs>[^\\]]*)\\](?:\\([^\\)]*\\))?)',
  ];
  if (withSeparators) {
    list.push(`(?<separator>${LINE_START}(?<sepMarker>---?)(?:\\n|$))`);
    list.push(`(?<notes>${LINE_START}\\?{3}(?:\\n|$))`);
  }
  return list;
}

/** The capture groups of the lexer's patterns, by name. */
const GROUP_NAMES = [
  'code',
  'inlineCode',
  'content',
  'fence',
  'fenceMarker',
  'def',
  'defLabel',
  'defHref',
  'defTitle',
  'macro',
  'macroName',
  'macroArgs',
  'separator',
  'sepMarker',
  'notes',
] as const;

type GroupName = (typeof GROUP_NAMES)[number];

/** Each group's number in a match (the patterns are written with names, compiled with numbers). */
type GroupIndex = Readonly<Record<GroupName, number>>;

interface PatternPair {
  /** Tries a match at exactly the current position, where `^` holds. */
  readonly anchored: RegExp;
  /** Finds the earliest match after the current position, where `^` cannot hold. */
  readonly search: RegExp;
  readonly group: GroupIndex;
}

/**
 * Compiles the alternatives. Named groups are turned into numbered ones: a match then carries no
 * `groups` object, which the lexer would otherwise allocate at every inline code span.
 */
function compile(looseFenceInfo: boolean, withSeparators: boolean): PatternPair {
  const named = alternatives(looseFenceInfo, withSeparators).join('|');
  const group: Record<string, number> = {};
  let count = 0;
  const numbered = named
    .replace(/\(\?<([A-Za-z]+)>/g, (_found: string, name: string) => {
      group[name] = ++count;
      return '(';
    })
    .replace(/\\k<([A-Za-z]+)>/g, (_found: string, name: string) => `\\${group[name] ?? 0}`);
  for (const name of GROUP_NAMES) group[name] ??= -1;
  return {
    anchored: new RegExp(numbered.split(LINE_START).join('(?:|\\n)'), 'y'),
    search: new RegExp(numbered.split(LINE_START).join('\\n'), 'g'),
    group: group as GroupIndex,
  };
}


const patternCache = new Map<string, PatternPair>();
function patterns(looseFenceInfo: boolean, withSeparators: boolean): PatternPair {
  const key = `${looseFenceInfo}/${withSeparators}`;
  let pair = patternCache.get(key);
  if (pair === undefined) {
    pair = compile(looseFenceInfo, withSeparators);
    patternCache.set(key, pair);
  }
  return pair;
}

/**
 * Lexes `text` (a lexing view) like remark.js does.
 *
 * @example
 * lex('a\n---\nb').tokens.map((t) => t.type); // ['text', 'separator', 'text']
 */
export function lex(text: string, options: LexOptions = {}): LexResult {
  const state: LexState = {
    text,
    looseFenceInfo: options.looseFenceInfo === true,
    problems: [],
    brackets: null,
    tooDeepReported: false,
  };
  const tokens = lexRange(state, 0, text.length, 0);
  return { tokens, problems: state.problems };
}

/** What one `lex` call shares across nesting levels. */
interface LexState {
  readonly text: string;
  readonly looseFenceInfo: boolean;
  readonly problems: LexerProblem[];
  /** Each paired `[` to its matching `]`; computed on the first content class. */
  brackets: Map<number, number> | null;
  tooDeepReported: boolean;
}

/**
 * The characters a line-start pattern can begin with when `^` holds without a newline (indented
 * code, a fence or a definition: a space; a fence: a backtick or tilde; a definition: `[`; a
 * separator: `-` or `?`). At any other character the anchored try would only repeat what the
 * search finds at the same position, so it is skipped.
 */
const MAY_START_LINE_PATTERN = new Set([' ', '`', '~', '[', '-', '?'].map((ch) => ch.charCodeAt(0)));

/** Lexes `text[from, to)`; `depth` is the number of content classes around it (0: the deck). */
function lexRange(state: LexState, from: number, to: number, depth: number): Token[] {
  const { text, problems } = state;
  const withSeparators = depth === 0;
  const { anchored, search, group } = patterns(state.looseFenceInfo, withSeparators);
  // Patterns must not see past `to`: lex a slice when lexing inside a content class.
  const src = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: Token[] = [];
  let pos = 0;
  let textStart = 0;

  const pushText = (end: number): void => {
    if (end > textStart) tokens.push({ type: 'text', start: from + textStart, end: from + end });
  };

  while (pos < src.length) {
    let match: RegExpExecArray | null = null;
    if (MAY_START_LINE_PATTERN.has(src.charCodeAt(pos))) {
      anchored.lastIndex = pos;
      match = anchored.exec(src);
    }
    if (match === null) {
      search.lastIndex = pos;
      match = search.exec(src);
      if (match === null) break;
    }
    const content = match[group.content];
    let start = match.index;
    const matchEnd = start + match[0].length;
    // Patterns that begin at a line start swallow the newline before them; give it back to the text.
    if (match[0].charCodeAt(0) === 10 && match[group.inlineCode] === undefined && content === undefined) {
      start += 1;
    }

    if (match[group.inlineCode] !== undefined) {
      pos = matchEnd; // inline code is text to remark
      continue;
    }

    if (content !== undefined) {
      const openEnd = matchEnd;
      const close = matchingBracket(state, from + openEnd - 1, from + src.length);
      const closeStart = close === -1 ? -1 : close - from;
      const escaped = content.startsWith('\\');
      if (closeStart === -1) {
        if (!escaped) {
          problems.push({
            kind: 'unclosed-content-class',
            start: from + start,
            end: from + openEnd,
            name: content,
          });
        }
        pos = openEnd; // stays text
        continue;
      }
      if (escaped) {
        pos = closeStart + 1; // `\.name[…]` is text, not lexed inside
        continue;
      }
      if (depth + 1 > MAX_CONTENT_CLASS_DEPTH) {
        if (!state.tooDeepReported) {
          state.tooDeepReported = true;
          problems.push({ kind: 'content-class-too-deep', start: from + start, end: from + openEnd, name: content });
        }
        pos = closeStart + 1; // kept as text, like an escaped content class
        continue;
      }
      pushText(start);
      const children = lexRange(state, from + openEnd, from + closeStart, depth + 1);
      if (withSeparators && containsSeparatorLine(text, children)) {
        problems.push({
          kind: 'content-class-spans-slides',
          start: from + start,
          end: from + closeStart + 1,
          name: content,
        });
      }
      tokens.push({
        type: 'contentClass',
        start: from + start,
        openEnd: from + openEnd,
        closeStart: from + closeStart,
        end: from + closeStart + 1,
        classes: content.slice(1, -1).split('.'),
        block: hasNewline(src, openEnd, closeStart),
        children,
      });
      pos = closeStart + 1;
      textStart = pos;
      continue;
    }

    pushText(start);
    const token = structuralToken(match, group, from + start, from + matchEnd, src, from);
    tokens.push(...token);
    pos = matchEnd;
    textStart = pos;
  }
  pushText(src.length);
  return tokens;
}

/** Tokens for a fence, code, definition, macro or separator match; trailing blank lines become text. */
function structuralToken(
  match: RegExpExecArray,
  group: GroupIndex,
  start: number,
  end: number,
  src: string,
  from: number,
): Token[] {
  if (match[group.separator] !== undefined) {
    return [{ type: 'separator', start, end, marker: match[group.sepMarker] === '--' ? '--' : '---' }];
  }
  if (match[group.notes] !== undefined) {
    return [{ type: 'separator', start, end, marker: '???' }];
  }
  if (match[group.macro] !== undefined) {
    const args = (match[group.macroArgs] ?? '').split(',').map((arg) => arg.trim());
    return [{ type: 'macroCall', start, end, name: match[group.macroName] ?? '', args }];
  }
  // Fences, indented code and definitions end with newlines; keep one, the rest is blank text.
  const body = src.slice(start - from, end - from);
  const trimmedEnd = start + keepOneNewline(body);
  const tail: Token[] = trimmedEnd < end ? [{ type: 'text', start: trimmedEnd, end }] : [];
  if (match[group.fence] !== undefined) {
    const firstLine = body.slice(0, body.indexOf('\n'));
    const marker = match[group.fenceMarker] ?? '```';
    const info = firstLine.slice(firstLine.indexOf(marker) + marker.length).trim();
    return [{ type: 'fence', start, end: trimmedEnd, marker, info }, ...tail];
  }
  if (match[group.def] !== undefined) {
    return [
      {
        type: 'definition',
        start,
        end: trimmedEnd,
        label: match[group.defLabel] ?? '',
        url: match[group.defHref] ?? '',
        title: match[group.defTitle] ?? null,
      },
      ...tail,
    ];
  }
  return [{ type: 'indentedCode', start, end: trimmedEnd }, ...tail];
}

/** True when a text token inside a content class (at any depth) has a `---`, `--` or `???` line. */
function containsSeparatorLine(text: string, tokens: readonly Token[]): boolean {
  return tokens.some((token) =>
    token.type === 'text'
      ? token.end - token.start >= 2 && SEPARATOR_LINE.test(text.slice(token.start, token.end))
      : token.type === 'contentClass' && containsSeparatorLine(text, token.children),
  );
}

const SEPARATOR_LINE = /(?:^|\n)(?:---?|\?\?\?)(?:\n|$)/;

/** True when `text[from, to)` has a line break. */
function hasNewline(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at !== -1 && at < to;
}

/** Length of `body` up to and including its first trailing newline. */
function keepOneNewline(body: string): number {
  let end = body.length;
  while (end > 0 && body[end - 1] === '\n') end--;
  return end < body.length ? end + 1 : end;
}

/**
 * remark's getTextInBrackets: counts `[` and `]` after the `[` at `open`, ignoring everything
 * else (code included), and returns the index of the `]` that brings the count back to zero
 * before `limit`, or -1. The first `[` scanned from is always the same bracket whatever the
 * range, so the pairs are computed once for the whole text with a stack: linear time even for
 * thousands of unclosed or nested content classes.
 */
function matchingBracket(state: LexState, open: number, limit: number): number {
  state.brackets ??= pairBrackets(state.text);
  const close = state.brackets.get(open) ?? -1;
  return close < limit ? close : -1;
}

const BRACKET = /[[\]]/g;

function pairBrackets(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  BRACKET.lastIndex = 0;
  // `test` allocates no match array; a match is one character, at lastIndex - 1.
  while (BRACKET.test(text)) {
    const at = BRACKET.lastIndex - 1;
    if (text.charCodeAt(at) === 91) stack.push(at);
    else {
      const open = stack.pop();
      if (open !== undefined) pairs.set(open, at);
    }
  }
  return pairs;
}
