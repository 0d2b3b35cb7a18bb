import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@deckl10n/test-support';
import { exampleProject, mtimes } from '../test-support/sync-project.js';

const NO_KEY = { DEEPL_AUTH_KEY: '' };
type Counts = Record<'total' | 'missing' | 'machine' | 'reviewed' | 'stale' | 'obsolete', number>;
const frCounts = (root: string) =>
  (JSON.parse(runCli(['status', '--json', '--lang', 'fr'], { cwd: root }).stdout) as { decks: { languages: { fr: Counts } }[] }).decks[0]?.languages.fr;

/**
 * The life of a translation through source edits, end to end on a copy of the example deck:
 * sync records what changed, diff shows it word by word, translate refreshes it, prune drops
 * what is gone, and nothing is ever lost on the way.
 */
describe('sync, diff, prune: source edits end to end', { timeout: 120_000 }, () => {
  it('keeps translations across moves, stales edits with the old source, carries URL and code changes, prunes on request', () => {
    const root = exampleProject();
    runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY });
    const deckFile = join(root, 'decks/pangeo-ecosystem/slides.md');
    const deck = readFileSync(deckFile, 'utf8');
    const slides = deck.split('\n---\n');
    // Swap two slides, edit one word, change a URL, and drop the last slide.
    [slides[3], slides[4]] = [slides[4] as string, slides[3] as string];
    const dropped = slides.pop() as string;
    let edited = slides.join('\n---\n').replace('So just searching the relevant data', 'So just searching all the relevant data');
    const url = /\]\((https:\/\/[^)\s]+)\)/.exec(edited)?.[1] as string;
    edited = edited.replace(`](${url})`, `](${url}#new)`);
    writeFileSync(deckFile, edited);

    const sync = runCli(['sync', '--lang', 'fr'], { cwd: root });
    expect(sync.status).toBe(0);
    const obsolete = (dropped.match(/\S/) ? (frCounts(root)?.obsolete ?? 0) : 0);
    expect(sync.stdout).toBe(`pangeo-ecosystem fr: 1 newly stale, 1 carried (URL/code/markup changes), 0 restored, ${obsolete} obsolete; wrote 2 files\n`);
    expect(obsolete).toBeGreaterThan(0);
    expect(frCounts(root)).toEqual({ total: 312 - obsolete, missing: 0, machine: 311 - obsolete, reviewed: 0, stale: 1, obsolete });
    const resources = readFileSync(join(root, 'locales/fr/pangeo-ecosystem.json'), 'utf8');
    expect(resources).toContain(`${url}#new`);

    const diff = runCli(['diff', '--lang', 'fr'], { cwd: root });
    expect(diff.status).toBe(0);
    expect(diff.stdout).toMatch(/^decks\/pangeo-ecosystem\/slides\.md:\d+: pangeo-ecosystem · slide \d+ · .+\n {2}source: {6}So just searching \{\+all \+\}the relevant data/);
    expect(diff.stdout).toMatch(/\n {2}translation: ⟦fr Šöö ĵüüšţ šééááŕçĥííñĝ ţĥéé .*\(machine, now stale\)\n/);
    expect(diff.stdout).toMatch(/\n1 stale segment in fr\n$/);
    const diffJson = JSON.parse(runCli(['diff', '--lang', 'fr', '--json'], { cwd: root }).stdout) as { oldSource: string; newSource: string }[];
    expect(diffJson).toHaveLength(1);
    expect(diffJson[0]?.oldSource).toMatch(/^So just searching the relevant data/);

    const translate = JSON.parse(runCli(['translate', '--to', 'fr', '--json'], { cwd: root, env: NO_KEY }).stdout) as { segments: number };
    expect(translate.segments).toBe(1);
    expect(frCounts(root)).toMatchObject({ stale: 0, machine: 312 - obsolete, obsolete });
    expect(runCli(['diff', '--lang', 'fr'], { cwd: root }).stdout).toBe('no stale segments in fr\n');

    const dry = runCli(['prune', '--lang', 'fr', '--dry-run'], { cwd: root });
    expect(dry.stdout).toBe(`would prune ${obsolete} obsolete translations from fr\n`);
    expect(frCounts(root)?.obsolete).toBe(obsolete);
    const prune = runCli(['prune', '--lang', 'fr'], { cwd: root });
    expect(prune.stdout).toBe(`pruned ${obsolete} obsolete translations from fr\n`);
    expect(frCounts(root)).toEqual({ total: 312 - obsolete, missing: 0, machine: 312 - obsolete, reviewed: 0, stale: 0, obsolete: 0 });
    const before = mtimes(join(root, 'locales'));
    expect(runCli(['prune', '--lang', 'fr'], { cwd: root }).stdout).toBe('pruned 0 obsolete translations from fr\n');
    expect(mtimes(join(root, 'locales'))).toEqual(before);
  });

  it('refuses a damaged store with file:line and leaves it untouched', () => {
    const root = exampleProject();
    runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY });
    const stateFile = join(root, 'locales/fr/pangeo-ecosystem.state.json');
    const damaged = readFileSync(stateFile, 'utf8').replace('"segments": {', '"segments": {\n<<<<<<< HEAD');
    writeFileSync(stateFile, damaged);
    const run = runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/pangeo-ecosystem\.state\.json:\d+:\d+: .*merge-conflict marker.*\(STORE_MERGE_CONFLICT\)/);
    expect(readFileSync(stateFile, 'utf8')).toBe(damaged);
  });
});

describe('deckl10n init', { timeout: 60_000 }, () => {
  it('writes a config that every command finds by walking up, and refuses to replace it', () => {
    const root = exampleProject();
    const config = join(root, 'deckl10n.config.json');
    writeFileSync(config, '');
    runCli(['init', '--force', '--languages', 'fr,de'], { cwd: root });
    const written = JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ sourceLanguage: 'en', targetLanguages: ['fr', 'de'], decks: ['decks/*/slides.md'], localesDir: 'locales' });
    expect(readFileSync(config, 'utf8').endsWith('}\n')).toBe(true);
    const invalid = runCli(['init', '--force', '--languages', 'fr,French'], { cwd: root });
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/"targetLanguages\.1" has "French", which is not a language code.*\(CONFIG_INVALID\)/);
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual(written);
    const again = runCli(['init'], { cwd: root });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists \(CONFIG_EXISTS\)/);
    const nested = join(root, 'decks/pangeo-ecosystem');
    const status = runCli(['status', '--json'], { cwd: nested });
    expect(Object.keys((JSON.parse(status.stdout) as { decks: { languages: object }[] }).decks[0]?.languages ?? {})).toEqual(['fr', 'de']);
    expect(runCli(['status', '--config', config], { cwd: '/' }).status).toBe(0);
    expect(existsSync(join(root, 'locales'))).toBe(false);
  });
});
