import type { LoadedConfig } from '@deckl10n/config';
import { alignedTranslations, countStates, loadSourceDecks, stateOf, type StateCounts } from '@deckl10n/sync';

/** Where review should start: the first segment, in deck order, that is not reviewed. */
export interface FirstWork {
  readonly segment: string;
  readonly slide: number;
  readonly state: 'missing' | 'machine' | 'stale';
}

/** One deck in one target language on the dashboard. */
export interface LanguageStatus {
  readonly counts: StateCounts;
  readonly firstWork: FirstWork | null;
}

/** The dashboard: every deck × target language. */
export interface ProjectView {
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  readonly decks: readonly {
    readonly id: string;
    readonly path: string;
    readonly title: string | null;
    /** True for a string catalog (segments to review, no slides). */
    readonly catalog: boolean;
    readonly segments: number;
    readonly languages: Readonly<Record<string, LanguageStatus>>;
  }[];
}

/** Reads the project's status (nothing is written): counts by state per deck and language. */
export async function projectView(loaded: LoadedConfig): Promise<ProjectView> {
  const sources = await loadSourceDecks(loaded);
  const decks = [];
  for (const source of sources) {
    const languages: Record<string, LanguageStatus> = {};
    for (const language of loaded.config.targetLanguages) {
      const { entries } = (await alignedTranslations(loaded, source, language)).translations;
      let firstWork: FirstWork | null = null;
      for (const segment of source.segments) {
        const state = stateOf(entries.get(segment.id));
        if (state !== 'reviewed') {
          firstWork = { segment: segment.id, slide: segment.slide, state };
          break;
        }
      }
      languages[language] = { counts: countStates(source.segments, entries), firstWork };
    }
    decks.push({ id: source.deck.id, path: source.deck.path, title: source.title, catalog: source.catalog === true, segments: source.segments.length, languages });
  }
  return { sourceLanguage: loaded.config.sourceLanguage, targetLanguages: loaded.config.targetLanguages, decks };
}
