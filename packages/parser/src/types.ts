/**
 * The deck model: a plain-JSON syntax tree in the style of unist. Every node has a `position`
 * (`start` inclusive, `end` exclusive; lines and columns 1-based, offsets 0-based UTF-16 indices
 * into the file text). Leaves carry their exact source text in `value`; concatenating the leaves
 * in document order gives back the file byte for byte (see `serialize`).
 *
 * The spec, node by node with examples, is docs/deck-format.md.
 */
import type { Severity, ErrorCode } from '@deckl10n/errors';

export interface Point {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset into the file text, in UTF-16 code units. */
  readonly offset: number;
}

export interface Position {
  readonly start: Point;
  /** The first point after the node. */
  readonly end: Point;
}

/** How the deck is stored in its file. */
export type DeckFormat =
  /** Markdown with optional YAML front matter: GTN `.html`/`.md` sources and plain remark decks. */
  | 'markdown'
  /** xaringan R Markdown: YAML front matter, remark Markdown, R chunks. */
  | 'rmarkdown'
  /** remark's HTML page: the deck is the content of `<textarea id="source">`. */
  | 'remark-html';

/** A problem found while parsing. The parser never throws on content. */
export interface Diagnostic {
  readonly code: ErrorCode;
  readonly severity: Severity;
  readonly message: string;
  readonly position: Position;
}

/** Verbatim text with no deck meaning: a BOM, the HTML around a textarea deck. */
export interface Raw {
  readonly type: 'raw';
  readonly value: string;
  readonly position: Position;
}

/** Style of a YAML scalar in the source. */
export type ScalarStyle = 'plain' | 'single-quoted' | 'double-quoted' | 'literal' | 'folded';

/** One string scalar of the front matter, with its path and exact source range. */
export interface FrontMatterField {
  readonly type: 'frontMatterField';
  /** Keys and sequence indexes from the root, e.g. `['questions', 0]`. */
  readonly path: readonly (string | number)[];
  /** The decoded string value. */
  readonly value: string;
  readonly style: ScalarStyle;
  /** Range of the scalar in the file, quotes and block header included. */
  readonly position: Position;
}

/** YAML front matter between `---` lines, parsed with positions. */
export interface FrontMatter {
  readonly type: 'frontMatter';
  /** The opening `---` line, line ending included. */
  readonly open: Raw;
  /** The YAML text. */
  readonly body: Raw;
  /** The closing `---` (or `...`) line, line ending included. */
  readonly close: Raw;
  /** The parsed YAML (plain JS values), or null when the YAML is invalid or empty. */
  readonly data: unknown;
  /** Every string scalar of the YAML, in document order. */
  readonly fields: readonly FrontMatterField[];
  readonly position: Position;
}

/** A structural line: `---` (slide), `--` (incremental step) or `???` (presenter notes). */
export interface Separator {
  readonly type: 'separator';
  readonly marker: '---' | '--' | '???';
  /** The line, line ending included. */
  readonly value: string;
  readonly position: Position;
}

/** A slide property (`name: intro`, `class: center, middle`, `layout: true` …). */
export interface Property {
  readonly type: 'property';
  readonly key: string;
  /** The value, trimmed. */
  readonly value: string;
  /** `line` for a leading `key: value` line, `comment` for the `<!-- key: value -->` form. */
  readonly form: 'line' | 'comment';
  /** The exact source text the property occupies (leading blank lines included, as remark.js does). */
  readonly raw: string;
  readonly position: Position;
}

/** Markdown text: prose, inline code, inline HTML, Liquid. Block structure inside is the segmenter's business. */
export interface Text {
  readonly type: 'text';
  readonly value: string;
  readonly position: Position;
}

/** A fenced code block (```` ``` ```` or `~~~`), closing fence included. */
export interface Fence {
  readonly type: 'fence';
  readonly value: string;
  /** The fence characters, e.g. "```". */
  readonly marker: string;
  /** The info string after the opening fence (language), trimmed. */
  readonly info: string;
  readonly position: Position;
}

/** An indented code block (lines indented by four spaces, as remark.js's lexer sees them). */
export interface IndentedCode {
  readonly type: 'indentedCode';
  readonly value: string;
  readonly position: Position;
}

/** A link reference definition `[id]: url "title"`. */
export interface Definition {
  readonly type: 'definition';
  readonly value: string;
  readonly label: string;
  readonly url: string;
  readonly title: string | null;
  readonly position: Position;
}

/** A remark macro call `![:name args](obj)`. */
export interface MacroCall {
  readonly type: 'macroCall';
  readonly value: string;
  readonly name: string;
  readonly args: readonly string[];
  readonly position: Position;
}

/** A content class `.name[ … ]` (remark's "macro" for classes), possibly nested and multi-line. */
export interface ContentClass {
  readonly type: 'contentClass';
  /** Class names, e.g. `['pull-left']` for `.pull-left[`. */
  readonly classes: readonly string[];
  /** True when the content spans lines (remark renders a div instead of a span). */
  readonly block: boolean;
  /** The opening `.name[` text. */
  readonly open: string;
  readonly children: readonly Flow[];
  /** The closing `]`. */
  readonly close: string;
  readonly position: Position;
}

/** Content of a step, of notes and of content classes. */
export type Flow = Text | Fence | IndentedCode | Definition | MacroCall | ContentClass | Separator;

/** Presenter notes: the `???` line and what follows it up to the next `---`/`--`. */
export interface Notes {
  readonly type: 'notes';
  readonly separator: Separator;
  readonly children: readonly Flow[];
  readonly position: Position;
}

/**
 * One remark.js slide as shown: a slide's first part, or a part after a `--` line.
 * remark counts each step as a slide of its own.
 */
export interface Step {
  readonly type: 'step';
  /** 0-based index within its slide. */
  readonly index: number;
  /** The `--` line that starts the step; null for the first step of a slide. */
  readonly separator: Separator | null;
  readonly children: readonly (Property | Flow)[];
  readonly notes: Notes | null;
  readonly position: Position;
}

/** A slide: the text between two `---` lines, made of one or more steps. */
export interface Slide {
  readonly type: 'slide';
  /** 1-based index among the deck's slides (templates and excluded slides included). */
  readonly index: number;
  /** The `---` line that starts the slide; null for the first slide. */
  readonly separator: Separator | null;
  readonly steps: readonly Step[];
  readonly position: Position;
}

/** A parsed deck. */
export interface Deck {
  readonly type: 'deck';
  readonly format: DeckFormat;
  /** The file name given to `parse`, for diagnostics. */
  readonly file: string | null;
  /** The whole file text. */
  readonly source: string;
  /** A BOM and, for `remark-html`, the HTML up to and including `<textarea id="source">`. */
  readonly prefix: Raw | null;
  readonly frontMatter: FrontMatter | null;
  readonly slides: readonly Slide[];
  /** For `remark-html`: `</textarea>` and the rest of the page. */
  readonly suffix: Raw | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly position: Position;
}

/** Every node type of the deck model. */
export type Node =
  | Deck
  | Raw
  | FrontMatter
  | FrontMatterField
  | Slide
  | Step
  | Notes
  | Property
  | Flow;
