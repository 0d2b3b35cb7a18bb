import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@deckl10n/config';
import { alignedTranslations, countStates, loadSourceDecks } from '@deckl10n/sync';
import { repoRoot, runCli, tempDir } from '@deckl10n/test-support';
import { exampleProject, mtimes } from '../test-support/sync-project.js';

const NO_KEY = { DEEPL_AUTH_KEY: '' };
const CATALOG = 'locales/en/gtn-layout.json';

interface Report {
  deck: string;
  language: string;
  staled: number;
  obsolete: number;
  files: string[];
}

interface Status {
  decks: { id: string; languages: Record<string, Record<string, number>> }[];
}

/** The example project with the English GTN layout strings (the repository's catalog, untranslated). */
function project(): string {
  const root = exampleProject();
  mkdirSync(join(root, 'locales/en'), { recursive: true });
  cpSync(join(repoRoot, CATALOG), join(root, CATALOG));
  return root;
}

/**
 * Runs the CLI with a module hook that names on stderr every module it loads; returns the run and
 * the packages whose modules loaded: deckl10n's by folder (`parser`, `segments`, `sync`…), others
 * by name (`commander`).
 */
function runWatched(args: readonly string[], root: string): { status: number; stdout: string; packages: Set<string> } {
  const dir = tempDir('deckl10n-hook-');
  writeFileSync(
    join(dir, 'hook.mjs'),
    "export async function load(url, context, next) {\n  if (url.startsWith('file:')) process._rawDebug(`loaded-module ${url}`);\n  return next(url, context);\n}\n",
  );
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)});\n`);
  const run = runCli(args, { cwd: root, env: { NODE_OPTIONS: `--import ${pathToFileURL(join(dir, 'register.mjs')).href}` } });
  const packages = new Set<string>();
  for (const match of run.stderr.matchAll(/^loaded-module \S*\/(?:packages|node_modules)\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(match[1] as string);
  expect(packages.has('cli'), run.stderr.slice(0, 500)).toBe(true); // the hook saw the CLI itself load
  return { status: run.status, stdout: run.stdout, packages };
}

function syncReports(root: string): { reports: Report[]; packages: Set<string> } {
  const run = runWatched(['sync', '--json'], root);
  expect(run.status).toBe(0);
  return { reports: JSON.parse(run.stdout) as Report[], packages: run.packages };
}

function statusOf(root: string): { status: Status; packages: Set<string> } {
  const run = runWatched(['status', '--json'], root);
  expect(run.status).toBe(0);
  return { status: JSON.parse(run.stdout) as Status, packages: run.packages };
}

/** The counts of the full path (parse, align, count), in process: deck or catalog id → language → counts. */
async function fullCounts(root: string): Promise<Record<string, Record<string, unknown>>> {
  const loaded = await loadConfig(root);
  const counts: Record<string, Record<string, unknown>> = {};
  for (const source of await loadSourceDecks(loaded)) {
    const languages: Record<string, unknown> = {};
    for (const language of loaded.config.targetLanguages) {
      languages[language] = countStates(source.segments, (await alignedTranslations(loaded, source, language)).translations.entries);
    }
    counts[source.deck.id] = languages;
  }
  return counts;
}

const byId = (status: Status) => Object.fromEntries(status.decks.map((deck) => [deck.id, deck.languages]));

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

describe('string catalogs from their source records', { timeout: 120_000 }, () => {
  it('a no-op sync and status load no parser and write nothing; an edited catalog or deck takes the full path once', async () => {
    const root = project();
    expect(runCli(['translate'], { cwd: root, env: NO_KEY }).status).toBe(0);
    for (const language of ['fr', 'es']) expect(readFileSync(join(root, `locales/${language}/gtn-layout.state.json`), 'utf8')).toContain('"source": {');

    // Nothing changed: counted and synced from the records, the parser never loaded, nothing written.
    const locales = join(root, 'locales');
    const before = mtimes(locales);
    const noop = syncReports(root);
    expect(noop.packages.has('parser')).toBe(false);
    expect(noop.packages.has('commander')).toBe(false); // a plain `sync` is parsed without it
    expect(noop.reports.map((r) => `${r.deck} ${r.language}`)).toEqual(['pangeo-ecosystem fr', 'gtn-layout fr', 'pangeo-ecosystem es', 'gtn-layout es']);
    expect(noop.reports.every((r) => r.staled === 0 && r.obsolete === 0 && r.files.length === 0)).toBe(true);
    const quiet = statusOf(root);
    expect(quiet.packages.has('parser')).toBe(false);
    expect(byId(quiet.status)).toEqual(await fullCounts(root));
    expect(mtimes(locales)).toEqual(before);

    // The English catalog edited: one text changed, one key gone. Status sees it (full path).
    edit(join(root, CATALOG), (text) => text.replace('"Thank You!"', '"Thanks a lot!"').replace(/\n {2}"tip": "Tip:",/, ''));
    const edited = statusOf(root);
    expect(edited.packages.has('parser')).toBe(true);
    for (const language of ['fr', 'es']) expect(byId(edited.status)['gtn-layout']?.[language]).toMatchObject({ total: 18, stale: 1, obsolete: 1 });
    expect(byId(edited.status)).toEqual(await fullCounts(root));

    // Sync records it for the catalog only (the deck's files are untouched) and refreshes the record...
    const deckFiles = () => [...mtimes(locales)].filter(([file]) => file.includes('pangeo-ecosystem'));
    const deckBefore = deckFiles();
    const recorded = syncReports(root).reports.filter((r) => r.deck === 'gtn-layout');
    expect(recorded.map((r) => [r.language, r.staled, r.obsolete, r.files.length > 0])).toEqual([
      ['fr', 1, 1, true],
      ['es', 1, 1, true],
    ]);
    expect(deckFiles()).toEqual(deckBefore);
    // ...so the next sync and status are no-ops again, and still report the obsolete entry.
    const afterEdit = mtimes(locales);
    const again = syncReports(root);
    expect(again.packages.has('parser')).toBe(false);
    expect(again.reports.filter((r) => r.deck === 'gtn-layout').map((r) => [r.staled, r.obsolete, r.files.length])).toEqual([
      [0, 1, 0],
      [0, 1, 0],
    ]);
    const settled = statusOf(root);
    expect(settled.packages.has('parser')).toBe(false);
    expect(byId(settled.status)).toEqual(await fullCounts(root));
    expect(mtimes(locales)).toEqual(afterEdit);

    // A deck edited: its record is out of date, the full path runs and the catalog's files stay as they are.
    edit(join(root, 'decks/pangeo-ecosystem/slides.md'), (text) => text.replace('So just searching the relevant data', 'So just searching for the relevant data'));
    const catalogFiles = () => [...mtimes(locales)].filter(([file]) => file.includes('gtn-layout'));
    const catalogBefore = catalogFiles();
    const deckSync = runWatched(['sync', '--json'], root);
    expect(deckSync.packages.has('parser')).toBe(true);
    const reports = JSON.parse(deckSync.stdout) as Report[];
    expect(reports.filter((r) => r.deck === 'pangeo-ecosystem').map((r) => [r.staled, r.files.length > 0])).toEqual([
      [1, true],
      [1, true],
    ]);
    expect(catalogFiles()).toEqual(catalogBefore);
    expect(syncReports(root).packages.has('parser')).toBe(false);
  });

  it('a catalog state file without a record (older deckl10n) takes the full path, is not rewritten, and gets the record with the next write', async () => {
    const root = project();
    expect(runCli(['translate'], { cwd: root, env: NO_KEY }).status).toBe(0);
    const state = join(root, 'locales/fr/gtn-layout.state.json');
    const { source, ...rest } = JSON.parse(readFileSync(state, 'utf8')) as Record<string, unknown>;
    expect(source).toBeDefined();
    writeFileSync(state, `${JSON.stringify(rest, null, 2)}\n`);
    const withoutRecord = readFileSync(state, 'utf8');

    const before = mtimes(join(root, 'locales'));
    const sync = syncReports(root);
    expect(sync.packages.has('parser')).toBe(true);
    expect(sync.reports.every((r) => r.files.length === 0)).toBe(true);
    const status = statusOf(root);
    expect(byId(status.status)).toEqual(await fullCounts(root));
    expect(mtimes(join(root, 'locales'))).toEqual(before);
    expect(readFileSync(state, 'utf8')).toBe(withoutRecord);

    // The next real write (an English string edited) records the catalog again.
    edit(join(root, CATALOG), (text) => text.replace('"Questions"', '"Questions asked"'));
    expect(syncReports(root).reports.find((r) => r.deck === 'gtn-layout' && r.language === 'fr')).toMatchObject({ staled: 1 });
    expect(readFileSync(state, 'utf8')).toContain('"source": {');
    expect(syncReports(root).packages.has('parser')).toBe(false);
  });
});
