import { describe, expect, it } from 'vitest';
import { structureDamage, sumDamage } from './structure-damage.mjs';

const deck = [
  '---',
  'title: "A deck"',
  '---',
  '# Slide one',
  'Some text:',
  '- first',
  '- second',
  '- third',
  '',
  '--',
  '',
  'More text',
  '',
  '???',
  '',
  '- a note',
  '---',
  '# Slide two',
  '',
].join('\n');

describe('structureDamage', () => {
  it('finds nothing wrong with an identical output', () => {
    expect(structureDamage(deck, deck)).toEqual({
      identical: true,
      lostNotes: 0,
      lostSteps: 0,
      lostSeparators: 0,
      lostProperties: 0,
      splitLists: 0,
      addedBlankLines: 0,
      changedLines: 0,
      frontMatterChanged: false,
    });
  });

  it('counts lost `???`, `--` and `---` lines', () => {
    const output = deck.replace('\n--\n', '\n').replace('\n???\n', '\n').replace('\n---\n# Slide two', '\n# Slide two');
    expect(structureDamage(deck, output)).toMatchObject({ identical: false, lostNotes: 1, lostSteps: 1, lostSeparators: 1, changedLines: 3 });
  });

  it('counts list items split by blank lines, and the blank lines added', () => {
    const output = deck.replace('- first\n- second\n- third', '- first\n\n- second\n\n- third');
    expect(structureDamage(deck, output)).toMatchObject({ splitLists: 2, addedBlankLines: 2, changedLines: 0, lostNotes: 0 });
  });

  it('counts list items merged into the paragraph before them', () => {
    const output = deck.replace('Some text:\n- first\n- second\n- third', 'Some text: - first - second\n- third');
    expect(structureDamage(deck, output)).toMatchObject({ splitLists: 2, addedBlankLines: 0, changedLines: 3 });
  });

  it('does not count a rewrapped list item as broken', () => {
    const output = deck.replace('- second', '- sec\n  ond');
    expect(structureDamage(deck, output)).toMatchObject({ splitLists: 0, changedLines: 1 });
  });

  it('counts slide property lines merged into one, but not front-matter keys', () => {
    const template = 'layout: true\nname: left-aligned\nclass: left, middle\n\n---\n# Why?\n';
    expect(structureDamage(deck + template, deck + template.replace('true\nname', 'true name').replace('aligned\nclass', 'aligned class')).lostProperties).toBe(2);
    const frontMatterOnly = '---\nlayout: tutorial_slides\nlogo: GTN\n---\n# A\n';
    expect(structureDamage(frontMatterOnly, '---\nlogo: GTN\n---\n# A\n')).toMatchObject({ lostProperties: 0, frontMatterChanged: true });
  });

  it('sees a re-quoted front matter', () => {
    expect(structureDamage(deck, deck.replace('"A deck"', 'A deck')).frontMatterChanged).toBe(true);
  });

  it('sums damage over decks, counting identical and changed-front-matter decks', () => {
    const damages = [structureDamage(deck, deck), structureDamage(deck, deck.replace('\n???\n', '\n').replace('"A deck"', "'A deck'"))];
    expect(sumDamage(damages)).toEqual({
      decks: 2,
      identical: 1,
      lostNotes: 1,
      lostSteps: 0,
      lostSeparators: 0,
      lostProperties: 0,
      splitLists: 0,
      addedBlankLines: 0,
      changedLines: 2,
      frontMatterChanged: 1,
    });
  });
});
