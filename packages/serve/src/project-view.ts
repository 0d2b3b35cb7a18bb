import type { LoadedConfig } from '@deckl10n/config';
import type { FirstWork, LanguageStatus, ProjectDeck, ProjectView } from '@deckl10n/serve-api';
import { alignedTranslations, countStates, loadSourceDecks, stateOf } from '@deckl10n/sync';

/** Reads the project's status (nothing is written): counts by state per deck and language. */
export async function projectView(loaded: LoadedConfig): Promise<ProjectView> {
  const sources = await loadSourceDecks(loaded);
  const decks: ProjectDeck[] = [];
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
