import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { cliPath, repoRoot, runCli, tempDir } from '@deckl10n/test-support';

/** Debian's Chromium (scripts/setup-test-deps.sh installs it). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where screenshots go (gitignored). */
export const SHOTS = join(repoRoot, 'test-output', 'viewer');

/** The flags Chromium needs on these machines: no sandbox as root, no background network. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A temp copy of the example project (config + decks) with pseudo translations into fr and es. */
export function exampleProject(): string {
  const dir = tempDir('deckl10n-viewer-e2e-');
  cpSync(join(repoRoot, 'deckl10n.config.json'), join(dir, 'deckl10n.config.json'));
  cpSync(join(repoRoot, 'decks'), join(dir, 'decks'), { recursive: true });
  const run = runCli(['translate', '--provider', 'pseudo'], { cwd: dir, env: { DEEPL_AUTH_KEY: '' } });
  if (run.status !== 0) throw new Error(`translate failed: ${run.stderr}`);
  return dir;
}

/** `deckl10n serve --port 0` running in `dir`, and its URL. */
export async function startServe(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /deckl10n serve: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}${err}`)));
  });
  return { url, child };
}

/** Headless Chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** True when the browser and the built CLI are there. */
export const canRun = existsSync(CHROMIUM) && existsSync(cliPath);
