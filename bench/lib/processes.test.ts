import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runProcess, splitTimes } from './processes.mjs';

describe('splitTimes', () => {
  it('takes the children times off the end of stderr', () => {
    expect(splitTimes('warning: x\n0m0.010s 0m0.002s\n1m2.500s 0m0.250s\n')).toEqual({ stderr: 'warning: x', cpuMs: 62_750 });
  });

  it('leaves stderr alone when there are no times', () => {
    const result = splitTimes('killed\n');
    expect(result.stderr).toBe('killed\n');
    expect(result.cpuMs).toBeNaN();
  });
});

describe('runProcess', () => {
  it('returns the status, output and a CPU time', () => {
    const run = runProcess('sh', ['-c', 'echo out; echo err >&2; exit 3'], { cwd: tmpdir() });
    expect(run).toMatchObject({ status: 3, timedOut: false, stdout: 'out\n', stderr: 'err' });
    expect(run.cpuMs).toBeGreaterThanOrEqual(0);
  });

  it('ends a process that runs over its timeout, with its children', () => {
    const run = runProcess('sh', ['-c', 'sleep 30 & sleep 30; wait'], { cwd: tmpdir(), timeoutMs: 1000 });
    expect(run.timedOut).toBe(true);
    expect(run.wallMs).toBeLessThan(15_000);
  });
});
