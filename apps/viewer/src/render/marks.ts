/**
 * Review marks (the serve API's `marked` text wraps prose segments in private-use characters:
 * `U+E000 <state letter><segment index> U+E002 … U+E001`) turned into `<mark>` elements after
 * rendering. Reading mode strips them.
 */
const STATES: Readonly<Record<string, string>> = { m: 'machine', r: 'reviewed', s: 'stale', x: 'missing' };
const OPEN = /\uE000([a-z])(\d+)\uE002/g;
const ANY = /[\uE000-\uE002]/g;

/** The HTML with marks as `<mark class="seg seg-<state>" data-seg="<index>">`. */
export function marksToHtml(html: string): string {
  return html
    .replace(OPEN, (_all, letter: string, index: string) => `<mark class="seg seg-${STATES[letter] ?? 'machine'}" data-seg="${index}">`)
    .replace(/\uE001/g, '</mark>')
    .replace(ANY, '');
}

/** The text without marks. */
export function stripMarks(text: string): string {
  return text.replace(/\uE000[a-z]\d+\uE002/g, '').replace(ANY, '');
}
