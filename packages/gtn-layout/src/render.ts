import { htmlTextLines } from './html.js';
import type { Block, DeckPart, ExpandedDeck } from './model.js';

/**
 * The expanded deck as remark Markdown: what GTN hands to remark.js. Parts are separated by
 * `---` slide lines; a part's notes follow a `???` line.
 *
 * @example
 * toRemark(expandDeck('# Hi\n')); // '# Hi\n'
 */
export function toRemark(deck: ExpandedDeck): string {
  return finish(deck, deck.parts.map((part) => partText(part, (block) => (block.type === 'markdown' ? block.text : block.html))).join('\n\n---\n\n'));
}

/**
 * The expanded deck as plain text, like GTN's "Plain-text slides": the same slides and notes in
 * the same order, Markdown as written, the frame's HTML reduced to its text (a line per text
 * node). For reading without JavaScript, search and review.
 *
 * @example
 * toPlainText(expandDeck('# Hi\n')); // '# Hi\n'
 */
export function toPlainText(deck: ExpandedDeck): string {
  return finish(deck, deck.parts.map((part) => partText(part, (block) => (block.type === 'markdown' ? block.text : htmlTextLines(block.html).join('\n')))).join('\n\n---\n\n'));
}

/** An expanded deck ends with a line ending; a deck rendered as itself keeps its bytes. */
function finish(deck: ExpandedDeck, text: string): string {
  return deck.layout === null || text.endsWith('\n') ? text : `${text}\n`;
}

function partText(part: DeckPart, write: (block: Block) => string): string {
  const body = part.blocks.map(write).join('\n\n');
  if (part.notes.length === 0) return body;
  return `${body}\n\n???\n\n${part.notes.map(write).join('\n\n')}`;
}
