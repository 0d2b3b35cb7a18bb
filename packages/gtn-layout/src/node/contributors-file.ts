import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { contributorNames } from '../contributors.js';

/** GTN keeps contributor details in this file at the root of its repository. */
export const CONTRIBUTORS_FILE = 'CONTRIBUTORS.yaml';

/**
 * Contributor names for a deck: the nearest `CONTRIBUTORS.yaml` in the deck's folder or above
 * (where GTN keeps it), or none (ids then show as themselves).
 *
 * @example
 * await findContributorNames('decks/pangeo-ecosystem/slides.md');
 * // { file: '/…/decks/CONTRIBUTORS.yaml', names: { annefou: 'Anne Fouilloux', … } }
 */
export async function findContributorNames(deckFile: string): Promise<{ file: string | null; names: Record<string, string> }> {
  let dir = dirname(resolve(deckFile));
  for (;;) {
    const file = join(dir, CONTRIBUTORS_FILE);
    if (existsSync(file)) return { file, names: contributorNames(await readFile(file, 'utf8'), file) };
    const parent = dirname(dir);
    if (parent === dir) return { file: null, names: {} };
    dir = parent;
  }
}
