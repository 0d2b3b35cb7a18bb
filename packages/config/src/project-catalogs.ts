import { existsSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { LoadedConfig } from './model.js';
import type { ProjectDeck } from './project-decks.js';

/** The catalog a project gets when its config names none: GTN's slide-frame strings. */
export const DEFAULT_CATALOG = 'gtn-layout';

/**
 * The project's string catalogs (config `catalogs`), each with its id: the file name without
 * `.json` (`locales/en/gtn-layout.json` → `gtn-layout`, the i18next namespace). Without a
 * `catalogs` field, `<localesDir>/<sourceLanguage>/gtn-layout.json` when that file exists.
 */
export function projectCatalogs(loaded: LoadedConfig): ProjectDeck[] {
  const { config } = loaded;
  const files =
    config.catalogs?.map((path) => resolve(loaded.root, path)) ??
    [resolve(loaded.localesDir, config.sourceLanguage, `${DEFAULT_CATALOG}.json`)].filter((file) => existsSync(file));
  return files.map((file) => ({
    id: basename(file).replace(/\.json$/i, ''),
    path: relative(loaded.root, file).split('\\').join('/'),
    file,
  }));
}
