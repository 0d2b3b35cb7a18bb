import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import { parseJsonDocument } from '@deckl10n/store';
import { contentDigest } from './digest.js';
import { entryPointDts, entryPointJs } from './entry-point.js';
import { packageManifest, packageName } from './manifest.js';
import type { LocalePackage, PackagedDeck, PackageFile } from './model.js';
import { packageReadme } from './readme.js';

/** A deck built for the package's language. */
export interface BuiltDeck extends PackagedDeck {
  readonly text: string;
}

/** What a locale package is made of. */
export interface PackageInput {
  readonly dir: string;
  readonly language: string;
  readonly scope: string;
  readonly license: string;
  readonly decks: readonly BuiltDeck[];
  /** Namespaces the store has just read strictly (the decks' resources): not parsed again. */
  readonly checked: ReadonlySet<string>;
}

/**
 * Plans the locale package in `dir` (`locales/<lng>/`): package.json, entry point (index.js +
 * index.d.ts), README with completeness, and a copy of every built deck under `decks/<id>/`.
 * The i18next namespaces are the `*.json` files already in the folder (the store's deck
 * resources and shared ones such as `viewer.json`), never state files. Nothing is written.
 */
export async function planLocalePackage(input: PackageInput): Promise<LocalePackage> {
  const name = packageName(input.scope, input.language);
  const entries = await readdir(input.dir, { withFileTypes: true }).catch(() => []);
  const namespaceFiles = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.endsWith('.json') && !entry.name.endsWith('.state.json') && entry.name !== 'package.json')
    .map((entry) => entry.name)
    .sort();
  const namespaces = namespaceFiles.map((file) => file.slice(0, -'.json'.length));
  // Read strictly: a damaged namespace (conflict markers, truncated JSON) is refused, never published.
  const namespaceContent = await Promise.all(
    namespaceFiles.map(async (file) => {
      const text = await readFile(join(input.dir, file), 'utf8');
      if (!input.checked.has(file.slice(0, -'.json'.length))) parseJsonDocument(join(input.dir, file), text);
      return { path: file, text };
    }),
  );
  const decks: PackagedDeck[] = input.decks.map(({ text: _text, ...deck }) => deck);
  const files: PackageFile[] = [
    { path: 'package.json', text: packageManifest({ name, language: input.language, license: input.license, namespaces, existing: await existingManifest(input.dir) }) },
    { path: 'index.js', text: entryPointJs(input.language, namespaces, decks) },
    { path: 'index.d.ts', text: entryPointDts(input.language, namespaces, decks) },
    { path: 'README.md', text: packageReadme(name, input.language, namespaces, decks) },
    ...input.decks.map((deck) => ({ path: deck.file, text: deck.text })),
  ];
  const planned = new Set(files.map((file) => file.path));
  const obsolete = (await listFiles(join(input.dir, 'decks'))).map((file) => relative(input.dir, file).split('\\').join('/')).filter((path) => !planned.has(path));
  return { language: input.language, name, dir: input.dir, files, namespaces, decks, obsolete, digest: contentDigest([...files, ...namespaceContent]) };
}

async function existingManifest(dir: string): Promise<Record<string, unknown> | null> {
  const file = join(dir, 'package.json');
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  parseJsonDocument(file, text);
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DeckError('STORE_SCHEMA', `${file} must hold a JSON object`, { file, line: 1 });
  }
  return value as Record<string, unknown>;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files.sort();
}
