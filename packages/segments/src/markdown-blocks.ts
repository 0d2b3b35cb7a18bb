import { isWhitespace, trimRange, type Candidate } from './candidate.js';
import { htmlCandidates } from './html-block.js';

interface Line {
  readonly start: number;
  /** End of the line's text (line ending excluded). */
  readonly end: number;
  readonly text: string;
}

/**
 * An ATX heading as remark.js 0.14 renders it (marked 0.3.1, pedantic): no space is needed after
 * the `#`s, so `#remark` is a heading.
 */
const HEADING = / {0,3}#{1,6}(?:[ \t]+|$|(?=[^#\s]))/y;
const HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
const LIST_ITEM = /[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/y;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}=+[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
const HTML_START = /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*|\/[A-Za-z])/;
const LIQUID_LINE = /^[ \t]*(?:\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|[ \t])+$/;
const ATTRIBUTE_LINE = /^[ \t]*\{[:#.][^}]*\}[ \t]*$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})/;
/** First characters of a thematic break and of a list item marker. */
const BREAK_START = '-*_';
const LIST_START = '-*+0123456789';

/**
 * Finds the text blocks of a run of Markdown (no code blocks or content classes inside, those
 * are cut out by the caller): headings, paragraphs, list items, blockquote lines, table cells
 * and HTML blocks. Ranges are absolute offsets into `source`. They are appended to `candidates`,
 * which is returned.
 */
export function markdownCandidates(source: string, start: number, end: number, candidates: Candidate[] = []): Candidate[] {
  const lines = splitLines(source, start, end);
  let open: { kind: 'paragraph' | 'list-item'; start: number; end: number } | null = null;
  /** True while the last block was a list item (blank lines do not end a list). */
  let inList = false;
  /** Column where the current list item's text starts. */
  let itemIndent = 0;
  let afterBlank = false;

  const flush = (): void => {
    if (open === null) return;
    const [from, to] = trimRange(source, open.start, open.end);
    if (to > from) {
      candidates.push({
        kind: open.kind,
        start: from,
        end: to,
        encoding: { type: 'markdown', multiline: true },
      });
    }
    open = null;
  };
  const single = (kind: Candidate['kind'], from: number, to: number): void => {
    const [a, b] = trimRange(source, from, to);
    if (b > a) candidates.push({ kind, start: a, end: b, encoding: { type: 'markdown', multiline: false } });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const { text } = line;
    const contentAt = firstNonWhitespace(text);
    if (contentAt === text.length) {
      flush();
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (inList && wasAfterBlank && indentation(text) >= itemIndent + 4) {
      // Indented code inside a list item: as deep as the item's text plus four.
      while (i + 1 < lines.length && (indentation((lines[i + 1] as Line).text) >= itemIndent + 4 || isBlank((lines[i + 1] as Line).text))) i++;
      continue;
    }
    if (open === null && !inList && isIndentedCode(text)) {
      // An indented code block: skip it and the indented or blank lines that follow.
      while (i + 1 < lines.length && (isIndentedCode((lines[i + 1] as Line).text) || isBlank((lines[i + 1] as Line).text))) i++;
      continue;
    }
    if (inList && text.charCodeAt(0) !== 32 && text.charCodeAt(0) !== 9 && matchLength(LIST_ITEM, text) === -1) inList = false;
    // Every rule below needs a particular first character: test only the ones that can match.
    const first = text[contentAt] as string;
    if (first === '<' && text.startsWith('<!--', contentAt)) {
      flush();
      // Skip the comment, however many lines it takes.
      let j = i;
      while (j < lines.length && !(lines[j] as Line).text.includes('-->')) j++;
      const closing = lines[Math.min(j, lines.length - 1)] as Line;
      const after = closing.text.indexOf('-->');
      if (after !== -1 && closing.text.slice(after + 3).trim() !== '') {
        open = { kind: 'paragraph', start: closing.start + after + 3, end: closing.end };
      }
      i = j;
      continue;
    }
    const fence = first === '`' || first === '~' ? FENCE_LINE.exec(text) : null;
    if (fence !== null) {
      // A fence the lexer left in text (indented inside a list item): skip to its closing fence.
      flush();
      const marker = fence[1] as string;
      let j = i + 1;
      while (j < lines.length && !new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test((lines[j] as Line).text)) j++;
      i = j;
      continue;
    }
    if ((first === '{' && (ATTRIBUTE_LINE.test(text) || LIQUID_LINE.test(text))) || (BREAK_START.includes(first) && THEMATIC_BREAK.test(text))) {
      flush();
      continue;
    }
    if (first === '=' && open !== null && SETEXT_UNDERLINE.test(text)) {
      const paragraph: { start: number; end: number } = open;
      open = null;
      single('heading', paragraph.start, paragraph.end);
      continue;
    }
    const heading = first === '#' ? matchLength(HEADING, text) : -1;
    if (heading !== -1) {
      flush();
      const closing = text.search(HEADING_CLOSE);
      single('heading', line.start + heading, closing !== -1 ? line.start + closing : line.end);
      continue;
    }
    if (first === '<' && HTML_START.test(text)) {
      flush();
      let j = i;
      while (j + 1 < lines.length && !isBlank((lines[j + 1] as Line).text)) j++;
      for (const candidate of htmlCandidates(source, line.start, (lines[j] as Line).end)) candidates.push(candidate);
      i = j;
      continue;
    }
    if (first === '>' && BLOCKQUOTE.test(text)) {
      flush();
      const marker = BLOCKQUOTE.exec(text) as RegExpExecArray;
      const inner = markdownCandidates(source, line.start + marker[0].length, line.end);
      for (const c of inner) candidates.push(c.kind === 'paragraph' ? { ...c, kind: 'blockquote' } : c);
      continue;
    }
    const next = lines[i + 1];
    if (isTableRow(text, next?.text)) {
      flush();
      let j = i;
      while (j < lines.length && (lines[j] as Line).text.includes('|')) {
        const row = lines[j] as Line;
        if (!TABLE_DELIMITER.test(row.text)) {
          for (const [from, to] of tableCells(row.text)) single('table-cell', row.start + from, row.start + to);
        }
        j++;
      }
      i = j - 1;
      continue;
    }
    const item = LIST_START.includes(first) ? matchLength(LIST_ITEM, text) : -1;
    if (item !== -1) {
      flush();
      inList = true;
      itemIndent = indentation(text.slice(0, item));
      open = { kind: 'list-item', start: line.start + item, end: line.end };
      continue;
    }
    if (open === null) open = { kind: 'paragraph', start: line.start, end: line.end };
    else open.end = line.end;
  }
  flush();
  return candidates;
}

/**
 * The length of the match of a sticky pattern at the start of `text`, or -1 (a match array, which
 * `exec` would allocate for every list item, is not needed).
 */
function matchLength(sticky: RegExp, text: string): number {
  sticky.lastIndex = 0;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

/** Width of the leading whitespace (a tab counts to the next multiple of four). */
function indentation(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) width++;
    else if (code === 9) width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Index of the first character that is not whitespace (`text.length` for a blank line). */
function firstNonWhitespace(text: string): number {
  let i = 0;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function isBlank(text: string): boolean {
  return firstNonWhitespace(text) === text.length;
}

/** Four spaces or a tab: an indented code line (when no paragraph or list is open). */
function isIndentedCode(text: string): boolean {
  return text.charCodeAt(0) === 9 || text.startsWith('    ');
}

function splitLines(source: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const textEnd = lineEnd > lineStart && source[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    lines.push({ start: lineStart, end: textEnd, text: source.slice(lineStart, textEnd) });
    if (lineEnd >= end) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

function isTableRow(text: string, next: string | undefined): boolean {
  if (!text.includes('|')) return false;
  if (/^[ \t]*\|/.test(text)) return true;
  return next !== undefined && next.includes('|') && TABLE_DELIMITER.test(next);
}

/** Ranges of the cells of a table row (pipes inside code spans or escaped do not split). */
function tableCells(row: string): [number, number][] {
  const cells: [number, number][] = [];
  let cellStart = 0;
  let inCode = false;
  for (let i = 0; i <= row.length; i++) {
    const ch = row[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') inCode = !inCode;
    if ((ch === '|' && !inCode) || i === row.length) {
      const [from, to] = trimRange(row, cellStart, i);
      if (to > from) cells.push([from, to]);
      cellStart = i + 1;
    }
  }
  return cells;
}
