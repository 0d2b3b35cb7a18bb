import { protectedElements } from '@deckl10n/segments';

/**
 * Updates a translation for a source edit that changed only protected elements (a URL, inline
 * code, a Liquid tag, an image path) or whitespace: each changed element is replaced in the
 * translation by its new version. Returns null when the translation does not contain an old
 * element verbatim (a translator changed it), so the caller marks the segment stale instead.
 *
 * @example
 * carryProtected('See [docs](https://a.org)', 'See [docs](https://b.org)', 'Voir [doc](https://a.org)');
 * // 'Voir [doc](https://b.org)'
 */
export function carryProtected(oldSource: string, newSource: string, translation: string): string | null {
  const before = protectedElements(oldSource);
  const after = protectedElements(newSource);
  if (before.length !== after.length) return null;
  const claimed: { start: number; end: number; value: string }[] = [];
  for (let i = 0; i < before.length; i++) {
    const old = before[i] as string;
    const replacement = after[i] as string;
    if (old === replacement) continue;
    let from = 0;
    let at = translation.indexOf(old, from);
    while (at !== -1 && claimed.some((c) => at < c.end && at + old.length > c.start)) {
      from = at + 1;
      at = translation.indexOf(old, from);
    }
    if (at === -1) return null;
    claimed.push({ start: at, end: at + old.length, value: replacement });
  }
  let result = translation;
  for (const change of claimed.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, change.start) + change.value + result.slice(change.end);
  }
  return result;
}
