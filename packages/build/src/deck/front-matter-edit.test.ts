import { parse } from '@deckl10n/parser';
import { describe, expect, it } from 'vitest';
import { addToFrontMatterList, setFrontMatterFields } from './front-matter-edit.js';

const deck = (front: string) => `---\n${front}---\n\n# Title\n\n???\n\nnotes\n`;
const frontMatterOf = (text: string) => {
  const fm = parse(text).frontMatter;
  if (fm === null) throw new Error('no front matter');
  return fm;
};

describe('setFrontMatterFields', () => {
  it('appends absent fields and leaves every other byte alone', () => {
    const text = deck('layout: tutorial_slides\nlogo: "GTN" # the logo\n\ntitle: "Hello"\n');
    const out = setFrontMatterFields(text, frontMatterOf(text), { lang: 'fr', translations: ['en'] }, 'a.md');
    expect(out).toBe(deck('layout: tutorial_slides\nlogo: "GTN" # the logo\n\ntitle: "Hello"\nlang: fr\ntranslations:\n  - en\n'));
  });

  it('replaces present fields in place, block values included', () => {
    const text = deck('lang: en # English\ntranslations:\n    - es\nvoice:\n  id: Joanna\ntitle: x\n');
    const out = setFrontMatterFields(text, frontMatterOf(text), { lang: 'es', translations: ['en'], voice: { id: 'Lupe', lang: 'es-US', neural: true } }, 'a.md');
    expect(out).toBe(deck('lang: es\ntranslations:\n  - en\nvoice:\n  id: Lupe\n  lang: es-US\n  neural: true\ntitle: x\n'));
  });

  it('quotes values a YAML 1.1 reader (Jekyll) would not read as strings', () => {
    const text = deck('title: x\n');
    expect(setFrontMatterFields(text, frontMatterOf(text), { lang: 'no' }, 'a.md')).toBe(deck('title: x\nlang: "no"\n'));
  });

  it('refuses front matter that is not a mapping', () => {
    const text = deck('- a\n- b\n');
    expect(() => setFrontMatterFields(text, frontMatterOf(text), { lang: 'fr' }, 'a.md')).toThrow(expect.objectContaining({ code: 'BUILD_FRONT_MATTER' }));
  });
});

describe('addToFrontMatterList', () => {
  it('adds items under a block list, keeping its indentation and comments', () => {
    const text = deck('translations:\n    - es # human\n# end\ncontributors:\n  - a\n');
    expect(addToFrontMatterList(text, frontMatterOf(text), 'translations', ['es', 'fr'], 'a.md')).toBe(
      deck('translations:\n    - es # human\n    - fr\n# end\ncontributors:\n  - a\n'),
    );
  });

  it('adds items to a flow list, an empty field, or appends the field', () => {
    const flow = deck('translations: [es]\n');
    expect(addToFrontMatterList(flow, frontMatterOf(flow), 'translations', ['fr'], 'a.md')).toBe(deck('translations: [es, fr]\n'));
    const empty = deck('translations:\ntitle: x\n');
    expect(addToFrontMatterList(empty, frontMatterOf(empty), 'translations', ['fr'], 'a.md')).toBe(deck('translations: [fr]\ntitle: x\n'));
    const absent = deck('title: x\n');
    expect(addToFrontMatterList(absent, frontMatterOf(absent), 'translations', ['fr'], 'a.md')).toBe(deck('title: x\ntranslations:\n  - fr\n'));
  });

  it('changes nothing when every item is listed, and never removes one', () => {
    const text = deck('translations:\n  - es\n  - fr\n');
    expect(addToFrontMatterList(text, frontMatterOf(text), 'translations', ['fr'], 'a.md')).toBe(text);
  });

  it('refuses a field that is not a list of codes', () => {
    const text = deck('translations: es\n');
    expect(() => addToFrontMatterList(text, frontMatterOf(text), 'translations', ['fr'], 'a.md')).toThrow(expect.objectContaining({ code: 'BUILD_FRONT_MATTER' }));
  });
});
