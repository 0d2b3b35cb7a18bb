import { describe, expect, it } from 'vitest';
import { parse, remarkSlideCount, type Deck, type Flow, type Property } from '@deckl10n/parser';
import { corpusFiles, exampleDeckPath, hasCorpus } from '@deckl10n/test-support';
import { readFileSync } from 'node:fs';
import { applyTranslations } from './apply.js';
import { extract } from './extract.js';

/** Counts of everything that makes a deck's structure. */
function structure(deck: Deck) {
  let fences = 0;
  let classes = 0;
  let steps = 0;
  let notes = 0;
  const visit = (nodes: readonly (Flow | Property)[]): void => {
    for (const node of nodes) {
      if (node.type === 'fence') fences++;
      if (node.type === 'contentClass') {
        classes++;
        visit(node.children);
      }
    }
  };
  for (const slide of deck.slides) {
    for (const step of slide.steps) {
      steps++;
      visit(step.children);
      if (step.notes) {
        notes++;
        visit(step.notes.children);
      }
    }
  }
  return { slides: deck.slides.length, remark: remarkSlideCount(deck.slides), steps, notes, fences, classes, fields: deck.frontMatter?.fields.length ?? 0 };
}

/** A visible, deterministic "translation" that keeps every protected element. */
const mark = (text: string) => `«${text}» (traduit)`;

describe('applyTranslations', () => {
  it('splices translations into exactly the segment ranges and keeps every other byte', () => {
    const source = '---\ntitle: Hello\n---\n# Title\n\nSome text [link](https://a.org).\n```js\nx = 1\n```\n';
    const deck = parse(source);
    const segments = extract(deck);
    const result = applyTranslations(deck, Object.fromEntries(segments.map((s) => [s.id, mark(s.text)])));
    expect(result.text).toBe(
      '---\ntitle: «Hello» (traduit)\n---\n# «Title» (traduit)\n\n«Some text [link](https://a.org).» (traduit)\n```js\nx = 1\n```\n',
    );
    expect(result.applied).toHaveLength(3);
  });

  it('falls back to the source text for missing translations', () => {
    const deck = parse('# One\n\ntwo\n');
    const [first] = extract(deck);
    const result = applyTranslations(deck, { [first?.id ?? '']: 'Un' });
    expect(result.text).toBe('# Un\n\ntwo\n');
    expect(result.missing).toHaveLength(1);
  });

  it('writes YAML scalars in their own style, quoting only when needed', () => {
    const deck = parse("---\ntitle: Plain\nsub: 'single'\nq:\n  - \"double\"\nd: |\n  block\n  text\n---\n");
    const ids = extract(deck, { frontMatter: { translate: ['title', 'sub', 'q', 'd'] } }).map((s) => s.id);
    const translations = ['Texte: avec deux-points', "l'apostrophe", 'guillemets "doubles"', 'bloc\ntraduit'];
    const text = applyTranslations(deck, Object.fromEntries(ids.map((id, i) => [id, translations[i] ?? ''])), {
      frontMatter: { translate: ['title', 'sub', 'q', 'd'] },
    }).text;
    expect(text).toBe(
      "---\ntitle: \"Texte: avec deux-points\"\nsub: 'l''apostrophe'\nq:\n  - \"guillemets \\\"doubles\\\"\"\nd: |\n  bloc\n  traduit\n---\n",
    );
    expect(parse(text).frontMatter?.data).toEqual({ title: 'Texte: avec deux-points', sub: "l'apostrophe", q: ['guillemets "doubles"'], d: 'bloc\ntraduit\n' });
  });

  it('escapes HTML attribute values', () => {
    const deck = parse('<img src="a.png" alt="Logo">\n');
    const [alt] = extract(deck);
    expect(applyTranslations(deck, { [alt?.id ?? '']: 'Le "logo" & co' }).text).toBe('<img src="a.png" alt="Le &quot;logo&quot; & co">\n');
  });

  it('never lets a translation create structure or unbalance brackets', () => {
    const deck = parse('.left[\n- an item\n  wrapped here\n]\n---\n# Two\n');
    const [item] = extract(deck);
    const folded = applyTranslations(deck, { [item?.id ?? '']: 'un élément\n---\nglissé' });
    expect(parse(folded.text).slides).toHaveLength(2);
    expect(folded.text).toContain('- un élément\n  ---\n  glissé');
    const refused = applyTranslations(deck, { [item?.id ?? '']: 'un [élément' });
    expect(refused.fallbacks).toEqual([expect.objectContaining({ id: item?.id, reason: 'unbalanced-brackets' })]);
    expect(refused.text).toBe(deck.source);
  });

  const decks = [
    { name: 'example', path: exampleDeckPath, text: readFileSync(exampleDeckPath, 'utf8') },
    ...corpusFiles(),
  ];
  it.skipIf(!hasCorpus)('keeps the structure of every corpus deck and the example when every segment is translated', () => {
    for (const file of decks) {
      const deck = parse(file.text, { file: file.path });
      const segments = extract(deck);
      const result = applyTranslations(deck, Object.fromEntries(segments.map((s) => [s.id, mark(s.text)])));
      expect(result.fallbacks, file.name).toEqual([]);
      expect(result.applied, file.name).toHaveLength(segments.length);
      const translated = parse(result.text, { file: file.path });
      expect(structure(translated), file.name).toEqual(structure(deck));
      expect(translated.diagnostics.filter((d) => d.severity === 'error'), file.name).toEqual([]);
      for (const segment of segments) {
        if (segment.kind !== 'front-matter') expect(result.text, file.name).toContain(mark(segment.text).split('\n')[0]);
      }
    }
  });
});
