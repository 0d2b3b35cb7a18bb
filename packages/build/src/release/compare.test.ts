import { describe, expect, it } from 'vitest';
import { comparePackage } from './compare.js';
import { segmentMark } from './snapshot.js';

const record = (decks: Record<string, Record<string, string>>) => ({ package: '@deckl10n/locale-fr', digest: 'x', decks });

describe('comparePackage', () => {
  it('makes a first release minor: every deck is new', () => {
    const change = comparePackage(null, { intro: { a: segmentMark('machine', 'A'), b: segmentMark('missing', '') } });
    expect(change).toEqual({ bump: 'minor', addedDecks: ['intro'], removedDecks: [], decks: { intro: { added: 1, updated: 0, reviewed: 0 } } });
  });

  it('counts segments added, updated and reviewed as a patch', () => {
    const before = record({ intro: { a: segmentMark('machine', 'A'), b: segmentMark('machine', 'B'), c: segmentMark('missing', ''), d: segmentMark('stale', 'D') } });
    const change = comparePackage(before, {
      intro: { a: segmentMark('reviewed', 'A'), b: segmentMark('machine', 'B2'), c: segmentMark('machine', 'C'), d: segmentMark('reviewed', 'D2') },
    });
    expect(change).toEqual({ bump: 'patch', addedDecks: [], removedDecks: [], decks: { intro: { added: 2, updated: 1, reviewed: 2 } } });
  });

  it('makes a removed deck major and leaves unchanged decks out', () => {
    const same = { a: segmentMark('machine', 'A') };
    const change = comparePackage(record({ intro: same, old: same }), { intro: same });
    expect(change).toEqual({ bump: 'major', addedDecks: [], removedDecks: ['old'], decks: {} });
  });
});
