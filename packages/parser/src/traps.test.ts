import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';
import { remarkSlidesWithNotes } from './remark-notes.js';
import { serialize } from './serialize.js';
import { isTemplateSlide, remarkSlideCount } from './slide-properties.js';
import { allNodes, outline } from './test-support/outline.js';

/** Parses, checks the round trip, and returns the deck. */
function roundTrip(text: string, file?: string) {
  const deck = parse(text, file === undefined ? {} : { file });
  expect(serialize(deck)).toBe(text);
  return deck;
}

describe('traps seen in the corpus', () => {
  it('a `---` inside a code fence is content, not a slide separator', () => {
    const deck = roundTrip('# A\n```\n---\n```\n---\n# B\n');
    expect(outline(deck)).toEqual([
      [{ properties: {}, content: '# A\n```\n---\n```\n', notes: null }],
      [{ properties: {}, content: '# B\n', notes: null }],
    ]);
    const fence = allNodes(deck).find((node) => node.type === 'fence');
    expect(fence).toMatchObject({ type: 'fence', value: '```\n---\n```\n', marker: '```', info: '' });
  });

  it('a `---` glued to the end of a text line does not split the slide', () => {
    const deck = roundTrip('text ---\nmore\n---\nB');
    expect(outline(deck).map((slide) => slide.map((step) => step.content))).toEqual([['text ---\nmore\n'], ['B']]);
  });

  it('`???` directly followed by `---` gives empty notes and a new slide', () => {
    const deck = roundTrip('# A\n???\n---\n# B\n');
    expect(outline(deck)).toEqual([
      [{ properties: {}, content: '# A\n', notes: '' }],
      [{ properties: {}, content: '# B\n', notes: null }],
    ]);
    expect(deck.slides[0]?.steps[0]?.notes?.separator).toMatchObject({ marker: '???', value: '???\n' });
    expect(remarkSlidesWithNotes(deck.slides)).toBe(0);
  });

  it('empty notes at the end of the deck are notes with no children', () => {
    const deck = roundTrip('# A\n???\n');
    const notes = deck.slides[0]?.steps[0]?.notes;
    expect(notes?.children).toEqual([]);
    expect(notes?.position).toEqual({
      start: { line: 2, column: 1, offset: 4 },
      end: { line: 3, column: 1, offset: 8 },
    });
  });

  it('a `layout: true` template is a slide of its own that remark does not count', () => {
    const deck = roundTrip('layout: true\nclass: x\n.footer[F]\n---\nname: one\n# One\n--\n# Two');
    expect(outline(deck)).toEqual([
      [{ properties: { layout: 'true', class: 'x' }, content: '\n\n.footer[F]\n', notes: null }],
      [
        { properties: { name: 'one' }, content: '\n# One\n', notes: null },
        { properties: {}, content: '# Two', notes: null },
      ],
    ]);
    expect(deck.slides.map(isTemplateSlide)).toEqual([true, false]);
    expect(remarkSlideCount(deck.slides)).toBe(2);
  });

  it('a deck without front matter starts with its first slide', () => {
    const deck = roundTrip('# Title\n---\n# Two');
    expect(deck.frontMatter).toBeNull();
    expect(deck.format).toBe('markdown');
    expect(outline(deck).map((slide) => slide[0]?.content)).toEqual(['# Title\n', '# Two']);
    expect(deck.slides[1]?.separator).toMatchObject({
      marker: '---',
      value: '---\n',
      position: { start: { line: 2, column: 1, offset: 8 }, end: { line: 3, column: 1, offset: 12 } },
    });
  });

  it('HTML comments stay text (a `---` inside one still splits, as in remark), `<!-- key: value -->` is a property', () => {
    const deck = roundTrip('<!-- class: center -->\n# A\n<!-- a comment\n---\nnot a split -->\n---\nB');
    expect(outline(deck)).toEqual([
      [{ properties: { class: 'center' }, content: '\n# A\n<!-- a comment\n', notes: null }],
      [{ properties: {}, content: 'not a split -->\n', notes: null }],
      [{ properties: {}, content: 'B', notes: null }],
    ]);
    expect(deck.slides[0]?.steps[0]?.children[0]).toMatchObject({ type: 'property', form: 'comment', raw: '<!-- class: center -->' });
  });

  it('CRLF line endings: structure as with LF, every byte kept, lines counted once', () => {
    const deck = roundTrip('---\r\ntitle: T\r\n---\r\n# A\r\n---\r\n# B\r\n???\r\nn\r\n');
    expect(deck.frontMatter?.data).toEqual({ title: 'T' });
    expect(outline(deck)).toEqual([
      [{ properties: {}, content: '# A\r\n', notes: null }],
      [{ properties: {}, content: '# B\r\n', notes: 'n\r\n' }],
    ]);
    expect(deck.slides[1]?.separator).toMatchObject({ value: '---\r\n', position: { start: { line: 5, column: 1, offset: 25 } } });
    expect(deck.slides[1]?.steps[0]?.notes?.separator.position.start).toEqual({ line: 7, column: 1, offset: 35 });
  });

  it('a BOM is kept as a prefix and front matter after it is recognised', () => {
    const deck = roundTrip('\uFEFF---\ntitle: T\n---\n# A\n');
    expect(deck.prefix).toMatchObject({ type: 'raw', value: '\uFEFF' });
    expect(deck.frontMatter?.data).toEqual({ title: 'T' });
    expect(deck.frontMatter?.fields[0]).toMatchObject({ path: ['title'], value: 'T', position: { start: { line: 2, column: 8, offset: 12 } } });
  });

  it('tabs: remark removes the indentation common to all lines, so indented separators still split', () => {
    const deck = roundTrip('\t# A\n\t---\n\t# B\n');
    expect(outline(deck).map((slide) => slide[0]?.content)).toEqual(['\t# A\n', '\t# B\n']);
    expect(deck.slides[1]?.separator?.value).toBe('\t---\n');
  });

  it('no final newline: the last node ends at the end of the file', () => {
    const deck = roundTrip('# A\n---\n# B');
    expect(deck.slides[1]?.position.end).toEqual({ line: 3, column: 4, offset: 11 });
    expect(deck.position.end.offset).toBe(11);
  });

  it('`--` makes steps, which remark counts as slides; `--` inside a fence does not', () => {
    const deck = roundTrip('# A\n--\n- one\n--\n```\n--\n```\n');
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0]?.steps.map((step) => step.separator?.value ?? null)).toEqual([null, '--\n', '--\n']);
    expect(remarkSlideCount(deck.slides)).toBe(3);
  });

  it('a `---` inside a content class does not split the slide, and brackets match across lines', () => {
    const deck = roundTrip('.pull-left[\n# A\n---\n- x\n]\n---\nB');
    expect(deck.slides).toHaveLength(2);
    expect(deck.diagnostics.map((d) => d.code)).toEqual(['MACRO_SPANS_SLIDES']);
    const contentClass = deck.slides[0]?.steps[0]?.children[0];
    expect(contentClass).toMatchObject({ type: 'contentClass', classes: ['pull-left'], block: true, open: '.pull-left[', close: ']' });
  });

  it('nested content classes and code inside them', () => {
    const deck = roundTrip('.left[.image-40[![a](b.png)]]\n.code[\n```python\nx = [1]\n```\n]\n');
    const nodes = allNodes(deck);
    expect(nodes.filter((node) => node.type === 'contentClass').map((node) => node.type === 'contentClass' && node.classes)).toEqual([
      ['left'],
      ['image-40'],
      ['code'],
    ]);
    expect(nodes.find((node) => node.type === 'fence')).toMatchObject({ info: 'python', value: '```python\nx = [1]\n```\n' });
  });

  it('Liquid and kramdown attributes are plain text to the parser', () => {
    const deck = roundTrip('{% if a %}\n# A {#id}\n{: .class}\n{% endif %}\n{{ site.baseurl }}\n');
    expect(outline(deck)).toEqual([
      [{ properties: {}, content: '{% if a %}\n# A {#id}\n{: .class}\n{% endif %}\n{{ site.baseurl }}\n', notes: null }],
    ]);
  });

  it('R Markdown chunks with options are fences; remark HTML decks are read from the textarea', () => {
    const rmd = roundTrip('---\ntitle: R\n---\n```{r echo=FALSE}\nx <- 1\n---\n```\n---\nB\n', 'deck.Rmd');
    expect(rmd.format).toBe('rmarkdown');
    expect(rmd.slides).toHaveLength(2);
    const html = roundTrip('<html><textarea id="source">\n# A\n---\n# B\n</textarea></html>\n', 'index.html');
    expect(html.format).toBe('remark-html');
    expect(html.prefix?.value).toBe('<html><textarea id="source">');
    expect(html.suffix?.value).toBe('</textarea></html>\n');
    expect(html.slides).toHaveLength(2);
  });
});
