import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { QuotaExceededError, Translator } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { formatLogLine, parseCliArgs } from './cli-args.js';
import { keyLabel } from './keys.js';

describe('command-line arguments', () => {
  it('parses options into server options', () => {
    expect(parseCliArgs(['--port', '8123', '--latency', '20', '--keys', 'a, b:fx,', '--char-limit', '1000', '--quota-after', '50', '--bill-markup', '--quiet'])).toEqual({
      kind: 'run',
      quiet: true,
      options: { port: 8123, latencyMs: 20, keys: ['a', 'b:fx'], characterLimit: 1000, quotaAfterCharacters: 50, billMarkup: true },
    });
    expect(parseCliArgs([])).toEqual({ kind: 'run', quiet: false, options: {} });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it('rejects bad values and unknown options', () => {
    expect(() => parseCliArgs(['--port', '-1'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/65535/);
    expect(() => parseCliArgs(['--latency', '1.5'])).toThrow(/--latency/);
    expect(() => parseCliArgs(['--keys', ' , '])).toThrow(/--keys/);
    expect(() => parseCliArgs(['--host', '0.0.0.0'])).toThrow();
  });

  it('formats log lines with the key label only', () => {
    const line = formatLogLine({
      seq: 1, time: 't', method: 'POST', path: '/v2/translate', keyLabel: keyLabel('k'), texts: 2, characters: 9,
      billedCharacters: 9, status: 200, fault: undefined, adversarial: [], aborted: false, durationMs: 3, bodyType: 'form',
      targetLang: 'FR', sourceLang: undefined, formality: undefined, tagHandling: undefined, glossaryId: undefined, context: undefined, bodyBytes: 0,
    });
    expect(line).toBe(`t POST /v2/translate 200 3ms key=${keyLabel('k')} texts=2 chars=9 billed=9`);
  });
});

describe('deckl10n-deepl-server process', () => {
  it('prints its URL, serves deepl-node across clients, logs without keys, stops on SIGTERM', async () => {
    const key = 'cli-secret-key:fx';
    const packageDir = fileURLToPath(new URL('..', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', './src/test-support/register-ts.mjs', 'src/bin.ts', '--keys', `${key},other`, '--char-limit', '12', '--latency', '5'],
      { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const line = stdout.split('\n')[0];
          if (stdout.includes('\n') && line !== undefined) resolve(line);
        });
        child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      // Two independent client "runs" against the same server share the key's usage.
      await new Translator(key, { serverUrl: url }).translateText('Hello', null, 'fr');
      const second = new Translator(key, { serverUrl: url, maxRetries: 0 });
      expect((await second.getUsage()).character?.count).toBe(5);
      await second.translateText('world!', null, 'fr');
      await expect(second.translateText('more', null, 'fr')).rejects.toBeInstanceOf(QuotaExceededError);

      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
      expect(stderr).toMatch(/POST \/v2\/translate 200 \d+ms key=key-[0-9a-f]{12} texts=1 chars=5 billed=5/);
      expect(stderr).toMatch(/POST \/v2\/translate 456 /);
      expect(stdout + stderr).not.toContain(key);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
