import type { Deck } from '@deckl10n/parser';
import { extract, type ExtractOptions } from './extract.js';
import type { Segment } from './types.js';
import { encodeYamlScalar } from './yaml-scalar.js';

/** Why a translation was not written and the source text kept instead. */
export interface ApplyFallback {
  readonly id: string;
  readonly reason: 'unbalanced-brackets' | 'empty';
  readonly message: string;
}

/** Result of {@link applyTranslations}. */
export interface ApplyResult {
  /** The deck text with translations spliced in. */
  readonly text: string;
  /** Ids of the segments written with their translation. */
  readonly applied: readonly string[];
  /** Ids of segments without a translation (source text kept). */
  readonly missing: readonly string[];
  /** Translations refused because they would break the deck's structure (source text kept). */
  readonly fallbacks: readonly ApplyFallback[];
}

/** Translations by segment id. */
export type Translations = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/**
 * Writes translations into exactly the segments' ranges; every other byte of the file is
 * untouched. A segment without a translation keeps its source text. Translations are encoded
 * for where they go (YAML scalar, HTML attribute, Markdown line) and never change the deck's
 * structure: line breaks that would create `---`/`--`/`???` or fence lines are folded, and a
 * translation that would unbalance `[`/`]` (remark matches content-class brackets across the whole
 * deck) is refused.
 *
 * @example
 * applyTranslations(parse('# Hello\n'), { [extract(deck)[0].id]: 'Bonjour' }).text; // '# Bonjour\n'
 */
export function applyTranslations(deck: Deck, translations: Translations, options: ExtractOptions = {}): ApplyResult {
  const lookup = translations instanceof Map ? translations : new Map(Object.entries(translations));
  const segments = extract(deck, options);
  const source = deck.source;
  const out: string[] = [];
  const applied: string[] = [];
  const missing: string[] = [];
  const fallbacks: ApplyFallback[] = [];
  let cursor = 0;
  for (const segment of segments) {
    const start = segment.position.start.offset;
    const end = segment.position.end.offset;
    const translation = lookup.get(segment.id);
    if (translation === undefined) {
      missing.push(segment.id);
      continue;
    }
    const encoded = encode(segment, translation, source.slice(start, end));
    if (typeof encoded !== 'string') {
      fallbacks.push({ id: segment.id, ...encoded });
      continue;
    }
    out.push(source.slice(cursor, start), encoded);
    cursor = end;
    applied.push(segment.id);
  }
  out.push(source.slice(cursor));
  return { text: out.join(''), applied, missing, fallbacks };
}

/** {@link applyTranslations}, returning only the text. */
export function apply(deck: Deck, translations: Translations, options: ExtractOptions = {}): string {
  return applyTranslations(deck, translations, options).text;
}

function encode(segment: Segment, translation: string, original: string): string | Omit<ApplyFallback, 'id'> {
  if (translation.trim() === '') return { reason: 'empty', message: 'the translation is empty' };
  const { encoding } = segment;
  if (encoding.type === 'yaml') return encodeYamlScalar(translation, encoding.style, original);
  if (bracketBalance(translation) !== bracketBalance(original)) {
    return {
      reason: 'unbalanced-brackets',
      message: 'the translation does not have the same balance of `[` and `]` as the source; remark.js would misread the slides after it',
    };
  }
  if (encoding.type === 'attribute') {
    const escaped = translation.replace(/\s*\n\s*/g, ' ').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    return encoding.quote === '' ? `"${escaped}"` : escaped;
  }
  if (!encoding.multiline || !original.includes('\n')) return oneLine(translation);
  const indent = /\n([ \t]*)/.exec(original)?.[1] ?? '';
  const [first = '', ...rest] = translation.trim().split(/\r?\n/);
  // Continuation lines keep their indentation relative to each other (a nested list inside an
  // HTML block stays nested); what they share is replaced by the source's own indentation.
  const shared = Math.min(...rest.filter((line) => line.trim() !== '').map(leadingWhitespace));
  const lines = [first, ...rest.map((line) => indent + line.slice(Math.min(shared, leadingWhitespace(line))))];
  return lines.some(isStructural) ? oneLine(translation) : lines.join(original.includes('\r\n') ? '\r\n' : '\n');
}

function leadingWhitespace(line: string): number {
  return line.length - line.trimStart().length;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\r?\n\s*/g, ' ');
}

/** Lines remark reads as structure or that open code: never created by a translation. */
function isStructural(line: string): boolean {
  return /^(?:---?|\?\?\?)$/.test(line) || /^ *(?:`{3,}|~{3,})/.test(line) || /^ {4}/.test(line);
}

function bracketBalance(text: string): number {
  let balance = 0;
  for (const ch of text) {
    if (ch === '[') balance++;
    else if (ch === ']') balance--;
  }
  return balance;
}
