import { isDeepStrictEqual } from 'node:util';
import { DeckError } from '@deckl10n/errors';
import type { FrontMatter } from '@deckl10n/parser';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Pair } from 'yaml';

/** A value written into front matter. */
export type FieldValue = string | number | boolean | readonly string[] | Readonly<Record<string, string | number | boolean>>;

/** Where the YAML of a front matter is in a deck text. */
export interface FrontMatterBody {
  /** Offset of the first YAML character (after the opening `---` line). */
  readonly start: number;
  /** Offset of the closing `---`/`...` line. */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
}

const CLOSE_LINE = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/m;

/** The YAML body of a parsed front matter. */
export function frontMatterBody(frontMatter: FrontMatter): FrontMatterBody {
  return { start: frontMatter.body.position.start.offset, end: frontMatter.body.position.end.offset, line: frontMatter.body.position.start.line };
}

/**
 * The YAML body of `text`'s front matter when it starts where it did before an edit (splicing
 * translations never moves the opening `---`), found by its closing line without a full parse.
 */
export function frontMatterBodyAt(text: string, before: FrontMatterBody): FrontMatterBody {
  const close = CLOSE_LINE.exec(text.slice(before.start));
  return { start: before.start, end: close === null ? text.length : before.start + close.index, line: before.line };
}

/** A top-level `key: value` pair of the front matter and where it is in the deck text. */
interface TopLevelPair {
  readonly pair: Pair;
  /** Offset of the key in the deck text. */
  readonly start: number;
  /** Offset after the pair's last line (its line ending included). */
  readonly end: number;
}

/** The front matter's top-level mapping, or an error naming the deck when it is not one. */
function topLevelPairs(source: string, body: FrontMatterBody, file: string): { pairs: Map<string, TopLevelPair>; data: Record<string, unknown> } {
  const base = body.start;
  const doc = parseDocument(source.slice(body.start, body.end), { uniqueKeys: false });
  const pairs = new Map<string, TopLevelPair>();
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    throw new DeckError('BUILD_FRONT_MATTER', `the front matter of ${file} is not a YAML mapping; deckl10n cannot add lang/translations to it`, {
      file,
      line: body.line,
    });
  }
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    if (!isScalar(pair.key) || pair.key.range == null) continue;
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
    let end = base + (valueRange?.[2] ?? pair.key.range[2]);
    if (end > base && source[end - 1] !== '\n') {
      const newline = source.indexOf('\n', end);
      end = newline === -1 || newline >= body.end ? body.end : newline + 1;
    }
    pairs.set(String(pair.key.value), { pair, start: base + pair.key.range[0], end });
  }
  return { pairs, data: asObject(doc.toJS()) };
}

/** `key: value` as YAML 1.1 readers (Jekyll) read it: `no`, `on`… stay strings. */
function yamlPair(key: string, value: FieldValue): string {
  return stringify({ [key]: value }, { version: '1.1', lineWidth: 0 });
}

/**
 * Sets top-level front-matter fields by splicing: a field present is replaced (its key line
 * and value lines), a field absent is appended at the end of the front matter; every other
 * byte stays. The result is checked: its front matter must read as the old data with exactly
 * these fields set.
 *
 * @example
 * setFrontMatterFields('---\ntitle: A\n---\nx\n', fm, { lang: 'fr' }, 'a.md'); // '---\ntitle: A\nlang: fr\n---\nx\n'
 */
export function setFrontMatterFields(source: string, frontMatter: FrontMatter | FrontMatterBody, fields: Readonly<Record<string, FieldValue>>, file: string): string {
  const body = 'type' in frontMatter ? frontMatterBody(frontMatter) : frontMatter;
  const { text, expected } = spliceFrontMatterFields(source, body, fields, file);
  verifyFrontMatter(text, body, expected, file);
  return text;
}

/**
 * {@link setFrontMatterFields} without reading the result back: the text, and the data its
 * front matter must read as (for a caller that parses the result anyway and checks it with
 * {@link sameFrontMatterData}).
 */
