import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';
import { parse } from './parse.js';
import { serialize } from './serialize.js';
import { allNodes } from './test-support/outline.js';
import type { Deck, Position } from './types.js';

/** Lines of remark and GTN features, the building blocks of generated decks. */
const featureLine = fc.oneof(
  fc.constantFrom(
    '---',
    '--',
    '???',
    '----',
    'text ---',
    'name: intro',
    'class: center, middle',
    'layout: true',
    'template: left',
    'exclude: true',
    'count: false',
    'background-image: url(a.png)',
    '<!-- class: inverse -->',
    '<!-- a comment',
    '-->',
    '.pull-left[',
    '.pull-right[.image-40[![alt](img.png "Title")]]',
    '.left[',
    ']',
    '\\.escaped[',
    '```',
    '```python',
    '```{r echo=FALSE}',
    '~~~',
    '    indented code',
    '# Heading',
    '## Heading with `code` and [link](https://example.org)',
    '- bullet',
    '  - nested bullet',
    '1. numbered',
    '| a | b |',
    '|---|---|',
    '> quote',
    '<div class="x">',
    '</div>',
    '<img src="a.png" alt="An image">',
    '{% include snippets/x.md %}',
    '{% if a %}{{ site.baseurl }}{% endif %}',
    '{: .hide}',
    '![:scale 50%](a.png)',
    '[ref]: https://example.org "Title"',
    '',
    '\t',
    '   ',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('-', '?', '[', ']', '.', '`', '~', ' ', '\t', '\r', '\n', '<', '!', ':', 'a', '{', '%', '}'), maxLength: 20 }),
);

const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: "A deck"\nquestions:\n  - Why?\ncontributors: [a, b]\n---\n'),
  fc.constant('---\nlayout: tutorial_slides\n---\n'),
  fc.constant('---\ntitle: [broken\n---\n'),
  fc.constant('---\ntitle: never closed\n'),
  fc.constant('---\n---\n'),
);

const deckText = fc
  .record({
    bom: fc.boolean(),
    frontMatter,
    lines: fc.array(featureLine, { maxLength: 40 }),
    endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 40 }),
    finalNewline: fc.boolean(),
    indent: fc.constantFrom('', '', '', '  ', '\t'),
  })
  .map(({ bom, frontMatter: head, lines, endings, finalNewline, indent }) => {
    const body = lines
      .map((line, index) => `${indent}${line}${index < lines.length - 1 || finalNewline ? (endings[index % endings.length] as string) : ''}`)
      .join('');
    return `${bom ? '\uFEFF' : ''}${head}${body}`;
  });

/** Any UTF-16 code units, lone surrogates included (cheaper than fast-check's `binary` unit). */
const codeUnits = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0xffff })), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units));

/** Every node's position agrees with its value and with the line index of the text; returns the disagreements. */
function positionProblems(deck: Deck, text: string): string[] {
  const lines = new LineIndex(text);
  const problems: string[] = [];
  const check = (what: string, position: Position, value: string | null): void => {
    const { start, end } = position;
    const expected = lines.position(start.offset, end.offset);
    if (
      start.line !== expected.start.line ||
      start.column !== expected.start.column ||
      end.line !== expected.end.line ||
      end.column !== expected.end.column ||
      (value !== null && text.slice(start.offset, end.offset) !== value)
    ) {
      problems.push(`${what} at ${start.offset}-${end.offset}`);
    }
  };
  for (const node of allNodes(deck)) {
    check(node.type, node.position, node.type === 'property' ? node.raw : node.type === 'contentClass' ? null : node.value);
  }
  for (const diagnostic of deck.diagnostics) check(diagnostic.code, diagnostic.position, null);
  return problems;
}

describe('property: generated decks', () => {
  it('never throw, always round-trip, and every position points at its text', () => {
    fc.assert(
      fc.property(deckText, (text) => {
        const deck = parse(text, { file: 'generated.md' });
        expect(serialize(deck)).toBe(text);
        expect(positionProblems(deck, text)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('R Markdown and remark HTML pages round-trip too', () => {
    fc.assert(
      fc.property(deckText, fc.boolean(), (text, closed) => {
        expect(serialize(parse(text, { file: 'generated.Rmd' }))).toBe(text);
        const page = `<html><body><textarea id="source">${text}${closed ? '</textarea></body></html>\n' : ''}`;
        expect(serialize(parse(page, { file: 'index.html' }))).toBe(page);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings (any code unit) round-trip', () => {
    fc.assert(
      fc.property(codeUnits, (text) => {
        expect(serialize(parse(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
