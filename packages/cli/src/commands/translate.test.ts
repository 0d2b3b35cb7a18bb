import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { cliPath, runCli } from '@deckl10n/test-support';
import { exampleProject, mtimes } from '../test-support/sync-project.js';

const NO_KEY = { DEEPL_AUTH_KEY: '', DEEPL_SERVER_URL: 'http://127.0.0.1:9' };
const extract = (root: string) =>
  JSON.parse(runCli(['extract', join(root, 'decks/pangeo-ecosystem/slides.md'), '--json']).stdout) as { id: string; text: string }[];

describe('deckl10n translate (pseudo, end to end)', { timeout: 120_000 }, () => {
  it('defaults to pseudo without a key and says so; fills every language; prints a final summary and no progress bar off a terminal', () => {
    const root = exampleProject();
    const run = runCli(['translate'], { cwd: root, env: NO_KEY });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('provider: pseudo (no DEEPL_AUTH_KEY set: offline pseudo-translation)\n');
    expect(run.stdout).toMatch(/^fr: 312 segments translated \(299 distinct texts\), 0 characters billed, 0 requests\nes: 312 segments translated/);
    expect(run.stdout).toMatch(/\ntotal: 624 segments, 0 characters billed, 0 requests, [\d.]+ s; 4 files written\nQA: 0 errors, 0 warnings on the new translations\n$/);
    expect(readdirSync(join(root, 'locales')).sort()).toEqual(['es', 'fr']);
  });

  it('writes a store that plain i18next loads: every segment reads back with t()', async () => {
    const root = exampleProject();
    runCli(['translate'], { cwd: root, env: NO_KEY });
    const segments = extract(root);
    for (const language of ['fr', 'es']) {
      const file = join(root, 'locales', language, 'pangeo-ecosystem.json');
      const text = readFileSync(file, 'utf8');
      const resources = JSON.parse(text) as Record<string, string>;
      // Sorted keys, two-space indent, final newline: the same data always gives the same bytes.
      const keys = [...text.matchAll(/^ {2}"([^"]+)": /gm)].map((m) => m[1] as string);
      expect(keys).toHaveLength(segments.length);
      expect(keys).toEqual([...keys].sort());
      expect(text.endsWith('}\n')).toBe(true);
      // Plain i18next, default options: segment ids have no `.` or `:`, so neither separator splits them.
      const i18n = i18next.createInstance();
      await i18n.init({ lng: language, ns: ['pangeo-ecosystem'], defaultNS: 'pangeo-ecosystem', resources: { [language]: { 'pangeo-ecosystem': resources } } });
      for (const segment of segments) {
        expect(segment.id).toMatch(/^[\w-]+$/);
        expect(i18n.t(segment.id)).toBe(resources[segment.id]);
        expect(i18n.t(segment.id)).toMatch(new RegExp(`^⟦${language} `));
      }
    }
  });

  it('a run that changes nothing writes nothing (translate and sync leave every mtime alone)', async () => {
    const root = exampleProject();
    runCli(['translate'], { cwd: root, env: NO_KEY });
    const before = mtimes(join(root, 'locales'));
    const folder = statSync(join(root, 'locales')).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = runCli(['translate'], { cwd: root, env: NO_KEY });
    expect(again.stdout).toMatch(/total: 0 segments, .* 0 files written\n$/);
    expect(runCli(['sync'], { cwd: root }).status).toBe(0);
    expect(mtimes(join(root, 'locales'))).toEqual(before);
    // Not even the lock folder was made: the store folder itself is untouched.
    expect(statSync(join(root, 'locales')).mtimeMs).toBe(folder);
  });

  it('--dry-run prints per language segments and characters and sends or writes nothing, even for deepl without a key', () => {
    const root = exampleProject();
    const pseudo = runCli(['translate', '--dry-run'], { cwd: root, env: NO_KEY });
    expect(pseudo.status).toBe(0);
    expect(pseudo.stdout).toMatch(/^fr: would send 312 segments as 299 distinct texts, [\d,]+ characters\nes: would send 312/);
    const deepl = runCli(['translate', '--dry-run', '--provider', 'deepl', '--to', 'fr'], { cwd: root, env: NO_KEY });
    expect(deepl.status).toBe(0);
    expect(deepl.stdout).toMatch(/^fr: would send 312 segments as 299 distinct texts, [\d,]+ characters\ndry run: nothing sent, nothing written \(312 segments; [\d,]+ characters would be billed by DeepL\)\n$/);
    expect(existsSync(join(root, 'locales'))).toBe(false);
  });

  it('--to, --deck and --json: one language, the summary as JSON', () => {
    const root = exampleProject();
    const run = runCli(['translate', '--to', 'fr', '--deck', 'pangeo-ecosystem', '--json'], { cwd: root, env: NO_KEY });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['billedCharacters', 'characters', 'dryRun', 'filesWritten', 'languages', 'provider', 'qa', 'requests', 'seconds', 'segments', 'texts']);
    // Every pseudo translation passes QA.
    expect(summary).toMatchObject({ provider: 'pseudo', dryRun: false, segments: 312, texts: 299, billedCharacters: 0, requests: 0, filesWritten: 2, qa: { errors: 0, warnings: 0 } });
    expect(summary['languages']).toMatchObject({ fr: { qa: { errors: 0, warnings: 0 } } });
    expect(Object.keys(summary['languages'] as object)).toEqual(['fr']);
    expect(existsSync(join(root, 'locales/es'))).toBe(false);
    expect(runCli(['translate', '--deck', 'nope'], { cwd: root, env: NO_KEY }).status).toBe(2);
    expect(runCli(['translate', '--to', 'de'], { cwd: root, env: NO_KEY }).status).toBe(2);
    expect(runCli(['translate', '--provider', 'google'], { cwd: root, env: NO_KEY }).status).toBe(2);
  });

  it('re-translates stale machine translations, leaves stale reviewed ones unless --include-reviewed', () => {
    const root = exampleProject();
    runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY });
    const stateFile = join(root, 'locales/fr/pangeo-ecosystem.state.json');
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { segments: Record<string, { source: string; state: string }> };
    const [machineId, reviewedId] = Object.keys(state.segments).filter((id) => /^[A-Z][a-z]+ [a-z]+ [a-z]+/.test(state.segments[id]?.source ?? ''));
    (state.segments[reviewedId as string] as { state: string }).state = 'reviewed';
    writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
    const deckFile = join(root, 'decks/pangeo-ecosystem/slides.md');
    let deck = readFileSync(deckFile, 'utf8');
    for (const id of [machineId, reviewedId]) {
      const source = state.segments[id as string]?.source as string;
      deck = deck.replace(source, source.replace(/^(\S+ \S+)/, '$1 newly'));
    }
    writeFileSync(deckFile, deck);
    const first = runCli(['translate', '--to', 'fr', '--json'], { cwd: root, env: NO_KEY });
    expect(JSON.parse(first.stdout)).toMatchObject({ segments: 1 });
    const status = JSON.parse(runCli(['status', '--json', '--lang', 'fr'], { cwd: root }).stdout) as { decks: { languages: { fr: Record<string, number> } }[] };
    expect(status.decks[0]?.languages.fr).toMatchObject({ stale: 1, reviewed: 0 });
    const second = runCli(['translate', '--to', 'fr', '--include-reviewed', '--json'], { cwd: root, env: NO_KEY });
    expect(JSON.parse(second.stdout)).toMatchObject({ segments: 1 });
    const after = JSON.parse(runCli(['status', '--json', '--lang', 'fr'], { cwd: root }).stdout) as typeof status;
    expect(after.decks[0]?.languages.fr).toMatchObject({ stale: 0, missing: 0, machine: 312 });
  });

  it('shows a progress bar on a terminal (and only there)', () => {
    const root = exampleProject();
    // `script` runs the command with a terminal as its stdout and stderr.
    const command = [process.execPath, cliPath, 'translate', '--to', 'fr'].map((part) => `'${part}'`).join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...NO_KEY, NO_COLOR: '1' } });
    expect(run.stdout).toMatch(/translating fr \[[█░]+\] \d+\/299 texts/);
    expect(run.stdout).toMatch(/total: 312 segments/);
  });
});
