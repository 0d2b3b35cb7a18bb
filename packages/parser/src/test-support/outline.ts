import type { Deck, Flow, Property, Step } from '../types.js';

/** A step reduced to what tests compare: its properties, its text and its notes. */
export interface StepOutline {
  readonly properties: Record<string, string>;
  readonly content: string;
  readonly notes: string | null;
}

/** The source text a flow node covers. */
export function flowText(node: Property | Flow): string {
  if (node.type === 'property') return node.raw;
  if (node.type === 'contentClass') return node.open + node.children.map(flowText).join('') + node.close;
  return node.value;
}

function stepOutline(step: Step): StepOutline {
  const properties: Record<string, string> = {};
  let content = '';
  for (const child of step.children) {
    if (child.type === 'property') properties[child.key] = child.value;
    else content += flowText(child);
  }
  return {
    properties,
    content,
    notes: step.notes === null ? null : step.notes.children.map(flowText).join(''),
  };
}

/**
 * The deck as slides of steps, for exact expectations in tests.
 *
 * @example
 * outline(parse('a\n--\nb')); // [[{ properties: {}, content: 'a\n', notes: null }, { properties: {}, content: 'b', notes: null }]]
 */
export function outline(deck: Deck): StepOutline[][] {
  return deck.slides.map((slide) => slide.steps.map(stepOutline));
}

/** Every node of the deck's slides in document order, content classes walked into. */
export function allNodes(deck: Deck): (Property | Flow)[] {
  const out: (Property | Flow)[] = [];
  const visit = (nodes: readonly (Property | Flow)[]): void => {
    for (const node of nodes) {
      out.push(node);
      if (node.type === 'contentClass') visit(node.children);
    }
  };
  for (const slide of deck.slides) {
    for (const step of slide.steps) {
      if (step.separator) out.push(step.separator);
      visit(step.children);
      if (step.notes) {
        out.push(step.notes.separator);
        visit(step.notes.children);
      }
    }
  }
  return out;
}
