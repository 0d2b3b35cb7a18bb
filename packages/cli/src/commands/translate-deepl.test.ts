import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toXml, xmlBillableCharacters } from '@deckl10n/providers';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, runCli } from '@deckl10n/test-support';
import { exampleProject, FAKE_KEY, mtimes, startServerProcess, type ServerProcess } from '../test-support/sync-project.js';

const servers: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});
async function server(args: string[] = []) {
  const s = await startServerProcess(args);
  servers.push(s);
  return s;
}

/** Characters DeepL bills for the distinct segment texts of the example deck, per language. */
function uniqueCharacters(root: string): number {
  const segments = JSON.parse(runCli(['extract', join(root, 'decks/pangeo-ecosystem/slides.md'), '--json']).stdout) as { text: string }[];
  return [...new Set(segments.map((s) => s.text))].reduce((sum, text) => sum + xmlBillableCharacters(toXml(text).xml), 0);
}

/** The key must not be anywhere: output, errors, or any file of the project. */
function expectNoKey(root: string, ...outputs: string[]) {
  for (const output of outputs) expect(output).not.toContain('SECRET');
  for (const file of mtimes(root).keys()) expect(readFileSync(file, 'utf8')).not.toContain('SECRET');
}

describe('deckl10n translate with DeepL (local server in its own process)', { timeout: 120_000 }, () => {
  it('uses deepl when DEEPL_AUTH_KEY is set, says so, bills each distinct text once, reuses the glossary', async () => {
    const s = await server();
    const root = exampleProject();
    const config = JSON.parse(readFileSync(join(root, 'deckl10n.config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(root, 'deckl10n.config.json'), JSON.stringify({ ...config, glossary: { keep: ['Pangeo', 'Dask'], terms: {} } }));
    const env = { DEEPL_AUTH_KEY: FAKE_KEY, DEEPL_SERVER_URL: s.url };
    const run = runCli(['translate', '--to', 'fr'], { cwd: root, env });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('provider: deepl (DEEPL_AUTH_KEY is set, endpoint DEEPL_SERVER_URL)\n');
    const billed = await s.billed();
    expect(billed).toBe(uniqueCharacters(root));
    expect(run.stdout).toContain(`fr: 312 segments translated (299 distinct texts), ${billed.toLocaleString('en')} characters billed`);
    const state = readFileSync(join(root, 'locales/fr/pangeo-ecosystem.state.json'), 'utf8');
    expect(state).toContain('"provider": "deepl"');
    // A second run after an edit finds the glossary by its name and creates none.
    const deckFile = join(root, 'decks/pangeo-ecosystem/slides.md');
    writeFileSync(deckFile, readFileSync(deckFile, 'utf8').replace('## Pangeo', '## Pangeo and Dask'));
    expect(runCli(['translate', '--to', 'fr'], { cwd: root, env }).status).toBe(0);
    const requests = await s.requests();
    expect(requests.filter((r) => r.method === 'POST' && r.path === '/v2/glossaries')).toHaveLength(1);
    expect(requests.filter((r) => r.path === '/v2/translate').every((r) => r.texts <= 50)).toBe(true);
    expectNoKey(root, run.stdout, run.stderr);
  });

  it('403: says the key is wrong, exits 4, never prints the key', async () => {
    const s = await server();
    const root = exampleProject();
    const wrong = `${FAKE_KEY}-WRONG`;
    const run = runCli(['translate', '--to', 'fr'], { cwd: root, env: { DEEPL_AUTH_KEY: wrong, DEEPL_SERVER_URL: s.url } });
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/DeepL refused the key in DEEPL_AUTH_KEY \(403\).*\(DEEPL_AUTH\)/);
    expectNoKey(root, run.stdout, run.stderr);
  });

  it('456: stops with a clear message, saves everything done, and a rerun bills only the rest', async () => {
    const s = await server(['--quota-after', '6000']);
    const root = exampleProject();
    const env = { DEEPL_AUTH_KEY: FAKE_KEY, DEEPL_SERVER_URL: s.url };
    const run = runCli(['translate', '--to', 'fr'], { cwd: root, env });
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/DeepL quota exceeded \(456\).*Everything translated so far is saved.*\((\d+) segment translations made before the stop are saved\) \(DEEPL_QUOTA\)/);
    const status = JSON.parse(runCli(['status', '--json', '--lang', 'fr'], { cwd: root }).stdout) as { decks: { languages: { fr: { machine: number; missing: number } } }[] };
    const partial = status.decks[0]?.languages.fr;
    expect(partial?.machine).toBeGreaterThan(0);
    expect(partial?.missing).toBeGreaterThan(0);
    await s.control({ quotaAfterCharacters: null });
    const rerun = runCli(['translate', '--to', 'fr'], { cwd: root, env });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(await s.billed()).toBe(uniqueCharacters(root));
    expectNoKey(root, run.stdout, run.stderr);
  });

  it.each(['drop', 'reorder'] as const)('QA runs on every machine translation (%s mode): findings stored with the machine drafts, counted, listed by qa --json', async (mode) => {
    const s = await server();
    await s.control({ adversarial: [mode] });
    const root = exampleProject();
    const run = runCli(['translate', '--to', 'fr', '--json'], { cwd: root, env: { DEEPL_AUTH_KEY: FAKE_KEY, DEEPL_SERVER_URL: s.url } });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { segments: number; qa: { errors: number; warnings: number }; languages: { fr: { qa: unknown } } };
    expect(summary.segments).toBe(312);
    expect(summary.languages.fr.qa).toEqual(summary.qa);
    const state = JSON.parse(readFileSync(join(root, 'locales/fr/pangeo-ecosystem.state.json'), 'utf8')) as {
      segments: Record<string, { state: string; qa?: { code: string; severity: string }[] }>;
    };
    const entries = Object.entries(state.segments);
    // A machine draft is never blocked: every segment is stored as machine, findings or not.
    expect(entries.every(([, entry]) => entry.state === 'machine')).toBe(true);
    const stored = entries.flatMap(([id, entry]) => (entry.qa ?? []).map((finding) => ({ id, ...finding })));
    const storedErrors = stored.filter((finding) => finding.severity === 'error');
    expect(storedErrors.length).toBeGreaterThan(0);
    expect(summary.qa).toEqual({ errors: storedErrors.length, warnings: stored.length - storedErrors.length });
    // drop: DeepL broke the markup twice, the source is kept with the provider's problem;
    // reorder: some damage passes the provider and QA itself finds it in the translation.
    const codes = new Set(stored.map((finding) => finding.code));
    expect(codes.has('MT_MARKUP')).toBe(true);
    if (mode === 'reorder') expect([...codes].some((code) => code.startsWith('QA_'))).toBe(true);
    const qa = runCli(['qa', '--lang', 'fr', '--json'], { cwd: root });
    expect(qa.status).toBe(1);
    const listed = (JSON.parse(qa.stdout) as { findings: { id: string; code: string; severity: string }[] }).findings;
    const key = (finding: { id: string; code: string; severity: string }) => `${finding.id} ${finding.code} ${finding.severity}`;
    expect(listed.map(key).sort()).toEqual(stored.map(key).sort());
  });

  it('kill test: SIGKILL mid-run with latency on, rerun: total billed = characters of the unique segments', async () => {
    const s = await server(['--latency', '300']);
    const root = exampleProject();
    const env = { ...process.env, DEEPL_AUTH_KEY: FAKE_KEY, DEEPL_SERVER_URL: s.url, NO_COLOR: '1' };
    const state = join(root, 'locales/fr/pangeo-ecosystem.state.json');
    const child = spawn(process.execPath, [cliPath, 'translate', '--to', 'fr'], { cwd: root, env, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Wait until some batches are saved, then kill while the next ones are in flight.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !(existsSync(state) && (readFileSync(state, 'utf8').match(/"provider": "deepl"/g)?.length ?? 0) >= 40)) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill('SIGKILL');
    await exited;
    const saved = readFileSync(state, 'utf8').match(/"provider": "deepl"/g)?.length ?? 0;
    expect(saved).toBeGreaterThanOrEqual(40);
    expect(saved).toBeLessThan(312);
    const rerun = runCli(['translate', '--to', 'fr', '--json'], { cwd: root, env });
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ segments: 312 - saved });
    expect(await s.billed()).toBe(uniqueCharacters(root));
    const final = JSON.parse(runCli(['status', '--json', '--lang', 'fr'], { cwd: root }).stdout) as { decks: { languages: { fr: Record<string, number> } }[] };
    expect(final.decks[0]?.languages.fr).toEqual({ total: 312, missing: 0, machine: 312, reviewed: 0, stale: 0, obsolete: 0 });
  });
});