export function spliceFrontMatterFields(
  source: string,
  body: FrontMatterBody,
  fields: Readonly<Record<string, FieldValue>>,
  file: string,
): { text: string; expected: Record<string, unknown> } {
  const { pairs, data } = topLevelPairs(source, body, file);
  const bodyEnd = body.end;
  const edits: { start: number; end: number; text: string }[] = [];
  const appended: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const existing = pairs.get(key);
    if (existing === undefined) appended.push(yamlPair(key, value));
    else edits.push({ start: existing.start, end: existing.end, text: yamlPair(key, value) });
  }
  if (appended.length > 0) {
    const needsNewline = bodyEnd > body.start && source[bodyEnd - 1] !== '\n';
    edits.push({ start: bodyEnd, end: bodyEnd, text: (needsNewline ? '\n' : '') + appended.join('') });
  }
  return { text: splice(source, edits), expected: { ...data, ...fields } };
}

/** True when parsed front-matter data is exactly `expected` (key order aside). */
export function sameFrontMatterData(data: unknown, expected: Record<string, unknown>): boolean {
  return isDeepStrictEqual(data ?? {}, JSON.parse(JSON.stringify(expected)));
}

/**
 * Adds `items` missing from the top-level list `key` (`translations:` of a source deck),
 * touching nothing else: a block list gets new `- item` lines under its last item, a flow list
 * `[a]` gets `, item`, an absent field is appended. Entries already there are never removed.
 * Returns the text unchanged when nothing is missing.
 */
export function addToFrontMatterList(source: string, frontMatter: FrontMatter, key: string, items: readonly string[], file: string): string {
  const data = asObject(frontMatter.data);
  const current = data[key];
  if (current !== undefined && current !== null && !(Array.isArray(current) && current.every((item) => typeof item === 'string'))) {
    throw new DeckError('BUILD_FRONT_MATTER', `"${key}" in the front matter of ${file} is not a list of language codes; edit it by hand`, { file });
  }
  const have = (current ?? []) as string[];
  const missing = items.filter((item) => !have.includes(item));
  if (missing.length === 0) return source;
  const body = frontMatterBody(frontMatter);
  const existing = topLevelPairs(source, body, file).pairs.get(key);
  let text: string;
  if (existing === undefined) {
    text = setFrontMatterFields(source, frontMatter, { [key]: missing }, file);
  } else {
    const value = existing.pair.value;
    const range = (value as { range?: [number, number, number] } | null)?.range;
    const base = body.start;
    if (isSeq(value) && range !== undefined && value.flow !== true && value.items.length > 0) {
      const first = base + range[0];
      const indent = source.slice(source.lastIndexOf('\n', first) + 1, first);
      // New items go on the lines after the last one (whose line may end with a comment).
      const last = value.items[value.items.length - 1] as { range?: [number, number, number] };
      const lineEnd = source.indexOf('\n', base + (last.range?.[1] ?? range[1]));
      const at = lineEnd === -1 ? source.length : lineEnd + 1;
      const prefix = lineEnd === -1 ? '\n' : '';
      text = splice(source, [{ start: at, end: at, text: prefix + missing.map((item) => `${indent}- ${yamlScalar(item)}\n`).join('') }]);
    } else if (isSeq(value) && range !== undefined && value.flow === true) {
      const close = base + range[1] - 1;
      const separator = value.items.length > 0 ? ', ' : '';
      text = splice(source, [{ start: close, end: close, text: separator + missing.map(yamlScalar).join(', ') }]);
    } else {
      const colon = source.indexOf(':', base + (existing.pair.key as { range: [number, number, number] }).range[1]);
      text = splice(source, [{ start: colon + 1, end: colon + 1, text: ` [${missing.map(yamlScalar).join(', ')}]` }]);
    }
  }
  verifyFrontMatter(text, body, { ...data, [key]: [...have, ...missing] }, file);
  return text;
}

function yamlScalar(value: string): string {
  return stringify(value, { version: '1.1' }).trimEnd();
}

function splice(source: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let text = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

function asObject(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The edited front matter must read as `expected`; anything else is a bug, never written. */
function verifyFrontMatter(text: string, before: FrontMatterBody, expected: Record<string, unknown>, file: string): void {
  const after = frontMatterBodyAt(text, before);
  const doc = parseDocument(text.slice(after.start, after.end), { uniqueKeys: false });
  if (doc.errors.length > 0 || !sameFrontMatterData(doc.toJS(), expected)) {
    throw new DeckError('BUILD_STRUCTURE_MISMATCH', `editing the front matter of ${file} would not give the expected fields; nothing was written`, {
      file,
      line: before.line,
    });
  }
}
