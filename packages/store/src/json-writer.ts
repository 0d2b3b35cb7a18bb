import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

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
 */
export async function writeIfChanged(file: string, text: string): Promise<boolean> {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) return false;
  await mkdir(dirname(file), { recursive: true });
  // Loaded on the first write: commands that write nothing (status, a no-op sync) never load it.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(file, text, { encoding: 'utf8', fsync: true });
  return true;
}
