import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplServer, type DeeplServerHandle } from '@deckl10n/deepl-server';
import { runCliAsync, startCli, type RunningCli } from './cli-process.js';
import { exampleProject, statusCounts } from './project.js';

/**
 * The viewer's saves (`deckl10n serve`) under crashes and next to the CLI: a save the server
 * acknowledged is on disk even if the server is SIGKILLed right after; a save in flight at the
 * kill is applied whole or not at all; a save made while `translate` holds the project lock
 * waits for it, and neither loses the other's work.
 */
const DECK = 'pangeo-ecosystem';
const LATENCY_MS = 600;

async function startServe(cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ url: string; process: RunningCli }> {
  const running = startCli(['serve', '--port', '0'], { cwd, env });
  const deadline = Date.now() + 30_000;
  let url: string | undefined;
  void running.done.then((end) => {
    if (url === undefined) throw new Error(`serve ended before printing its URL: ${end.stderr}`);
  });
  while (url === undefined && Date.now() < deadline) {
    url = /http:\/\/127\.0\.0\.1:\d+\//.exec(running.output())?.[0];
    if (url === undefined) await sleep(50);
  }
  if (url === undefined) throw new Error('serve printed no URL within 30 s');
  return { url, process: running };
}

async function segmentIds(url: string, language: string): Promise<string[]> {
  const response = await fetch(`${url}api/decks/${DECK}/${language}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { segments: { id: string }[] }).segments.map((segment) => segment.id);
}

function approve(url: string, language: string, id: string): Promise<Response> {
  return fetch(`${url}api/decks/${DECK}/${language}/segments/${id}/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
}

describe('serve: saves survive crashes and share the lock with the CLI', () => {
  let deepl: DeeplServerHandle;
  beforeAll(async () => {
    deepl = await startDeeplServer({ keys: ['reliability-serve:fx'], latencyMs: LATENCY_MS });
  });
  afterAll(async () => {
    await deepl.close();
  });

  it('an acknowledged save is never lost when the server is killed', async () => {
    const project = exampleProject();
    expect((await runCliAsync(['translate', '--to', 'es'], { cwd: project })).status).toBe(0);
    let acknowledged = 0;
    let ids: string[] = [];
    for (const killAfterMs of [400, 900, 1_500]) {
      const serve = await startServe(project);
      if (ids.length === 0) ids = await segmentIds(serve.url, 'es');
      const killer = sleep(killAfterMs).then(() => serve.process.kill());
      let inFlight = false;
      try {
        while (acknowledged < ids.length) {
          inFlight = true;
          const response = await approve(serve.url, 'es', ids[acknowledged] as string);
          expect(response.status).toBe(200);
          inFlight = false;
          acknowledged++;
        }
      } catch (error) {
        if (!inFlight || !(error instanceof TypeError)) throw error; // fetch failed: the server died mid-request
      }
      await killer;
      await serve.process.done;
      const reviewed = statusCounts(project)['es']?.['reviewed'] ?? 0;
      // Acknowledged saves are durable; the one in flight is applied whole or not at all.
      expect(reviewed).toBeGreaterThanOrEqual(acknowledged);
      expect(reviewed).toBeLessThanOrEqual(acknowledged + 1);
      acknowledged = reviewed;
    }
    expect(acknowledged).toBeGreaterThan(0);
  }, 120_000);

  it('a save while translate holds the lock waits, and both are kept', async () => {
    const project = exampleProject();
    expect((await runCliAsync(['translate', '--to', 'es'], { cwd: project })).status).toBe(0);
    const serve = await startServe(project);
    try {
      const [id] = await segmentIds(serve.url, 'es');
      const translate = runCliAsync(['translate', '--to', 'fr', '--provider', 'deepl'], {
        cwd: project,
        env: { DEEPL_AUTH_KEY: 'reliability-serve:fx', DEEPL_SERVER_URL: deepl.url },
      });
      // Once DeepL has a request, translate holds the lock (for at least one slow answer).
      while (!deepl.requests.some((r) => r.path === '/v2/translate')) await sleep(20);
      const started = Date.now();
      const saved = await approve(serve.url, 'es', id as string);
      const waited = Date.now() - started;
      expect(saved.status, await saved.clone().text()).toBe(200);
      const end = await translate;
      expect(end.status, end.stderr).toBe(0);
      expect(waited).toBeGreaterThan(LATENCY_MS / 2);
      const counts = statusCounts(project);
      expect(counts['fr']?.['machine']).toBe(counts['fr']?.['total']);
      expect(counts['es']?.['reviewed']).toBe(1);
    } finally {
      serve.process.kill();
      await serve.process.done;
    }
  }, 120_000);
});
