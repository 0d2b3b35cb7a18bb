import { describe, expect, it } from 'vitest';
import { parse } from '@deckl10n/parser';
import { extract } from './extract.js';

const kinds = (text: string, file?: string) =>
  extract(parse(text, file === undefined ? {} : { file })).map((s) => [s.kind, s.text, s.slide, s.notes] as const);

describe('extract', () => {
  it('pulls headings, paragraphs, list items and notes with slide numbers', () => {
    expect(kinds('# Hello\n\nSome `code` here.\n???\n- a note\n---\n## Two\n')).toEqual([
      ['heading', 'Hello', 1, false],
      ['paragraph', 'Some `code` here.', 1, false],
      ['list-item', 'a note', 1, true],
      ['heading', 'Two', 2, false],
    ]);
  });

  it('takes translated front-matter fields by policy and never the others', () => {
    const deck = parse(
      '---\nlayout: tutorial_slides\nlogo: "GTN"\ntitle: "The deck"\nquestions:\n  - "Why?"\ncontributors:\n  - annefou\ntime_estimation: "1H"\n---\n# Hi\n',
    );
    expect(extract(deck).map((s) => [s.field, s.text])).toEqual([
      ['title', 'The deck'],
      ['questions.0', 'Why?'],
      [null, 'Hi'],
    ]);
    const custom = extract(deck, { frontMatter: { translate: ['time_estimation'] } });
    expect(custom.map((s) => s.field)).toEqual(['time_estimation', null]);
  });

  it('never extracts code, property lines, Liquid-only lines, comments or URL-only text', () => {
    const text = [
      'name: intro',
      'class: center, middle',
      '',
      '{% include snippets/x.md %}',
      '<!-- a comment with words -->',
      '```python',
      'print("hello world")',
      '```',
      '[https://example.org](https://example.org)',
      '',
      '    indented code block',
      '',
      'Real text',
    ].join('\n');
    expect(kinds(text)).toEqual([['paragraph', 'Real text', 1, false]]);
  });

  it('segments content classes on their own lines as containers, inline ones as markup', () => {
    const text = '.pull-left[\n- first\n- second\n]\n.left[This is a summary:]\n\nSee .red[this] now\n';
    expect(kinds(text)).toEqual([
      ['list-item', 'first', 1, false],
      ['list-item', 'second', 1, false],
      ['paragraph', 'This is a summary:', 1, false],
      ['paragraph', 'See .red[this] now', 1, false],
    ]);
  });

  it('gives image-only blocks their alt texts and titles, and HTML its text and alt attributes', () => {
    const text = [
      '![Pangeo approach](../images/a.png "The stack")',
      '',
      '<div class="centre"><img src="a.svg" alt="NSF Logo" width="120"></div>',
      '',
      '<p>Hello <b>world</b></p>',
      '',
      'Text with ![inline image](b.png) inside',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['alt', 'Pangeo approach', 1, false],
      ['title', 'The stack', 1, false],
      ['alt', 'NSF Logo', 1, false],
      ['html-text', 'Hello <b>world</b>', 1, false],
      ['paragraph', 'Text with ![inline image](b.png) inside', 1, false],
    ]);
  });

  it('reads image destinations written as Liquid tags (GTN `{% link %}`) as image-only blocks', () => {
    const text = "![Definition of canonical]({% link topics/x/images/a b.png %})\n\n[![Logo]({{ site.baseurl }}/logo.png \"Home\")](https://x.org)\n";
    expect(kinds(text)).toEqual([
      ['alt', 'Definition of canonical', 1, false],
      ['alt', 'Logo', 1, false],
      ['title', 'Home', 1, false],
    ]);
  });

  it('reads `#title` without a space as a heading, as remark.js 0.14 (marked, pedantic) does', () => {
    expect(kinds('#remark\n[ri-mahrk]\n\n#### Four\n')).toEqual([
      ['heading', 'remark', 1, false],
      ['paragraph', '[ri-mahrk]', 1, false],
      ['heading', 'Four', 1, false],
    ]);
  });

  it('splits tables into cells and skips the delimiter row', () => {
    expect(kinds('| Users | Estimate |\n|---|:---:|\n| `few` | small |\n')).toEqual([
      ['table-cell', 'Users', 1, false],
      ['table-cell', 'Estimate', 1, false],
      ['table-cell', 'small', 1, false],
    ]);
  });

  it('keeps nested list items apart and skips fenced code inside list items', () => {
    const text = '- What is it?\n    - Think in datasets\n    - Curated\n- Run it\n        ```python\n        help(x)\n        ```\n';
    expect(kinds(text).map((k) => k[1])).toEqual(['What is it?', 'Think in datasets', 'Curated', 'Run it']);
  });

  it('extracts a template slide once, where it is written', () => {
    const text = 'layout: true\nname: tpl\n\n.footer[Galaxy Training]\n---\n# One\n---\n# Two\n';
    expect(kinds(text).map((k) => [k[1], k[2]])).toEqual([
      ['Galaxy Training', 1],
      ['One', 2],
      ['Two', 3],
    ]);
  });

  it('gives the slide title as context and positions in the file', () => {
    const [title, heading, paragraph] = extract(parse('---\ntitle: x\n---\n## The *title*\n\ntext\n'));
    expect(title?.slideTitle).toBeNull();
    expect(paragraph?.slideTitle).toBe('The title');
    expect(heading?.position.start).toEqual({ line: 4, column: 4, offset: 20 });
  });
});

describe('segment ids', () => {
  const ids = (text: string) => extract(parse(text)).map((s) => s.id);

  it('are unique, and a duplicated paragraph is two segments', () => {
    const list = ids('Same text\n\nSame text\n---\nSame text\n');
    expect(list).toHaveLength(3);
    expect(new Set(list).size).toBe(3);
    expect(list[1]).toBe(`${list[0]}-2`);
  });

  it('survive slide insertion, deletion and reordering', () => {
    const original = ids('# A\n\nalpha text\n---\n# B\n\nbeta text\n---\n# C\n');
    const edited = ids('# New\n---\n# C\n---\n# B\n\nbeta text\n');
    expect(edited).toContain(original[2]);
    expect(edited).toContain(original[3]);
    expect(edited).toContain(original[4]);
  });

  it('do not change when only whitespace, wrapping, a URL or inline code changes', () => {
    const [a] = ids('See the [docs](https://a.org/v1) and run `ls -l` now\n');
    const [b] = ids('See  the [docs](https://b.org/v2)\nand run `ls -la` now\n');
    expect(b).toBe(a);
    const [c] = ids('See the [manual](https://a.org/v1) and run `ls -l` now\n');
    expect(c).not.toBe(a);
  });
});
