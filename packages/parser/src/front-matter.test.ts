import { corpusFiles, hasCorpus } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';

/** The fields as `[path, value, style, source text of the range]`. */
function fieldsOf(text: string): [string, string, string, string][] {
  const deck = parse(text);
  return (deck.frontMatter?.fields ?? []).map((f) => [f.path.join('.'), f.value, f.style, text.slice(f.position.start.offset, f.position.end.offset)]);
}

describe('front matter fields', () => {
  it('every style of string scalar, with the range an edit replaces (quotes and block header included)', () => {
    const text = [
      '---',
      'title: "Quoted: yes"',
      "single: 'it''s'",
      'plain: Some words',
      'block: |-  # a comment',
      '  line one',
      '  line two',
      'folded: >',
      '',
      '  folded text',
      'list:',
      '- one',
      '- [two, three]',
      '---',
      '# Slide',
      '',
    ].join('\n');
    expect(fieldsOf(text)).toEqual([
      ['title', 'Quoted: yes', 'double-quoted', '"Quoted: yes"'],
      ['single', "it's", 'single-quoted', "'it''s'"],
      ['plain', 'Some words', 'plain', 'Some words'],
      ['block', 'line one\nline two', 'literal', '|-  # a comment\n  line one\n  line two\n'],
      ['folded', '\nfolded text\n', 'folded', '>\n\n  folded text\n'],
      ['list.0', 'one', 'plain', 'one'],
      ['list.1.0', 'two', 'plain', 'two'],
      ['list.1.1', 'three', 'plain', 'three'],
    ]);
  });

  it('scalars the core schema reads as null, booleans or numbers are not fields; `!!str` makes them strings', () => {
    const text = '---\na: true\nb: null\nc: ~\nd: 0x1F\ne: .inf\nf: 12\ng:\nh: !!str true\ni: "12"\n---\n';
    expect(fieldsOf(text).map(([path, value]) => [path, value])).toEqual([
      ['h', 'true'],
      ['i', '12'],
    ]);
    expect(parse(text).frontMatter?.data).toEqual({ a: true, b: null, c: null, d: 31, e: Infinity, f: 12, g: null, h: 'true', i: '12' });
  });

  it('data is the plain JS value of the YAML; a repeated key keeps its last value', () => {
    const deck = parse('---\ntitle: One\ntags: [a, b]\ntitle: Two\n---\n# A\n');
    expect(deck.frontMatter?.data).toEqual({ title: 'Two', tags: ['a', 'b'] });
    expect(JSON.parse(JSON.stringify(deck)).frontMatter.data).toEqual({ title: 'Two', tags: ['a', 'b'] });
  });

  it('anchors and aliases work; an unknown alias is a diagnostic, never an exception', () => {
    const good = parse('---\nbase: &b Shared text\ncopy: *b\n---\n# A\n');
    expect(good.frontMatter?.data).toEqual({ base: 'Shared text', copy: 'Shared text' });
    expect(good.frontMatter?.fields.map((f) => f.path.join('.'))).toEqual(['base']);
    let bad: ReturnType<typeof parse> | undefined;
    expect(() => (bad = parse('---\nx: *nope\n---\n# A\n'))).not.toThrow();
    expect(bad?.diagnostics.map((d) => [d.code, d.position.start.line])).toEqual([['YAML_SYNTAX', 2]]);
    expect(bad?.frontMatter?.data).toBeNull();
  });

  it('a key that is a collection gives its value no path, and is reported (plain objects cannot hold it)', () => {
    const deck = parse('---\n? [a, b]\n: value\ntitle: T\n---\n# A\n');
    expect(deck.frontMatter?.fields.map((f) => f.path.join('.'))).toEqual(['title']);
    expect(deck.diagnostics.map((d) => d.code)).toEqual(['YAML_SYNTAX']);
  });

  it.skipIf(!hasCorpus)('every corpus deck: each field range holds exactly the scalar that decodes to its value', () => {
    let checked = 0;
    for (const { name, text } of corpusFiles()) {
      const deck = parse(text, { file: name });
      for (const field of deck.frontMatter?.fields ?? []) {
        const source = text.slice(field.position.start.offset, field.position.end.offset);
        if (field.style === 'plain') expect(source.replace(/\s*\n\s*/g, ' '), `${name} ${field.path.join('.')}`).toBe(field.value);
        if (field.style === 'double-quoted') expect(JSON.parse(source.replace(/\s*\n\s*/g, ' ')), `${name} ${field.path.join('.')}`).toBe(field.value);
        if (field.style === 'single-quoted') expect(source.slice(1, -1).replace(/''/g, "'").replace(/\s*\n\s*/g, ' ')).toBe(field.value);
        if (field.style === 'literal' || field.style === 'folded') expect(source).toMatch(/^[|>]/);
        checked++;
      }
      if (deck.frontMatter !== null && deck.diagnostics.every((d) => d.code !== 'YAML_SYNTAX')) {
        expect(deck.frontMatter.data, name).not.toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
