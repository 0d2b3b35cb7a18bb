/**
 * Whole-process runs for the tool comparisons: wall time, CPU time of the whole process tree
 * (user + system of every waited-for descendant, from bash's `times`), exit status and a timeout
 * that ends the whole process group (coreutils `timeout`).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * @typedef {object} ProcessRun
 * @property {number} wallMs
 * @property {number} cpuMs        user + system time of the command and its children
 * @property {number | null} status exit status (124 after a timeout)
 * @property {boolean} timedOut
 * @property {string} stdout
 * @property {string} stderr
 */

// `times` prints the shell's own times, then its children's: "0m1.250s 0m0.100s". The command's
// output goes to files and only their ends are passed on: po4a looping on a deck prints warnings
// until it is killed, hundreds of MB in 15 s on a fast machine, more than any pipe buffer holds.
const WRAPPER = [
  'out=$(mktemp) && err=$(mktemp) || exit 125',
  'timeout -k 2 "$0" "$@" >"$out" 2>"$err"; status=$?',
  'tail -c 16777216 "$out"; tail -c 1048576 "$err" >&2; rm -f "$out" "$err"',
  'times >&2; exit $status',
].join('; ');

/**
 * Runs `command args…` in `cwd`, ended (with its process group) after `timeoutMs`.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string, timeoutMs?: number, env?: NodeJS.ProcessEnv, input?: string }} options
 * @returns {ProcessRun}
 */
export function runProcess(command, args, { cwd, timeoutMs = 120_000, env = childEnv(), input = '' }) {
  const seconds = `${Math.max(1, Math.round(timeoutMs / 1000))}s`;
  const started = performance.now();
  const result = spawnSync('bash', ['-c', WRAPPER, seconds, command, ...args], {
    cwd,
    env,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (result.error) throw result.error;
  const { stderr, cpuMs } = splitTimes(result.stderr);
  return { wallMs, cpuMs, status: result.status, timedOut: result.status === 124, stdout: result.stdout, stderr };
}

/** Runs a process and throws with its stderr unless it exits 0. */
export function runOrThrow(command, args, options) {
  const run = runProcess(command, args, options);
  if (run.status !== 0) {
    const why = run.timedOut ? 'timed out' : `exited ${run.status}`;
    throw new Error(`${command} ${args.join(' ').slice(0, 120)} ${why}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  return run;
}

/** Removes the two `times` lines from stderr; the children's user + system time in ms. */
export function splitTimes(stderr) {
  const lines = stderr.replace(/\n$/, '').split('\n');
  const children = lines.at(-1) ?? '';
  const match = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(children);
  if (match === null) return { stderr, cpuMs: Number.NaN };
  const [, um, us, sm, ss] = match;
  const cpuMs = (Number(um) * 60 + Number(us) + Number(sm) * 60 + Number(ss)) * 1000;
  return { stderr: lines.slice(0, -2).join('\n'), cpuMs };
}

/**
 * The children's environment: without variables that change Node's startup (a CA bundle in
 * NODE_EXTRA_CA_CERTS alone adds tens of milliseconds to every start), C locale messages.
 */
export function childEnv() {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', LC_ALL: 'C.UTF-8' };
  for (const variable of ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_DEBUG', 'NODE_V8_COVERAGE']) delete env[variable];
  return env;
}
