import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import type { LoadedConfig } from '@deckl10n/config';
import { withProjectLock, writeIfChanged } from '@deckl10n/store';
import { alignedTranslations, loadSourceDecks, stateOf } from '@deckl10n/sync';
import { lockfileStatus } from '../package/lockfile.js';
import type { LocalePackage } from '../package/model.js';
import { isCatalog, planBuild, type BuildPlan } from '../plan.js';
import { changesetText } from './changeset-file.js';
import { comparePackage, type PackageChange } from './compare.js';
import { readReleaseRecord, segmentMark, writeReleaseRecord, type ReleaseRecord } from './snapshot.js';

/** A changeset written (or that would be) for one locale package. */
export interface WrittenChangeset {
  readonly package: string;
  readonly language: string;
  /** Absolute path of the changeset file. */
  readonly file: string;
  readonly change: PackageChange;
}

/** What `deckl10n changeset` did. */
export interface ChangesetResult {
  readonly changesets: readonly WrittenChangeset[];
  /** Packages whose content is what was last recorded. */
  readonly unchanged: readonly string[];
  /** The folder the changesets went to. */
  readonly dir: string;
  /** False when that folder has no config.json (`npx changeset init` makes one). */
  readonly configured: boolean;
}

/**
 * `deckl10n changeset`: for every locale package whose content (digest of what it publishes)
 * differs from the content recorded in its `locales/<lng>/.deckl10n-release.json`, writes a
 * changeset (`.changeset/deckl10n-<lng>-<digest>.md`; patch, minor for a new deck, major for a
 * removed one) and records the new content. Every changeset is released by the next
 * `changeset version`, so "changed since the last record" is "changed since the last release"
 * minus what pending changesets already say. The packages must be built: a package that differs
 * from what `deckl10n build` would write is refused (`BUILD_OUTDATED`), nothing is written.
 */
export function writeChangesets(loaded: LoadedConfig): Promise<ChangesetResult> {
  return withProjectLock(loaded.localesDir, async () => {
    const plan = await planBuild(loaded);
    await assertBuilt(loaded, plan);
    const marks = await currentMarks(loaded, plan);
    const status = await lockfileStatus(loaded.root, plan.packages.map((pkg) => pkg.dir));
    const dir = join(status.root ?? loaded.root, '.changeset');
    const changesets: WrittenChangeset[] = [];
    const unchanged: string[] = [];
    for (const pkg of plan.packages) {
      const previous = await readReleaseRecord(pkg.dir);
      if (previous !== null && previous.digest === pkg.digest) {
        unchanged.push(pkg.name);
        continue;
      }
      const decks = marks.get(pkg.language) ?? {};
      const change = comparePackage(previous, decks);
      const file = join(dir, `deckl10n-${pkg.language.toLowerCase()}-${pkg.digest.slice(0, 10)}.md`);
      await writeIfChanged(file, changesetText(pkg.name, pkg.language, change));
      const record: ReleaseRecord = { package: pkg.name, digest: pkg.digest, decks };
      await writeReleaseRecord(pkg.dir, record);
      changesets.push({ package: pkg.name, language: pkg.language, file, change });
    }
    return { changesets, unchanged, dir, configured: existsSync(join(dir, 'config.json')) };
  });
}

/** Per language, deck id → segment id → mark, for the decks each package holds. */
async function currentMarks(loaded: LoadedConfig, plan: BuildPlan): Promise<Map<string, Record<string, Record<string, string>>>> {
  const sources = (await loadSourceDecks(loaded)).filter((source) => !isCatalog(source));
  const marks = new Map<string, Record<string, Record<string, string>>>();
  for (const pkg of plan.packages) {
    const decks: Record<string, Record<string, string>> = {};
    for (const packaged of pkg.decks) {
      const source = sources.find((candidate) => candidate.deck.id === packaged.id);
      if (source === undefined) continue;
      const aligned = await alignedTranslations(loaded, source, pkg.language);
      const segments: Record<string, string> = {};
      for (const segment of source.segments) {
        const entry = aligned.translations.entries.get(segment.id);
        segments[segment.id] = segmentMark(stateOf(entry), entry?.translation ?? '');
      }
      decks[packaged.id] = segments;
    }
    marks.set(pkg.language, decks);
  }
  return marks;
}

/** Every file build would write must be on disk as it would write it. */
async function assertBuilt(loaded: LoadedConfig, plan: BuildPlan): Promise<void> {
  const expected: { file: string; text: string }[] = [...plan.files, ...plan.packages.flatMap((pkg: LocalePackage) => pkg.files.map((f) => ({ file: join(pkg.dir, f.path), text: f.text })))];
  for (const { file, text } of expected) {
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current !== text) {
      const what = current === null ? 'is missing' : 'differs from what build would write now';
      throw new DeckError('BUILD_OUTDATED', `${relative(loaded.root, file)} ${what}; nothing was written`, { file });
    }
  }
  const obsolete = plan.packages.flatMap((pkg) => pkg.obsolete.map((path) => join(pkg.dir, path)));
  if (obsolete.length > 0) throw new DeckError('BUILD_OUTDATED', `${relative(loaded.root, obsolete[0] as string)} is no longer built; nothing was written`, { file: obsolete[0] });
}
