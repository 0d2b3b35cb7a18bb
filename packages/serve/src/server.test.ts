import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { loadConfig } from '@deckl10n/config';
import { repoRoot, runCli, tempDir } from '@deckl10n/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './index.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A raw HTTP request (fetch would normalise paths and refuse to set Host). */
function send(port: number, method: string, path: string, options: { body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(body);
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = (value: unknown) => ({ body: JSON.stringify(value), headers: { 'content-type': 'application/json' } });

describe('deckl10n serve API', () => {
  let dir = '';
  let server: RunningServer;
  let port = 0;
  let segments: { id: string; slide: number; kind: string; source: string; state: string; translation: string | null }[] = [];

  beforeAll(async () => {
    dir = tempDir('deckl10n-serve-');
    cpSync(join(repoRoot, 'deckl10n.config.json'), join(dir, 'project/deckl10n.config.json'));
    cpSync(join(repoRoot, 'decks'), join(dir, 'project/decks'), { recursive: true });
    const translated = runCli(['translate', '--provider', 'pseudo', '--to', 'fr'], { cwd: join(dir, 'project'), env: { DEEPL_AUTH_KEY: '' } });
    expect(translated.status, translated.stderr).toBe(0);
    mkdirSync(join(dir, 'viewer/assets'), { recursive: true });
    writeFileSync(join(dir, 'viewer/index.html'), '<!doctype html><title>viewer</title>');
    writeFileSync(join(dir, 'viewer/assets/app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'SECRET');
    server = await startServer({ loaded: await loadConfig(join(dir, 'project')), port: 0, viewerDir: join(dir, 'viewer') });
    port = server.port;
    segments = (await send(port, 'GET', '/api/decks/pangeo-ecosystem/fr')).json.segments;
  });

  afterAll(() => server?.close());

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('lists decks × languages with counts and where review starts', async () => {
    const answer = await send(port, 'GET', '/api/project');
    expect(answer.status).toBe(200);
    const deck = answer.json.decks[0];
    expect(deck.id).toBe('pangeo-ecosystem');
    expect(deck.languages.fr.counts).toMatchObject({ total: deck.segments, machine: deck.segments, missing: 0 });
    expect(deck.languages.es.counts).toMatchObject({ missing: deck.segments });
    expect(deck.languages.fr.firstWork).toMatchObject({ state: 'machine', slide: 0 });
  });

  it('reads a deck with segments, translations, states and review marks', async () => {
    const answer = await send(port, 'GET', '/api/decks/pangeo-ecosystem/es');
    expect(answer.status).toBe(200);
    expect(answer.json.localized).toBe(answer.json.source);
    expect(answer.json.marked).toMatch(/\uE000x\d+\uE002/);
    expect(answer.json.segments.every((segment: { state: string }) => segment.state === 'missing')).toBe(true);
    const fr = await send(port, 'GET', '/api/decks/pangeo-ecosystem/fr');
    expect(fr.json.localized).toContain('⟦fr');
    expect(fr.json.counts.machine).toBe(fr.json.segments.length);
    expect((await send(port, 'GET', '/api/decks/pangeo-ecosystem/en')).json.counts).toBeNull();
    const slides = await send(port, 'GET', '/api/decks/pangeo-ecosystem/fr/slides');
    expect(slides.json).toMatchObject({ id: 'pangeo-ecosystem', language: 'fr', framed: true, text: fr.json.framed, deckSlides: 32 });
    expect(slides.json.segments).toBeUndefined();
  });

  it('gives the deck title in the requested language (the source title where it is untranslated)', async () => {
    const titleSegment = segments.find((segment) => segment.kind === 'front-matter' && segment.source === 'The Pangeo ecosystem');
    expect(titleSegment?.translation).toMatch(/^⟦fr /);
    const fr = await send(port, 'GET', '/api/decks/pangeo-ecosystem/fr');
    expect(fr.json.title).toBe(titleSegment?.translation);
    expect((await send(port, 'GET', '/api/decks/pangeo-ecosystem/fr/slides')).json.title).toBe(titleSegment?.translation);
    expect((await send(port, 'GET', '/api/decks/pangeo-ecosystem/es')).json.title).toBe('The Pangeo ecosystem');
    expect((await send(port, 'GET', '/api/decks/pangeo-ecosystem/es/slides')).json.title).toBe('The Pangeo ecosystem');
    expect((await send(port, 'GET', '/api/decks/pangeo-ecosystem/en')).json.title).toBe('The Pangeo ecosystem');
  });

  it('saves an edit, then approves it, through the store', async () => {
    const segment = segments.find((candidate) => candidate.kind === 'heading' && candidate.slide === 2);
    expect(segment).toBeDefined();
    const id = segment?.id as string;
    const saved = await send(port, 'PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, json({ translation: 'Pangeo en bref' }));
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ state: 'machine', translation: 'Pangeo en bref', written: ['locales/fr/pangeo-ecosystem.state.json', 'locales/fr/pangeo-ecosystem.json'] });
    const again = await send(port, 'PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, json({ translation: 'Pangeo en bref' }));
    expect(again.json.written).toEqual([]);
    const approved = await send(port, 'POST', `/api/decks/pangeo-ecosystem/fr/segments/${id}/approve`);
    expect(approved.json).toMatchObject({ state: 'reviewed', counts: { reviewed: 1 } });
    const resources = JSON.parse(readFileSync(join(dir, 'project/locales/fr/pangeo-ecosystem.json'), 'utf8'));
    expect(resources[id]).toBe('Pangeo en bref');
    const state = JSON.parse(readFileSync(join(dir, 'project/locales/fr/pangeo-ecosystem.state.json'), 'utf8'));
    expect(state.segments[id]).toMatchObject({ state: 'reviewed', provider: 'viewer', source: segment?.source });
  });

  it('refuses a translation that breaks the slide or fails QA, writing nothing', async () => {
    const withCode = segments.find((segment) => /`[^`]+`/.test(segment.source) && segment.kind !== 'front-matter');
    const before = readFileSync(join(dir, 'project/locales/fr/pangeo-ecosystem.json'), 'utf8');
    const target = withCode ?? segments.find((segment) => segment.kind === 'paragraph');
    const answer = await send(port, 'PUT', `/api/decks/pangeo-ecosystem/fr/segments/${target?.id}`, json({ translation: 'texte ] cassé\n---\nnouvelle diapo' }));
    expect(answer.status).toBe(422);
    expect(answer.json.error.code).toBe('TRANSLATION_REFUSED');
    expect(answer.json.error.findings.some((finding: { severity: string }) => finding.severity === 'error')).toBe(true);
    expect(readFileSync(join(dir, 'project/locales/fr/pangeo-ecosystem.json'), 'utf8')).toBe(before);
  });

  it('answers bad requests with clear errors', async () => {
    const id = segments[1]?.id as string;
    const cases: [string, string, { body?: string; headers?: Record<string, string> }, number, string][] = [
      ['GET', '/api/decks/nope/fr', {}, 404, 'DECK_UNKNOWN'],
      ['GET', '/api/decks/pangeo-ecosystem/de', {}, 404, 'LANGUAGE_UNKNOWN'],
      ['PUT', '/api/decks/pangeo-ecosystem/fr/segments/zzzz', json({ translation: 'x' }), 404, 'SEGMENT_UNKNOWN'],
      ['PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, json({ translation: 42 }), 400, 'SERVE_BAD_REQUEST'],
      ['PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, json({ translation: 'x', approve: 'yes' }), 400, 'SERVE_BAD_REQUEST'],
      ['PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, json({ translation: 'x', extra: 1 }), 400, 'SERVE_BAD_REQUEST'],
      ['PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, json(['x']), 400, 'SERVE_BAD_REQUEST'],
      ['PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, { body: '{"translation": "x"', headers: { 'content-type': 'application/json' } }, 400, 'SERVE_BAD_REQUEST'],
      ['PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, { body: 'translation=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 400, 'SERVE_BAD_REQUEST'],
      ['PUT', `/api/decks/pangeo-ecosystem/fr/segments/${id}`, json({ translation: 'x'.repeat(70_000) }), 413, 'SERVE_BODY_TOO_LARGE'],
      ['PUT', `/api/decks/pangeo-ecosystem/en/segments/${id}`, json({ translation: 'x' }), 404, 'LANGUAGE_UNKNOWN'],
      ['POST', `/api/decks/pangeo-ecosystem/es/segments/${id}/approve`, {}, 409, 'APPROVE_NOTHING'],
      ['GET', '/api/nothing', {}, 404, 'SERVE_NOT_FOUND'],
      ['DELETE', '/api/project', {}, 405, 'SERVE_NOT_FOUND'],
    ];
    for (const [method, path, options, status, code] of cases) {
      const answer = await send(port, method, path, options);
      expect([method, path, answer.status, answer.json?.error?.code]).toEqual([method, path, status, code]);
      expect(answer.json.error.message.length).toBeGreaterThan(10);
    }
  });

  it('serves the viewer and nothing outside it (path traversal)', async () => {
    expect((await send(port, 'GET', '/')).body).toContain('<title>viewer</title>');
    const asset = await send(port, 'GET', '/assets/app.js');
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['content-security-policy']).toContain("script-src 'self'");
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/secret.txt', '/api/decks/..%2f..%2fsecret/fr', '/api/decks/pangeo-ecosystem/..%2f..%2fsecret']) {
      const answer = await send(port, 'GET', path);
      expect([path, answer.status]).toEqual([path, 404]);
      expect(answer.body).not.toContain('SECRET');
    }
  });

  it('refuses other hosts and origins (DNS rebinding, cross-site calls)', async () => {
    const evil = await send(port, 'GET', '/api/project', { headers: { host: `evil.example:${port}` } });
    expect([evil.status, evil.json.error.code]).toEqual([403, 'SERVE_FORBIDDEN']);
    const origin = await send(port, 'PUT', `/api/decks/pangeo-ecosystem/fr/segments/${segments[0]?.id}`, { ...json({ translation: 'x' }), headers: { 'content-type': 'application/json', origin: 'http://evil.example' } });
    expect(origin.status).toBe(403);
    const local = await send(port, 'GET', '/api/project', { headers: { host: `localhost:${port}`, origin: `http://localhost:${port}` } });
    expect(local.status).toBe(200);
  });
});
