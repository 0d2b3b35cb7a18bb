import { parse, type Deck } from '@deckl10n/parser';
import { formatLayoutDate } from './dates.js';
import { followUpPart, listPart, requirementsPart, templatePart, thankYouPart, titlePart, type FrameContext } from './frame.js';
import { markdown, type DeckPart, type ExpandedDeck } from './model.js';
import { readPage, type GtnPage } from './page.js';
import { toPlainText, toRemark } from './render.js';
import type { LayoutStrings } from './strings.js';
import { layoutTranslator } from './translator.js';

/** GTN layouts and whether they add the Questions/Objectives/Key points slides. */
const gtnLayouts: Readonly<Record<string, { readonly learningSlides: boolean }>> = {
  tutorial_slides: { learningSlides: true },
  base_slides: { learningSlides: false },
  introduction_slides: { learningSlides: false },
};

/** Options of {@link expandDeck}. */
export interface ExpandOptions {
  /** Frame strings of the language (the `gtn-layout` i18next namespace); English fills gaps. */
  readonly strings?: LayoutStrings;
  /** Language of the frame; default the deck's `lang:`, else `en`. */
  readonly language?: string;
  /** Last modification date for the title slide; the line is left out without one. */
  readonly date?: Date;
  /** Contributor id → display name (GTN's CONTRIBUTORS.yaml); an unknown id shows as itself. */
  readonly contributors?: Readonly<Record<string, string>>;
  /** Link of the video version; default `slides-video.html`. */
  readonly videoUrl?: string;
  /** Link of the plain-text version; default `slides-plain.html` (GTN's name). */
  readonly plainTextUrl?: string;
  /** GTN's `site.baseurl` for links to topics; default `/training-material`. */
  readonly baseurl?: string;
  /** File name for parser diagnostics. */
  readonly file?: string;
}

/**
 * Expands a deck the way GTN's slide layouts do. A deck whose front matter names a GTN layout
 * (`tutorial_slides`, `base_slides`, `introduction_slides`) gets the frame: template slide,
 * title slide (authors, date, video and plain-text links, presenter-notes tip), Requirements,
 * Questions, Objectives, its own slides, Key points, follow-up trainings, Thank You. Any other
 * deck is its remark source (front matter and HTML page removed).
 *
 * @example
 * const deck = expandDeck('---\nlayout: tutorial_slides\ntitle: Hi\n---\n## One\n');
 * deck.parts.map((part) => part.origin); // ['template', 'title', 'content', 'thank-you']
 */
export function expandDeck(source: string | Deck, options: ExpandOptions = {}): ExpandedDeck {
  const deck = typeof source === 'string' ? parse(source, options.file === undefined ? {} : { file: options.file }) : source;
  const page = readPage(deck.frontMatter?.data);
  const language = options.language ?? page.lang ?? 'en';
  const layout = page.layout === null ? undefined : gtnLayouts[page.layout];
  if (page.layout === null || layout === undefined) {
    const own = remarkSource(deck);
    return { layout: null, language, parts: own === '' ? [] : [{ origin: 'content', blocks: [markdown(own)], notes: [] }] };
  }
  const content = contentPart(deck);

  const context = frameContext(page, language, options);
  const parts: (DeckPart | null)[] = [templatePart(), titlePart(context), requirementsPart(context)];
  if (layout.learningSlides) {
    parts.push(listPart('questions', 'question', page.questions, context.t), listPart('objectives', 'objectives', page.objectives, context.t));
  }
  parts.push(content);
  if (layout.learningSlides) parts.push(listPart('key-points', 'keypoints', page.keyPoints, context.t), followUpPart(context));
  parts.push(thankYouPart(context));
  return { layout: page.layout, language, parts: parts.filter((part): part is DeckPart => part !== null) };
}

/**
 * The deck as remark Markdown after GTN's layout (what GTN hands to remark.js).
 *
 * @example
 * expandGtnDeck(slidesMd, { strings: frenchStrings, language: 'fr', date: new Date('2022-03-01') });
 * // 'name: inverse\nlayout: true\nclass: center, middle, inverse\n\n---\n\n# …'
 */
export function expandGtnDeck(source: string | Deck, options: ExpandOptions = {}): string {
  return toRemark(expandDeck(source, options));
}

/**
 * The deck as GTN's plain-text slides show it (see {@link toPlainText}).
 *
 * @example
 * renderPlainText(slidesMd, { date: new Date('2022-03-01') }).split('\n')[0];
 * // 'name: inverse'
 */
export function renderPlainText(source: string | Deck, options: ExpandOptions = {}): string {
  return toPlainText(expandDeck(source, options));
}

function frameContext(page: GtnPage, language: string, options: ExpandOptions): FrameContext {
  const names = options.contributors ?? {};
  return {
    page,
    t: layoutTranslator(language, options.strings),
    authorNames: page.authors.map((id) => names[id] ?? id),
    date: options.date === undefined ? null : formatLayoutDate(options.date, language),
    videoUrl: options.videoUrl ?? 'slides-video.html',
    plainTextUrl: options.plainTextUrl ?? 'slides-plain.html',
    baseurl: (options.baseurl ?? '/training-material').replace(/\/+$/, ''),
  };
}

/**
 * The deck's own slides between the frame slides, blank lines around them trimmed. A deck with
 * front matter only still has its (empty) slide, as GTN's layout gives it one.
 */
function contentPart(deck: Deck): DeckPart {
  const body = remarkSource(deck).replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
  return { origin: 'content', blocks: [markdown(body)], notes: [] };
}

/** What remark.js reads of the file: the text without BOM, front matter, or the HTML page around it. */
function remarkSource(deck: Deck): string {
  const start = deck.frontMatter?.position.end.offset ?? deck.prefix?.position.end.offset ?? 0;
  const end = deck.suffix?.position.start.offset ?? deck.source.length;
  return deck.source.slice(start, end);
}
