import { GlossaryEntries, GlossaryNotFoundError } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { client, post, translator, withServer } from './test-support/server.js';

describe('v2 glossaries through deepl-node Translator', () => {
  it('create → list → get → use in translate → entries → delete', async () => {
    await withServer({}, async (server) => {
      const t = translator(server);
      const pairs = await t.getGlossaryLanguagePairs();
      expect(pairs).toContainEqual({ sourceLang: 'en', targetLang: 'fr' });

      const entries = new GlossaryEntries({ entries: { 'Galaxy': 'Galaxie', 'slide deck': 'diaporama' } });
      const created = await t.createGlossary('GTN terms', 'en', 'fr', entries);
      expect(created).toMatchObject({ name: 'GTN terms', ready: true, sourceLang: 'en', targetLang: 'fr', entryCount: 2 });
      expect(created.creationTime).toBeInstanceOf(Date);

      const listed = await t.listGlossaries();
      expect(listed.map((g) => g.glossaryId)).toEqual([created.glossaryId]);
      expect((await t.getGlossary(created.glossaryId)).name).toBe('GTN terms');

      const result = await t.translateText('The Galaxy slide deck', 'en', 'fr', { glossary: created });
      expect(result.text).toBe('fr: THE Galaxie diaporama');
      expect(server.requests.at(-1)?.glossaryId).toBe(created.glossaryId);

      expect((await t.getGlossaryEntries(created)).entries()).toEqual({ Galaxy: 'Galaxie', 'slide deck': 'diaporama' });

      await t.deleteGlossary(created);
      expect(await t.listGlossaries()).toEqual([]);
      await expect(t.getGlossary(created.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError);
      await expect(t.translateText('Galaxy', 'en', 'fr', { glossary: created.glossaryId })).rejects.toThrow(/not found/);
    });
  });

  it('creates from CSV and refuses a glossary whose language pair does not match', async () => {
    await withServer({}, async (server) => {
      const t = translator(server);
      const csv = Buffer.from('Galaxy,Galaxis,en,de\n"tool, shed",Werkzeug\n');
      const created = await t.createGlossaryWithCsv('csv', 'en', 'de', csv);
      expect(created.entryCount).toBe(2);
      expect((await t.getGlossaryEntries(created)).entries()).toEqual({ Galaxy: 'Galaxis', 'tool, shed': 'Werkzeug' });
      await expect(t.translateText('Galaxy', 'en', 'fr', { glossary: created })).rejects.toThrow(/Language pair/);
      expect((await t.translateText('Galaxy', 'en', 'de', { glossary: created })).text).toBe('de: Galaxis');
    });
  });

  it('validates glossary input and needs source_lang in translate', async () => {
    await withServer({}, async (server) => {
      const bad = await post(server, '/v2/glossaries', new URLSearchParams({
        name: 'x', source_lang: 'en', target_lang: 'fr', entries_format: 'tsv', entries: 'a\tb\na\tc',
      }));
      expect(bad.status).toBe(400);
      expect(bad.json).toEqual({ message: expect.stringContaining('duplicate') as unknown });
      const pair = await post(server, '/v2/glossaries', new URLSearchParams({
        name: 'x', source_lang: 'en', target_lang: 'en', entries: 'a\tb',
      }));
      expect(pair.status).toBe(400);
      const ok = await post(server, '/v2/glossaries', new URLSearchParams({
        name: 'x', source_lang: 'EN', target_lang: 'FR', entries: 'a\tb',
      }));
      expect(ok.status).toBe(201);
      const id = (ok.json as { glossary_id: string }).glossary_id;
      const noSource = await post(server, '/v2/translate', new URLSearchParams({ text: 'a', target_lang: 'FR', glossary_id: id }));
      expect(noSource.status).toBe(400);
      expect(noSource.json).toEqual({ message: expect.stringContaining('source_lang') as unknown });
    });
  });

  it('keeps glossaries per key', async () => {
    await withServer({}, async (server) => {
      const entries = new GlossaryEntries({ entries: { a: 'b' } });
      const created = await translator(server, {}, 'key-one').createGlossary('mine', 'en', 'fr', entries);
      await expect(translator(server, {}, 'key-two').getGlossary(created.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError);
    });
  });
});

describe('v3 multilingual glossaries through deepl-node DeepLClient', () => {
  it('create → get → list → entries → update → replace → use → delete dictionary → delete', async () => {
    await withServer({}, async (server) => {
      const c = client(server);
      const created = await c.createMultilingualGlossary('multi', [
        { sourceLangCode: 'en', targetLangCode: 'fr', entries: new GlossaryEntries({ entries: { hello: 'bonjour' } }) },
        { sourceLangCode: 'en', targetLangCode: 'de', entries: new GlossaryEntries({ entries: { hello: 'hallo' } }) },
      ]);
      expect(created.dictionaries).toEqual([
        { sourceLangCode: 'en', targetLangCode: 'fr', entryCount: 1 },
        { sourceLangCode: 'en', targetLangCode: 'de', entryCount: 1 },
      ]);
      expect((await c.getMultilingualGlossary(created.glossaryId)).name).toBe('multi');
      expect((await c.listMultilingualGlossaries()).map((g) => g.glossaryId)).toEqual([created.glossaryId]);
      const fr = await c.getMultilingualGlossaryDictionaryEntries(created, 'en', 'fr');
      expect(fr.entries.entries()).toEqual({ hello: 'bonjour' });

      const updated = await c.updateMultilingualGlossaryDictionary(created, {
        sourceLangCode: 'en', targetLangCode: 'fr', entries: new GlossaryEntries({ entries: { world: 'monde' } }),
      });
      expect(updated.dictionaries[0]?.entryCount).toBe(2);
      expect((await c.updateMultilingualGlossaryName(created, 'renamed')).name).toBe('renamed');

      const replaced = await c.replaceMultilingualGlossaryDictionary(created, {
        sourceLangCode: 'en', targetLangCode: 'de', entries: new GlossaryEntries({ entries: { world: 'Welt' } }),
      });
      expect(replaced).toEqual({ sourceLangCode: 'en', targetLangCode: 'de', entryCount: 1 });

      expect((await c.translateText('hello world', 'en', 'fr', { glossary: created.glossaryId })).text).toBe('fr: bonjour monde');
      expect((await c.translateText('hello world', 'en', 'de', { glossary: created.glossaryId })).text).toBe('de: HELLO Welt');

      await c.deleteMultilingualGlossaryDictionary(created, 'en', 'de');
      await expect(c.getMultilingualGlossaryDictionaryEntries(created, 'en', 'de')).rejects.toBeInstanceOf(GlossaryNotFoundError);
      await c.deleteMultilingualGlossary(created);
      expect(await c.listMultilingualGlossaries()).toEqual([]);
    });
  });

  it('accepts JSON bodies for v3 glossaries and glossary_ids in translate', async () => {
    await withServer({}, async (server) => {
      const created = await post(server, '/v3/glossaries', {
        name: 'json',
        dictionaries: [{ source_lang: 'EN', target_lang: 'FR', entries: 'cat\tchat', entries_format: 'tsv' }],
      });
      expect(created.status).toBe(201);
      const id = (created.json as { glossary_id: string }).glossary_id;
      const result = await translator(server).translateText('cat', 'en', 'fr', { glossaryIds: [id] });
      expect(result.text).toBe('fr: chat');
      const dupe = await post(server, '/v3/glossaries', {
        name: 'dupe',
        dictionaries: [
          { source_lang: 'en', target_lang: 'fr', entries: 'a\tb' },
          { source_lang: 'en', target_lang: 'fr', entries: 'c\td' },
        ],
      });
      expect(dupe.status).toBe(400);
    });
  });
});
