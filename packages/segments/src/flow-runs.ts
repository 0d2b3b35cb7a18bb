import type { Flow, Property } from '@deckl10n/parser';
import type { Candidate } from './candidate.js';
import { markdownCandidates } from './markdown-blocks.js';

/**
 * Walks a container (a step, its notes, a content class on lines of its own) and segments each
 * run of Markdown between fenced code, definitions and content classes that stand on their own
 * lines (those are containers themselves). A content class inside a line (`see .red[this]`)
 * stays part of the run: its `.red[` and `]` are protected inline markup. The candidates are
 * appended to `candidates`, which is returned.
 */
export function containerCandidates(
  source: string,
  children: readonly (Property | Flow)[],
  containerStart: number,
  containerEnd: number,
  candidates: Candidate[] = [],
): Candidate[] {
  let runStart = -1;
  let runEnd = -1;
  const closeRun = (): void => {
    if (runStart !== -1) markdownCandidates(source, runStart, runEnd, candidates);
    runStart = -1;
  };
  for (const child of children) {
    const start = child.position.start.offset;
    const end = child.position.end.offset;
    const inline =
      child.type === 'text' ||
      child.type === 'macroCall' ||
      // remark 0.14's lexer calls every 4-space-indented line "code", but Markdown decides: a
      // nested list item is text, an indented block after a blank line is code (markdown-blocks).
      child.type === 'indentedCode' ||
      (child.type === 'contentClass' && !standsAlone(source, start, end, containerStart, containerEnd));
    if (inline) {
      if (runStart === -1) runStart = start;
      runEnd = end;
      continue;
    }
    closeRun();
    if (child.type === 'contentClass') {
      const innerStart = start + child.open.length;
      const innerEnd = end - child.close.length;
      containerCandidates(source, child.children, innerStart, innerEnd, candidates);
    }
  }
  closeRun();
  return candidates;
}

/** True when only whitespace separates the node from the line's (or container's) start and end. */
function standsAlone(source: string, start: number, end: number, containerStart: number, containerEnd: number): boolean {
  for (let i = start - 1; i >= containerStart; i--) {
    const ch = source[i];
    if (ch === '\n') break;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  for (let i = end; i < containerEnd; i++) {
    const ch = source[i];
    if (ch === '\n' || ch === '\r') break;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}
