import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleDeckPath, repoRoot, runCli, tempDir } from '@deckl10n/test-support';

/** Runs a command, failing the test with its output when it exits non-zero. */
export function run(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { cwd, env: env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${String(result.status)}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Runs the built deckl10n CLI, failing the test with its output when it exits non-zero. */
export function deckl10n(args: readonly string[], cwd: string): string {
  const result = runCli(args, { cwd });
  if (result.status !== 0) throw new Error(`deckl10n ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * A temp project with the example deck, a config (fr, es) and, with `workspace`, a root
 * package.json whose workspaces include `locales/*` and a changesets config, like this repo.
 */
export function exampleProject(options: { workspace?: boolean; translate?: boolean } = {}): string {
  const dir = tempDir('deckl10n-build-');
  mkdirSync(join(dir, 'decks/pangeo-ecosystem'), { recursive: true });
  cpSync(exampleDeckPath, join(dir, 'decks/pangeo-ecosystem/slides.md'));
  deckl10n(['init', '--languages', 'fr,es'], dir);
  if (options.workspace) {
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'deckl10n-e2e', private: true, workspaces: ['locales/*'] }, null, 2)}\n`);
    mkdirSync(join(dir, '.changeset'));
    writeFileSync(
      join(dir, '.changeset/config.json'),
      `${JSON.stringify({ changelog: join(repoRoot, 'node_modules/@changesets/cli/changelog'), commit: false, fixed: [], linked: [], access: 'public', baseBranch: 'main', updateInternalDependencies: 'patch', ignore: [] }, null, 2)}\n`,
    );
  }
  if (options.translate !== false) deckl10n(['translate', '--provider', 'pseudo'], dir);
  return dir;
}
