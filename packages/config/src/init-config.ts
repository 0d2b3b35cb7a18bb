import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import { stableConfigText } from './config-text.js';
import { defaultConfig } from './defaults.js';
import { CONFIG_FILE, type ProjectConfig } from './model.js';

/** Options for {@link initConfig}. */
export interface InitOptions {
  readonly decks?: readonly string[];
  readonly targetLanguages?: readonly string[];
  readonly sourceLanguage?: string;
  readonly force?: boolean;
}

/** The text of a new config for `dir`, and where it goes; refuses to replace one unless forced. */
export function initConfig(dir: string, options: InitOptions = {}): { file: string; text: string; config: ProjectConfig } {
  const file = join(dir, CONFIG_FILE);
  if (existsSync(file) && !options.force) {
    throw new DeckError('CONFIG_EXISTS', `${file} already exists`, { file });
  }
  const config: ProjectConfig = {
    ...defaultConfig,
    sourceLanguage: options.sourceLanguage ?? defaultConfig.sourceLanguage,
    targetLanguages: options.targetLanguages ?? defaultConfig.targetLanguages,
    decks: options.decks ?? defaultConfig.decks,
  };
  return { file, text: stableConfigText(config), config };
}
