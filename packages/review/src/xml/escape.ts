/**
 * Escapes text for XML character data. A carriage return is written as `&#13;` so that a deck
 * with CRLF line endings survives XML's line-end normalisation.
 */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[ch] as string);
}

/** Escapes an attribute value (double-quoted); whitespace is kept as character references. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\r\n\t]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' })[ch] as string);
}

