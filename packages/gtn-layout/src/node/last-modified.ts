import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/**
 * When a deck last changed, as GTN shows it on the title slide: the date of the last git commit
 * touching the file, else (not in git, or never committed) the file's modification time.
 */
export function deckLastModified(deckFile: string): Date {
  const file = resolve(deckFile);
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', basename(file)], {
      cwd: dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (iso !== '') return new Date(iso);
  } catch {
    // Not a git checkout, or git is not installed: the file's own date is what we know.
  }
  return statSync(file).mtime;
}
