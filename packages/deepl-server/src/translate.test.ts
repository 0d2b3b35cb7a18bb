import { DeepLError } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { KEY, post, translator, withServer } from './test-support/server.js';

describe('POST /v2/translate through deepl-node', () => {
  it('translates a single text with source and target language', async () => {
    await withServer({}, async (server) => {
      const result = await translator(server).translateText('Hello world.', 'en', 'fr');
      expect(result).toMatchObject({ text: 'fr: HELLO WORLD.', detectedSourceLang: 'en', billedCharacters: 12 });
      const [entry] = server.requests;
      expect(entry).toMatchObject({
        method: 'POST',
        path: '/v2/translate',
        texts: 1,
        characters: 12,
        status: 200,
        bodyType: 'form',
        targetLang: 'fr',
        sourceLang: 'en',
      });
    });
  });

  it('translates a batch in order, detecting the source language when none is given', async () => {
    await withServer({}, async (server) => {
      const results = await translator(server).translateText(['One slide', 'Two slides', '42'], null, 'de');
      expect(results.map((r) => r.text)).toEqual(['de: ONE SLIDE', 'de: TWO SLIDES', '42']);
      expect(results.every((r) => r.detectedSourceLang === 'en')).toBe(true);
      expect(server.requests[0]).toMatchObject({ texts: 3, characters: 21 });
    });
  });

  it('marks formality and regional targets, and rejects formality where DeepL does', async () => {
    await withServer({}, async (server) => {
      const t = translator(server);
      expect((await t.translateText('Thank you', 'en', 'de', { formality: 'more' })).text).toBe('de/formal: THANK YOU');
      expect((await t.translateText('Thank you', 'en', 'fr', { formality: 'prefer_less' })).text).toBe('fr/informal: THANK YOU');
      expect((await t.translateText('Thank you', 'en', 'en-GB', { formality: 'prefer_more' })).text).toBe('en-gb: THANK YOU');
      await expect(t.translateText('Thank you', 'en', 'en-US', { formality: 'more' })).rejects.toThrow(/formality/);
    });
  });

  it('accepts JSON bodies and reports model_type_used', async () => {
    await withServer({}, async (server) => {
      const { status, json } = await post(server, '/v2/translate', {
        text: ['Hi there', 'Bye'],
        target_lang: 'ES',
        model_type: 'prefer_quality_optimized',
        show_billed_characters: true,
      });
      expect(status).toBe(200);
      expect(json).toEqual({
        translations: [
          { detected_source_language: 'EN', text: 'es: HI THERE', billed_characters: 8, model_type_used: 'quality_optimized' },
          { detected_source_language: 'EN', text: 'es: BYE', billed_characters: 3, model_type_used: 'quality_optimized' },
        ],
      });
      expect(server.requests[0]?.bodyType).toBe('json');
    });
  });

  it('answers 400 with a JSON message for bad target or source languages', async () => {
    await withServer({}, async (server) => {
      const missing = await post(server, '/v2/translate', new URLSearchParams({ text: 'x' }));
      expect(missing.status).toBe(400);
      expect(missing.json).toEqual({ message: expect.stringContaining('target_lang') as unknown });
      const bad = await post(server, '/v2/translate', new URLSearchParams({ text: 'x', target_lang: 'XX' }));
      expect(bad.status).toBe(400);
      const t = translator(server);
      await expect(t.translateText('x', 'en', 'tlh' as 'fr')).rejects.toThrow(DeepLError);
      await expect(t.translateText('x', 'en', 'tlh' as 'fr')).rejects.toThrow(/Bad request, message: Value for 'target_lang' not supported/);
      await expect(t.translateText('x', 'en-US' as 'en', 'fr')).rejects.toThrow(/source_lang/);
      expect(server.usage(KEY).characterCount).toBe(0);
    });
  });

  it('limits texts per request (50) and request size (128 KiB)', async () => {
    await withServer({}, async (server) => {
      const fifty = new URLSearchParams({ target_lang: 'FR' });
      for (let i = 0; i < 50; i += 1) fifty.append('text', `t${i}`);
      expect((await post(server, '/v2/translate', fifty)).status).toBe(200);
      fifty.append('text', 'one too many');
      const tooMany = await post(server, '/v2/translate', fifty);
      expect(tooMany.status).toBe(400);
      expect(tooMany.json).toEqual({ message: expect.stringContaining('50') as unknown });
      const big = await translator(server).translateText('a'.repeat(130 * 1024), null, 'fr').catch((e: unknown) => e);
      expect(big).toBeInstanceOf(DeepLError);
      expect(String(big)).toContain('413');
      expect(server.requests.at(-1)?.status).toBe(413);
    });
  });

  it('lists source and target languages with formality support', async () => {
    await withServer({}, async (server) => {
      const t = translator(server);
      const sources = await t.getSourceLanguages();
      const targets = await t.getTargetLanguages();
      expect(sources.map((l) => l.code)).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'de']));
      expect(targets.find((l) => l.code === 'de')).toMatchObject({ name: 'German', supportsFormality: true });
      expect(targets.find((l) => l.code === 'en-GB')).toMatchObject({ supportsFormality: false });
      expect(targets.some((l) => l.code === 'en')).toBe(false);
    });
  });

  it('answers 404 for unknown and unsupported endpoints and 405 for wrong methods', async () => {
    await withServer({}, async (server) => {
      expect((await post(server, '/v2/nope', {})).status).toBe(404);
      expect((await post(server, '/v2/document', {})).json).toEqual({ message: expect.stringContaining('Document') as unknown });
      const get = await fetch(`${server.url}/v2/translate`, { headers: { authorization: `DeepL-Auth-Key ${KEY}` } });
      expect(get.status).toBe(405);
    });
  });
});
