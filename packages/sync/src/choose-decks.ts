import { DeckError } from '@deckl10n/errors';
import { projectCatalogs, projectDecks, type LoadedConfig, type ProjectDeck } from '@deckl10n/config';

/** The decks and string catalogs a command works on. */
export interface ChosenDecks {
  readonly decks: readonly ProjectDeck[];
  readonly catalogs: readonly ProjectDeck[];
}

/** The project's decks and catalogs, or only the one with `onlyId` (DECK_UNKNOWN when none has it). */
export async function chooseDecks(loaded: LoadedConfig, onlyId?: string): Promise<ChosenDecks> {
  const decks = await projectDecks(loaded);
  const catalogs = projectCatalogs(loaded);
  if (onlyId === undefined) return { decks, catalogs };
  const chosen = { decks: decks.filter((deck) => deck.id === onlyId), catalogs: catalogs.filter((catalog) => catalog.id === onlyId) };
  if (chosen.decks.length === 0 && chosen.catalogs.length === 0) {
    const ids = [...decks, ...catalogs].map((d) => d.id);
    throw new DeckError('DECK_UNKNOWN', `no deck has the id "${onlyId}"; the decks are: ${ids.join(', ') || '(none)'}`);
  }
  return chosen;
}
