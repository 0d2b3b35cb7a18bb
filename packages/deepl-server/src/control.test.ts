import { describe, expect, it } from 'vitest';
import { keyLabel } from './keys.js';
import { KEY, translator, withServer } from './test-support/server.js';
import type { ControlState, RequestLogEntry } from './types.js';

async function control(url: string, path = '', init: { method?: string; body?: unknown } = {}): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${url}/__control${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    ...(init.body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text.length === 0 ? undefined : (JSON.parse(text) as unknown) };
}

describe('control endpoint from a plain fetch', () => {
  it('sets faults, latency, adversarial modes and limits, and reports state and requests', async () => {
    await withServer({ keys: [KEY] }, async (server) => {
      const set = await control(server.url, '', {
        body: {
          latencyMs: 30,
          faults: [{ status: 500, message: 'boom' }],
          faultPath: '/v2/translate',
          adversarial: ['drop'],
          quotaAfterCharacters: 1000,
          keyCharacterLimits: [{ key: KEY, characterLimit: 2000 }],
        },
      });
      expect(set.status).toBe(200);
      expect(set.json).toMatchObject({
        url: server.url,
        latencyMs: 30,
        faults: [{ status: 500, message: 'boom' }],
        faultPath: '/v2/translate',
        adversarial: ['drop'],
        quotaAfterCharacters: 1000,
        accounts: [{ keyLabel: keyLabel(KEY), characterCount: 0, characterLimit: 2000 }],
      } satisfies Partial<ControlState>);
      expect(server.state().latencyMs).toBe(30);

      const t = translator(server);
      await expect(t.translateText('x', null, 'fr')).rejects.toThrow(/boom/);
      const { text } = await t.translateText('<a>x</a>', null, 'fr', { tagHandling: 'xml' });
      expect(text).toBe('fr: X</a>');

      const log = await control(server.url, '/requests');
      const requests = (log.json as { requests: RequestLogEntry[] }).requests;
      expect(requests.map((r) => [r.status, r.fault, r.keyLabel])).toEqual([
        [500, '500', keyLabel(KEY)],
        [200, undefined, keyLabel(KEY)],
      ]);
      expect(requests[1]?.durationMs).toBeGreaterThanOrEqual(25);

      const usage = await control(server.url, '/usage', { body: { key: KEY } });
      expect(usage.json).toEqual({ key_label: keyLabel(KEY), character_count: 1, character_limit: 2000 });
      expect(JSON.stringify(usage.json)).not.toContain(KEY);

      expect((await control(server.url, '/requests', { method: 'DELETE' })).status).toBe(204);
      expect(server.requests).toEqual([]);
    });
  });

  it('validates patches as a whole and resets to the start options', async () => {
    await withServer({ latencyMs: 5 }, async (server) => {
      const bad = await control(server.url, '', { body: { latencyMs: 50, faults: ['nonsense'] } });
      expect(bad.status).toBe(400);
      expect(bad.json).toEqual({ message: expect.stringContaining('invalid fault step') as unknown });
      expect(server.state().latencyMs).toBe(5); // nothing applied
      expect((await control(server.url, '', { body: { unknownField: 1 } })).status).toBe(400);

      server.configure({ latencyMs: 0, adversarial: 'reorder', faults: ['reset'] });
      await translator(server).getUsage().catch(() => undefined);
      const reset = await control(server.url, '/reset', { method: 'POST' });
      expect(reset.json).toMatchObject({ latencyMs: 5, faults: [], adversarial: [], requests: 0, accounts: [] });
      expect((await control(server.url, '/nope')).status).toBe(404);
    });
  });

  it('is not subject to faults, latency, auth or the request log', async () => {
    await withServer({ faults: ['timeout'], latencyMs: 500 }, async (server) => {
      const started = Date.now();
      const { status } = await control(server.url);
      expect(status).toBe(200);
      expect(Date.now() - started).toBeLessThan(400);
      expect(server.pendingFaults()).toEqual(['timeout']);
      expect(server.requests).toEqual([]);
    });
  });
});
