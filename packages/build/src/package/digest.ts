import { createHash } from 'node:crypto';
import type { PackageFile } from './model.js';

/** Files whose changes are not content: the version (changesets bumps it) and the changelog. */
const NOT_CONTENT = new Set(['package.json', 'CHANGELOG.md']);

/**
 * A digest of what a locale package publishes, independent of its version: sha-256 over the
 * sorted paths and texts of its files, package.json and CHANGELOG.md left out.
 */
export function contentDigest(files: readonly PackageFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].filter((f) => !NOT_CONTENT.has(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return hash.digest('hex');
}
