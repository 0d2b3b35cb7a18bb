import type { LoadedConfig } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import type { ImportedFile } from '../model.js';

/** `es_ES`, `ES-es` → `es-es`. */
function normalize(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/** True when two language tags name the same language (`es` and `es-ES` do). */
function sameLanguage(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x === y || x.split('-')[0] === y.split('-')[0];
}

/**
 * The project target language a review file is for: the one it declares (XLIFF `trgLang`,
 * `target-language`, PO `Language:`), or `fallback` (`--lang`) for files a tool stripped of it.
 * A file for another language or another source language is refused.
 */
export function importLanguage(loaded: LoadedConfig, imported: ImportedFile, fallback?: string): string {
  const targets = loaded.config.targetLanguages;
  const source = imported.sourceLanguage;
  if (source !== null && !sameLanguage(source, loaded.config.sourceLanguage)) {
    throw new DeckError('REVIEW_LANGUAGE', `the file's source language is "${source}"; the project translates from "${loaded.config.sourceLanguage}"`, { file: imported.file });
  }
  const declared = imported.targetLanguage;
  if (declared !== null && fallback !== undefined && !sameLanguage(declared, fallback)) {
    throw new DeckError('REVIEW_LANGUAGE', `the file is for "${declared}", not "${fallback}" as --lang says`, { file: imported.file });
  }
  const wanted = declared ?? fallback;
  if (wanted === undefined) {
    throw new DeckError('REVIEW_LANGUAGE', 'the file declares no target language; name it with --lang', { file: imported.file });
  }
  const language = targets.find((t) => normalize(t) === normalize(wanted)) ?? targets.find((t) => sameLanguage(t, wanted));
  if (language === undefined) {
    throw new DeckError('REVIEW_LANGUAGE', `the file is for "${wanted}", which is not a target language of this project (${targets.join(', ')})`, { file: imported.file });
  }
  return language;
}
