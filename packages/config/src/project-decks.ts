import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { LoadedConfig } from './model.js';

/** A deck of the project. */
export interface ProjectDeck {
  /** Stable id: the i18next namespace and the store file name. */
  readonly id: string;
  /** Path relative to the config file, with `/` separators. */
  readonly path: string;
  /** Absolute path. */
  readonly file: string;
}

/**
 * The project's decks: the config's globs expanded (sorted), each with its id. The id is the
 * path below the glob's fixed part, without extension, without a final `slides`/`index`, with
 * `/` turned into `-` (`decks/*‌/slides.md` → `decks/pangeo-ecosystem/slides.md` → `pangeo-ecosystem`),
 * unless `deckIds` names it.
 */
export async function projectDecks(loaded: LoadedConfig): Promise<ProjectDeck[]> {
  const decks = new Map<string, ProjectDeck>();
  for (const pattern of loaded.config.decks) {
    const files = await glob(pattern, { cwd: loaded.root, onlyFiles: true, ignore: ['**/node_modules/**'] });
    for (const path of files.sort()) {
      if (decks.has(path)) continue;
      decks.set(path, { id: loaded.config.deckIds[path] ?? deckIdFor(path, pattern), path, file: resolve(loaded.root, path) });
    }
  }
  const list = [...decks.values()].sort((a, b) => a.path.localeCompare(b.path));
  disambiguate(list);
  return list;
}

/** The id of a deck path found by a glob pattern. */
export function deckIdFor(path: string, pattern: string): string {
  const fixed = pattern.split('/').findIndex((part) => /[*?[\]{}!]/.test(part));
  const base = fixed <= 0 ? [] : pattern.split('/').slice(0, fixed);
  let parts = path.replace(/\.[^./]+$/, '').split('/');
  if (base.every((part, i) => parts[i] === part)) parts = parts.slice(base.length);
  if (parts.length > 1 && /^(?:slides|index)$/i.test(parts[parts.length - 1] as string)) parts = parts.slice(0, -1);
  return parts.join('-').replace(/[^\w-]+/g, '-') || 'deck';
}

/** Two decks must never share an id: add `-2`, `-3`… to later ones. */
function disambiguate(decks: ProjectDeck[]): void {
  const seen = new Map<string, number>();
  decks.forEach((deck, index) => {
    const count = (seen.get(deck.id) ?? 0) + 1;
    seen.set(deck.id, count);
    if (count > 1) decks[index] = { ...deck, id: `${deck.id}-${count}` };
  });
}

/** A path relative to the project root with `/` separators. */
export function projectRelative(loaded: LoadedConfig, file: string): string {
  return relative(loaded.root, file).split('\\').join('/');
}
