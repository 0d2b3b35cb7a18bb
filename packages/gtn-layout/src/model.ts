/**
 * A piece of an expanded deck. Markdown is kept as written in both renderings; HTML is raw in
 * the remark rendering and reduced to its text, a line per text node, in the plain-text one.
 */
export type Block = { readonly type: 'markdown'; readonly text: string } | { readonly type: 'html'; readonly html: string };

/** Where a part of the expanded deck comes from. */
export type PartOrigin =
  | 'template'
  | 'title'
  | 'requirements'
  | 'questions'
  | 'objectives'
  | 'content'
  | 'key-points'
  | 'follow-up'
  | 'thank-you';

/**
 * A part of the expanded deck: one frame slide, or the deck's own slides (`content`, possibly
 * many slides, kept verbatim).
 */
export interface DeckPart {
  readonly origin: PartOrigin;
  readonly blocks: readonly Block[];
  /** Presenter notes (after `???`); empty for none. */
  readonly notes: readonly Block[];
}

/** A deck as GTN's layout expands it. */
export interface ExpandedDeck {
  /** The GTN layout applied, or null when the deck has none and renders as itself. */
  readonly layout: string | null;
  /** The language of the frame strings. */
  readonly language: string;
  readonly parts: readonly DeckPart[];
}

/** A Markdown block. */
export const markdown = (text: string): Block => ({ type: 'markdown', text });

/** An HTML block. */
export const html = (source: string): Block => ({ type: 'html', html: source });
