import { hasLetter } from './letters.js';
import type { Deck, Flow, FrontMatterField, Slide } from '@deckl10n/parser';
import { lineIndexOf } from '@deckl10n/parser';
import type { Candidate } from './candidate.js';
import { fingerprintTokens, IdAllocator } from './fingerprint.js';
import { containerCandidates } from './flow-runs.js';
import { defaultFrontMatterPolicy, isTranslatedField, type FrontMatterPolicy } from './front-matter-policy.js';
import { imageOnlyCandidates } from './images.js';
import { hasTranslatableTokens, tokenizeInline, type InlineToken } from './inline.js';
import type { Segment } from './types.js';

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** Which front-matter fields are translated (default: GTN's and xaringan's text fields). */
  readonly frontMatter?: FrontMatterPolicy;
}

interface Located {
  readonly candidate: Candidate;
  readonly text: string;
  /** The fingerprint of the text (its tokens are dropped once it and the checks are done). */
  readonly print: string;
  readonly slide: number;
  readonly step: number;
  readonly notes: boolean;
  readonly field: string | null;
}

/**
 * Extracts the segments a translator translates, in document order: front-matter fields by
 * policy, then per slide its headings, paragraphs, list items, table cells, blockquotes, HTML
 * text, image alt texts and titles, and the same in presenter notes. Never code, URLs, HTML
 * tags, Liquid, property lines or macro names. A template slide (`layout: true`) is extracted
 * once, where it is written.
 *
 * @example
 * extract(parse('# Hello\n\nSome `code` here.\n???\n- a note')).map((s) => [s.kind, s.text, s.notes]);
 * // [['heading', 'Hello', false], ['paragraph', 'Some `code` here.', false], ['list-item', 'a note', true]]
 */
export function extract(deck: Deck, options: ExtractOptions = {}): Segment[] {
  const policy = options.frontMatter ?? defaultFrontMatterPolicy;
  const source = deck.source;
  const located: Located[] = [];

  for (const field of deck.frontMatter?.fields ?? []) {
    if (!isTranslatedField(field.path, policy) || !hasLetter(field.value)) continue;
    located.push(frontMatterSegment(field));
  }
  const titles = new Map<number, string | null>();
  for (const slide of deck.slides) {
    titles.set(slide.index, collectSlide(source, slide, located));
  }

  const lines = lineIndexOf(deck);
  const ids = new IdAllocator();
  return located.map((item) => {
    const print = item.print;
    return {
      id: ids.next(print),
      kind: item.candidate.kind,
      text: item.text,
      slide: item.slide,
      step: item.step,
      slideTitle: item.slide === 0 ? null : (titles.get(item.slide) ?? null),
      notes: item.notes,
      field: item.field,
      fingerprint: print,
      position: lines.position(item.candidate.start, item.candidate.end),
      encoding: item.candidate.encoding,
    };
  });
}

function frontMatterSegment(field: FrontMatterField): Located {
  return {
    candidate: {
      kind: 'front-matter',
      start: field.position.start.offset,
      end: field.position.end.offset,
      encoding: { type: 'yaml', style: field.style },
    },
    text: field.value,
    print: fingerprintTokens(tokenizeInline(field.value)),
    slide: 0,
    step: 0,
    notes: false,
    field: field.path.join('.'),
  };
}

/** The slide's title while it is collected: the words of its first heading outside the notes. */
interface TitleState {
  title: string | null | undefined;
}

/** Collects the slide's segments into `out`; returns the slide's title (null: no heading, or one without words). */
function collectSlide(source: string, slide: Slide, out: Located[]): string | null {
  const state: TitleState = { title: undefined };
  for (const step of slide.steps) {
    const contentStart = step.separator?.position.end.offset ?? step.position.start.offset;
    const contentEnd = step.notes?.position.start.offset ?? step.position.end.offset;
    const content = containerCandidates(source, step.children, contentStart, contentEnd);
    push(source, content, slide.index, step.index, false, out, state);
    if (step.notes) {
      const notes = containerCandidates(
        source,
        step.notes.children as readonly Flow[],
        step.notes.separator.position.end.offset,
        step.notes.position.end.offset,
      );
      push(source, notes, slide.index, step.index, true, out, state);
    }
  }
  return state.title ?? null;
}

function push(
  source: string,
  candidates: readonly Candidate[],
  slide: number,
  step: number,
  notes: boolean,
  out: Located[],
  state: TitleState,
): void {
  for (const candidate of candidates) {
    const expanded = candidate.encoding.type === 'markdown' ? (imageOnlyCandidates(source, candidate) ?? [candidate]) : [candidate];
    for (const item of expanded) {
      const text = source.slice(item.start, item.end);
      if (!hasLetter(text)) continue;
      const tokens = tokenizeInline(text);
      if (item.kind !== 'alt' && item.kind !== 'title' && !hasTranslatableTokens(tokens)) continue;
      if (state.title === undefined && item.kind === 'heading' && !notes) {
        const words = plainWords(tokens);
        state.title = words === '' ? null : words;
      }
      out.push({ candidate: item, text, print: fingerprintTokens(tokens), slide, step, notes, field: null });
    }
  }
}

/** A heading's words: its text tokens, emphasis markers removed and whitespace folded. */
function plainWords(tokens: readonly InlineToken[]): string {
  let text = '';
  for (const token of tokens) if (token.type === 'text') text += token.value;
  return text.replace(EMPHASIS_MARKERS, '').replace(WHITESPACE_RUNS, ' ').trim();
}

const EMPHASIS_MARKERS = /[*_~]+/g;
const WHITESPACE_RUNS = /\s+/g;
