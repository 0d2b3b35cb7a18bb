import { languageName } from './readme.js';

/** The npm name of a locale package, e.g. `@deckl10n/locale-fr`. */
export function packageName(scope: string, language: string): string {
  return `${scope}/locale-${language.toLowerCase()}`;
}

/** Fields of the generated package.json, in the order they are written. */
const GENERATED = ['name', 'version', 'description', 'license', 'type', 'sideEffects', 'main', 'types', 'exports', 'files', 'keywords', 'engines', 'publishConfig'];

/** Version of a locale package that was never released (the first changeset makes it 0.1.0). */
export const INITIAL_VERSION = '0.0.0';

/**
 * The locale package's package.json: deterministic (fixed key order, 2-space indent, final
 * newline, as changesets writes it too), no dependencies. The `version` of an existing
 * package.json is kept (changesets owns it), and fields deckl10n does not generate (repository,
 * author…) are kept after the generated ones.
 */
export function packageManifest(options: {
  readonly name: string;
  readonly language: string;
  readonly license: string;
  readonly namespaces: readonly string[];
  readonly existing: Record<string, unknown> | null;
}): string {
  const existing = options.existing ?? {};
  const version = typeof existing['version'] === 'string' ? existing['version'] : INITIAL_VERSION;
  const manifest: Record<string, unknown> = {
    name: options.name,
    version,
    description: `${languageName(options.language)} (${options.language}) localized slide decks and i18next resources, built by deckl10n.`,
    license: options.license,
    type: 'module',
    sideEffects: false,
    main: './index.js',
    types: './index.d.ts',
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      './decks/*': './decks/*',
      './*.json': './*.json',
    },
    files: ['index.js', 'index.d.ts', 'decks', ...options.namespaces.map((ns) => `${ns}.json`), 'CHANGELOG.md'],
    keywords: ['deckl10n', 'i18next', 'locale', options.language, 'slides', 'remark'],
    engines: { node: '>=20.10.0' },
    publishConfig: { access: 'public' },
  };
  for (const [key, value] of Object.entries(existing)) if (!GENERATED.includes(key)) manifest[key] = value;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
