import type { Segment } from '@deckl10n/segments';

/**
 * Review marks: in the text the viewer renders in review mode, every prose segment is wrapped in
 * private-use characters, `U+E000 <state letter><segment index> U+E002 … U+E001`, which the
 * viewer turns into `<mark>` elements after rendering. Private-use characters never occur in
 * decks and mean nothing to Markdown, so they change no structure.
 */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
export const MARK_END_OF_HEAD = '\uE002';

/** The letter of each state in a mark. */
export const STATE_LETTERS = { machine: 'm', reviewed: 'r', stale: 's', missing: 'x' } as const;

/** Segment kinds whose text is Markdown shown as text (not an attribute or YAML value): the ones marked. */
const MARKED_KINDS = new Set(['heading', 'paragraph', 'list-item', 'table-cell', 'blockquote', 'html-text']);

/** True when the segment can carry a review mark. */
export function canMark(segment: Segment): boolean {
  return segment.encoding.type === 'markdown' && MARKED_KINDS.has(segment.kind);
}

/**
 * Wraps `text` in the review mark of segment number `index` in state `state`.
 *
 * @example
 * markText('Bonjour', 3, 'stale'); // '\uE000s3\uE002Bonjour\uE001'
 */
export function markText(text: string, index: number, state: keyof typeof STATE_LETTERS): string {
  return `${MARK_OPEN}${STATE_LETTERS[state]}${index}${MARK_END_OF_HEAD}${text}${MARK_CLOSE}`;
}
