import type { BatchLimits, TranslationUnit } from '@deckl10n/providers';

/**
 * Splits units into batches within a provider's limits (texts per request, and request bytes as
 * the provider measures them), keeping units with different contexts apart when the provider
 * sends one context per request. A single text larger than the byte budget goes alone.
 */
export function batchUnits<T extends TranslationUnit>(units: readonly T[], limits: BatchLimits, byContext: boolean): T[][] {
  const groups = new Map<string, T[]>();
  for (const unit of units) {
    const key = byContext ? (unit.context ?? '') : '';
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [unit]);
    else group.push(unit);
  }
  const batches: T[][] = [];
  for (const group of groups.values()) {
    let batch: T[] = [];
    let bytes = 0;
    for (const unit of group) {
      const size = limits.sizeOf ? limits.sizeOf(unit.text) : Buffer.byteLength(unit.text, 'utf8') + 32;
      if (batch.length > 0 && (batch.length >= limits.maxTexts || bytes + size > limits.maxBytes)) {
        batches.push(batch);
        batch = [];
        bytes = 0;
      }
      batch.push(unit);
      bytes += size;
    }
    if (batch.length > 0) batches.push(batch);
  }
  return batches;
}
