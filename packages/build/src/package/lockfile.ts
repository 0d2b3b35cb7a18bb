import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { DeckError } from '@deckl10n/errors';
import { parseJsonDocument } from '@deckl10n/store';
import { glob } from 'tinyglobby';

/** Fields of a workspace's package.json that npm copies into its package-lock.json entry. */
const LOCKED_FIELDS = ['name', 'version', 'license', 'engines', 'dependencies', 'devDependencies', 'peerDependencies', 'bin'];

/** Whether the workspace root's package-lock.json knows the locale packages as they are now. */
export interface LockfileStatus {
  /** The npm workspace root whose `workspaces` include the packages, or null when there is none. */
  readonly root: string | null;
  /** Package folders (relative to the root) whose lock entry is missing or differs. */
  readonly outOfStep: readonly string[];
}

/**
 * Finds the npm workspace root above `start` whose `workspaces` globs match the package folders,
 * and compares their package.json with the lock entries npm ci checks. A locale package in a
 * workspace must be in package-lock.json, or `npm ci` on a fresh clone refuses to install.
 */
export async function lockfileStatus(start: string, packageDirs: readonly string[]): Promise<LockfileStatus> {
  const root = await workspaceRoot(start, packageDirs);
  if (root === null || !existsSync(join(root, 'package-lock.json'))) return { root, outOfStep: [] };
  const lock = await readJson<{ packages?: Record<string, Record<string, unknown>> }>(join(root, 'package-lock.json'));
  const outOfStep: string[] = [];
  for (const dir of packageDirs) {
    const rel = relative(root, dir).split('\\').join('/');
    const manifest = await readJson<Record<string, unknown>>(join(dir, 'package.json'));
    const entry = lock.packages?.[rel];
    const link = lock.packages?.[`node_modules/${String(manifest['name'])}`];
    const same = entry !== undefined && LOCKED_FIELDS.every((field) => isDeepStrictEqual(entry[field], manifest[field]));
    if (!same || link?.['resolved'] !== rel || link['link'] !== true) outOfStep.push(rel);
  }
  return { root, outOfStep };
}

/**
 * Brings package-lock.json in step with the workspace's package.json files, as npm itself
 * writes it (`npm install --package-lock-only --ignore-scripts`): node_modules is not touched
 * and nothing is downloaded that the lockfile already pins.
 */
export async function updateLockfile(root: string): Promise<void> {
  const npm = process.env['npm_execpath'] !== undefined && process.env['npm_execpath'].endsWith('.js') ? [process.execPath, process.env['npm_execpath']] : ['npm'];
  const [command, ...prefix] = npm as [string, ...string[]];
  try {
    await promisify(execFile)(command, [...prefix, 'install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim();
    throw new DeckError('BUILD_LOCKFILE', `npm install --package-lock-only failed in ${root}: ${stderr.split('\n').slice(-5).join(' ')}`, {
      file: join(root, 'package-lock.json'),
      cause: error,
    });
  }
}

/** A JSON file read strictly: a damaged one is an error with file:line, never guessed at. */
async function readJson<T>(file: string): Promise<T> {
  const text = await readFile(file, 'utf8');
  parseJsonDocument(file, text);
  return JSON.parse(text) as T;
}

async function workspaceRoot(start: string, packageDirs: readonly string[]): Promise<string | null> {
  let dir = resolve(start);
  for (;;) {
    const manifestFile = join(dir, 'package.json');
    if (existsSync(manifestFile)) {
      const manifest = await readJson<{ workspaces?: string[] | { packages?: string[] } }>(manifestFile);
      const patterns = Array.isArray(manifest.workspaces) ? manifest.workspaces : (manifest.workspaces?.packages ?? []);
      if (patterns.length > 0) {
        const matched = new Set((await glob(patterns, { cwd: dir, onlyDirectories: true, expandDirectories: false, absolute: true })).map((p) => resolve(p)));
        if (packageDirs.some((pkg) => matched.has(resolve(pkg)))) return dir;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
