import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplServer, type DeeplServerHandle, type FaultStep } from '@deckl10n/deepl-server';
import { filesUnder } from '@deckl10n/test-support';
import { runCliAsync, type ChildEnd } from './cli-process.js';
import { exampleProject } from './project.js';

/**
 * A recognisable fake DeepL key is passed to every command through every DeepL error path
 * (wrong key, quota, server errors, broken answers, no server at all); it must never appear in
 * what deckl10n prints or in any file it writes.
 */
const CANARY = 'SECRET-7f3a9c1e-canary-b42d:fx';
const secretParts = [CANARY, CANARY.slice(7, 23), 'canary-b42d'];

function leaks(text: string): string[] {
  return secretParts.filter((part) => text.includes(part));
}

describe('the DeepL key never leaks', () => {
  let accepting: DeeplServerHandle;
  let refusing: DeeplServerHandle;
  beforeAll(async () => {
    accepting = await startDeeplServer({ keys: [CANARY], latencyMs: 0 });
    refusing = await startDeeplServer({ keys: ['some-other-key:fx'] });
  });
  afterAll(async () => {
    await Promise.all([accepting.close(), refusing.close()]);
  });

  it('through translate error paths and every other command', async () => {
    const project = exampleProject();
    const runs: { label: string; end: ChildEnd }[] = [];
    const run = async (label: string, args: string[], serverUrl: string, faults: readonly FaultStep[] = []) => {
      accepting.setFaults(faults, { path: '/v2/translate' });
      const end = await runCliAsync(args, { cwd: project, env: { DEEPL_AUTH_KEY: CANARY, DEEPL_SERVER_URL: serverUrl } });
      runs.push({ label, end });
      return end;
    };
    const translate = ['translate', '--provider', 'deepl'];
    expect((await run('wrong key (403)', translate, refusing.url)).status).not.toBe(0);
    expect((await run('no server', translate, 'http://127.0.0.1:9')).status).not.toBe(0);
    expect((await run('quota (456)', translate, accepting.url, [456])).status).not.toBe(0);
    await run('server errors (500 storm)', translate, accepting.url, Array<FaultStep>(12).fill(500));
    await run('malformed answer', translate, accepting.url, ['malformed', 'wrong-shape', 'missing-translation']);
    await run('dry run', [...translate, '--dry-run'], accepting.url);
    expect((await run('translate', translate, accepting.url)).status).toBe(0);
    for (const args of [
      ['status'],
      ['diff', '--lang', 'fr'],
      ['qa'],
      ['review', 'export', '--lang', 'fr', '--format', 'xliff', '--out', 'review-fr.xlf'],
      ['review', 'export', '--lang', 'es', '--format', 'po', '--out', 'review-es.po'],
      ['review', 'import', 'review-es.po'],
      ['build'],
      ['render', 'decks/pangeo-ecosystem/slides.md', '--lang', 'fr'],
    ]) {
      await run(args.join(' '), args, accepting.url);
    }
    expect(runs.find((r) => r.label.startsWith('build'))?.end.status).toBe(0);

    for (const { label, end } of runs) {
      expect(leaks(end.stdout), `${label}: stdout`).toEqual([]);
      expect(leaks(end.stderr), `${label}: stderr`).toEqual([]);
    }
    const written = filesUnder(project);
    expect(written.some((file) => file.endsWith('.state.json'))).toBe(true);
    for (const file of written) expect(leaks(readFileSync(file, 'latin1')), file).toEqual([]);
  }, 180_000);
});
