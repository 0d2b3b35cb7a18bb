import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '@deckl10n/test-support';
import { runCliAsync, startCli } from './cli-process.js';
import { exampleProject, statusCounts } from './project.js';

/**
 * SIGKILL `review import` and `build` at random moments of their run. After each kill the store
 * parses and holds every translation (each one before or after the import, never neither), and
 * every file `build` had written is whole: byte for byte what a complete build writes.
 */
const KILLS = 5;

/** Seeded kill delays spread over [30%, 100%] of a complete run's duration. */
function killDelays(seed: number, count: number, runMs: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.round(runMs * (0.3 + 0.7 * ((state % 1000) / 1000)));
  });
}

async function timed(args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  const end = await runCliAsync(args, { cwd });
  expect(end.status, end.stderr).toBe(0);
  return performance.now() - started;
}

async function killAt(args: string[], cwd: string, delayMs: number): Promise<void> {
  const run = startCli(args, { cwd });
  const timer = setTimeout(() => run.kill(), delayMs);
  const end = await run.done;
  clearTimeout(timer);
  if (end.signal === null) expect(end.status, end.stderr).toBe(0);
}

function builtFiles(project: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      // Temp files (write-file-atomic's `<name>.<n>`) may be left by a kill; the next write of the file removes them.
      else if (!name.includes('.tmp') && !/\.\d{1,10}$/.test(name) && !name.endsWith('.lock')) files.set(relative(project, path), readFileSync(path, 'utf8'));
    }
  };
  walk(join(project, 'decks'));
  walk(join(project, 'locales'));
  return files;
}

const seed = Number(process.env['DECKL10N_KILL_SEED'] ?? Date.now() % 100_000);

describe(`review import and build survive SIGKILL (seed ${seed})`, () => {
  it('review import: every translation is before or after the import, never lost', async () => {
    const project = exampleProject();
    expect((await runCliAsync(['translate'], { cwd: project })).status).toBe(0);
    expect((await runCliAsync(['review', 'export', '--lang', 'fr', '--format', 'po', '--out', 'fr.po'], { cwd: project })).status).toBe(0);
    // The reviewer approves everything: no fuzzy flag left.
    const po = readFileSync(join(project, 'fr.po'), 'utf8').replace(/^#, fuzzy\n/gm, '').replace(/^#, fuzzy, /gm, '#, ');
    writeFileSync(join(project, 'fr-approved.po'), po);
    const reference = exampleProject();
    expect((await runCliAsync(['translate'], { cwd: reference })).status).toBe(0);
    writeFileSync(join(reference, 'fr-approved.po'), po);
    const runMs = await timed(['review', 'import', 'fr-approved.po'], reference);

    for (const delay of killDelays(seed, KILLS, runMs)) {
      await killAt(['review', 'import', 'fr-approved.po'], project, delay);
      const fr = statusCounts(project)['fr'] ?? {};
      expect((fr['reviewed'] ?? 0) + (fr['machine'] ?? 0), `killed after ${delay} ms`).toBe(fr['total']);
    }
    expect((await runCliAsync(['review', 'import', 'fr-approved.po'], { cwd: project })).status).toBe(0);
    const fr = statusCounts(project)['fr'] ?? {};
    expect(fr['reviewed']).toBe(fr['total']);
    const files = ['locales/fr/pangeo-ecosystem.json', 'locales/fr/pangeo-ecosystem.state.json'];
    for (const file of files) expect(readFileSync(join(project, file), 'utf8'), file).toBe(readFileSync(join(reference, file), 'utf8'));
  }, 180_000);

  it('build: every file it has written is whole', async () => {
    const project = exampleProject();
    expect((await runCliAsync(['translate'], { cwd: project })).status).toBe(0);
    const reference = exampleProject();
    expect((await runCliAsync(['translate'], { cwd: reference })).status).toBe(0);
    const runMs = await timed(['build'], reference);
    const complete = builtFiles(reference);

    const seen: Map<string, string>[] = [];
    for (const delay of killDelays(seed + 1, KILLS, runMs)) {
      await killAt(['build'], project, delay);
      seen.push(builtFiles(project));
    }
    expect((await runCliAsync(['build'], { cwd: project })).status).toBe(0);
    expect(builtFiles(project)).toEqual(complete);
    // The completed build left no temp file behind, whatever the kills left.
    const leftovers = [...filesUnder(join(project, 'locales')), ...filesUnder(join(project, 'decks'))].filter((file) => /\.\d{1,10}$/.test(file));
    expect(leftovers).toEqual([]);
    for (const snapshot of seen) {
      for (const [file, text] of snapshot) {
        // A source deck or store file is the same throughout; a built file is absent or whole.
        expect(text, `${file} after a kill`).toBe(complete.get(file));
      }
    }
    expect(existsSync(join(project, 'decks/pangeo-ecosystem/slides_FR.md'))).toBe(true);
  }, 180_000);
});
