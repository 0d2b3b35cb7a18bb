import { readFileSync } from 'node:fs';
import { DeckError } from '@deckl10n/errors';
import type { LoadedConfig, ProjectDeck } from '@deckl10n/config';
import { readDeckTranslations, type DeckTranslations } from '@deckl10n/store';
import { sourceDigest } from './source-digest.js';
import { countByIds, type StateCounts } from './states.js';

/** A deck's translations known to be aligned with its current text, without parsing it. */
export interface RecordedTranslations {
  readonly translations: DeckTranslations;
  readonly counts: StateCounts;
}

/** The source digest of a deck file (or string catalog) as it is now (see {@link sourceDigest}). */
export function deckDigest(loaded: LoadedConfig, deck: ProjectDeck): string {
  let text: string;
  try {
    text = readFileSync(deck.file, 'utf8');
  } catch (error) {
    throw new DeckError('FILE_UNREADABLE', `cannot read ${deck.file}: ${(error as Error).message}`, { file: deck.file, cause: error });
  }
  return sourceDigest(loaded, text);
}

/**
 * A deck's translations into `language` with their counts by state, when the store's source
 * record says they are aligned with the deck as it is now (`digest` from {@link deckDigest}):
 * then aligning them again would change nothing, so the counts equal the full path's. Undefined
 * when there is no trusted record or the deck changed since: the caller parses and aligns.
 */
export async function recordedTranslations(loaded: LoadedConfig, deck: ProjectDeck, language: string, digest: string): Promise<RecordedTranslations | undefined> {
  const translations = await readDeckTranslations({
    localesDir: loaded.localesDir,
    deckId: deck.id,
    language,
    sourceLanguage: loaded.config.sourceLanguage,
    deckPath: deck.path,
  });
  const record = translations.sourceRecord;
  if (record === undefined || record.digest !== digest) return undefined;
  return { translations, counts: countByIds(record.segments, translations.entries) };
}
