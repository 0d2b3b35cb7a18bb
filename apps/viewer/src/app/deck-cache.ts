import { renderDeck, type RenderedSlide } from '../render/render-deck.js';
import { getDeck, getSlides, type DeckView, type SlidesView } from './api.js';

const views = new Map<string, Promise<DeckView>>();
const readings = new Map<string, Promise<SlidesView>>();
const rendered = new Map<string, RenderedSlide[]>();

function cached<T>(map: Map<string, Promise<T>>, key: string, fetch: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (value === undefined) {
    value = fetch();
    map.set(key, value);
    value.catch(() => map.delete(key));
  }
  return value;
}

/** A deck in a language with its segments (review mode), fetched once until {@link forgetDeck}. */
export function loadDeck(deck: string, language: string): Promise<DeckView> {
  return cached(views, `${deck}\n${language}`, () => getDeck(deck, language));
}

/** A deck in a language for reading (its text only), fetched once until {@link forgetDeck}. */
export function loadSlides(deck: string, language: string): Promise<SlidesView> {
  return cached(readings, `${deck}\n${language}`, () => getSlides(deck, language));
}

/** Drops what is cached of a deck in a language (after an edit). */
export function forgetDeck(deck: string, language: string): void {
  views.delete(`${deck}\n${language}`);
  readings.delete(`${deck}\n${language}`);
  for (const key of rendered.keys()) if (key.startsWith(`${deck}\n${language}\n`)) rendered.delete(key);
}

/** Which text of a deck to render. */
export type Variant = 'reading' | 'marked' | 'source';

/**
 * The slides of a deck, rendered once per variant: reading (inside GTN's frame when the deck has
 * one; the same text from either view), with review marks, or English.
 */
export function slidesOf(view: DeckView | SlidesView, variant: Variant): RenderedSlide[] {
  const key = `${view.id}\n${view.language}\n${variant}`;
  let slides = rendered.get(key);
  if (slides === undefined) {
    slides = renderDeck(textOf(view, variant));
    rendered.set(key, slides);
  }
  return slides;
}

function textOf(view: DeckView | SlidesView, variant: Variant): string {
  if ('text' in view) {
    if (variant !== 'reading') throw new Error(`a reading view has no ${variant} text`);
    return view.text;
  }
  return variant === 'marked' ? view.marked : variant === 'source' ? view.source : (view.framed ?? view.localized);
}

/** The deck slide (as review mode numbers them, 0 = front matter) a reading slide shows. */
export function deckSlideOf(view: SlidesView, readingSourceSlide: number): number {
  if (!view.framed) return readingSourceSlide;
  const slide = readingSourceSlide - view.frameOffset;
  return slide >= 1 && slide <= view.deckSlides ? slide : 0;
}

/** The reading slide (1-based) where a deck slide first shows. */
export function readingSlideOf(view: DeckView, deckSlide: number): number {
  const target = deckSlide === 0 ? 1 : deckSlide + (view.framed === null ? 0 : view.frameOffset);
  const index = slidesOf(view, 'reading').findIndex((slide) => slide.sourceSlide >= target);
  return index < 0 ? 1 : index + 1;
}
