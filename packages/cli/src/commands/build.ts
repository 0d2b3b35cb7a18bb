import { relative } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import { build as runBuild, type BuildResult } from '@deckl10n/build';
import { ExitCode } from '../exit-codes.js';
import { list, loadProject, type ProjectOptions } from '../project-context.js';

export interface BuildCommandOptions extends ProjectOptions {
  readonly lang?: string;
  readonly minCompleteness?: string;
  readonly updateSource?: boolean;
  readonly updateLockfile?: boolean;
  readonly json?: boolean;
}

/** `deckl10n build`: localized decks beside their sources and locale packages under locales/<lng>/. */
export async function build(options: BuildCommandOptions): Promise<number> {
  const loaded = await loadProject(options);
  const result = await runBuild(loaded, {
    ...(options.lang === undefined ? {} : { languages: list(options.lang) ?? [] }),
    ...(options.minCompleteness === undefined ? {} : { minCompleteness: percentOption(options.minCompleteness) }),
    ...(options.updateSource === undefined ? {} : { updateSource: options.updateSource }),
    ...(options.updateLockfile === undefined ? {} : { updateLockfile: options.updateLockfile }),
  });
  const rel = (file: string) => relative(loaded.root, file).split('\\').join('/');
  if (options.json) {
    process.stdout.write(`${JSON.stringify(jsonSummary(result, rel), null, 2)}\n`);
  } else {
    process.stdout.write(textSummary(result, rel));
  }
  return ExitCode.ok;
}

function percentOption(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new DeckError('USAGE', `--min-completeness takes a percentage from 0 to 100; got "${value}"`);
  }
  return number;
}

function jsonSummary(result: BuildResult, rel: (file: string) => string) {
  return {
    decks: result.plan.decks,
    packages: result.plan.packages.map((pkg) => ({ name: pkg.name, language: pkg.language, dir: rel(pkg.dir), namespaces: pkg.namespaces, decks: pkg.decks.map((d) => d.id), digest: pkg.digest })),
    reviewed: result.plan.reviewed,
    sourceNotices: result.plan.sourceNotices,
    written: result.written.map(rel),
    removed: result.removed.map(rel),
    lockfile: { root: result.lockfile.root, outOfStep: result.lockfile.outOfStep, updated: result.lockfile.updated },
  };
}

function textSummary(result: BuildResult, rel: (file: string) => string): string {
  const lines: string[] = [];
  for (const deck of result.plan.decks) {
    const state = deck.status === 'skipped' ? `skipped (${deck.completeness}% translated < ${result.plan.settings.minCompleteness}%)` : `${deck.completeness}% translated`;
    const rest =
      (deck.untranslated > 0 && deck.status === 'built' ? `, ${deck.untranslated} segments in the source language` : '') +
      (deck.frontMatter ? '' : ' (no front matter: lang not recorded)');
    lines.push(`${deck.output}: ${state}, ${deck.counts.reviewed}/${deck.counts.total} reviewed${rest}`);
    for (const refused of deck.refused) lines.push(`  kept the source text of ${refused.id}: ${refused.message}`);
  }
  for (const pkg of result.plan.packages) {
    const namespaces = pkg.namespaces.length <= 6 ? pkg.namespaces.join(', ') || '(none)' : `${pkg.namespaces.slice(0, 5).join(', ')} and ${pkg.namespaces.length - 5} more`;
    lines.push(`${pkg.name} (${rel(pkg.dir)}): ${pkg.decks.length} decks, namespaces ${namespaces}`);
  }
  for (const notice of result.plan.sourceNotices) {
    lines.push(`${notice.deck}: fully reviewed in ${notice.missing.join(', ')}, not yet in its translations: (run with --update-source to add)`);
  }
  for (const file of result.removed) lines.push(`removed ${rel(file)} (no longer built)`);
  if (result.lockfile.outOfStep.length > 0) {
    lines.push(
      `package-lock.json in ${result.lockfile.root ?? '?'} does not know ${result.lockfile.outOfStep.join(', ')} as they are now: run \`npm install --package-lock-only\` there (or build with --update-lockfile) and commit it with the package.json files, or \`npm ci\` will refuse to install`,
    );
  } else if (result.lockfile.updated) {
    lines.push('package-lock.json updated for the locale packages: commit it with them');
  }
  lines.push(result.written.length === 0 ? 'nothing to write: everything is up to date' : `${result.written.length} files written`);
  return `${lines.join('\n')}\n`;
}
