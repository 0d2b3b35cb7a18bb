import { parse, remarkSlideCount, serialize, type Deck, type Flow, type Property } from '@deckl10n/parser';

/** One structural element of a deck: what it is (compared) and where it is (reported). */
interface Mark {
  readonly what: string;
  readonly line: number;
}

/** Structures already computed (a source deck is compared with each of its languages). */
const computed = new WeakMap<Deck, Mark[]>();

/** Where a localized deck's structure departs from its source's, or why it does not round-trip. */
export interface StructureProblem {
  readonly message: string;
  /** Line in the localized deck. */
  readonly line: number;
}

/**
 * The skeleton of a deck, everything a translation must not change, in document order: slide
 * (`---`), step (`--`) and notes (`???`) separators, slide properties, content classes
 * (`.name[` … `]`) and macro calls, code (fences, byte for byte), link
 * definitions, the HTML around a textarea deck, and the error diagnostics.
 */
export function structureOf(deck: Deck): Mark[] {
  const known = computed.get(deck);
  if (known !== undefined) return known;
  const marks: Mark[] = [];
  computed.set(deck, marks);
  const add = (what: string, line: number) => marks.push({ what, line });
  add(`format ${deck.format}; front matter ${deck.frontMatter === null ? 'absent' : 'present'}`, 1);
  if (deck.prefix !== null && deck.format === 'remark-html') add(`page head ${JSON.stringify(deck.prefix.value)}`, 1);
  for (const slide of deck.slides) {
    add(slide.separator === null ? 'first slide' : '--- slide separator', slide.position.start.line);
    for (const step of slide.steps) {
      if (step.separator !== null) add('-- step separator', step.separator.position.start.line);
      for (const child of step.children) flow(child, add);
      if (step.notes !== null) {
        add('??? notes', step.notes.separator.position.start.line);
        for (const child of step.notes.children) flow(child, add);
      }
    }
  }
  if (deck.suffix !== null) add(`page tail ${JSON.stringify(deck.suffix.value)}`, deck.suffix.position.start.line);
  for (const diagnostic of deck.diagnostics) if (diagnostic.severity === 'error') add(`error ${diagnostic.code}`, diagnostic.position.start.line);
  add(`remark shows ${remarkSlideCount(deck.slides)} slides`, deck.position.end.line);
  return marks;
}

function flow(node: Property | Flow, add: (what: string, line: number) => void): void {
  const line = node.position.start.line;
  switch (node.type) {
    case 'property':
      add(`property ${node.key}: ${node.value}`, line);
      return;
    case 'fence':
      add(`fence ${JSON.stringify(node.value)}`, line);
      return;
    case 'indentedCode':
      // remark's lexer reads 4-space-indented lines as code only to find separators (compared
      // above); Markdown renders list-item continuations there, which a translation may rewrap.
      return;
    case 'definition':
      add(`definition [${node.label}]: ${node.url}`, line);
      return;
    case 'macroCall':
      add(`macro ![:${node.name}]`, line);
      return;
    case 'contentClass':
      add(`content class .${node.classes.join('.')}[ ${node.block ? 'block' : 'inline'}`, line);
      for (const child of node.children) flow(child, add);
      add('] end of content class', node.position.end.line);
      return;
    case 'separator':
      add(`separator ${node.marker}`, line);
      return;
    case 'text':
      return;
  }
}

/**
 * Checks a localized deck against its source: it must parse back to exactly its text and have
 * the source's structure element for element. Returns the problems (none for a good deck).
 */
export function compareStructure(source: Deck, localizedText: string, file: string): StructureProblem[] {
  return checkLocalized(source, localizedText, file).problems;
}

/** {@link compareStructure}, also giving the parsed localized deck. */
export function checkLocalized(source: Deck, localizedText: string, file: string): { deck: Deck; problems: StructureProblem[] } {
  const localized = parse(localizedText, { file });
  if (serialize(localized) !== localizedText) return { deck: localized, problems: [{ message: 'the localized deck does not round-trip through the parser', line: 1 }] };
  const expected = structureOf(source);
  const actual = structureOf(localized);
  const problems: StructureProblem[] = [];
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length && problems.length < 5; i++) {
    const want = expected[i];
    const got = actual[i];
    if (want?.what === got?.what) continue;
    problems.push({
      message: `expected ${want?.what ?? 'the end of the deck'} (source line ${want?.line ?? '-'}), found ${got?.what ?? 'the end of the deck'}`,
      line: got?.line ?? localized.position.end.line,
    });
    break;
  }
  return { deck: localized, problems };
}
