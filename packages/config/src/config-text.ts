import type { ProjectConfig } from './model.js';

/** The config as a file: fields in a fixed, readable order, two-space indent, final newline. */
export function stableConfigText(config: ProjectConfig): string {
  const ordered = {
    sourceLanguage: config.sourceLanguage,
    targetLanguages: config.targetLanguages,
    decks: config.decks,
    localesDir: config.localesDir,
    deckIds: config.deckIds,
    frontMatter: config.frontMatter,
    translation: config.translation,
    glossary: config.glossary,
    ...(config.catalogs === undefined ? {} : { catalogs: config.catalogs }),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
