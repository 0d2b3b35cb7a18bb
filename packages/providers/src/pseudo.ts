import { tokenizeInline, type InlineToken } from '@deckl10n/segments';
import type { ProviderRequest, ProviderResult, TranslationProvider } from './provider.js';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);

/**
 * Pseudo-localizes a text: accented letters, about 35% longer (vowels doubled), wrapped in
 * `⟦ ⟧` with the language code, so untranslated text, truncation and layout problems show
 * before anyone pays for translation. Markup, URLs, code, Liquid and tags are kept byte for
 * byte (only translatable text is touched); leading and trailing whitespace too. When the
 * text ends in a URL or inline code, a space separates it from the closing bracket, so the
 * bracket never becomes part of a linkified URL.
 *
 * @example
 * pseudoLocalize('Run `ls` now', 'fr'); // '⟦fr Ŕüüñ `ls` ñöŵ⟧' (roughly)
 */
export function pseudoLocalize(text: string, language: string): string {
  const leading = /^\s*/.exec(text)?.[0] ?? '';
  const trailing = /\s*$/.exec(text.slice(leading.length))?.[0] ?? '';
  const core = text.slice(leading.length, text.length - trailing.length);
  if (core === '') return text;
  const tokens = tokenizeInline(core);
  const body = tokens.map((token) => (token.type === 'text' ? transform(token.value) : token.value)).join('');
  // `https://x.org/⟧` would read as a longer URL once linkified: keep a space before the bracket.
  const close = lastWordHasBoundary(tokens) ? ' ⟧' : '⟧';
  return `${leading}⟦${language} ${body}${close}${trailing}`;
}

/** Protected kinds whose end nothing may be glued to: a bare URL or autolink, inline code. */
const BOUNDARY_KINDS: ReadonlySet<string> = new Set(['url', 'code']);

/** True when the text's last word (what follows its last whitespace) holds a URL or inline code. */
function lastWordHasBoundary(tokens: readonly InlineToken[]): boolean {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.type === 'protected') {
      if (BOUNDARY_KINDS.has(token.kind)) return true;
      if (/\s/.test(token.value)) return false;
    } else if (/\s/.test(token.value)) {
      return false;
    }
  }
  return false;
}

function transform(text: string): string {
  let out = '';
  for (const ch of text) {
    const accented = ACCENTS[ch] ?? ch;
    out += accented;
    // Doubling vowels lengthens English prose by about 30%; the brackets add the rest of the
    // ~35% that translations into French or German typically need.
    if (VOWELS.has(ch)) out += accented;
  }
  return out;
}

/** The offline, deterministic pseudo provider (the default without a DeepL key). */
export function createPseudoProvider(): TranslationProvider {
  return {
    name: 'pseudo',
    limits: { maxTexts: 1_000, maxBytes: 10 * 1024 * 1024 },
    usesContext: false,
    concurrency: 1,
    async translate(request: ProviderRequest): Promise<ProviderResult> {
      return {
        translations: request.units.map((unit) => ({ text: pseudoLocalize(unit.text, request.targetLanguage) })),
        billedCharacters: 0,
        requests: 0,
      };
    },
  };
}
