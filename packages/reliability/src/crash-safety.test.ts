import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyLabel, startDeeplServer, type DeeplServerHandle } from '@deckl10n/deepl-server';
import { runCliAsync, startCli, whenTrue } from './cli-process.js';
import { exampleProject, statusCounts } from './project.js';

/**
 * SIGKILL `deckl10n translate --provider deepl` at random moments, again and again, then let a
 * run finish. After every kill the store still parses, no translation made before is lost, and
 * the next run takes over the dead process's lock. In the end every segment is translated and
 * the only characters billed twice are those of requests that were in flight when a kill struck
 * (DeepL bills a request it processed even if the answer never arrived): nothing saved is ever
 * sent again. (The server runs in this process, so every CLI run here is asynchronous.)
 */
const REFERENCE_KEY = 'reliability-reference-key:fx';
const KILLED_KEY = 'reliability-killed-key:fx';
const LATENCY_MS = 120;
const KILLS = 4;
/** Longest plausible time between reading an answer and its save being on disk, on a loaded CI machine. */
const SAVE_WINDOW_MS = 1_000;

/**
 * Kill points from a small deterministic generator, so a failing sequence can be replayed with
 * DECKL10N_KILL_SEED: kill once the run has sent `requests` translate requests, `delayMs` later
 * (the batch in flight, the save after it, or the next request).
 */
function killPoints(seed: number, count: number): { requests: number; delayMs: number }[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: count }, () => ({ requests: 1 + (next() % 3), delayMs: next() % (LATENCY_MS * 2) }));
}

describe('translate survives SIGKILL at random points', () => {
  let server: DeeplServerHandle;
  beforeAll(async () => {
    server = await startDeeplServer({ keys: [REFERENCE_KEY, KILLED_KEY], latencyMs: LATENCY_MS });
  });
  afterAll(async () => {
    await server.close();
  });

  const env = (key: string) => ({ DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: server.url });
  const translated = (counts: Record<string, Record<string, number>>) =>
    Object.values(counts).reduce((sum, c) => sum + (c['machine'] ?? 0) + (c['reviewed'] ?? 0), 0);

  it(`loses nothing across ${KILLS} kills and bills nothing saved twice`, async () => {
    const reference = exampleProject();
    const clean = await runCliAsync(['translate', '--provider', 'deepl'], { cwd: reference, env: env(REFERENCE_KEY) });
    expect(clean.status, clean.stderr).toBe(0);
    const cleanBilled = server.usage(REFERENCE_KEY).characterCount;
    expect(cleanBilled).toBeGreaterThan(0);

    const project = exampleProject();
    const seed = Number(process.env['DECKL10N_KILL_SEED'] ?? Date.now() % 100_000);
    let before = 0;
    let killed = 0;
    const killTimes: number[] = [];
    const sent = () => server.requests.filter((r) => r.keyLabel === keyLabel(KILLED_KEY) && r.path === '/v2/translate').length;
    for (const point of killPoints(seed, KILLS)) {
      const run = startCli(['translate', '--provider', 'deepl'], { cwd: project, env: env(KILLED_KEY) });
      const target = sent() + point.requests;
      if (await whenTrue(() => sent() >= target, run)) {
        await sleep(point.delayMs);
        killTimes.push(Date.now());
        run.kill();
      }
      const end = await run.done;
      if (end.signal === 'SIGKILL') killed++;
      else expect(end.status, `seed ${seed}: ${end.stderr}`).toBe(0);
      await sleep(LATENCY_MS * 2); // let the server finish (and bill) what was in flight
      const now = translated(statusCounts(project));
      expect(now, `seed ${seed}, kill at ${JSON.stringify(point)}: translations lost`).toBeGreaterThanOrEqual(before);
      before = now;
    }
    expect(killed, `seed ${seed}: no run was killed; the kill delays are too long for this machine`).toBeGreaterThan(0);

    const last = await runCliAsync(['translate', '--provider', 'deepl'], { cwd: project, env: env(KILLED_KEY) });
    expect(last.status, last.stderr).toBe(0);
    const counts = statusCounts(project);
    for (const language of ['fr', 'es']) expect(counts[language]?.['machine']).toBe(counts[language]?.['total']);

    // Billed twice can only be what a kill cut off: requests in flight (answer never read) and
    // requests answered less than SAVE_WINDOW_MS before the kill (answer read, save not done).
    const translateRequests = server.requests.filter((r) => r.keyLabel === keyLabel(KILLED_KEY) && r.path === '/v2/translate');
    const inFlight = translateRequests.filter((r) => r.aborted).reduce((sum, r) => sum + r.billedCharacters, 0);
    const atRisk = translateRequests
      .filter((r) => {
        const answered = Date.parse(r.time) + r.durationMs;
        return r.aborted || killTimes.some((kill) => answered <= kill && answered >= kill - SAVE_WINDOW_MS);
      })
      .reduce((sum, r) => sum + r.billedCharacters, 0);
    const extra = server.usage(KILLED_KEY).characterCount - cleanBilled;
    console.info(`crash safety: seed ${seed}, ${killed}/${KILLS} runs killed; clean run ${cleanBilled} chars; billed again ${extra} (in flight ${inFlight}, at risk ${atRisk})`);
    expect(extra, `seed ${seed}`).toBeGreaterThanOrEqual(inFlight);
    expect(extra, `seed ${seed}: a saved translation was sent again`).toBeLessThanOrEqual(atRisk);
  }, 120_000);
});
