// The policy module alone: loading the config must not load the segmenter (status, no-op sync).
import { defaultFrontMatterPolicy } from '@deckl10n/segments/front-matter-policy';
import type { ProjectConfig } from './model.js';

/** Front-matter fields translated by default (GTN and xaringan text fields). */
export const defaultFrontMatterFields: readonly string[] = defaultFrontMatterPolicy.translate;

/** The values a config gets for fields it does not set. */
export const defaultConfig: ProjectConfig = {
  sourceLanguage: 'en',
  targetLanguages: ['fr', 'es'],
  decks: ['decks/*/slides.md'],
  localesDir: 'locales',
  deckIds: {},
  frontMatter: { translate: defaultFrontMatterFields },
  translation: { provider: 'auto', formality: {}, concurrency: 4 },
  glossary: { keep: [], terms: {} },
};
