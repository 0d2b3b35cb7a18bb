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
      splitLists: 0,
      addedBlankLines: 0,
      changedLines: 2,
      frontMatterChanged: 1,
    });
  });
});
