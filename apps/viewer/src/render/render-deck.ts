import { parse, type Deck, type Flow } from '@deckl10n/parser';
import type { MarkdownIt } from 'markdown-it';
import { convertContent, type LinkReference } from './convert.js';
import { createMarkdown } from './markdown.js';
import { marksToHtml } from './marks.js';
import { hasText, remarkSlides } from './remark-slides.js';

/** A slide rendered to (unsanitized) HTML. */
export interface RenderedSlide {
  readonly index: number;
  readonly number: number;
  readonly sourceSlide: number;
  readonly sourceStep: number;
  readonly name: string | null;
  /** `remark-slide-content` classes from the `class:` property. */
  readonly classes: readonly string[];
  readonly backgroundImage: string | null;
  readonly html: string;
  /** Presenter notes, '' when there are none. */
  readonly notesHtml: string;
}

let shared: MarkdownIt | undefined;

/**
 * Renders a deck's text as remark.js shows it: one entry per slide (steps included), content
 * and notes as HTML. Review marks in the text become `<mark>` elements. The HTML is NOT yet
 * safe: translations are untrusted, sanitize before inserting it (see sanitize.ts).
 *
 * @example
 * renderDeck('# Hi\n--\nthere').map((s) => s.html); // ['<h1>Hi</h1>\n', '<h1>Hi</h1>\n<p>there</p>\n']
 */
export function renderDeck(text: string): RenderedSlide[] {
  const md = (shared ??= createMarkdown());
  const deck = parse(text);
  const references = linkReferences(md, deck);
  return remarkSlides(deck).map((slide) => {
    const classes = (slide.properties['class'] ?? '').split(/[,\s]+/).filter((name) => /^[\w-]+$/.test(name));
    // Converted on first use: a reader opening slide 12 waits for one slide, not the deck.
    let html: string | undefined;
    let notesHtml: string | undefined;
    return {
      index: slide.index,
      number: slide.number,
      sourceSlide: slide.sourceSlide,
      sourceStep: slide.sourceStep,
      name: slide.properties['name'] ?? null,
      classes,
      backgroundImage: backgroundUrl(slide.properties['background-image']),
      get html() {
        return (html ??= marksToHtml(convertContent(md, slide.content, references)));
      },
      get notesHtml() {
        return (notesHtml ??= hasText(slide.notes) ? marksToHtml(convertContent(md, slide.notes, references)) : '');
      },
    };
  });
}

/** `url(x)` or a bare URL, as remark accepts it, reduced to the URL. */
function backgroundUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  const url = /^url\(\s*['"]?(.*?)['"]?\s*\)$/.exec(value.trim())?.[1] ?? value.trim();
  return url === '' ? null : url;
}

/** Every link definition of the deck, for reference links across slides. */
function linkReferences(md: MarkdownIt, deck: Deck): Map<string, LinkReference> {
  const references = new Map<string, LinkReference>();
  const visit = (flows: readonly Flow[]) => {
    for (const flow of flows) {
      if (flow.type === 'definition') {
        const key = md.utils.normalizeReference(flow.label);
        if (!references.has(key)) references.set(key, { href: md.normalizeLink(flow.url), title: flow.title ?? '' });
      } else if (flow.type === 'contentClass') visit(flow.children);
    }
  };
  for (const slide of deck.slides) {
    for (const step of slide.steps) {
      visit(step.children.filter((child): child is Flow => child.type !== 'property'));
      if (step.notes !== null) visit(step.notes.children);
    }
  }
  return references;
}
