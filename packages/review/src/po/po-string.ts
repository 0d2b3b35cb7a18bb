/** Escapes a string for a PO file's quoted form (as gettext does). */
export function escapePo(value: string): string {
  return value.replace(/[\\"\n\t\r]/g, (ch) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[ch] as string);
}

/**
 * A keyword and its string in PO syntax, multi-line values split after each `\n` as msgmerge
 * writes them. Used for the `#| msgid` of stale units, which the PO compiler leaves to us.
 *
 * @example
 * poKeyword('msgid', 'a\nb'); // ['msgid ""', '"a\\n"', '"b"']
 */
export function poKeyword(keyword: string, value: string): string[] {
  const parts = value.split(/(?<=\n)/);
  if (parts.length <= 1) return [`${keyword} "${escapePo(value)}"`];
  return [`${keyword} ""`, ...parts.map((part) => `"${escapePo(part)}"`)];
}

/** The shape of a segment id (a fingerprint, `-2`… for repeats). */
export const SEGMENT_ID = /^[0-9a-f]{10}(?:-\d+)?$/;
