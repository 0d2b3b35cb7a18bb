import { describe, expect, it } from 'vitest';
import { FORMAT_EXTENSIONS, writeReview } from './export/write-review.js';
import { parseReviewText } from './import/read-review-file.js';
import type { ReviewFormat } from './model.js';
import { reviewFixture } from './test-support/review-fixture.js';

const formats: readonly ReviewFormat[] = ['xliff', 'xliff12', 'po'];

describe.each(formats)('%s round trip', (format) => {
  const review = reviewFixture();
  const text = writeReview(review, format);
  const imported = parseReviewText(`review${FORMAT_EXTENSIONS[format]}`, text);

  it('reads back every unit with its id, source, translation, approval and comments', () => {
    const expected = review.decks.flatMap((deck) =>
      deck.units.map((unit) => ({
        id: unit.id,
        deck: deck.path,
        source: unit.source,
        target: unit.translation,
        approved: unit.state === 'reviewed',
        comments: unit.comments,
      })),
    );
    const actual = imported.units.map((unit) => ({
      id: unit.id,
      deck: unit.decks[0],
      source: unit.source,
      target: unit.target,
      approved: unit.approved,
      comments: unit.comments,
    }));
    expect(actual).toEqual(expected);
    expect(imported.format).toBe(format);
    expect(imported.targetLanguage).toBe('es');
    expect(imported.sourceLanguage).toBe('en');
  });

  it('writes the same bytes for the same review', () => {
    expect(writeReview(reviewFixture(), format)).toBe(text);
  });
});

describe('review file contents', () => {
  const review = reviewFixture();

  it('XLIFF 2.0 marks codes as <ph>/<pc> with original data, states, notes', () => {
    const xliff = writeReview(review, 'xliff');
    expect(xliff).toContain('<pc id="1" dataRefStart="d1" dataRefEnd="d2">link</pc>');
    expect(xliff).toMatch(/<data id="d\d+">\{% include _includes\/x.html %\}<\/data>/);
    expect(xliff).toContain('<segment state="final" subState="deckl10n:reviewed">');
    expect(xliff).toContain('<segment state="initial" subState="deckl10n:stale">');
    expect(xliff).toContain('<note category="old-source">old source: Old: ');
    expect(xliff).toContain('&#13;');
  });

  it('XLIFF 1.2 keeps native code in <ph>/<bpt>/<ept> and approval', () => {
    const xliff = writeReview(review, 'xliff12');
    expect(xliff).toContain('<bpt id="1">[</bpt>link<ept id="1">](https://example.org/a?b=1&amp;c=2 "</ept>');
    expect(xliff).toMatch(/approved="yes">/);
    expect(xliff).toContain('state-qualifier="mt-suggestion"');
  });

  it('PO has msgctxt ids, fuzzy machine and stale entries, #| msgid old sources', () => {
    const po = writeReview(review, 'po');
    expect(po).toMatch(/#: decks\/pangeo-ecosystem\/slides\.md:\d+\n#\. slide/);
    expect(po).toContain('#, fuzzy\n#| msgid "Old: ');
    expect(po).toContain('# Check the term "Pangeo"\n# a second note\n');
    expect(po.match(/^msgctxt /gm)?.length).toBe(review.decks.reduce((n, deck) => n + deck.units.length, 0));
  });
});

describe('PO: a segment shared by several decks', () => {
  it('is one entry with a reference per deck, read back with both decks', () => {
    const review = reviewFixture();
    const shared = review.decks[0]?.units[1];
    if (shared === undefined) throw new Error('fixture has no unit');
    const twoDecks = { ...review, decks: [review.decks[0], { id: 'other', path: 'decks/other/slides.md', units: [{ ...shared, line: 99 }] }] } as typeof review;
    const po = writeReview(twoDecks, 'po');
    expect(po.match(new RegExp(`^msgctxt "${shared.id}"$`, 'gm'))).toHaveLength(1);
    expect(po).toContain(`#: decks/pangeo-ecosystem/slides.md:${shared.line}\n#: decks/other/slides.md:99\n`);
    const unit = parseReviewText('r.po', po).units.find((u) => u.id === shared.id);
    expect(unit?.decks).toEqual(['decks/pangeo-ecosystem/slides.md', 'decks/other/slides.md']);
  });
});
