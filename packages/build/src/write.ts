import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeIfChanged } from '@deckl10n/store';
import type { BuildPlan } from './plan.js';

/** What a write changed on disk. */
export interface WriteResult {
  /** Absolute paths of files written (their bytes changed). */
  readonly written: readonly string[];
  /** Absolute paths of deck copies removed from packages (no longer built). */
  readonly removed: readonly string[];
}

/**
 * Writes a build plan: each file atomically and only when its bytes change (so a second build
 * writes nothing), and removes deck copies under `locales/<lng>/decks/` that are no longer built.
 */
export async function writeBuild(plan: BuildPlan): Promise<WriteResult> {
  const written: string[] = [];
  const removed: string[] = [];
  for (const { file, text } of plan.files) if (await writeIfChanged(file, text)) written.push(file);
  for (const pkg of plan.packages) {
    for (const { path, text } of pkg.files) {
      const file = join(pkg.dir, path);
      if (await writeIfChanged(file, text)) written.push(file);
    }
    for (const path of pkg.obsolete) {
      const file = join(pkg.dir, path);
      await rm(file, { force: true });
      removed.push(file);
    }
  }
  return { written, removed };
}
