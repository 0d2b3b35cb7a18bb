/** DeepL formality per target language. */
export type Formality = 'default' | 'more' | 'less' | 'prefer_more' | 'prefer_less';

/** A project's configuration: `deckl10n.config.json`. */
export interface ProjectConfig {
  /** Language of the source decks, e.g. "en". */
  readonly sourceLanguage: string;
  /** Languages to translate into, e.g. ["fr", "es"]. */
  readonly targetLanguages: readonly string[];
  /** Globs of deck files, relative to the config file. */
  readonly decks: readonly string[];
  /** Folder of the locale store, relative to the config file. */
  readonly localesDir: string;
  /** Deck ids chosen by hand: deck path (relative to the config) → id. */
  readonly deckIds: Readonly<Record<string, string>>;
  /** Front-matter fields translated (dotted paths, `*` for any key or index). */
  readonly frontMatter: { readonly translate: readonly string[] };
  /** Machine translation options. */
  readonly translation: {
    /** Provider when `--provider` is not given: `auto` = deepl with a key, else pseudo. */
    readonly provider: 'auto' | 'pseudo' | 'deepl';
    /** DeepL formality per language. */
    readonly formality: Readonly<Record<string, Formality>>;
    /** Parallel DeepL requests. */
    readonly concurrency: number;
  };
  /**
   * String catalogs translated like decks: i18next JSON files of the source language (key → text),
   * relative to the config, e.g. `locales/en/gtn-layout.json` (the GTN slide frame). When unset,
   * `<localesDir>/<sourceLanguage>/gtn-layout.json` is the one catalog if that file exists.
   */
  readonly catalogs?: readonly string[];
  /** Terms kept as they are in every language, and terms translated one way per language. */
  readonly glossary: {
    readonly keep: readonly string[];
    readonly terms: Readonly<Record<string, Readonly<Record<string, string>>>>;
  };
}

/** A loaded config: the values and where the file is. */
export interface LoadedConfig {
  readonly config: ProjectConfig;
  /** Absolute path of the config file. */
  readonly file: string;
  /** Absolute path of the folder holding it (the project root). */
  readonly root: string;
  /** Absolute path of the locale store. */
  readonly localesDir: string;
}

/** The file name looked for. */
export const CONFIG_FILE = 'deckl10n.config.json';
