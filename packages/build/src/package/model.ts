/** A localized deck as a locale package lists it (the entry point's `decks`, the README table). */
export interface PackagedDeck {
  /** The deck id (its i18next namespace). */
  readonly id: string;
  /** The localized title (front matter `title`), if any. */
  readonly title: string | null;
  /** The source deck, relative to the project root. */
  readonly source: string;
  /** The localized deck inside the package, e.g. `decks/intro/slides_FR.md`. */
  readonly file: string;
  readonly lang: string;
  readonly segments: number;
  readonly translated: number;
  readonly reviewed: number;
  readonly untranslated: number;
}

/** A file of a locale package, as build would write it. */
export interface PackageFile {
  /** Path inside the package folder, `/`-separated. */
  readonly path: string;
  readonly text: string;
}

/** Everything build writes into `locales/<lng>/` for one locale package. */
export interface LocalePackage {
  readonly language: string;
  /** npm name, e.g. `@deckl10n/locale-fr`. */
  readonly name: string;
  /** Absolute path of the package folder. */
  readonly dir: string;
  /** Generated files (package.json, entry point, README, deck copies); the namespaces are the store's. */
  readonly files: readonly PackageFile[];
  /** i18next namespaces found in the folder (`<ns>.json`), sorted. */
  readonly namespaces: readonly string[];
  readonly decks: readonly PackagedDeck[];
  /** Files under `decks/` of the folder that are no longer built (removed by a write). */
  readonly obsolete: readonly string[];
  /** Digest of the package's content (everything but package.json and CHANGELOG.md). */
  readonly digest: string;
}

/** Percentage as the README and the CLI print it. */
export function percent(part: number, total: number): number {
  return total === 0 ? 100 : Math.floor((part / total) * 1000) / 10;
}
