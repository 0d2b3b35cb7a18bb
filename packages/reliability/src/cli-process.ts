import { spawn } from 'node:child_process';
import { cliPath } from '@deckl10n/test-support';

/** How a CLI child process ended. */
export interface ChildEnd {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A running `deckl10n` child process. */
export interface RunningCli {
  /** SIGKILL: a crash or a power cut at an arbitrary point; no cleanup runs. */
  kill(): void;
  /** What it has printed on stdout so far. */
  output(): string;
  readonly done: Promise<ChildEnd>;
}

/** Starts the built `deckl10n` in a child process without blocking this one's event loop. */
export function startCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunningCli {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<ChildEnd>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { kill: () => child.kill('SIGKILL'), output: () => stdout, done };
}

/** Runs the built `deckl10n` to its end, asynchronously. */
export function runCliAsync(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ChildEnd> {
  return startCli(args, options).done;
}

/** Polls `condition` every few milliseconds until it holds or `process` ends. */
export async function whenTrue(condition: () => boolean, running: RunningCli): Promise<boolean> {
  let ended = false;
  void running.done.then(() => (ended = true));
  while (!ended) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}
