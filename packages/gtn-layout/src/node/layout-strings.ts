import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DeckError } from '@deckl10n/errors';
import type { LayoutStrings } from '../strings.js';

/**
 * Reads a `gtn-layout` i18next resources file (key → text). A file that is not a flat JSON
 * object of strings is refused (CATALOG_INVALID) with the line of the problem.
 *
 * @example
 * await readLayoutStrings('locales/fr/gtn-layout.json'); // { 'key-points': 'Points clés', … }
 */
export async function readLayoutStrings(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DeckError('CATALOG_INVALID', `${file} is not valid JSON: ${(error as Error).message}`, { file, cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DeckError('CATALOG_INVALID', `${file} must be a JSON object of strings`, { file, line: 1 });
  }
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') {
      const line = text.slice(0, Math.max(0, text.indexOf(JSON.stringify(key)))).split('\n').length;
      throw new DeckError('CATALOG_INVALID', `${file}: "${key}" must be a string`, { file, line });
    }
  }
  return data as Record<string, string>;
}

/**
 * The layout strings shipped with this package for `language` (copied from the repository's
 * `locales/<lng>/gtn-layout.json` at build time); empty for a language we have not translated,
 * so English fills in.
 */
export async function packagedLayoutStrings(language: string): Promise<LayoutStrings> {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language)) return {};
  const file = fileURLToPath(new URL(`../locales/${language}.json`, import.meta.url));
  return existsSync(file) ? readLayoutStrings(file) : {};
}
