import { MAX_CONTENT_CLASS_DEPTH, type LexerProblem } from './lexer.js';
import type { LexingView } from './lexing-view.js';
import type { LineIndex } from './line-index.js';
import type { Diagnostic, Flow, Separator, Slide } from './types.js';

/** Turns lexer problems into positioned diagnostics. */
export function lexerDiagnostics(problems: readonly LexerProblem[], view: LexingView, lines: LineIndex): Diagnostic[] {
  return problems.map((problem) => {
    const position = lines.position(view.toOriginal(problem.start), view.toOriginal(problem.end));
    switch (problem.kind) {
      case 'unclosed-content-class':
        return {
          code: 'MACRO_UNCLOSED',
          severity: 'error',
          message: `content class \`${problem.name}\` has no matching \`]\``,
          position,
        };
      case 'content-class-spans-slides':
        return {
          code: 'MACRO_SPANS_SLIDES',
          severity: 'warning',
          message: `content class \`${problem.name}…]\` contains a slide separator; remark.js puts the slides inside it`,
          position,
        };
      case 'content-class-too-deep':
        return {
          code: 'MACRO_TOO_DEEP',
          severity: 'warning',
          message: `content classes nested more than ${MAX_CONTENT_CLASS_DEPTH} levels deep: \`${problem.name}…]\` and what it contains are kept as text`,
          position,
        };
    }
  });
}

/** remark's fence opener: the fence, then at most one word of info. */
const FENCE_OPEN = /^ *(`{3,}|~{3,}) *(?:[^\s`]+)? *\r?$/;

/**
 * Finds fence openers that remark did not pair with a closing fence: they are left in text,
 * where they open a code block that never ends.
 */
export function unclosedFences(slides: readonly Slide[], lines: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (nodes: readonly Flow[]): void => {
    for (const node of nodes) {
      if (node.type === 'contentClass') visit(node.children);
      else if (node.type === 'text') checkText(node.value, node.position.start.offset);
    }
  };
  const checkText = (value: string, base: number): void => {
    if (!value.includes('```') && !value.includes('~~~')) return; // no fence opener possible
    const textLines = value.split('\n');
    const lineOffsets: number[] = [];
    let offset = 0;
    for (const line of textLines) {
      lineOffsets.push(offset);
      offset += line.length + 1;
    }
    let inPre = false;
    for (let i = 0; i < textLines.length; i++) {
      const line = textLines[i] as string;
      // Fences inside an HTML <pre> block are HTML content, not Markdown.
      if (/<pre\b/i.test(line)) inPre = true;
      if (inPre) {
        if (/<\/pre>/i.test(line)) inPre = false;
        continue;
      }
      const open = FENCE_OPEN.exec(line);
      if (open === null) continue;
      const marker = open[1] as string;
      const closer = textLines.findIndex((later, j) => j > i && isCloser(later, marker));
      if (closer !== -1) {
        i = closer;
        continue;
      }
      const start = base + (lineOffsets[i] as number) + line.indexOf(marker);
      found.push({
        code: 'FENCE_UNCLOSED',
        severity: 'error',
        message: `code fence "${marker}" is never closed`,
        position: lines.position(start, start + marker.length),
      });
      return;
    }
  };
  for (const slide of slides) {
    for (const step of slide.steps) {
      visit(step.children.filter((child): child is Flow => child.type !== 'property'));
      if (step.notes) visit(step.notes.children);
    }
  }
  return found;
}

function isCloser(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === (marker[0] as string).repeat(trimmed.length);
}

/** Diagnostics for a second `???` in the same step (remark drops the notes before it). */
export function repeatedNotesDiagnostics(separators: readonly Separator[]): Diagnostic[] {
  return separators.map((separator) => ({
    code: 'NOTES_REPEATED',
    severity: 'warning',
    message: 'a second `???` in the same step: remark.js discards the notes written before it',
    position: separator.position,
  }));
}

/** Warns about `<!--` with no `-->` after it in the deck text. */
export function unclosedComments(source: string, start: number, end: number, lines: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  let at = source.indexOf('<!--', start);
  if (at === -1 || at >= end) return found;
  const lastClose = source.lastIndexOf('-->', end);
  while (at !== -1 && at < end) {
    if (lastClose < at + 4) {
      found.push({
        code: 'HTML_COMMENT_UNCLOSED',
        severity: 'warning',
        message: 'HTML comment `<!--` is never closed',
        position: lines.position(at, at + 4),
      });
      break;
    }
    at = source.indexOf('<!--', at + 4);
  }
  return found;
}
