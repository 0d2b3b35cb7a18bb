import type { LoadedConfig } from '@deckl10n/config';
import { alignedTranslations, loadSourceDecks } from '@deckl10n/sync';
import { qaTranslation } from './qa.js';
import type { QaFinding } from './types.js';

/** Codes of the findings a translation provider records with its output (kept in the store). */
const PROVIDER_CODE_PREFIX = 'MT_';

/** A QA finding on a stored translation, with where it is. */
export interface ProjectFinding extends QaFinding {
  readonly deck: string;
  /** Deck path relative to the config. */
  readonly path: string;
  readonly language: string;
  readonly id: string;
  readonly slide: number;
  readonly line: number;
  readonly state: 'machine' | 'reviewed' | 'stale';
}

/**
 * Runs QA on every stored translation of the given languages (aligned with the current decks,
 * nothing written). A stale translation is checked against the source it was made from. The
 * problems a provider recorded with a machine translation (`MT_*` findings stored on the entry,
 * e.g. DeepL breaking the markup so that the source text was kept) are listed too: QA cannot
 * find them again from the texts.
 */
export async function qaProject(loaded: LoadedConfig, languages: readonly string[], deckId?: string): Promise<ProjectFinding[]> {
  const sources = await loadSourceDecks(loaded, deckId);
  const findings: ProjectFinding[] = [];
  for (const language of languages) {
    for (const source of sources) {
      const { translations } = await alignedTranslations(loaded, source, language);
      for (const segment of source.segments) {
        const entry = translations.entries.get(segment.id);
        if (entry === undefined) continue;
        const from = entry.state === 'stale' && entry.source !== '' ? entry.source : segment.text;
        const recorded = (entry.qa ?? []).filter((finding) => finding.code.startsWith(PROVIDER_CODE_PREFIX));
        for (const finding of [...recorded, ...qaTranslation(from, entry.translation, { kind: segment.kind })]) {
          findings.push({ ...finding, deck: source.deck.id, path: source.deck.path, language, id: segment.id, slide: segment.slide, line: segment.position.start.line, state: entry.state });
        }
      }
    }
  }
  return findings;
}
