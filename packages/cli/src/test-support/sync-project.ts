/**
 * Helpers for the end-to-end tests of the sync commands: a temp copy of the example project,
 * the fake DeepL server in its own process (so the synchronous `runCli` can talk to it), file
 * modification times.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot, tempDir } from '@deckl10n/test-support';

export { mtimes } from '@deckl10n/test-support';

/** A recognisable fake DeepL key: tests assert it never appears in any output or file. */
export const FAKE_KEY = 'FAKE-DEEPL-KEY-0d9c2f71-SECRET-e2e:fx';

/** A temp project: the example deck and the repository's config. */
export function exampleProject(): string {
  const root = tempDir('deckl10n-sync-');
  mkdirSync(join(root, 'decks'), { recursive: true });
  cpSync(join(repoRoot, 'decks/pangeo-ecosystem'), join(root, 'decks/pangeo-ecosystem'), { recursive: true });
  cpSync(join(repoRoot, 'deckl10n.config.json'), join(root, 'deckl10n.config.json'));
  return root;
}

/** The fake DeepL server running in a child process. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Applies a control patch (latency, faults, quota, adversarial…). */
  control(patch: Record<string, unknown>): Promise<void>;
  /** Characters billed to `key` so far. */
  billed(key?: string): Promise<number>;
  /** The request log. */
  requests(): Promise<{ path: string; method: string; status: number; texts: number; billedCharacters: number }[]>;
  stop(): Promise<void>;
}

/** Starts `deckl10n-deepl-server` accepting FAKE_KEY; resolves once it prints its URL. */
export async function startServerProcess(args: readonly string[] = []): Promise<ServerProcess> {
  const bin = join(repoRoot, 'packages/deepl-server/dist/bin.js');
  const child = spawn(process.execPath, [bin, '--keys', FAKE_KEY, '--quiet', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`deepl server exited with ${code}`)));
  });
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  return {
    url,
    child,
    control: async (patch) => void (await post('/__control', patch)),
    billed: async (key = FAKE_KEY) => Number((await post('/__control/usage', { key }))['character_count']),
    requests: async () => ((await (await fetch(`${url}/__control/requests`)).json()) as { requests: Awaited<ReturnType<ServerProcess['requests']>> }).requests,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
