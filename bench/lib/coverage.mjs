/**
 * V8 block coverage of this process through the inspector: after `start()`, each `take()`
 * returns the blocks (script, range) executed since the previous `take()`, as strings.
 */
import { Session } from 'node:inspector/promises';

export async function startBlockCoverage(scriptFilter) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  return {
    /** Blocks run since the last call, as `url:start-end` strings (only scripts passing the filter). */
    async take() {
      const { result } = await session.post('Profiler.takePreciseCoverage');
      const blocks = [];
      for (const script of result) {
        if (!scriptFilter(script.url)) continue;
        for (const fn of script.functions) {
          for (const range of fn.ranges) if (range.count > 0) blocks.push(`${script.url}:${range.startOffset}-${range.endOffset}`);
        }
      }
      return blocks;
    },
    async stop() {
      await session.post('Profiler.stopPreciseCoverage');
      session.disconnect();
    },
  };
}
