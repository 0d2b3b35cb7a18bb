import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedConfig } from '@deckl10n/config';

/**
 * Answers reused while the files they were computed from are unchanged: the key of an entry is
 * the size and modification time of every file under the project's decks and locales that the
 * answer may depend on, so an edit by the CLI, an editor or git invalidates it, and a save
 * through the API clears it.
 */
export class ViewCache<T> {
  private readonly entries = new Map<string, { readonly stamp: string; readonly value: Promise<T> }>();

  /** The cached value for `key` when `files` are unchanged, else a fresh `compute()`. */
  async get(key: string, files: readonly string[], compute: () => Promise<T>): Promise<T> {
    const stamp = await stampOf(files);
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.stamp === stamp) return hit.value;
    const value = compute();
    this.entries.set(key, { stamp, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The files a deck's answer in a language depends on: config, deck, its locale files, the catalogs and theirs. */
export function dependencies(loaded: LoadedConfig, deckFile: string, deckId: string, languages: readonly string[], catalogs: readonly { id: string; file: string }[]): string[] {
  const files = [loaded.file, deckFile];
  for (const language of languages) {
    for (const id of [deckId, ...catalogs.map((catalog) => catalog.id)]) files.push(join(loaded.localesDir, language, `${id}.json`), join(loaded.localesDir, language, `${id}.state.json`));
  }
  return [...files, ...catalogs.map((catalog) => catalog.file)];
}

async function stampOf(files: readonly string[]): Promise<string> {
  const stamps = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => `${info.size}:${info.mtimeMs}`,
        () => '-',
      ),
    ),
  );
  return stamps.join('|');
}
