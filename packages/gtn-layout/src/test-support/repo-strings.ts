import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@deckl10n/test-support';

/** The repository's `gtn-layout` i18next resources for a language (locales/<lng>/gtn-layout.json). */
export function repoLayoutStrings(language: string): Record<string, string> {
  return JSON.parse(readFileSync(join(repoRoot, 'locales', language, 'gtn-layout.json'), 'utf8')) as Record<string, string>;
}

/** Names of the Pangeo deck's authors (decks/CONTRIBUTORS.yaml). */
export const pangeoAuthors = { BasileGoussard: 'Basile Goussard', rabernat: 'Ryan Abernathey', annefou: 'Anne Fouilloux' };
