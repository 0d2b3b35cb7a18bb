import { tokenizeInline, type ProtectedKind } from '@deckl10n/segments';
import { quote, type QaCheck, type QaFinding } from './types.js';

/**
 * Kinds a translation must keep verbatim. Link and macro brackets (`[`, `![`, `]`) are counted by
 * the bracket check instead: only the parts that carry data (destinations, macro names) are here.
 */
const CHECKED: ReadonlySet<ProtectedKind> = new Set([
  'code',
  'liquid',
  'html',
  'comment',
  'url',
  'link-close',
  'macro-open',
  'attributes',
  'math',
  'reference',
]);

const LABELS: Partial<Record<ProtectedKind, string>> = {
  code: 'inline code',
  liquid: 'Liquid tag',
  html: 'HTML tag',
  comment: 'HTML comment',
  url: 'URL',
  'link-close': 'link or image destination',
  'macro-open': 'content class (macro name)',
  attributes: 'kramdown attribute list',
  math: 'math',
  reference: 'footnote reference',
};

/** The protected elements of a text, as a multiset keyed by kind and normalized value. */
function elements(text: string): Map<string, { kind: ProtectedKind; value: string; count: number }> {
  const found = new Map<string, { kind: ProtectedKind; value: string; count: number }>();
  for (const token of tokenizeInline(text)) {
    if (token.type !== 'protected' || !CHECKED.has(token.kind)) continue;
    // Whitespace inside an element may be rewrapped; anything else must be kept.
    const value = token.kind === 'link-close' ? token.value.replace(/^\]/, '') : token.value;
    // A bare `]` closing a link carries no data (the bracket check counts it).
    if (value === '') continue;
    const key = `${token.kind === 'link-close' ? 'url' : token.kind}\u0000${value.replace(/\s+/g, ' ').trim()}`;
    const seen = found.get(key);
    if (seen === undefined) found.set(key, { kind: token.kind, value, count: 1 });
    else seen.count++;
  }
  return found;
}

/**
 * Protected elements (code, URLs, Liquid, HTML tags, macro names, image paths…) must appear in the
 * translation exactly as often as in the source; new ones must not appear.
 */
export const checkProtected: QaCheck = (source, translation) => {
  const before = elements(source);
  const after = elements(translation);
  const findings: QaFinding[] = [];
  for (const [key, { kind, value, count }] of before) {
    const kept = after.get(key)?.count ?? 0;
    if (kept < count) {
      findings.push({
        code: 'QA_PROTECTED_MISSING',
        severity: 'error',
        message: `${LABELS[kind] ?? kind} ${quote(value)} is missing from the translation${count > 1 ? ` (${kept} of ${count} kept)` : ''}`,
      });
    }
  }
  for (const [key, { kind, value, count }] of after) {
    const had = before.get(key)?.count ?? 0;
    if (count > had) {
      findings.push({
        code: 'QA_PROTECTED_ADDED',
        severity: 'error',
        message: `${LABELS[kind] ?? kind} ${quote(value)} is in the translation but not in the source`,
      });
    }
  }
  return findings;
};
