import type { TranslationEntry } from '@deckl10n/store';
import { qaTranslation } from '../qa/qa.js';
import type { QaFinding } from '../qa/types.js';
import type { AlignedSegment } from './align-decks.js';

/** What seeding did with one aligned pair. */
export interface SeedResult {
  readonly pair: AlignedSegment;
  /** `added`: a new entry; `kept`: the store already had a translation; `rejected`: QA errors. */
  readonly kind: 'added' | 'kept' | 'rejected';
  readonly findings: readonly QaFinding[];
}

/** Options for {@link seedEntries}. */
export interface SeedOptions {
  /** Path of the translated deck, recorded in a note on each entry. */
  readonly from: string;
  /** Record the translations as `reviewed` (a human made them) instead of `machine` (to be reviewed). */
  readonly reviewed?: boolean;
}

/**
 * Adds the aligned translations to a deck's entries: only where the store has none (an existing
 * translation is never overwritten), only when QA finds no error (warnings are stored with the
 * entry), with provider `align` and a note naming the translated deck.
 */
export function seedEntries(
  entries: ReadonlyMap<string, TranslationEntry>,
  pairs: readonly AlignedSegment[],
  options: SeedOptions,
): { entries: Map<string, TranslationEntry>; results: SeedResult[] } {
  const next = new Map(entries);
  const results: SeedResult[] = [];
  for (const pair of pairs) {
    const { source, translation } = pair;
    if (next.has(source.id)) {
      results.push({ pair, kind: 'kept', findings: [] });
      continue;
    }
    const findings = qaTranslation(source.text, translation.text, { kind: source.kind });
    if (findings.some((f) => f.severity === 'error')) {
      results.push({ pair, kind: 'rejected', findings });
      continue;
    }
    next.set(source.id, {
      translation: translation.text,
      state: options.reviewed ? 'reviewed' : 'machine',
      fingerprint: source.fingerprint,
      source: source.text,
      provider: 'align',
      notes: [`aligned from ${options.from} (line ${translation.position.start.line})`],
      ...(findings.length > 0 ? { qa: findings } : {}),
    });
    results.push({ pair, kind: 'added', findings });
  }
  return { entries: next, results };
}
