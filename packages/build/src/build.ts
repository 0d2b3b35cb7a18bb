import type { LoadedConfig } from '@deckl10n/config';
import { withProjectLock } from '@deckl10n/store';
import { lockfileStatus, updateLockfile, type LockfileStatus } from './package/lockfile.js';
import { planBuild, type BuildOptions, type BuildPlan } from './plan.js';
import { writeBuild, type WriteResult } from './write.js';

/** Options of {@link build}. */
export interface RunBuildOptions extends BuildOptions {
  /** Overrides `output.updateLockfile`. */
  readonly updateLockfile?: boolean;
}

/** What a build did. */
export interface BuildResult extends WriteResult {
  readonly plan: BuildPlan;
  /** The workspace lockfile after the build (`updated` when build ran npm to bring it in step). */
  readonly lockfile: LockfileStatus & { readonly updated: boolean };
}

/**
 * `deckl10n build`: under the project lock, plans every localized deck and locale package,
 * refuses the whole build if any deck would be broken (nothing is written then), writes what
 * changed, and checks that package-lock.json knows the locale packages (updating it with npm
 * when asked to).
 */
export function build(loaded: LoadedConfig, options: RunBuildOptions = {}): Promise<BuildResult> {
  return withProjectLock(loaded.localesDir, async () => {
    const plan = await planBuild(loaded, options);
    const result = await writeBuild(plan);
    const dirs = plan.packages.map((pkg) => pkg.dir);
    let status = await lockfileStatus(loaded.root, dirs);
    let updated = false;
    if (status.root !== null && status.outOfStep.length > 0 && (options.updateLockfile ?? plan.settings.updateLockfile)) {
      await updateLockfile(status.root);
      updated = true;
      status = await lockfileStatus(loaded.root, dirs);
    }
    return { plan, ...result, lockfile: { ...status, updated } };
  });
}
