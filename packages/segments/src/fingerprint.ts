import { hash } from 'node:crypto';
import { tokenizeInline, type InlineToken, type ProtectedKind } from './inline.js';

/**
 * The text as a translator sees it: protected elements replaced by a marker of their kind and
 * whitespace folded. Two texts with the same normal form differ only in URLs, code, Liquid,
 * tags or line wrapping: no human text changed.
 *
 * @example
 * normalizeText('See  [docs](https://a.org)\n now'); // 'See ⟦link-open⟧docs⟦link-close⟧ now'
 */
export function normalizeText(text: string): string {
  return normalizeTokens(tokenizeInline(text));
}

/** {@link normalizeText} for a text already split by `tokenizeInline`. */
export function normalizeTokens(tokens: readonly InlineToken[]): string {
  let joined = '';
  for (const token of tokens) joined += token.type === 'text' ? token.value : marker(token.kind);
  return joined.replace(WHITESPACE_RUN, ' ').trim();
}

/** Whitespace to fold into one space: runs, and single characters other than a space (same result as `/\s+/g`, far fewer matches). */
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;

const markers = new Map<ProtectedKind, string>();
/** `⟦kind⟧`, the stand-in for a protected element. */
function marker(kind: ProtectedKind): string {
  let text = markers.get(kind);
  if (text === undefined) {
    text = `⟦${kind}⟧`;
    markers.set(kind, text);
  }
  return text;
}

/** A short, stable hash of the normalized text (10 hex digits). */
export function fingerprint(text: string): string {
  return fingerprintTokens(tokenizeInline(text));
}

/** {@link fingerprint} for a text already split by `tokenizeInline`. */
export function fingerprintTokens(tokens: readonly InlineToken[]): string {
  return hash('sha256', normalizeTokens(tokens), 'hex').slice(0, 10);
}

/**
 * Gives each fingerprint a unique id in document order: the first keeps the fingerprint, the
 * repeats get `-2`, `-3`…
 */
export class IdAllocator {
  private readonly seen = new Map<string, number>();

  next(fingerprintValue: string): string {
    const count = (this.seen.get(fingerprintValue) ?? 0) + 1;
    this.seen.set(fingerprintValue, count);
    return count === 1 ? fingerprintValue : `${fingerprintValue}-${count}`;
  }
}
