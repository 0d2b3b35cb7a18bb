import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';

/** The built CLI entry (run `npm run build` first; `npm test` does). */
export const cliPath = join(repoRoot, 'packages/cli/bin/deckl10n.js');

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `deckl10n` binary in a child process. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'deckl10n-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Copies a file or folder into a fresh temporary directory and returns the directory. */
export function copyToTemp(path: string, name: string): string {
  const dir = tempDir();
  cpSync(path, join(dir, name), { recursive: true });
  return dir;
}
