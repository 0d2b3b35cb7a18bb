import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@deckl10n/config';
import { startDeeplServer, type DeeplServerHandle } from '@deckl10n/deepl-server';
import { createDeeplProvider, createPseudoProvider, toXml, xmlBillableCharacters } from '@deckl10n/providers';
import { readDeckTranslations } from '@deckl10n/store';
import { tempDir } from '@deckl10n/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSourceDecks } from './project.js';
import { translateProject } from './translate.js';
import type { TranslationCheck } from './translation-check.js';

const KEY = 'sync-test-key:fx';
const servers: DeeplServerHandle[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A project with one generated deck: `slides` slides of `perSlide` paragraphs made by `text`. */
async function project(slides: number, perSlide: number, text: (slide: number, item: number) => string, concurrency = 4) {
  const root = tempDir();
  const body = Array.from({ length: slides }, (_, s) => `## Slide ${s + 1} title\n\n${Array.from({ length: perSlide }, (_, i) => text(s, i)).join('\n\n')}\n`);
  mkdirSync(join(root, 'decks/big'), { recursive: true });
  writeFileSync(join(root, 'decks/big/slides.md'), `---\ntitle: Generated deck\n---\n${body.join('\n---\n\n')}`);
  writeFileSync(join(root, 'deckl10n.config.json'), JSON.stringify({ targetLanguages: ['fr'], translation: { concurrency } }));
  const loaded = await loadConfig(root);
  return { root, loaded, sources: await loadSourceDecks(loaded) };
}

async function server(latencyMs = 0) {
  const s = await startDeeplServer({ keys: [KEY], latencyMs });
  servers.push(s);
  return s;
}

const deepl = (s: DeeplServerHandle, concurrency = 4) =>
  createDeeplProvider({ authKey: KEY, serverUrl: s.url, sourceLanguage: 'en', concurrency, maxRetries: 2, timeoutMs: 2_000 });

const billable = (texts: Iterable<string>) => [...new Set(texts)].reduce((sum, text) => sum + xmlBillableCharacters(toXml(text).xml), 0);

describe('translateProject with DeepL', () => {
  it('keeps every request within 50 texts and 128 KiB, even for long non-ASCII texts', async () => {
    // 2 slides × 60 paragraphs of ~2,400 bytes URL-encoded to ~6 KiB each: batches must split by size.
    const { loaded, sources } = await project(2, 60, (s, i) => `Paragraphe ${s}-${i} : ${'déjà vu, très élégant. '.repeat(100)}`);
    const s = await server();
    const summary = await translateProject(loaded, sources, { languages: ['fr'], provider: deepl(s) });
    const translate = s.requests.filter((r) => r.path === '/v2/translate');
    expect(translate.every((r) => r.status === 200 && r.texts <= 50 && r.bodyBytes <= 128 * 1024)).toBe(true);
    expect(Math.max(...translate.map((r) => r.bodyBytes))).toBeGreaterThan(64 * 1024); // batches are filled, not tiny
    expect(summary.segments).toBe(sources[0]?.segments.length);
    expect(summary.billedCharacters).toBe(s.usage(KEY).characterCount);
  });

  it('sends identical texts once and fills every segment that has them', async () => {
    const { loaded, sources } = await project(6, 5, (_s, i) => `Shared paragraph number ${i} with \`code\`.`);
    const s = await server();
    const summary = await translateProject(loaded, sources, { languages: ['fr'], provider: deepl(s) });
    const segments = sources[0]?.segments ?? [];
    expect(summary).toMatchObject({ segments: segments.length, texts: new Set(segments.map((x) => x.text)).size });
    expect(s.requests.filter((r) => r.path === '/v2/translate').reduce((n, r) => n + r.texts, 0)).toBe(summary.texts);
    expect(s.usage(KEY).characterCount).toBe(billable(segments.map((x) => x.text)));
    const stored = await readDeckTranslations({ localesDir: loaded.localesDir, deckId: 'big', language: 'fr', sourceLanguage: 'en', deckPath: 'decks/big/slides.md' });
    expect(segments.every((x) => stored.entries.get(x.id)?.translation.startsWith('fr: '))).toBe(true);
  });

  it('sends the slide title as context and never more requests at once than the concurrency', async () => {
    const { loaded, sources } = await project(12, 3, (s, i) => `Text ${i} of slide ${s}.`);
    const s = await server(60);
    await translateProject(loaded, sources, { languages: ['fr'], provider: deepl(s, 2) });
    const translate = s.requests.filter((r) => r.path === '/v2/translate');
    expect(new Set(translate.map((r) => r.context))).toEqual(new Set(['Generated deck', ...Array.from({ length: 12 }, (_, i) => `Generated deck — Slide ${i + 1} title`)]));
    const spans = translate.map((r) => ({ start: Date.parse(r.time), end: Date.parse(r.time) + r.durationMs }));
    const overlap = Math.max(...spans.map((a) => spans.filter((b) => b.start <= a.start && a.start < b.end).length));
    expect(overlap).toBe(2);
  });

  it('stops on 456 with everything done saved, and a rerun bills only the rest', async () => {
    const { loaded, sources } = await project(10, 4, (s, i) => `Paragraph ${i} on slide ${s} says something useful.`, 1);
    const s = await server();
    s.setQuotaAfter(400);
    const error = await translateProject(loaded, sources, { languages: ['fr'], provider: deepl(s, 1) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DEEPL_QUOTA' });
    expect(String(error)).toMatch(/\d+ segment translations made before the stop are saved/);
    const key = { localesDir: loaded.localesDir, deckId: 'big', language: 'fr', sourceLanguage: 'en', deckPath: 'decks/big/slides.md' };
    const saved = (await readDeckTranslations(key)).entries.size;
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(sources[0]?.segments.length ?? 0);
    s.setQuotaAfter(null);
    const rerun = await translateProject(loaded, sources, { languages: ['fr'], provider: deepl(s, 1) });
    expect(rerun.segments).toBe((sources[0]?.segments.length ?? 0) - saved);
    expect(s.usage(KEY).characterCount).toBe(billable((sources[0]?.segments ?? []).map((x) => x.text)));
  });

  it('checks every machine translation: findings stored with the entry after the provider problem, counted, still machine', async () => {
    const { loaded, sources } = await project(2, 3, (s, i) => (i === 0 ? `See [the guide ${s}](https://example.org/${s}) first.` : `Plain paragraph ${i} on slide ${s}.`));
    const s = await startDeeplServer({ keys: [KEY], adversarial: ['drop'] });
    servers.push(s);
    // A check of the hook's contract: it flags a translation identical to its source.
    const unchanged: TranslationCheck = (source, translation, kind) =>
      translation === source ? [{ code: 'QA_UNCHANGED', severity: 'warning', message: `the ${kind} is still in the source language` }] : [];
    const summary = await translateProject(loaded, sources, { languages: ['fr'], provider: deepl(s), check: unchanged });
    const segments = sources[0]?.segments ?? [];
    const linked = segments.filter((segment) => segment.text.startsWith('See ['));
    expect(linked).toHaveLength(2);
    const key = { localesDir: loaded.localesDir, deckId: 'big', language: 'fr', sourceLanguage: 'en', deckPath: 'decks/big/slides.md' };
    const entries = (await readDeckTranslations(key)).entries;
    expect(entries.size).toBe(segments.length);
    for (const segment of segments) {
      const entry = entries.get(segment.id);
      expect(entry?.state).toBe('machine');
      if (linked.includes(segment)) {
        // DeepL broke the link twice: the source is kept, with the provider's problem, then the check's finding.
        expect(entry?.translation).toBe(segment.text);
        expect(entry?.qa?.map((finding) => [finding.code, finding.severity])).toEqual([['MT_MARKUP', 'error'], ['QA_UNCHANGED', 'warning']]);
        expect(entry?.qa?.[1]?.message).toBe('the paragraph is still in the source language');
      } else {
        expect(entry?.translation).not.toBe(segment.text);
        expect(entry?.qa).toBeUndefined();
      }
    }
    expect(summary.qa).toEqual({ errors: 2, warnings: 2 });
    expect(summary.languages['fr']?.qa).toEqual({ errors: 2, warnings: 2 });
  });

  it('a dry run counts per language and touches neither network nor disk', async () => {
    const { root, loaded, sources } = await project(3, 2, (s, i) => `Text ${i}/${s} with [a link](https://example.org).`);
    const summary = await translateProject(loaded, sources, { languages: ['fr'], provider: deepl(await server()), dryRun: true });
    expect(summary.languages['fr']).toMatchObject({ segments: 10, texts: 10, requests: 0, billedCharacters: 0 }) // 9 paragraphs and the title;
    expect(summary.characters).toBe(billable((sources[0]?.segments ?? []).map((x) => x.text)));
    expect(servers[0]?.requests).toEqual([]);
    expect(() => readFileSync(join(root, 'locales/fr/big.json'))).toThrow();
    const pseudo = await translateProject(loaded, sources, { languages: ['fr'], provider: createPseudoProvider(), dryRun: true });
    expect(pseudo.characters).toBe((sources[0]?.segments ?? []).reduce((n, x) => n + [...x.text].length, 0));
  });
});
