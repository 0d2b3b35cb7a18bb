/**
 * remark's slide properties: `key: value` lines at the very start of a step's text (blank lines
 * between them allowed), and `<!-- key: value -->` comments in that leading text. Matched with
 * remark's own pattern, repeatedly, as remark does.
 */
const PROPERTY = /^\n*([-\w]+):([^$\n]*)|\n*(?:<!--\s*)([-\w]+):([^$\n]*?)(?:\s*-->)/i;
/** {@link PROPERTY}'s first alternative, for a text without `<!--` (the second cannot match, and searching for it scans the whole text). */
const LINE_PROPERTY = /^\n*([-\w]+):([^$\n]*)/i;

/** A property found in a text, as a range of that text (leading newlines excluded). */
export interface FoundProperty {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly value: string;
  readonly form: 'line' | 'comment';
}

/**
 * Finds the properties remark would extract from `text` (the step's leading text, in the
 * lexing view). Ranges are indexes into `text`.
 *
 * @example
 * findProperties('class: center\nname: x\n# Hi').map((p) => p.key); // ['class', 'name']
 */
export function findProperties(text: string): FoundProperty[] {
  const found: FoundProperty[] = [];
  // `kept` lists the parts of `text` still present after earlier removals, as remark cuts them out.
  let kept: [number, number][] = [[0, text.length]];
  let current = text;
  const next = (): RegExpExecArray | null => (current.includes('<!--') ? PROPERTY : LINE_PROPERTY).exec(current);
  for (let match = next(); match !== null; match = next()) {
    const matchStart = match.index;
    const matchEnd = matchStart + match[0].length;
    const leading = /^\n*/.exec(match[0])?.[0].length ?? 0;
    const from = toText(kept, matchStart + leading);
    const to = toText(kept, matchEnd - 1) + 1;
    if (to - from !== matchEnd - matchStart - leading) break; // spans a removed part: stop, as a safety
    const isLine = match[1] !== undefined;
    found.push({
      start: from,
      end: to,
      key: ((isLine ? match[1] : match[3]) ?? '').trim(),
      value: ((isLine ? match[2] : match[4]) ?? '').trim(),
      form: isLine ? 'line' : 'comment',
    });
    kept = removeRange(kept, toText(kept, matchStart), to);
    current = current.slice(0, matchStart) + current.slice(matchEnd);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Maps an index of the cut text to an index of the original text. */
function toText(kept: readonly [number, number][], index: number): number {
  let remaining = index;
  for (const [start, end] of kept) {
    if (remaining < end - start) return start + remaining;
    remaining -= end - start;
  }
  const last = kept[kept.length - 1];
  return last === undefined ? index : last[1];
}

function removeRange(kept: readonly [number, number][], from: number, to: number): [number, number][] {
  const next: [number, number][] = [];
  for (const [start, end] of kept) {
    if (end <= from || start >= to) next.push([start, end]);
    else {
      if (start < from) next.push([start, from]);
      if (end > to) next.push([to, end]);
    }
  }
  return next;
}
