/**
 * The deterministic fake "translation": words are upper-cased and the first translated word of
 * each text is preceded by a language marker (`fr: `), so a test can see that, and into which
 * language, a text was translated. Markup, entities and protected content are kept byte-exact;
 * glossary terms are replaced by their target term verbatim.
 */
import { findTargetLanguage } from './languages.js';
import { markProtected, type MarkedToken, type TagMode } from './markup.js';

/** Options of {@link fakeTranslate}, mirroring the translate request parameters. */
export interface FakeTranslateOptions {
  /** Target language code as sent, e.g. `FR`, `en-GB`. */
  readonly targetLang: string;
  /** `tag_handling`; without it the whole text is plain text. */
  readonly tagHandling?: TagMode | undefined;
  /** `ignore_tags`: element names whose content is left alone. */
  readonly ignoreTags?: readonly string[] | undefined;
  /** `formality`: `more`/`prefer_more` add `/formal`, `less`/`prefer_less` add `/informal` to the marker. */
  readonly formality?: string | undefined;
  /** Glossary entries (source term → target term), matched case-sensitively as whole words. */
  readonly glossary?: ReadonlyMap<string, string> | undefined;
  /** Translate protected content too (the `alter-ignored` adversarial mode). */
  readonly translateProtected?: boolean | undefined;
}

const WORD = /[\p{L}\p{M}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The marker put before the first translated word: the target code in lower case, plus the
 * formality when the target language supports it, e.g. `fr:`, `de/formal:`, `en-gb:`.
 */
export function languageMarker(targetLang: string, formality?: string): string {
  const code = targetLang.trim().toLowerCase();
  const supports = findTargetLanguage(targetLang)?.supportsFormality === true;
  let suffix = '';
  if (supports && (formality === 'more' || formality === 'prefer_more')) suffix = '/formal';
  if (supports && (formality === 'less' || formality === 'prefer_less')) suffix = '/informal';
  return `${code}${suffix}:`;
}

/** A piece of a text run: a glossary hit (kept verbatim) or plain text (words upper-cased). */
interface Piece {
  readonly text: string;
  readonly glossary: boolean;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Splits a text run at whole-word glossary hits, longest source terms first. */
function splitAtGlossaryTerms(run: string, glossary: ReadonlyMap<string, string> | undefined): Piece[] {
  if (glossary === undefined || glossary.size === 0) return [{ text: run, glossary: false }];
  const terms = [...glossary.keys()].filter((term) => term.length > 0).sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < run.length) {
    const term = isWordChar(run[i - 1]) && isWordChar(run[i])
      ? undefined
      : terms.find((candidate) => run.startsWith(candidate, i) && !(isWordChar(candidate.at(-1)) && isWordChar(run[i + candidate.length])));
    if (term === undefined) {
      i += 1;
      continue;
    }
    if (i > plainStart) pieces.push({ text: run.slice(plainStart, i), glossary: false });
    pieces.push({ text: glossary.get(term) ?? term, glossary: true });
    i += term.length;
    plainStart = i;
  }
  if (plainStart < run.length) pieces.push({ text: run.slice(plainStart), glossary: false });
  return pieces;
}

/**
 * Fake-translates one text the way this server does.
 *
 * @example
 * fakeTranslate('Hello <b>world</b>!', { targetLang: 'FR', tagHandling: 'xml' });
 * // 'fr: HELLO <b>WORLD</b>!'
 * fakeTranslate('Hello galaxy', { targetLang: 'de', formality: 'more', glossary: new Map([['galaxy', 'Galaxis']]) });
 * // 'de/formal: HELLO Galaxis'
 */
export function fakeTranslate(text: string, options: FakeTranslateOptions): string {
  const marked: MarkedToken[] =
    options.tagHandling === undefined
      ? [{ token: { kind: 'text', raw: text }, protected: false }]
      : markProtected(text, { mode: options.tagHandling, ignoreTags: options.ignoreTags ?? [] });
  const marker = `${languageMarker(options.targetLang, options.formality)} `;
  let markerPlaced = false;
  const out: string[] = [];
  for (const { token, protected: isProtected } of marked) {
    if (token.kind !== 'text' || (isProtected && options.translateProtected !== true)) {
      out.push(token.raw);
      continue;
    }
    for (const piece of splitAtGlossaryTerms(token.raw, options.glossary)) {
      if (piece.glossary) {
        if (!markerPlaced) {
          out.push(marker);
          markerPlaced = true;
        }
        out.push(piece.text);
        continue;
      }
      out.push(
        piece.text.replace(WORD, (word) => {
          if (markerPlaced) return word.toUpperCase();
          markerPlaced = true;
          return marker + word.toUpperCase();
        }),
      );
    }
  }
  return out.join('');
}
