import { normalizeText } from '@deckl10n/segments';

/** Lower-cased words of a text's normal form (protected elements count as one word each). */
export function words(text: string): string[] {
  return normalizeText(text).toLowerCase().match(/[\p{L}\p{N}⟦⟧_-]+/gu) ?? [];
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their word multisets. Used to
 * find which old segment an edited segment was (as msgmerge's fuzzy matching does).
 *
 * @example
 * similarity('Pangeo is a community', 'Pangeo is an open community'); // ≈ 0.67
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      common++;
      counts.set(word, count - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
