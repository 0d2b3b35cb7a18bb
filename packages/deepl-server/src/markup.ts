/**
 * A small, lenient XML/HTML tokenizer for `tag_handling`: splits a text into tags, entities and
 * text runs, and marks which text runs are protected (inside `ignore_tags` elements, or in HTML
 * inside `translate="no"`, `class="notranslate"`, `<script>` and `<style>`).
 */

/** One piece of a text with markup. Concatenating the `raw` of all tokens gives the text back. */
export type Token =
  | { readonly kind: 'text'; readonly raw: string }
  | { readonly kind: 'entity'; readonly raw: string }
  | {
      readonly kind: 'tag';
      readonly raw: string;
      /** Element name as written; '' for comments, CDATA, processing instructions, doctypes. */
      readonly name: string;
      readonly role: 'open' | 'close' | 'self' | 'other';
    };

/** Tag handling mode, as in DeepL's `tag_handling`. */
export type TagMode = 'xml' | 'html';

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;

const HTML_VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);
const HTML_NEVER_TRANSLATED = new Set(['script', 'style']);

/** Index just past `terminator` from `from`, or -1. */
function endOf(text: string, from: number, terminator: string): number {
  const at = text.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}

/** Scans an element tag starting at `start` (`<` or `</`); returns its end or -1. */
function scanElementTag(text: string, afterName: number): number {
  let i = afterName;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close === -1) return -1;
      i = close + 1;
    } else if (ch === '>') {
      return i + 1;
    } else if (ch === '<') {
      return -1;
    } else {
      i += 1;
    }
  }
  return -1;
}

/** Tries to read a tag at `start` (where `text[start] === '<'`). */
function readTag(text: string, start: number): Token | undefined {
  const special: readonly [string, string][] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
  ];
  for (const [open, close] of special) {
    if (text.startsWith(open, start)) {
      const end = endOf(text, start + open.length, close);
      return end === -1 ? undefined : { kind: 'tag', raw: text.slice(start, end), name: '', role: 'other' };
    }
  }
  const closing = text[start + 1] === '/';
  NAME.lastIndex = start + (closing ? 2 : 1);
  const name = NAME.exec(text);
  if (name === null) return undefined;
  const end = scanElementTag(text, NAME.lastIndex);
  if (end === -1) return undefined;
  const raw = text.slice(start, end);
  const role = closing ? 'close' : raw.endsWith('/>') ? 'self' : 'open';
  return { kind: 'tag', raw, name: name[0], role };
}

/**
 * Splits a text into tags, entities and text runs. Anything that does not form a complete tag
 * (a lone `<`, an unterminated comment) stays text.
 *
 * @example
 * tokenize('a <b x="1">c</b>').map((t) => t.raw); // ['a ', '<b x="1">', 'c', '</b>']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let textStart = 0;
  let i = 0;
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ kind: 'text', raw: text.slice(textStart, end) });
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '<') {
      const tag = readTag(text, i);
      if (tag !== undefined) {
        flushText(i);
        tokens.push(tag);
        i += tag.raw.length;
        textStart = i;
        continue;
      }
    } else if (ch === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(text);
      if (entity !== null) {
        flushText(i);
        tokens.push({ kind: 'entity', raw: entity[0] });
        i += entity[0].length;
        textStart = i;
        continue;
      }
    }
    i += 1;
  }
  flushText(text.length);
  return tokens;
}

/** A token with whether its text must be left alone. */
export interface MarkedToken {
  readonly token: Token;
  /** True for text runs inside protected elements (tags and entities are never translated). */
  readonly protected: boolean;
}

/** Options of {@link markProtected}. */
export interface ProtectOptions {
  readonly mode: TagMode;
  /** Element names whose content is not translated (DeepL `ignore_tags`). */
  readonly ignoreTags?: readonly string[];
}

/** True if an HTML start tag asks not to be translated. */
function htmlOptsOut(raw: string): boolean {
  return /\stranslate\s*=\s*["']?no["'\s/>]/i.test(raw) || /\sclass\s*=\s*["'][^"']*\bnotranslate\b/i.test(raw);
}

/**
 * Tokenizes a text and marks the text runs that lie inside protected elements. Closing tags
 * are matched leniently (an unmatched closing tag is ignored; a closing tag pops up to its
 * matching start tag).
 */
export function markProtected(text: string, options: ProtectOptions): MarkedToken[] {
  const html = options.mode === 'html';
  const norm = (name: string): string => (html ? name.toLowerCase() : name);
  const ignore = new Set((options.ignoreTags ?? []).map(norm));
  const stack: { name: string; protected: boolean }[] = [];
  const result: MarkedToken[] = [];
  for (const token of tokenize(text)) {
    const inside = stack.at(-1)?.protected ?? false;
    if (token.kind !== 'tag') {
      result.push({ token, protected: token.kind === 'text' ? inside : true });
      continue;
    }
    result.push({ token, protected: true });
    const name = norm(token.name);
    if (token.role === 'open' && !(html && HTML_VOID.has(name))) {
      const protects =
        inside || ignore.has(name) || (html && (HTML_NEVER_TRANSLATED.has(name) || htmlOptsOut(token.raw)));
      stack.push({ name, protected: protects });
    } else if (token.role === 'close') {
      const at = stack.map((entry) => entry.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
    }
  }
  return result;
}

/** Number of Unicode code points in a string (DeepL's unit of billing). */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Billable characters of a text: all code points, or with tag handling only those outside
 * tags (DeepL does not bill markup) unless `billMarkup` is set.
 */
export function billableCharacters(text: string, mode: TagMode | undefined, billMarkup = false): number {
  if (mode === undefined || billMarkup) return codePoints(text);
  return tokenize(text)
    .filter((token) => token.kind !== 'tag')
    .reduce((sum, token) => sum + codePoints(token.raw), 0);
}

/** The tags of a text in order (their raw source), e.g. to compare markup before and after. */
export function tagsOf(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.kind === 'tag')
    .map((token) => token.raw);
}
