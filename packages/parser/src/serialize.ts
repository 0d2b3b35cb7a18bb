import type { Deck, Flow, Property, Step } from './types.js';

/**
 * Writes a deck back as text by concatenating the source text of its nodes in document order.
 * For a parsed deck this is the original file, byte for byte; the round trip proves the tree
 * covers every byte exactly once.
 *
 * @example
 * serialize(parse(text)) === text; // true, for every text
 */
export function serialize(deck: Deck): string {
  const out: string[] = [];
  if (deck.prefix) out.push(deck.prefix.value);
  if (deck.frontMatter) {
    out.push(deck.frontMatter.open.value, deck.frontMatter.body.value, deck.frontMatter.close.value);
  }
  for (const slide of deck.slides) {
    if (slide.separator) out.push(slide.separator.value);
    for (const step of slide.steps) writeStep(step, out);
  }
  if (deck.suffix) out.push(deck.suffix.value);
  return out.join('');
}

function writeStep(step: Step, out: string[]): void {
  if (step.separator) out.push(step.separator.value);
  writeFlow(step.children, out);
  if (step.notes) {
    out.push(step.notes.separator.value);
    writeFlow(step.notes.children, out);
  }
}

function writeFlow(nodes: readonly (Property | Flow)[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'contentClass') {
      out.push(node.open);
      writeFlow(node.children, out);
      out.push(node.close);
    } else if (node.type === 'property') {
      out.push(node.raw);
    } else {
      out.push(node.value);
    }
  }
}
