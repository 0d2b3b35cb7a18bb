import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Deterministic JSON: keys sorted (by code unit, at every level, digit-only keys included, which
 * JSON.stringify would put first), two-space indent, final newline, `undefined` fields left out.
 * The same data always gives the same bytes, so an unchanged translation never produces a git diff.
 */
export function stableStringify(value: unknown): string {
  return `${write(value, '')}\n`;
}

function write(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    return `[\n${value.map((item) => inner + write(item === undefined ? null : item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (keys.length === 0) return '{}';
    const inner = `${indent}  `;
    const fields = keys.map((key) => `${inner}${JSON.stringify(key)}: ${write((value as Record<string, unknown>)[key], inner)}`);
    return `{\n${fields.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Writes `text` to `file` atomically (temp file + rename, fsync'd) unless the file already holds
 * exactly that text. Returns true when it wrote.
 *
 * A temp file of `file` left beside it comes from a writer killed mid-write (the commands that
 * write project files hold the project lock, so none is being written by a live process) and is
 * removed, whether or not the file then needs writing (see {@link staleTempFiles}): the next run
 * after a crash leaves no litter.
 */
export async function writeIfChanged(file: string, text: string): Promise<boolean> {
  await Promise.all((await staleTempFiles(file)).map((temp) => rm(temp, { force: true })));
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) return false;
  await mkdir(dirname(file), { recursive: true });
  // Loaded on the first write: commands that write nothing (status, a no-op sync) never load it.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(file, text, { encoding: 'utf8', fsync: true });
  return true;
}

/**
 * The temp files write-file-atomic may have left beside `file`: it writes `<name>.<n>` (n a 32-bit
 * number) and renames it over `<name>`, so a writer killed in between leaves that file behind.
 */
export async function staleTempFiles(file: string): Promise<string[]> {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(prefix) && TEMP_SUFFIX.test(name.slice(prefix.length))).map((name) => join(dir, name));
}

const TEMP_SUFFIX = /^\d{1,10}$/;
