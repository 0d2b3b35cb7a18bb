import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyLabel, startDeeplServer, type DeeplServerHandle } from '@deckl10n/deepl-server';
import { runCliAsync, startCli, whenTrue } from './cli-process.js';
import { exampleProject, statusCounts } from './project.js';

/**
 * SIGKILL `deckl10n translate --provider deepl` at random moments, again and again, then let a
 * run finish. After every kill the store still parses, no translation made before is lost, the
 * next run takes over the dead process's lock and sends only what the store lacks (the
 * distinct texts `translate --dry-run` counts): nothing saved is ever sent again. What a kill
 * cuts off (a request in flight, an answer read but not yet saved) is sent again; DeepL bills
 * it twice, and the test reports how much. (The server runs in this process, so every CLI run here is asynchronous.)
 */
const REFERENCE_KEY = 'reliability-reference-key:fx';
const KILLED_KEY = 'reliability-killed-key:fx';
const LATENCY_MS = 120;
const KILLS = 4;

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

  it(`loses nothing across ${KILLS} kills and sends nothing saved again`, async () => {
    const reference = exampleProject();
    const clean = await runCliAsync(['translate', '--provider', 'deepl'], { cwd: reference, env: env(REFERENCE_KEY) });
    expect(clean.status, clean.stderr).toBe(0);
    const cleanBilled = server.usage(REFERENCE_KEY).characterCount;
    expect(cleanBilled).toBeGreaterThan(0);

    const project = exampleProject();
    const seed = Number(process.env['DECKL10N_KILL_SEED'] ?? Date.now() % 100_000);
    const ours = () => server.requests.filter((r) => r.keyLabel === keyLabel(KILLED_KEY) && r.path === '/v2/translate');
    /** What the store lacks now: the distinct texts a run starting now must send. */
    const pending = async () => {
      const dry = await runCliAsync(['translate', '--provider', 'deepl', '--dry-run', '--json'], { cwd: project, env: env(KILLED_KEY) });
      expect(dry.status, dry.stderr).toBe(0);
      return (JSON.parse(dry.stdout) as { texts: number }).texts;
    };
    /** Runs translate (killed at `point`, or to its end) and returns the texts it sent. */
    const translateOnce = async (point?: { requests: number; delayMs: number }) => {
      const first = ours().length;
      const run = startCli(['translate', '--provider', 'deepl'], { cwd: project, env: env(KILLED_KEY) });
      if (point !== undefined && (await whenTrue(() => ours().length >= first + point.requests, run))) {
        await sleep(point.delayMs);
        run.kill();
      }
      const end = await run.done;
      if (end.signal !== 'SIGKILL') expect(end.status, `seed ${seed}: ${end.stderr}`).toBe(0);
      await sleep(LATENCY_MS * 2); // let the server finish (and bill) what was in flight
      return { killed: end.signal === 'SIGKILL', sent: ours().slice(first).reduce((sum, r) => sum + r.texts, 0) };
    };

    let translatedBefore = 0;
    let killed = 0;
    for (const point of killPoints(seed, KILLS)) {
      const lacking = await pending();
      const run = await translateOnce(point);
      if (run.killed) killed++;
      // A run sends only what the store lacked when it started: nothing saved is sent again.
      expect(run.sent, `seed ${seed}, kill at ${JSON.stringify(point)}: sent more than the store lacked`).toBeLessThanOrEqual(lacking);
      const now = translated(statusCounts(project));
      expect(now, `seed ${seed}, kill at ${JSON.stringify(point)}: translations lost`).toBeGreaterThanOrEqual(translatedBefore);
      translatedBefore = now;
    }
    expect(killed, `seed ${seed}: no run was killed`).toBeGreaterThan(0);

    const lacking = await pending();
    const last = await translateOnce();
    expect(last.sent).toBe(lacking);
    const counts = statusCounts(project);
    for (const language of ['fr', 'es']) expect(counts[language]?.['machine']).toBe(counts[language]?.['total']);
    expect(await pending()).toBe(0);

    const inFlight = ours().filter((r) => r.aborted).reduce((sum, r) => sum + r.billedCharacters, 0);
    const extra = server.usage(KILLED_KEY).characterCount - cleanBilled;
    console.info(`crash safety: seed ${seed}, ${killed}/${KILLS} runs killed; clean run ${cleanBilled} chars; billed again ${extra} (${inFlight} in flight at a kill, the rest answered but not yet saved)`);
    expect(extra).toBeGreaterThanOrEqual(inFlight);
  }, 120_000);
});
