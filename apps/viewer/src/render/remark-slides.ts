import { stepProperties, type Deck, type Flow, type Step } from '@deckl10n/parser';

/** A piece of slide content: Markdown text, or a content class `.name[…]` around more content. */
export type Content = string | ContentBlock;

/** A content class as remark's converter sees it. */
export interface ContentBlock {
  readonly classes: readonly string[];
  readonly block: boolean;
  readonly content: readonly Content[];
}

/** One slide as remark.js shows it (each `--` step is a slide of its own). */
export interface RemarkSlide {
  /** 0-based position among the slides shown. */
  readonly index: number;
  /** The number remark prints (slides with `count: false` share the previous number). */
  readonly number: number;
  /** The deck slide (1-based, as segments count them) and step it comes from. */
  readonly sourceSlide: number;
  readonly sourceStep: number;
  /** Properties after inheritance from templates and previous steps. */
  readonly properties: Readonly<Record<string, string>>;
  readonly content: readonly Content[];
  readonly notes: readonly Content[];
}

interface Raw {
  readonly sourceSlide: number;
  readonly sourceStep: number;
  readonly continued: boolean;
  readonly properties: Record<string, string>;
  readonly content: Content[];
  readonly notes: Content[];
}

/** Properties a slide never takes from its template (remark's `ignoreProperty`). */
const NOT_INHERITED = new Set(['name', 'layout', 'count']);

/**
 * The slides remark.js 0.14 makes of a deck, following its `createSlides`: every step is a
 * slide; `layout: true` slides become the template of the slides after them (until the next
 * one or `layout: false`) and are not shown; `template: <name>` inherits from a named slide;
 * `--` steps inherit the previous step; `exclude: true` slides are dropped. Content and notes
 * are inherited by concatenation, `class` by joining.
 *
 * @example
 * remarkSlides(parse('# A\n--\nB\n---\nC')).length; // 3
 */
export function remarkSlides(deck: Deck): RemarkSlide[] {
  const templates = new Map<string, Raw>();
  const slides: Raw[] = [];
  let layout: Raw | undefined;
  for (const raw of rawSlides(deck)) {
    if ((raw.properties['exclude'] ?? '').toLowerCase() === 'true') continue;
    let template: Raw | undefined;
    const named = raw.properties['template'];
    if (raw.continued && slides.length > 0) template = slides[slides.length - 1];
    else if (named !== undefined && templates.has(named)) template = templates.get(named);
    else if (raw.properties['layout'] === 'false') layout = undefined;
    else if (layout !== undefined && raw.properties['layout'] !== 'true') template = layout;
    const slide = template === undefined ? raw : inherit(raw, template);
    const name = raw.properties['name'];
    if (name !== undefined) templates.set(name, slide);
    if (raw.properties['layout'] === 'true') layout = slide;
    else slides.push(slide);
  }
  let number = 0;
  return slides.map((slide, index) => {
    if (slide.properties['count'] !== 'false' || number === 0) number++;
    return { index, number, sourceSlide: slide.sourceSlide, sourceStep: slide.sourceStep, properties: slide.properties, content: slide.content, notes: slide.notes };
  });
}

function rawSlides(deck: Deck): Raw[] {
  const raws: Raw[] = [];
  for (const slide of deck.slides) {
    for (const step of slide.steps) {
      raws.push({
        sourceSlide: slide.index,
        sourceStep: step.index,
        continued: step.index > 0,
        properties: stepProperties(step),
        content: toContent(flowsOf(step)),
        notes: step.notes === null ? [] : toContent(step.notes.children),
      });
    }
  }
  return raws;
}

function flowsOf(step: Step): Flow[] {
  return step.children.filter((child): child is Flow => child.type !== 'property');
}

/** The parser's flow nodes as remark's converter content: text runs and content classes. */
export function toContent(flows: readonly Flow[]): Content[] {
  const content: Content[] = [];
  for (const flow of flows) {
    if (flow.type === 'contentClass') {
      content.push({ classes: flow.classes, block: flow.block, content: toContent(flow.children) });
    } else {
      const last = content[content.length - 1];
      if (typeof last === 'string') content[content.length - 1] = last + flow.value;
      else content.push(flow.value);
    }
  }
  return content;
}

function inherit(slide: Raw, template: Raw): Raw {
  const properties: Record<string, string> = { ...slide.properties };
  for (const [key, value] of Object.entries(template.properties)) {
    if (NOT_INHERITED.has(key)) continue;
    const own = slide.properties[key];
    if (key === 'class' && own !== undefined) properties[key] = `${value}, ${own}`;
    else if (own === undefined) properties[key] = value;
  }
  const notes = template.notes.length > 0 && slide.notes.length > 0 ? [...template.notes, '\n\n', ...slide.notes] : template.notes.length > 0 ? [...template.notes] : slide.notes;
  return { ...slide, properties, content: [...template.content, ...slide.content], notes };
}

/** True when notes have visible text (remark shows the notes pane only then). */
export function hasText(content: readonly Content[]): boolean {
  return content.some((piece) => (typeof piece === 'string' ? piece.trim() !== '' : hasText(piece.content)));
}
