import type { Segment } from '@deckl10n/segments';
import type { TranslationEntry } from '@deckl10n/store';
import { carryProtected } from './carry-protected.js';
import { similarity, words } from './similarity.js';

/** Below this similarity an edited segment is not matched with an old one (it is new). */
export const FUZZY_THRESHOLD = 0.5;

/** What alignment did, by kind of change. */
export interface AlignReport {
  /** Segments whose protected elements or whitespace changed; translation updated, state kept. */
  readonly carried: readonly string[];
  /** Segments whose text changed: translation kept, marked stale with the old source. */
  readonly staled: readonly { readonly id: string; readonly from: string }[];
  /** Stale segments whose source went back to what they were translated from. */
  readonly restored: readonly string[];
  /** Entries whose segment is gone (kept as obsolete). */
  readonly obsolete: readonly string[];
}

/** Result of {@link alignEntries}. */
export interface AlignResult {
  readonly entries: Map<string, TranslationEntry>;
  readonly report: AlignReport;
  /** True when `entries` differ from the input (something to write). */
  readonly changed: boolean;
}

/**
 * Carries a language's translations over to the current segments of a deck. A segment with the
 * same id keeps its entry (ids are fingerprints, so moving slides changes nothing); an edit that
 * changed only URLs, code, Liquid, tags or whitespace is carried into the translation; an edited
 * segment takes the most similar unmatched old entry and becomes `stale`, keeping the old
 * translation and old source; entries left over stay as obsolete. Nothing is dropped.
 */
export function alignEntries(segments: readonly Segment[], entries: ReadonlyMap<string, TranslationEntry>): AlignResult {
  const current = new Set(segments.map((segment) => segment.id));
  const next = new Map<string, TranslationEntry>();
  const carried: string[] = [];
  const staled: { id: string; from: string }[] = [];
  const restored: string[] = [];
  const unmatched = new Map<string, TranslationEntry>();
  for (const [id, entry] of entries) if (!current.has(id)) unmatched.set(id, entry);

  const place = (segment: Segment, entry: TranslationEntry, from: string, edited = false): void => {
    const placed = edited ? staleEntry(entry) : reconcile(segment, entry);
    if (placed.state === 'stale' && entry.state !== 'stale') staled.push({ id: segment.id, from });
    else if (entry.state === 'stale' && placed.state !== 'stale') restored.push(segment.id);
    else if (placed.translation !== entry.translation) carried.push(segment.id);
    next.set(segment.id, placed);
  };

  const waiting: Segment[] = [];
  for (const segment of segments) {
    const entry = entries.get(segment.id);
    if (entry === undefined) waiting.push(segment);
    else place(segment, entry, segment.id);
  }

  // Same text under another id (a repeated paragraph renumbered, an obsolete entry revived).
  const byFingerprint = new Map<string, string[]>();
  for (const [id, entry] of unmatched) byFingerprint.set(entry.fingerprint, [...(byFingerprint.get(entry.fingerprint) ?? []), id]);
  const stillWaiting: Segment[] = [];
  for (const segment of waiting) {
    const id = byFingerprint.get(segment.fingerprint)?.shift();
    const entry = id === undefined ? undefined : unmatched.get(id);
    if (id === undefined || entry === undefined) {
      stillWaiting.push(segment);
      continue;
    }
    unmatched.delete(id);
    place(segment, entry, id);
  }

  // Edited text: the most similar old entries, best pairs first.
  if (stillWaiting.length > 0 && unmatched.size > 0) {
    const oldWords = [...unmatched].map(([id, entry]) => ({ id, entry, words: words(entry.source) }));
    const pairs: { segment: Segment; id: string; score: number }[] = [];
    for (const segment of stillWaiting) {
      const newWords = words(segment.text);
      for (const old of oldWords) {
        const score = similarity(old.words, newWords);
        if (score >= FUZZY_THRESHOLD) pairs.push({ segment, id: old.id, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.segment.position.start.offset - b.segment.position.start.offset);
    const taken = new Set<string>();
    for (const pair of pairs) {
      const entry = unmatched.get(pair.id);
      if (entry === undefined || taken.has(pair.segment.id)) continue;
      taken.add(pair.segment.id);
      unmatched.delete(pair.id);
      place(pair.segment, entry, pair.id, true);
    }
  }

  for (const [id, entry] of unmatched) next.set(id, entry);
  const obsolete = [...unmatched.keys()];
  return {
    entries: next,
    report: { carried, staled, restored, obsolete },
    changed: !sameEntries(entries, next),
  };
}

/** The entry for `segment`, given the entry found for it. */
function reconcile(segment: Segment, entry: TranslationEntry): TranslationEntry {
  if (entry.fingerprint === '' && entry.provider === 'manual') {
    // Added by hand to the resources file: the id names the segment, so adopt its source.
    return { ...entry, fingerprint: segment.fingerprint, source: segment.text };
  }
  if (entry.fingerprint !== segment.fingerprint) return staleEntry(entry);
  let result = entry;
  if (entry.state === 'stale') {
    const { was, ...rest } = entry;
    result = { ...rest, state: was ?? 'machine' };
  }
  if (result.source !== segment.text) {
    const translation = carryProtected(result.source, segment.text, result.translation);
    if (translation === null) return staleEntry(result);
    result = { ...result, translation, source: segment.text };
  }
  return result;
}

function staleEntry(entry: TranslationEntry): TranslationEntry {
  if (entry.state === 'stale') return entry;
  return { ...entry, state: 'stale', was: entry.state };
}

function sameEntries(a: ReadonlyMap<string, TranslationEntry>, b: ReadonlyMap<string, TranslationEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, entry] of a) {
    const other = b.get(id);
    // Entries alignment left alone are the same objects: compare contents only when they are not.
    if (other === undefined || (other !== entry && JSON.stringify(entry) !== JSON.stringify(other))) return false;
  }
  return true;
}
