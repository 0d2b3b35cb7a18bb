/**
 * @deckl10n/config: `deckl10n.config.json`, found by walking up from the current directory or
 * named with `--config`; validated with file:line errors; the project's decks and their ids.
 */
export { findConfig, loadConfig, parseConfig } from './load-config.js';
export { initConfig } from './init-config.js';
export type { InitOptions } from './init-config.js';
export { stableConfigText } from './config-text.js';
export { defaultConfig, defaultFrontMatterFields } from './defaults.js';
export { deckIdFor, projectDecks, projectRelative } from './project-decks.js';
export { DEFAULT_CATALOG, projectCatalogs } from './project-catalogs.js';
export type { ProjectDeck } from './project-decks.js';
export { CONFIG_FILE } from './model.js';
export type { Formality, LoadedConfig, ProjectConfig } from './model.js';
