import type { Token } from './lexer.js';
import type { LexingView } from './lexing-view.js';
import type { LineIndex } from './line-index.js';
import { findProperties } from './properties.js';
import type { Flow, Notes, Property, Separator, Slide, Step } from './types.js';

/** Shared state for turning view tokens into nodes with file positions. */
interface Builder {
  readonly source: string;
  readonly view: LexingView;
  readonly lines: LineIndex;
}

/**
 * Groups remark tokens into slides (split on `---`), steps (split on `--`) and notes (after
 * `???`), and turns each token into a node whose `value` is the exact file text it covers.
 */
export function buildSlides(
  tokens: readonly Token[],
  source: string,
  view: LexingView,
  lines: LineIndex,
  contentStart: number,
): { slides: Slide[]; repeatedNotes: Separator[] } {
  const builder: Builder = { source, view, lines };
  const slides: Slide[] = [];
  const repeatedNotes: Separator[] = [];
  let slideSeparator: Separator | null = null;
  let steps: Step[] = [];
  let stepSeparator: Separator | null = null;
  let children: Flow[] = [];
  let notesSeparator: Separator | null = null;
  let notesChildren: Flow[] = [];
  let cursor = contentStart;
  let slideStart = contentStart;

  const closeStep = (end: number): void => {
    const stepStart = stepSeparator?.position.start.offset ?? cursor;
    const notes: Notes | null =
      notesSeparator === null
        ? null
        : {
            type: 'notes',
            separator: notesSeparator,
            children: notesChildren,
            position: lines.position(notesSeparator.position.start.offset, end),
          };
    steps.push({
      type: 'step',
      index: steps.length,
      separator: stepSeparator,
      children: withProperties(children, builder),
      notes,
      position: lines.position(stepStart, end),
    });
    children = [];
    notesSeparator = null;
    notesChildren = [];
    stepSeparator = null;
  };

  const closeSlide = (end: number): void => {
    slides.push({
      type: 'slide',
      index: slides.length + 1,
      separator: slideSeparator,
      steps,
      position: lines.position(slideStart, end),
    });
    steps = [];
  };

  for (const token of tokens) {
    const node = toNode(token, builder);
    const start = node.position.start.offset;
    if (node.type === 'separator' && node.marker !== '???') {
      closeStep(start);
      if (node.marker === '---') {
        closeSlide(start);
        slideSeparator = node;
        slideStart = start;
      } else {
        stepSeparator = node;
      }
      cursor = node.position.end.offset;
      continue;
    }
    if (node.type === 'separator') {
      if (notesSeparator === null) {
        notesSeparator = node;
        continue;
      }
      repeatedNotes.push(node);
    }
    (notesSeparator === null ? children : notesChildren).push(node);
  }
  const end = view.toOriginal(view.text.length);
  closeStep(end);
  closeSlide(end);
  return { slides, repeatedNotes };
}

function toNode(token: Token, builder: Builder): Flow {
  const { source, view, lines } = builder;
  const start = view.toOriginal(token.start);
  const end = view.toOriginal(token.end);
  const value = source.slice(start, end);
  const position = lines.position(start, end);
  switch (token.type) {
    case 'text':
      return { type: 'text', value, position };
    case 'indentedCode':
      return { type: 'indentedCode', value, position };
    case 'fence':
      return { type: 'fence', value, marker: token.marker, info: token.info, position };
    case 'definition':
      return { type: 'definition', value, label: token.label, url: token.url, title: token.title, position };
    case 'macroCall':
      return { type: 'macroCall', value, name: token.name, args: token.args, position };
    case 'separator':
      return { type: 'separator', marker: token.marker, value, position };
    case 'contentClass': {
      const openEnd = view.toOriginal(token.openEnd);
      const closeStart = view.toOriginal(token.closeStart);
      return {
        type: 'contentClass',
        classes: token.classes,
        block: token.block,
        open: source.slice(start, openEnd),
        children: token.children.map((child) => toNode(child, builder)),
        close: source.slice(closeStart, end),
        position,
      };
    }
  }
}

/** Splits the step's leading text around the properties remark would extract from it. */
function withProperties(children: Flow[], builder: Builder): (Property | Flow)[] {
  const first = children[0];
  if (first === undefined || first.type !== 'text') return children;
  const { source, view, lines } = builder;
  const viewStart = toView(first.position.start.offset, builder);
  const viewEnd = toView(first.position.end.offset, builder);
  const found = findProperties(view.text.slice(viewStart, viewEnd));
  if (found.length === 0) return children;
  const parts: (Property | Flow)[] = [];
  let cursor = first.position.start.offset;
  const pushText = (end: number): void => {
    if (end > cursor) {
      parts.push({ type: 'text', value: source.slice(cursor, end), position: lines.position(cursor, end) });
    }
  };
  for (const property of found) {
    const start = view.toOriginal(viewStart + property.start);
    const end = view.toOriginal(viewStart + property.end);
    pushText(start);
    parts.push({
      type: 'property',
      key: property.key,
      value: property.value,
      form: property.form,
      raw: source.slice(start, end),
      position: lines.position(start, end),
    });
    cursor = end;
  }
  pushText(first.position.end.offset);
  return [...parts, ...children.slice(1)];
}

/** Inverse of `view.toOriginal` for token boundaries (binary search; boundaries are monotonic). */
function toView(original: number, builder: Builder): number {
  const { view } = builder;
  if (view.sliceStart !== undefined) return original - view.sliceStart;
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toOriginal(mid) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
