import { mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyLabel, startDeeplServer, type DeeplServerHandle } from '@deckl10n/deepl-server';
import { runCliAsync } from './cli-process.js';
import { exampleProject, statusCounts } from './project.js';

/**
 * Two deckl10n processes on one project never write the store at once: the second waits for the
 * first and then finds the work done (nothing billed twice); a lock held too long fails with a
 * message naming it; a lock left by a dead process is taken over.
 */
const KEY = 'reliability-locking-key:fx';

describe('the project lock', () => {
  let server: DeeplServerHandle;
  beforeAll(async () => {
    server = await startDeeplServer({ keys: [KEY], latencyMs: 150 });
  });
  afterAll(async () => {
    await server.close();
  });
  it('a second translate waits for the first, then has nothing left to send', async () => {
    const project = exampleProject();
    const withServer = { DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url };
    const [first, second] = await Promise.all([
      runCliAsync(['translate', '--provider', 'deepl', '--json'], { cwd: project, env: withServer }),
      runCliAsync(['translate', '--provider', 'deepl', '--json'], { cwd: project, env: withServer }),
    ]);
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    const billed = [first, second].map((run) => (JSON.parse(run.stdout) as { billedCharacters: number }).billedCharacters).sort((a, b) => a - b);
    expect(billed[0]).toBe(0);
    expect(billed[1]).toBe(server.usage(KEY).characterCount);
    expect(server.requests.filter((r) => r.keyLabel === keyLabel(KEY) && r.path === '/v2/translate' && r.aborted)).toEqual([]);
    const counts = statusCounts(project);
    expect(counts['fr']?.['machine']).toBe(counts['fr']?.['total']);
  }, 60_000);

  it('a lock held by a live process past the wait fails with exit 5 naming the lock', async () => {
    const project = exampleProject();
    const locales = join(project, 'locales');
    mkdirSync(locales, { recursive: true });
    const lockPath = `${locales}/.deckl10n.lock`;
    const release = await lockfile.lock(locales, { lockfilePath: lockPath, realpath: false, stale: 5_000, update: 1_000 });
    try {
      const run = await runCliAsync(['translate'], { cwd: project });
      expect(run.status, run.stderr).toBe(5);
      expect(run.stderr).toContain(lockPath);
      expect(run.stderr).toMatch(/another deckl10n process/);
    } finally {
      await release();
    }
    expect(statusCounts(project)['fr']?.['missing']).toBeGreaterThan(0);
  }, 60_000);

  it('a lock left by a dead process is taken over', async () => {
    const project = exampleProject();
    const lockPath = join(project, 'locales/.deckl10n.lock');
    mkdirSync(lockPath, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath, old, old);
    const run = await runCliAsync(['translate'], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    expect(statusCounts(project)['es']?.['missing']).toBe(0);
  }, 60_000);
});
