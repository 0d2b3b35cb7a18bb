import type { LoadedConfig } from '@deckl10n/config';
import type { DeckTranslations, TranslationEntry } from '@deckl10n/store';
import { alignedTranslations, loadSourceDecks, saveTranslations } from '@deckl10n/sync';
import type { ImportedFile } from '../model.js';
import type { QaFinding } from '../qa/types.js';
import { importUnit, type UnitOutcomeKind } from './apply-unit.js';
import { importLanguage } from './languages.js';
import { UnitMatcher } from './match.js';

/** What happened to one unit of the file (per segment it applies to). */
export interface ImportResult {
  readonly kind: UnitOutcomeKind | 'unmatched';
  /** Line of the unit in the review file. */
  readonly line: number;
  readonly deck: string | null;
  readonly id: string | null;
  readonly findings: readonly QaFinding[];
}

/** An import worked out in full before anything is written. */
export interface ImportPlan {
  readonly file: string;
  readonly language: string;
  readonly results: readonly ImportResult[];
  /** The decks whose translations change (aligned with the current decks, ready to write). */
  readonly changes: readonly DeckTranslations[];
}

/**
 * Works out what importing a review file does, reading only: the language, each unit's segment,
 * QA, conflicts and the new entries. `writeImport` then writes the decks that change.
 */
export async function planImport(loaded: LoadedConfig, imported: ImportedFile, fallbackLanguage?: string): Promise<ImportPlan> {
  const language = importLanguage(loaded, imported, fallbackLanguage);
  const decks = await Promise.all((await loadSourceDecks(loaded)).map((source) => alignedTranslations(loaded, source, language)));
  const entries = new Map(decks.map((deck) => [deck, new Map<string, TranslationEntry>(deck.translations.entries)]));
  const touched = new Set<(typeof decks)[number]>();
  const matcher = new UnitMatcher(decks);
  const results: ImportResult[] = [];
  for (const unit of imported.units) {
    const targets = matcher.match(unit);
    if (targets.length === 0) {
      results.push({ kind: 'unmatched', line: unit.line, deck: null, id: unit.id, findings: [] });
      continue;
    }
    for (const { deck, segment, conflict } of targets) {
      const deckEntries = entries.get(deck) as Map<string, TranslationEntry>;
      const outcome = importUnit(unit, segment, conflict, deckEntries.get(segment.id), imported.format, imported.file);
      if (outcome.entry !== undefined && outcome.entry !== deckEntries.get(segment.id)) {
        deckEntries.set(segment.id, outcome.entry);
        if (outcome.kind !== 'unchanged') touched.add(deck);
      }
      results.push({ kind: outcome.kind, line: unit.line, deck: deck.source.deck.id, id: segment.id, findings: outcome.findings });
    }
  }
  const changes = decks
    .filter((deck) => touched.has(deck))
    .map((deck) => ({ ...deck.translations, entries: entries.get(deck) as Map<string, TranslationEntry> }));
  return { file: imported.file, language, results, changes };
}

/** Writes the decks an import changes (each file atomically, only if its bytes change); returns the files written. */
export async function writeImport(loaded: LoadedConfig, plan: ImportPlan): Promise<string[]> {
  const written: string[] = [];
  for (const deck of plan.changes) written.push(...(await saveTranslations(loaded, deck)));
  return written;
}
