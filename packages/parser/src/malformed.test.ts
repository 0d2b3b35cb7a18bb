import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';
import { serialize } from './serialize.js';
import { MAX_CONTENT_CLASS_DEPTH } from './lexer.js';
import { remarkSlideCount } from './slide-properties.js';
import type { Deck } from './types.js';

/** Diagnostics as `[code, severity, line, column]`, after checking the round trip. */
function diagnosticsOf(text: string, file = 'deck.md'): [string, string, number, number][] {
  let deck: Deck | undefined;
  expect(() => {
    deck = parse(text, { file });
  }).not.toThrow();
  expect(serialize(deck as Deck)).toBe(text);
  expect((deck as Deck).file).toBe(file);
  return (deck as Deck).diagnostics.map((d) => [d.code, d.severity, d.position.start.line, d.position.start.column]);
}

describe('malformed decks become diagnostics, never exceptions', () => {
  it('an unterminated fence: FENCE_UNCLOSED at the opening fence', () => {
    expect(diagnosticsOf('# A\n\n```python\nx = 1\n---\n# B\n')).toEqual([['FENCE_UNCLOSED', 'error', 3, 1]]);
  });

  it('an indented unterminated fence points at the backticks', () => {
    expect(diagnosticsOf('- item\n\n  ~~~\n  code\n')).toEqual([['FENCE_UNCLOSED', 'error', 3, 3]]);
  });

  it('an unbalanced content-class bracket: MACRO_UNCLOSED at `.name[`', () => {
    expect(diagnosticsOf('# A\n.pull-left[\n- x\n---\n# B\n')).toEqual([['MACRO_UNCLOSED', 'error', 2, 1]]);
    expect(diagnosticsOf('see .a[.b[x]\n')).toEqual([['MACRO_UNCLOSED', 'error', 1, 5]]);
  });

  it('an escaped content class is text and needs no bracket', () => {
    expect(diagnosticsOf('\\.a[ not a class\n')).toEqual([]);
  });

  it('invalid YAML front matter: YAML_SYNTAX inside the YAML, data null, slides still parsed', () => {
    const text = '---\ntitle: "unclosed\n---\n# A\n---\n# B\n';
    const found = diagnosticsOf(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([code, severity, line]) => code === 'YAML_SYNTAX' && severity === 'error' && line >= 2 && line <= 3)).toBe(true);
    const deck = parse(text);
    expect(deck.frontMatter?.data).toBeNull();
    expect(deck.frontMatter?.fields).toEqual([]);
    expect(deck.slides).toHaveLength(2);
  });

  it('a YAML mapping error is reported at its line and column', () => {
    expect(diagnosticsOf('---\ntitle: T\nq: a: b\n---\n# A\n')).toEqual([['YAML_SYNTAX', 'error', 3, 5]]);
  });

  it('unterminated front matter: FRONT_MATTER_UNCLOSED at line 1, the text is read as slides', () => {
    expect(diagnosticsOf('---\ntitle: T\n# A\n')).toEqual([['FRONT_MATTER_UNCLOSED', 'error', 1, 1]]);
    expect(parse('---\ntitle: T\n# A\n').frontMatter).toBeNull();
  });

  it('an unclosed textarea, an unclosed HTML comment, a repeated `???`', () => {
    expect(diagnosticsOf('<html><textarea id="source">\n# A\n', 'index.html')).toEqual([['TEXTAREA_UNCLOSED', 'error', 1, 29]]);
    expect(diagnosticsOf('# A\n<!-- never closed\n')).toEqual([['HTML_COMMENT_UNCLOSED', 'warning', 2, 1]]);
    expect(diagnosticsOf('# A\n???\none\n???\ntwo\n')).toEqual([['NOTES_REPEATED', 'warning', 4, 1]]);
  });

  it('diagnostics come sorted by position', () => {
    expect(diagnosticsOf('# A\n.x[\n```\n---\n<!-- c\n')).toEqual([
      ['MACRO_UNCLOSED', 'error', 2, 1],
      ['FENCE_UNCLOSED', 'error', 3, 1],
      ['HTML_COMMENT_UNCLOSED', 'warning', 5, 1],
    ]);
  });

  it('odd inputs: empty text, only separators, lone CR, NUL and lone surrogates', () => {
    for (const text of ['', '\n', '---', '---\n---\n', '--', '???', '\r', 'a\rb\r---\rc', '\0\uD800x\uDFFF', ']]]]', '[[[[']) {
      expect(() => serialize(parse(text))).not.toThrow();
      expect(serialize(parse(text))).toBe(text);
    }
  });

  it('misuse is an exception: parse needs a string', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('pathological inputs parse without stack overflow', () => {
  it('10,000 nested `.a[` content classes, closed', () => {
    const depth = 10_000;
    const text = `${'.a['.repeat(depth)}x${']'.repeat(depth)}\n`;
    const deck = parse(text);
    expect(serialize(deck)).toBe(text);
    expect(deck.diagnostics.map((d) => [d.code, d.position.start.column])).toEqual([
      ['MACRO_TOO_DEEP', MAX_CONTENT_CLASS_DEPTH * 3 + 1],
    ]);
    let levels = 0;
    let node = deck.slides[0]?.steps[0]?.children[0];
    while (node?.type === 'contentClass') {
      levels++;
      node = node.children[0];
    }
    expect(levels).toBe(MAX_CONTENT_CLASS_DEPTH);
  });

  it('10,000 nested `.a[` content classes, never closed', () => {
    const text = '.a['.repeat(10_000);
    const deck = parse(text);
    expect(serialize(deck)).toBe(text);
    expect(deck.diagnostics).toHaveLength(10_000);
    expect(deck.diagnostics.every((d) => d.code === 'MACRO_UNCLOSED')).toBe(true);
  });

  it('a 10,000-slide deck', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `# Slide ${i}\n\n- item\n--\n- step\n???\nnote`).join('\n---\n');
    const deck = parse(text);
    expect(serialize(deck)).toBe(text);
    expect(deck.slides).toHaveLength(10_000);
    expect(remarkSlideCount(deck.slides)).toBe(20_000);
    expect(deck.slides[9_999]?.position.start.line).toBe(9_999 * 8);
  });

  it('a 100,000-line fence and a 1 MB single line', () => {
    const fence = `\`\`\`\n${'---\n'.repeat(100_000)}\`\`\`\n`;
    expect(parse(fence).slides).toHaveLength(1);
    const line = 'word '.repeat(200_000);
    expect(serialize(parse(line))).toBe(line);
  });
});
