import { ConnectionError, DeepLError, QuotaExceededError, TooManyRequestsError } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { KEY, translator, withServer } from './test-support/server.js';

// deepl-node waits ~1 s before its first retry (then ×1.6 with jitter), so the retry tests
// run concurrently, each against its own server.
describe.concurrent('fault injection with deepl-node retries', () => {
  it('429 then success: deepl-node retries after ~1 s', async () => {
    await withServer({ faults: [429] }, async (server) => {
      const started = Date.now();
      const result = await translator(server, { maxRetries: 5 }).translateText('Hello', null, 'fr');
      expect(result.text).toBe('fr: HELLO');
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(server.requests.map((r) => [r.status, r.fault])).toEqual([[429, '429'], [200, undefined]]);
      expect(server.usage(KEY).characterCount).toBe(5); // the 429 was not billed
    });
  });

  it('5xx then success is retried too', async () => {
    await withServer({}, async (server) => {
      server.setFaults([{ status: 503, message: 'maintenance' }]);
      const result = await translator(server, { maxRetries: 5 }).translateText('Hi', null, 'de');
      expect(result.text).toBe('de: HI');
      expect(server.requests.map((r) => r.status)).toEqual([503, 200]);
    });
  });

  it('maxRetries counts attempts: maxRetries 2 gives up after 2 requests with the last error', async () => {
    await withServer({ faults: [429, 429, 429] }, async (server) => {
      const error = await translator(server, { maxRetries: 2 }).translateText('x', null, 'fr').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TooManyRequestsError);
      expect(server.requests).toHaveLength(2);
      expect(server.pendingFaults()).toEqual([429]);
    });
  });

  it('reset: the socket is destroyed, deepl-node retries (ECONNRESET)', async () => {
    await withServer({ faults: ['reset'] }, async (server) => {
      const result = await translator(server, { maxRetries: 3 }).translateText('Again', null, 'es');
      expect(result.text).toBe('es: AGAIN');
      expect(server.requests.map((r) => [r.status, r.fault])).toEqual([[0, 'reset'], [200, undefined]]);
    });
  });

  it('reset without retries surfaces as a ConnectionError', async () => {
    await withServer({ faults: ['reset'] }, async (server) => {
      const error = await translator(server, { maxRetries: 0 }).translateText('x', null, 'fr').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).shouldRetry).toBe(true);
    });
  });

  it('timeout: the request is never answered; deepl-node times out and retries', async () => {
    await withServer({ faults: ['timeout'] }, async (server) => {
      // deepl-node's per-attempt timeout is max(minTimeout, time to the next backoff deadline ≈ 1 s).
      const result = await translator(server, { maxRetries: 2, minTimeout: 100 }).translateText('Late', null, 'fr');
      expect(result.text).toBe('fr: LATE');
      const [first, second] = server.requests;
      expect(first).toMatchObject({ status: 0, fault: 'timeout', aborted: true });
      expect(second).toMatchObject({ status: 200 });
    });
  });

  it('malformed: invalid JSON with status 200 gives a DeepLError (not retried), and was billed', async () => {
    await withServer({ faults: ['malformed'] }, async (server) => {
      const error = await translator(server, { maxRetries: 5 }).translateText('Hello', null, 'fr').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeepLError);
      expect((error as Error).message).toMatch(/^Error parsing response JSON/);
      expect(server.requests).toHaveLength(1);
      expect(server.usage(KEY).characterCount).toBe(5);
    });
  });

  it('wrong-shape gives a DeepLError; missing-translation silently returns fewer results', async () => {
    await withServer({ faults: ['wrong-shape', 'missing-translation'] }, async (server) => {
      const t = translator(server);
      await expect(t.translateText(['a', 'b'], null, 'fr')).rejects.toThrow(/Error parsing response JSON/);
      const short = await t.translateText(['a', 'b'], null, 'fr');
      expect(short.map((r) => r.text)).toEqual(['fr: A']);
    });
  });

  it('a scripted 456 is a QuotaExceededError, not retried and not billed', async () => {
    await withServer({ faults: [456] }, async (server) => {
      await expect(translator(server, { maxRetries: 5 }).translateText('x', null, 'fr')).rejects.toBeInstanceOf(QuotaExceededError);
      expect(server.requests).toHaveLength(1);
      expect(server.usage(KEY).characterCount).toBe(0);
    });
  });

  it('a path filter leaves other endpoints alone; 200 in a script means no fault', async () => {
    await withServer({}, async (server) => {
      server.setFaults([200, 500], { path: '/v2/translate' });
      const t = translator(server);
      await t.getUsage();
      await t.translateText('one', null, 'fr');
      expect(server.pendingFaults()).toEqual([500]);
      await expect(t.translateText('two', null, 'fr')).rejects.toThrow(/Internal server error/);
      expect(server.requests.map((r) => [r.path, r.status])).toEqual([
        ['/v2/usage', 200],
        ['/v2/translate', 200],
        ['/v2/translate', 500],
      ]);
    });
  });

  it('latency applies to every API request; a delay step to one', async () => {
    await withServer({ latencyMs: 60 }, async (server) => {
      const t = translator(server);
      let started = Date.now();
      await t.translateText('slow', null, 'fr');
      expect(Date.now() - started).toBeGreaterThanOrEqual(55);
      server.setLatency(0);
      server.setFaults([{ delayMs: 120 }]);
      started = Date.now();
      await t.getUsage();
      expect(Date.now() - started).toBeGreaterThanOrEqual(115);
      started = Date.now();
      await t.getUsage();
      expect(Date.now() - started).toBeLessThan(100);
      expect(server.requests.map((r) => r.fault)).toEqual([undefined, 'delay:120', undefined]);
      expect(server.requests[0]?.durationMs).toBeGreaterThanOrEqual(55);
    });
  });

  it('rejects invalid fault steps', async () => {
    await withServer({}, async (server) => {
      expect(() => server.setFaults(['explode' as 'reset'])).toThrow(TypeError);
      expect(() => server.setFaults([42])).toThrow(/invalid fault step/);
    });
  });
});
