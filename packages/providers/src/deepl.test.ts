import { inspect } from 'node:util';
import { startDeeplServer, type DeeplServerHandle, type DeeplServerOptions } from '@deckl10n/deepl-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeeplProvider, type DeeplProviderOptions } from './deepl.js';
import type { ProviderRequest, TranslationProvider } from './provider.js';

/** A key nobody could mistake for anything else: it must never show up anywhere. */
const KEY = 'FAKE-KEY-7c1e5b2a-dd10-4e0f-9b1c-SECRET:fx';
const servers: DeeplServerHandle[] = [];

async function server(options: DeeplServerOptions = {}): Promise<DeeplServerHandle> {
  const started = await startDeeplServer({ keys: [KEY], ...options });
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function provider(s: DeeplServerHandle, options: Partial<DeeplProviderOptions> = {}): TranslationProvider {
  return createDeeplProvider({ authKey: KEY, serverUrl: s.url, sourceLanguage: 'en', maxRetries: 3, timeoutMs: 1_000, ...options });
}

const request = (texts: readonly string[], targetLanguage = 'fr', context?: string): ProviderRequest => ({
  sourceLanguage: 'en',
  targetLanguage,
  units: texts.map((text) => ({ text, ...(context ? { context } : {}) })),
});

/** Everything an error could show a person or a log. */
const everything = (error: unknown) => [String(error), JSON.stringify(error), inspect(error, { depth: 5 }), (error as { hint?: string }).hint ?? ''].join('\n');

describe('deepl provider through deepl-node against the local DeepL server', () => {
  it('sends protected elements as XML tags and restores them byte for byte, with context and formality', async () => {
    const s = await server();
    const text = 'Run `ls -la` in [the docs]({{site.baseurl}}/x.html "Docs") & see {% icon tip %} <b>now</b>';
    const result = await provider(s, { formality: { fr: 'less' } }).translate(request([text], 'fr', 'Pangeo — Getting started'));
    expect(result.translations).toEqual([
      { text: 'fr/informal: RUN `ls -la` IN [THE DOCS]({{site.baseurl}}/x.html "DOCS") & SEE {% icon tip %} <b>NOW</b>' },
    ]);
    const [logged] = s.requests;
    expect(logged).toMatchObject({ path: '/v2/translate', tagHandling: 'xml', formality: 'less', context: 'Pangeo — Getting started', texts: 1 });
    expect(result.billedCharacters).toBe(logged?.billedCharacters);
    expect(result.requests).toBe(1);
  });

  it('retries a segment whose tags came back broken once, alone, and keeps the good retry', async () => {
    let damaged = 0;
    const s = await server({
      adversarial: ['drop'],
      onRequest: () => {
        if (++damaged === 1) s.setAdversarial(null);
      },
    });
    const result = await provider(s).translate(request(['Use `a` and `b`.', 'Plain text.']));
    expect(result.translations).toEqual([{ text: 'fr: USE `a` AND `b`.' }, { text: 'fr: PLAIN TEXT.' }]);
    expect(s.requests.map((r) => r.texts)).toEqual([2, 1]);
    expect(result.requests).toBe(2);
  });

  it.each(['drop', 'duplicate', 'reorder'] as const)('after a second broken answer (%s) returns the source text with a QA problem, never broken markup', async (mode) => {
    const s = await server({ adversarial: [mode] });
    const text = 'See [the guide](https://example.org/guide) and `code`.';
    const result = await provider(s).translate(request([text]));
    expect(result.translations[0]?.text).toBe(text);
    expect(result.translations[0]?.problem).toMatch(/DeepL broke the markup twice \(the translation (lost|repeats|moved)/);
    expect(s.requests).toHaveLength(2);
  });

  it('retries a text the answer left out, instead of storing an empty translation', async () => {
    const s = await server();
    s.setFaults(['missing-translation'], { path: '/v2/translate' });
    const result = await provider(s).translate(request(['First text.', 'Second text.']));
    expect(result.translations).toEqual([{ text: 'fr: FIRST TEXT.' }, { text: 'fr: SECOND TEXT.' }]);
    expect(s.requests.map((r) => r.texts)).toEqual([2, 1]);
  });

  it('creates a glossary through the API once and reuses it while unchanged; a changed glossary is a new one', async () => {
    const s = await server();
    const glossary = { keep: ['Pangeo'], terms: { fr: { notebook: 'carnet' } } };
    const first = await provider(s, { glossary }).translate(request(['Pangeo notebook tour']));
    expect(first.translations[0]?.text).toBe('fr: Pangeo carnet TOUR');
    const created = () => s.requests.filter((r) => r.method === 'POST' && r.path === '/v2/glossaries').length;
    expect(created()).toBe(1);
    // A second run (a new provider, as a new process would make) finds it and creates none.
    const second = await provider(s, { glossary }).translate(request(['Pangeo notebook again']));
    expect(second.translations[0]?.text).toBe('fr: Pangeo carnet AGAIN');
    expect(created()).toBe(1);
    const used = s.requests.filter((r) => r.path === '/v2/translate').map((r) => r.glossaryId);
    expect(used[0]).toBeDefined();
    expect(used[1]).toBe(used[0]);
    await provider(s, { glossary: { ...glossary, keep: ['Pangeo', 'Dask'] } }).translate(request(['Dask']));
    expect(created()).toBe(2);
  });

  it.concurrent.each([
    ['a timeout then 429', ['timeout', 429] as const],
    ['503 then a reset connection', [503, 'reset'] as const],
  ])('retries with back-off after %s, then succeeds', async (_name, faults) => {
    const s = await startDeeplServer({ keys: [KEY] });
    try {
      s.setFaults([...faults], { path: '/v2/translate' });
      const result = await provider(s, { maxRetries: 5, timeoutMs: 300 }).translate(request(['Hello world']));
      expect(result.translations).toEqual([{ text: 'fr: HELLO WORLD' }]);
      expect(s.requests.map((r) => r.fault ?? r.status)).toEqual([...faults.map(String), 200]);
      const [first, second] = s.requests.map((r) => Date.parse(r.time));
      expect((second as number) - (first as number)).toBeGreaterThan(250); // waited, not a tight loop
    } finally {
      await s.close();
    }
  }, 20_000);

  it('stops on 456 with a clear message, says the key is wrong on 403, and never shows the key', async () => {
    const s = await server({ quotaAfterCharacters: 5 });
    const p = provider(s);
    await p.translate(request(['Hello world']));
    const quota = await p.translate(request(['More text'])).catch((e: unknown) => e);
    expect(quota).toMatchObject({ code: 'DEEPL_QUOTA' });
    expect(String(quota)).toMatch(/quota exceeded \(456\).*saved/);

    const wrong = await createDeeplProvider({ authKey: `${KEY}-wrong`, serverUrl: s.url, sourceLanguage: 'en', maxRetries: 1 })
      .translate(request(['Hello']))
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'DEEPL_AUTH' });
    expect(String(wrong)).toMatch(/refused the key in DEEPL_AUTH_KEY \(403\)/);

    s.setFaults([500, 500]);
    const failing = await provider(s, { maxRetries: 2 }).translate(request(['x'])).catch((e: unknown) => e);
    expect(failing).toMatchObject({ code: 'DEEPL_ERROR' });
    const unreachable = await createDeeplProvider({ authKey: KEY, serverUrl: 'http://127.0.0.1:9', sourceLanguage: 'en', maxRetries: 1 })
      .translate(request(['x']))
      .catch((e: unknown) => e);
    expect(unreachable).toMatchObject({ code: 'DEEPL_CONNECTION' });
    const missing = await createDeeplProvider({ authKey: '', sourceLanguage: 'en' }).translate(request(['x'])).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'DEEPL_AUTH' });

    for (const error of [quota, wrong, failing, unreachable, missing]) {
      expect(everything(error)).not.toContain('FAKE-KEY');
      expect(everything(error)).not.toContain('SECRET');
    }
  }, 20_000);

  it('estimates billed characters as DeepL counts them (markup is not billed) and sizes texts as sent', async () => {
    const s = await server();
    const p = provider(s);
    const texts = ['Run `ls` now, café 🎉', 'See <https://example.org/a?b=c&d=e>'];
    const result = await p.translate(request(texts));
    expect(texts.reduce((sum, text) => sum + (p.billableCharacters?.(text) ?? 0), 0)).toBe(result.billedCharacters);
    const sized = texts.reduce((sum, text) => sum + (p.limits.sizeOf?.(text) ?? 0), 0);
    expect(s.requests[0]?.bodyBytes).toBeGreaterThan(sized);
    expect(s.requests[0]?.bodyBytes).toBeLessThan(sized + 400);
  });
});
