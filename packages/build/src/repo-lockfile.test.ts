import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { lockfileStatus } from './package/lockfile.js';

/**
 * The repository's own locale packages are npm workspaces (`locales/*`): package-lock.json must
 * have them as their package.json says, or `npm ci` on a fresh clone refuses to install. (The
 * check npm ci makes, without running npm: `deckl10n build --update-lockfile` fixes it.)
 */
const localesDir = join(repoRoot, 'locales');
const packages = existsSync(localesDir)
  ? readdirSync(localesDir)
      .map((language) => join(localesDir, language))
      .filter((dir) => existsSync(join(dir, 'package.json')))
  : [];

describe('the repository lockfile', () => {
  it.skipIf(packages.length === 0)('has every locale package of the repository as it is', async () => {
    const status = await lockfileStatus(repoRoot, packages);
    expect(status.root).toBe(repoRoot);
    expect(status.outOfStep).toEqual([]);
  });
});
