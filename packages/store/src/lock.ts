import { mkdir } from 'node:fs/promises';
import { DeckError } from '@deckl10n/errors';

/** How long a lock may go without being refreshed before another process may take it (ms). */
const STALE_AFTER = 5_000;

/**
 * Runs `work` while holding the project lock (`<dir>/.deckl10n.lock`), so two deckl10n processes
 * never write the same store at once. Waits up to `waitMs` for another process to finish; a
 * lock left by a killed process is taken over once it is older than a few seconds.
 */
export async function withProjectLock<T>(dir: string, work: () => Promise<T>, waitMs = 10_000): Promise<T> {
  // Loaded on first use: commands that end up writing nothing never pay for it.
  const { default: lockfile } = await import('proper-lockfile');
  await mkdir(dir, { recursive: true });
  const lockPath = `${dir}/.deckl10n.lock`;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: lockPath,
      stale: STALE_AFTER,
      update: 1_000,
      realpath: false,
      retries: { retries: Math.max(1, Math.ceil(waitMs / 250)), minTimeout: 250, maxTimeout: 250, factor: 1 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DeckError('LOCK_HELD', `another deckl10n process holds the lock ${lockPath} (waited ${Math.round(waitMs / 1000)} s)`, {
        file: lockPath,
        cause: error,
      });
    }
    throw error;
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
