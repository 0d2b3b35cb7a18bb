import type { Deck, Flow, LineIndex, Slide } from '@deckl10n/parser';
import { lineIndexOf } from '@deckl10n/parser';
import type { Candidate } from './candidate.js';
import { fingerprintTokens, IdAllocator } from './fingerprint.js';
import { containerCandidates } from './flow-runs.js';
import { defaultFrontMatterPolicy, isTranslatedField, type FrontMatterPolicy } from './front-matter-policy.js';
import { imageOnlyCandidates } from './images.js';
import { hasTranslatableTokens, tokenizeInline, type InlineToken } from './inline.js';
import type { Segment } from './types.js';
import { hasLetter } from './letters.js';

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** Which front-matter fields are translated (default: GTN's and xaringan's text fields). */
  readonly frontMatter?: FrontMatterPolicy;
}

/** A segment while the deck is walked (its slide's title is known once the slide is done). */
type Building = { -readonly [K in keyof Segment]: Segment[K] };

/** What the walk shares: the deck, the ids given so far, the segments found. */
interface Walk {
  readonly source: string;
  readonly lines: LineIndex;
  readonly ids: IdAllocator;
  readonly out: Building[];
  /** The current slide's title: undefined until its first heading outside the notes is found. */
  title: string | null | undefined;
  /**
   * The first `![` at or after `imageFrom` (Infinity: none). Candidates mostly come in document
   * order, so searching again only when a candidate starts outside `[imageFrom, nextImage]` keeps
   * the image test linear in the deck's size.
   */
  nextImage: number;
  imageFrom: number;
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
  const walk: Walk = { source: deck.source, lines: lineIndexOf(deck), ids: new IdAllocator(), out: [], title: undefined, nextImage: -1, imageFrom: 0 };

  for (const field of deck.frontMatter?.fields ?? []) {
    if (!isTranslatedField(field.path, policy) || !hasLetter(field.value)) continue;
    const candidate: Candidate = {
      kind: 'front-matter',
      start: field.position.start.offset,
      end: field.position.end.offset,
      encoding: { type: 'yaml', style: field.style },
    };
    add(walk, candidate, field.value, tokenizeInline(field.value), 0, 0, false, field.path.join('.'));
  }
  for (const slide of deck.slides) {
    const first = walk.out.length;
    walk.title = undefined;
    collectSlide(walk, slide);
    const title = walk.title ?? null;
    if (title !== null) for (let index = first; index < walk.out.length; index++) (walk.out[index] as Building).slideTitle = title;
  }
  return walk.out;
}

function collectSlide(walk: Walk, slide: Slide): void {
  const { source } = walk;
  for (const step of slide.steps) {
    const contentStart = step.separator?.position.end.offset ?? step.position.start.offset;
    const contentEnd = step.notes?.position.start.offset ?? step.position.end.offset;
    const content = containerCandidates(source, step.children, contentStart, contentEnd);
    push(walk, content, slide.index, step.index, false);
    if (step.notes) {
      const notes = containerCandidates(
        source,
        step.notes.children as readonly Flow[],
        step.notes.separator.position.end.offset,
        step.notes.position.end.offset,
      );
      push(walk, notes, slide.index, step.index, true);
    }
  }
}

function push(walk: Walk, candidates: readonly Candidate[], slide: number, step: number, notes: boolean): void {
  for (const candidate of candidates) {
    const images = candidate.encoding.type === 'markdown' && hasImage(walk, candidate) ? imageOnlyCandidates(walk.source, candidate) : null;
    if (images === null) consider(walk, candidate, slide, step, notes);
    else for (const image of images) consider(walk, image, slide, step, notes);
  }
}

/** True when the candidate's text has a `![`. */
function hasImage(walk: Walk, candidate: Candidate): boolean {
  if (candidate.start < walk.imageFrom || candidate.start > walk.nextImage) {
    const found = walk.source.indexOf('![', candidate.start);
    walk.imageFrom = candidate.start;
    walk.nextImage = found === -1 ? Infinity : found;
  }
  return walk.nextImage + 2 <= candidate.end;
}

/** Adds the candidate as a segment when it has text to translate. */
function consider(walk: Walk, candidate: Candidate, slide: number, step: number, notes: boolean): void {
  const text = walk.source.slice(candidate.start, candidate.end);
  if (!hasLetter(text)) return;
  const tokens = tokenizeInline(text);
  if (candidate.kind !== 'alt' && candidate.kind !== 'title' && !hasTranslatableTokens(tokens)) return;
  if (walk.title === undefined && candidate.kind === 'heading' && !notes) {
    const words = plainWords(tokens);
    walk.title = words === '' ? null : words;
  }
  add(walk, candidate, text, tokens, slide, step, notes, null);
}

function add(
  walk: Walk,
  candidate: Candidate,
  text: string,
  tokens: readonly InlineToken[],
  slide: number,
  step: number,
  notes: boolean,
  field: string | null,
): void {
  const print = fingerprintTokens(tokens);
  walk.out.push({
    id: walk.ids.next(print),
    kind: candidate.kind,
    text,
    slide,
    step,
    slideTitle: null,
    notes,
    field,
    fingerprint: print,
    position: walk.lines.position(candidate.start, candidate.end),
    encoding: candidate.encoding,
  });
}

/** A heading's words: its text tokens, emphasis markers removed and whitespace folded. */
function plainWords(tokens: readonly InlineToken[]): string {
  let text = '';
  for (const token of tokens) if (token.type === 'text') text += token.value;
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return text.replace(EMPHASIS_MARKERS, '').replace(WHITESPACE_RUNS, ' ').trim();
}

const EMPHASIS_MARKERS = /[*_~]+/g;
const WHITESPACE_RUNS = /\s+/g;
/** An emphasis marker, or whitespace other than single spaces: what the two replacements change. */
const NEEDS_CLEANING = /[*_~]|\s\s|[^\S ]/;
