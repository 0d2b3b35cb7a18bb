import { parse } from '@deckl10n/parser';
import { corpusFiles, hasCorpus, remarkCounts } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { hasText, remarkSlides } from './remark-slides.js';

describe('remarkSlides', () => {
  it('makes a slide of every step, hides templates and excluded slides, inherits layouts', () => {
    const deck = parse('layout: true\n.footer[F]\n---\nclass: center\n# A\n--\nB\n???\nnote\n---\nexclude: true\n# X\n---\nname: n\ncount: false\n# C\n');
    const slides = remarkSlides(deck);
    expect(slides.map((s) => [s.sourceSlide, s.sourceStep, s.number])).toEqual([
      [2, 0, 1],
      [2, 1, 2],
      [4, 0, 2],
    ]);
    expect(slides[1]?.properties['class']).toBe('center');
    expect(slides[1]?.content.length).toBeGreaterThan(2);
    expect(hasText(slides[1]?.notes ?? [])).toBe(true);
    expect(hasText(slides[0]?.notes ?? [])).toBe(false);
  });

  it('joins the template class with the slide class', () => {
    const slides = remarkSlides(parse('name: base\nclass: left\nlayout: true\n---\nclass: middle\n# A\n'));
    expect(slides[0]?.properties['class']).toBe('left, middle');
  });

  it.skipIf(!hasCorpus)('gives the slide and notes counts of real remark.js on every corpus deck', () => {
    const expected = remarkCounts();
    expect(expected.size).toBeGreaterThan(40);
    const files = new Map(corpusFiles().map((file) => [file.name, file.text]));
    const mismatches: string[] = [];
    for (const [name, counts] of expected) {
      const text = files.get(name);
      expect(text, name).toBeDefined();
      const slides = remarkSlides(parse(text as string));
      const withNotes = slides.filter((slide) => hasText(slide.notes)).length;
      if (slides.length !== counts.slides || withNotes !== counts.slidesWithNotes) {
        mismatches.push(`${name}: ${slides.length}/${withNotes} slides/with notes, remark ${counts.slides}/${counts.slidesWithNotes}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
