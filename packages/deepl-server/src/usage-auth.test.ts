import { AuthorizationError, QuotaExceededError, Translator } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { keyLabel } from './keys.js';
import { KEY, translator, withServer } from './test-support/server.js';

describe('usage and billing', () => {
  it('counts source characters per key and reports them on /v2/usage', async () => {
    await withServer({}, async (server) => {
      const t = translator(server);
      expect((await t.getUsage()).character).toMatchObject({ count: 0, limit: 500_000 });
      await t.translateText(['Hello', 'wörld 深'], 'en', 'fr');
      await t.translateText('Again', 'en', 'de', { context: 'context is not billed' });
      const usage = await t.getUsage();
      expect(usage.character).toMatchObject({ count: 5 + 7 + 5, limit: 500_000 });
      expect(server.usage(KEY)).toEqual({ characterCount: 17, characterLimit: 500_000 });
      // Another key has its own counter; pro keys report DeepL's "no limit".
      const pro = translator(server, {}, 'a-pro-key');
      await pro.translateText('abc', null, 'fr');
      expect((await pro.getUsage()).character).toMatchObject({ count: 3, limit: 1_000_000_000_000 });
      expect(server.usage(KEY).characterCount).toBe(17);
    });
  });

  it('answers 456 when a request would exceed the limit (QuotaExceededError, not retried)', async () => {
    await withServer({ keys: [{ key: KEY, characterLimit: 10 }] }, async (server) => {
      const t = translator(server, { maxRetries: 5 });
      await t.translateText('12345678', null, 'fr');
      const error = await t.translateText('abc', null, 'fr').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QuotaExceededError);
      expect(server.requests.filter((r) => r.path === '/v2/translate').map((r) => r.status)).toEqual([200, 456]);
      expect(server.usage(KEY).characterCount).toBe(8);
      await t.translateText('ab', null, 'fr'); // exactly reaching the limit is fine
      expect((await t.getUsage()).character?.limitReached()).toBe(true);
    });
  });

  it('quota switch: 456 once usage has passed N characters, limits changeable at runtime', async () => {
    await withServer({ quotaAfterCharacters: 5 }, async (server) => {
      const t = translator(server);
      await t.translateText('abcd', null, 'fr');
      await t.translateText('efgh', null, 'fr'); // crosses the mark, still succeeds
      await expect(t.translateText('x', null, 'fr')).rejects.toBeInstanceOf(QuotaExceededError);
      server.setQuotaAfter(null);
      await t.translateText('x', null, 'fr');
      server.setCharacterLimit(9, KEY);
      await expect(t.translateText('y', null, 'fr')).rejects.toBeInstanceOf(QuotaExceededError);
      expect(server.usage(KEY)).toEqual({ characterCount: 9, characterLimit: 9 });
    });
  });
});

describe('authentication', () => {
  it('rejects unknown and missing keys with 403 without revealing the key', async () => {
    const secret = 'super-secret-key-4711:fx';
    await withServer({ keys: [KEY] }, async (server) => {
      const error = await translator(server, { maxRetries: 5 }, secret).translateText('x', null, 'fr').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthorizationError);
      expect(String((error as Error).message)).not.toContain(secret);
      expect(String((error as Error).message)).toContain('Authorization failure');
      expect(server.requests).toHaveLength(1); // 403 is not retried

      const missing = await fetch(`${server.url}/v2/usage`);
      expect(missing.status).toBe(403);
      const wrongScheme = await fetch(`${server.url}/v2/usage`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(wrongScheme.status).toBe(403);

      expect(server.requests[0]?.keyLabel).toBe(keyLabel(secret));
      expect(JSON.stringify(server.requests)).not.toContain(secret);
      expect(JSON.stringify(server.state())).not.toContain(secret);
      expect(JSON.stringify(server.state())).not.toContain(KEY);
      expect((await translator(server).translateText('ok', null, 'fr')).text).toBe('fr: OK');
    });
  });

  it('accepts any key when none are configured, and free keys by their :fx suffix', async () => {
    await withServer({}, async (server) => {
      const t = new Translator('whatever', { serverUrl: server.url });
      expect((await t.translateText('hi', null, 'it')).text).toBe('it: HI');
      expect(server.usage('whatever').characterLimit).toBe(1_000_000_000_000);
      expect(server.usage('other:fx').characterLimit).toBe(500_000);
    });
  });
});
