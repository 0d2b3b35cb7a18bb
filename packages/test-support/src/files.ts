import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` with its modification time (to prove that a run wrote nothing). */
export function mtimes(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(path, statSync(path).mtimeMs);
    }
  };
  walk(dir);
  return found;
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return [...mtimes(dir).keys()];
}
