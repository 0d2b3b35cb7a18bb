// Whole-process time of `deckl10n check` over the corpus, against Node's own startup.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cliPath, repoRoot } from '@deckl10n/test-support';
import { hasCorpus, loadCorpus, totalBytes } from '../lib/decks.mjs';
import { formatMegabytes, formatSummary, summarize } from '../lib/stats.mjs';

export const name = 'check-process';
export const title = '`deckl10n check` over the corpus (whole process)';

const TARGET_MS = 300;

const columns = [
  'Command',
  'Input',
  { label: 'wall ms (min / median / max)', align: 'right' },
  'Target',
  'Result',
];

export async function run(options) {
  const loadBefore = os.loadavg()[0];
  const baseline = ['-e', ''];
  const rows = [];
  const decks = hasCorpus ? loadCorpus() : [];
  const problem = decks.length === 0 ? 'corpus absent (../shared/corpus)' : cliProblem(decks.map((deck) => deck.path));
  if (problem !== null) {
    const times = timeProcess(baseline, options).map((run) => run.ms);
    return {
      columns,
      rows: [
        ['`node -e ""` (Node startup)', '—', formatSummary(summarize(times)), '—', 'baseline'],
        ['`deckl10n check <corpus>`', problem, '', `< ${TARGET_MS / 1000} s`, 'not measured'],
      ],
      notes: [],
    };
  }
  const check = [cliPath, 'check', ...decks.map((deck) => deck.path)];
  // Alternate the two commands so both see the same moments of a noisy machine.
  const startup = [];
  const whole = [];
  const extra = [];
  for (let i = 0; i < options.warmups; i++) {
    spawn(baseline);
    spawn(check);
  }
  for (let i = 0; i < options.runs; i++) {
    const a = spawn(baseline);
    const b = spawn(check);
    startup.push(a.ms);
    whole.push(b.ms);
    extra.push(b.ms - a.ms);
  }
  const wholeSummary = summarize(whole);
  const input = `${decks.length} decks, ${formatMegabytes(totalBytes(decks))}, one process`;
  rows.push(
    ['`node -e ""` (Node startup)', '—', formatSummary(summarize(startup)), '—', 'baseline'],
    ['`node packages/cli/bin/deckl10n.js check <corpus>`', input, formatSummary(wholeSummary), `< ${TARGET_MS / 1000} s`, wholeSummary.median < TARGET_MS ? 'pass' : 'FAIL'],
    ['check minus startup (same run pairs)', input, formatSummary(summarize(extra)), '—', ''],
  );
  rows.push([
    'check ÷ startup',
    '',
    formatSummary(summarize(whole.map((ms, index) => ms / startup[index])), 2).replace(/[\d.]+/g, '×$&'),
    '—',
    '',
  ]);
  return {
    columns,
    rows,
    notes: [
      'Wall time from spawning the process to its exit (spawnSync, timed with performance.now), output captured and discarded. Children run without NODE_OPTIONS and NODE_EXTRA_CA_CERTS, which slow every Node start.',
      `Pass when the median is under ${TARGET_MS} ms. Startup and check runs alternate; differences and ratios are per pair.`,
      'check parses every deck, runs the diagnostics and verifies the byte-exact round trip; its exit status is 0 (no errors) or 1 (errors found in decks), both count as a completed run.',
      `Load average (1 min) when the suite started and ended: ${loadBefore.toFixed(1)} and ${os.loadavg()[0].toFixed(1)}, on ${os.cpus().length} cores; with more runnable jobs than cores, every process start waits for a core.`,
    ],
  };
}

/** Why the CLI cannot be measured (missing, unbuilt, crashing), or null when a check run completes. */
function cliProblem(paths) {
  if (!existsSync(cliPath)) return 'CLI missing: packages/cli/bin/deckl10n.js not found';
  const result = spawnOnce([cliPath, 'check', ...paths]);
  if (result.error) return `CLI failed to start: ${result.error.message}`;
  if (result.status !== 0 && result.status !== 1) {
    const reason = (result.stderr || result.stdout || '').trim().split('\n')[0] ?? '';
    return `CLI failed (exit ${result.status ?? result.signal}): ${reason.slice(0, 120)}`;
  }
  return null;
}

function timeProcess(args, options) {
  for (let i = 0; i < options.warmups; i++) spawn(args);
  return Array.from({ length: options.runs }, () => spawn(args));
}

function spawn(args) {
  const started = performance.now();
  const result = spawnOnce(args);
  const ms = performance.now() - started;
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new Error(`node ${args.join(' ').slice(0, 80)}… failed with ${result.status ?? result.error}`);
  }
  return { ms };
}

/**
 * The children's environment: the same for both commands and for direct and turbo runs (turbo
 * drops undeclared variables), without variables that change Node's startup; a CA bundle in
 * NODE_EXTRA_CA_CERTS alone adds tens of milliseconds to every start.
 */
function childEnv() {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const variable of ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_DEBUG', 'NODE_V8_COVERAGE']) delete env[variable];
  return env;
}

function spawnOnce(args) {
  return spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
