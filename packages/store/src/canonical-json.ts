/**
 * A fast path for reading store files: `JSON.parse`, accepted only when the text is laid out
 * exactly as {@link stableStringify} writes it and has no repeated key. Anything else (a file
 * formatted by hand, a merge that duplicated a key, conflict markers, bad syntax) returns
 * undefined, and the caller falls back to the positioned parser, which names the file and line.
 * The layout check counts the `"key": ` lines at each indentation and compares them with the
 * keys of the parsed value: a repeated key (which JSON.parse would silently collapse) shows up
 * as one line too many.
 */
export function parseCanonical(text: string): unknown {
  const value = parseJsonText(text);
  return value !== undefined && hasCanonicalLayout(text, value) ? value : undefined;
}

/** `JSON.parse(text)`, or undefined for a text that cannot be a whole store file (truncated, conflict markers, bad syntax). */
export function parseJsonText(text: string): unknown {
  if (!text.endsWith('}\n') || text.includes('\n<<<<<<<') || text.includes('\n=======') || text.includes('\n>>>>>>>')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** True when `text`, parsed as `value`, has exactly the `"key": ` lines stableStringify writes for it (see {@link parseCanonical}). */
export function hasCanonicalLayout(text: string, value: unknown): boolean {
  const expected = new Map<number, number>();
  countKeys(value, 0, expected);
  const found = new Map<number, number>();
  for (const match of text.matchAll(/^( *)"(?:[^"\\\n]|\\.)*": /gm)) {
    const indent = (match[1] as string).length;
    found.set(indent, (found.get(indent) ?? 0) + 1);
  }
  if (found.size !== expected.size) return false;
  for (const [indent, count] of expected) if (found.get(indent) !== count) return false;
  return true;
}

/** Counts object keys by the indentation stableStringify gives them. */
function countKeys(value: unknown, indent: number, counts: Map<number, number>): void {
  if (Array.isArray(value)) {
    for (const item of value) countKeys(item, indent + 2, counts);
  } else if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) {
      counts.set(indent + 2, (counts.get(indent + 2) ?? 0) + 1);
      countKeys(child, indent + 2, counts);
    }
  }
}
