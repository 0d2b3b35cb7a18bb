import { DeckError } from '@deckl10n/errors';
import type { LoadedConfig } from '@deckl10n/config';

/** Checks `languages` against the config; all target languages when none are given. */
export function chooseLanguages(loaded: LoadedConfig, languages: readonly string[] | undefined): string[] {
  const targets = loaded.config.targetLanguages;
  if (languages === undefined || languages.length === 0) return [...targets];
  for (const language of languages) {
    if (!targets.includes(language)) {
      throw new DeckError('LANGUAGE_UNKNOWN', `"${language}" is not a target language of this project (${targets.join(', ')})`, { file: loaded.file });
    }
  }
  return [...languages];
}
