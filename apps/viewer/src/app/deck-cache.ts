import { renderDeck, type RenderedSlide } from '../render/render-deck.js';
import { getDeck, type DeckView } from './api.js';

const views = new Map<string, Promise<DeckView>>();
const rendered = new Map<string, RenderedSlide[]>();

/** A deck in a language from the serve API, fetched once until {@link forgetDeck}. */
export function loadDeck(deck: string, language: string): Promise<DeckView> {
  const key = `${deck}\n${language}`;
  let view = views.get(key);
  if (view === undefined) {
    view = getDeck(deck, language);
    views.set(key, view);
    view.catch(() => views.delete(key));
  }
  return view;
}

/** Drops what is cached of a deck in a language (after an edit). */
export function forgetDeck(deck: string, language: string): void {
  views.delete(`${deck}\n${language}`);
  for (const key of rendered.keys()) if (key.startsWith(`${deck}\n${language}\n`)) rendered.delete(key);
}

/** Which text of a deck view to render. */
export type Variant = 'reading' | 'marked' | 'source';

/**
 * The slides of a deck view, rendered once per variant: reading (inside GTN's frame when the deck
 * has one), with review marks, or English.
 */
export function slidesOf(view: DeckView, variant: Variant): RenderedSlide[] {
  const key = `${view.id}\n${view.language}\n${variant}`;
  let slides = rendered.get(key);
  if (slides === undefined) {
    const text = variant === 'marked' ? view.marked : variant === 'source' ? view.source : (view.framed ?? view.localized);
    slides = renderDeck(text);
    rendered.set(key, slides);
  }
  return slides;
}

/** The deck slide (as review mode numbers them, 0 = front matter) a reading slide shows. */
export function deckSlideOf(view: DeckView, readingSourceSlide: number): number {
  if (view.framed === null) return readingSourceSlide;
  const slide = readingSourceSlide - view.frameOffset;
  const last = Math.max(0, ...view.segments.map((segment) => segment.slide));
  return slide >= 1 && slide <= last ? slide : 0;
}

/** The reading slide (1-based) where a deck slide first shows. */
export function readingSlideOf(view: DeckView, deckSlide: number): number {
  const target = deckSlide === 0 ? 1 : deckSlide + (view.framed === null ? 0 : view.frameOffset);
  const index = slidesOf(view, 'reading').findIndex((slide) => slide.sourceSlide >= target);
  return index < 0 ? 1 : index + 1;
}
