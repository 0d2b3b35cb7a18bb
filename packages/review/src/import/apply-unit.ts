import { basename } from 'node:path';
import { fingerprint, type Segment } from '@deckl10n/segments';
import { stableStringify, type TranslationEntry } from '@deckl10n/store';
import type { ImportedUnit, ReviewFormat } from '../model.js';
import { qaTranslation } from '../qa/qa.js';
import type { QaFinding } from '../qa/types.js';

/** What importing one unit into one segment does. */
export type UnitOutcomeKind = 'applied' | 'approved' | 'unchanged' | 'conflict' | 'blocked' | 'empty';

/** The entry after the import (undefined: none) and what happened. */
export interface UnitOutcome {
  readonly kind: UnitOutcomeKind;
  readonly entry: TranslationEntry | undefined;
  readonly findings: readonly QaFinding[];
}

/** Notes deckl10n adds on a conflict start with this, so a later approval can drop them. */
const CONFLICT_PREFIX = 'conflict:';

/** The provider recorded for a translation that came from a review file. */
function providerFor(format: ReviewFormat): string {
  return format === 'po' ? 'po' : 'xliff';
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function withOptional(entry: TranslationEntry, notes: readonly string[], qa: readonly QaFinding[]): TranslationEntry {
  const { notes: _notes, qa: _qa, ...rest } = entry;
  return { ...rest, ...(notes.length > 0 ? { notes } : {}), ...(qa.length > 0 ? { qa } : {}) };
}

/**
 * Imports a unit into a segment whose recorded source differs from the current one: never as a
 * current translation. A missing or stale entry takes it as `stale` with a note (the reviewer
 * sees old → new source in `deckl10n diff`); a current entry is kept and only gets the note.
 */
function importConflict(unit: ImportedUnit, target: string, existing: TranslationEntry | undefined, format: ReviewFormat, file: string): UnitOutcome {
  const note = `${CONFLICT_PREFIX} ${basename(file)} has a translation for an older source; review it against the current source`;
  if (existing !== undefined && existing.state !== 'stale') {
    const kept = `${note}: ${JSON.stringify(target)}`;
    return { kind: 'conflict', entry: withOptional(existing, union(existing.notes ?? [], [kept]), existing.qa ?? []), findings: [] };
  }
  const base: TranslationEntry = {
    translation: target,
    state: 'stale',
    was: unit.approved ? 'reviewed' : 'machine',
    fingerprint: fingerprint(unit.source),
    source: unit.source,
    provider: existing?.translation === target ? existing.provider : providerFor(format),
  };
  return { kind: 'conflict', entry: withOptional(base, union(union(existing?.notes ?? [], unit.comments), [note]), []), findings: [] };
}

/**
 * The entry of `segment` after importing `unit`: QA errors block it (the entry stays as it was);
 * an approved unit becomes `reviewed`; an edited, unapproved one `machine` (unreviewed); an
 * unchanged text keeps its state and provider. Notes are merged, never dropped.
 */
export function importUnit(
  unit: ImportedUnit,
  segment: Segment,
  conflict: boolean,
  existing: TranslationEntry | undefined,
  format: ReviewFormat,
  file: string,
): UnitOutcome {
  const target = unit.target;
  if (target === null) return { kind: 'empty', entry: existing, findings: [] };
  if (conflict) return importConflict(unit, target, existing, format, file);
  const findings = qaTranslation(segment.text, target, { kind: segment.kind });
  if (findings.some((finding) => finding.severity === 'error')) return { kind: 'blocked', entry: existing, findings };
  const sameText = existing !== undefined && existing.translation === target;
  const keptState = sameText && existing.state !== 'stale' ? existing.state : 'machine';
  const state = unit.approved ? 'reviewed' : keptState;
  if (sameText && existing.state === 'stale' && !unit.approved) {
    // Still stale: only the reviewer's comments can be new.
    const kept = withOptional(existing, union(existing.notes ?? [], unit.comments), existing.qa ?? []);
    return { kind: stableStringify(kept) === stableStringify(existing) ? 'unchanged' : 'applied', entry: kept, findings };
  }
  const notes = union(existing?.notes ?? [], unit.comments).filter((n) => !n.startsWith(CONFLICT_PREFIX));
  // QA findings are recorded with a new text; an unchanged text keeps what its maker recorded.
  const qa = sameText ? (existing.qa ?? []) : findings;
  const entry = withOptional(
    {
      translation: target,
      state,
      fingerprint: segment.fingerprint,
      source: segment.text,
      provider: sameText ? existing.provider : providerFor(format),
    },
    notes,
    qa,
  );
  const changed = existing === undefined || stableStringify(existing) !== stableStringify(entry);
  return { kind: changed ? (state === 'reviewed' ? 'approved' : 'applied') : 'unchanged', entry, findings };
}
