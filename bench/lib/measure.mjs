import { performance } from 'node:perf_hooks';

/**
 * Times `fn` `runs` times after `warmups` untimed calls; returns the wall times in milliseconds.
 * `fn` may return a value: it is kept so the work cannot be optimised away.
 */
export function timeRuns(fn, { runs, warmups }) {
  let sink = 0;
  for (let i = 0; i < warmups; i++) sink ^= keep(fn());
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sink ^= keep(fn());
    times.push(performance.now() - started);
  }
  globalThis.__benchSink = sink;
  return times;
}

/** How many repetitions of `fn` make a run last at least `minMs` (measured on a warm call). */
export function repetitionsFor(fn, minMs) {
  fn();
  const started = performance.now();
  fn();
  const once = Math.max(performance.now() - started, 0.01);
  return Math.max(1, Math.ceil(minMs / once));
}

function keep(value) {
  return typeof value === 'number' ? value | 0 : value == null ? 0 : 1;
}
