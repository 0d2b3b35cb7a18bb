import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { corpusDir, hasCorpus } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { alignDecks } from './align-decks.js';
import { alignSequences } from './sequence-align.js';

describe('alignSequences', () => {
  it('takes the best monotone pairs and leaves out elements without a counterpart', () => {
    const left = ['a', 'b', 'c', 'd'];
    const right = ['a', 'c', 'x', 'd'];
    const pairs = alignSequences(left.length, right.length, (i, j) => (left[i] === right[j] ? 1 : 0), 0.5);
    expect(pairs.map((p) => [p.left, p.right])).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
  });
});

const pairDir = join(corpusDir, 'gtn-translated');
const stem = 'introduction__galaxy-intro-short__d82186d__slides';
const golden = JSON.parse(readFileSync(new URL('../../golden/align-galaxy-intro-short-es.json', import.meta.url), 'utf8')) as {
  pairs: Record<string, number>;
  noCounterpart: string[];
};

describe.skipIf(!hasCorpus)('alignment of the real GTN pair (galaxy-intro-short, human Spanish translation)', () => {
  const load = (file: string) => extract(parse(readFileSync(join(pairDir, file), 'utf8'), { file }));

  it('aligns at least 95 % of the segments correctly against the hand-checked alignment', () => {
    const source = load(`${stem}.html`);
    const result = alignDecks(source, load(`${stem}_ES.html`));
    const correctPairs = result.pairs.filter((p) => golden.pairs[p.source.id] === p.translation.position.start.line).length;
    const correctlyLeftOut = result.unaligned.filter((u) => golden.noCounterpart.includes(u.source.id)).length;
    const share = (correctPairs + correctlyLeftOut) / source.length;
    // Measured 2026-12-01: 198 correct pairs + 4 correctly left out of 203 segments = 99.5 %.
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(result.slides).toHaveLength(18);
    expect(Object.keys(golden.pairs).length + golden.noCounterpart.length).toBe(source.length);
  });

  it('pairs updated sentences that sit alone in a gap and leaves out sentences added after translation', () => {
    const result = alignDecks(load(`${stem}.html`), load(`${stem}_ES.html`));
    const pairOf = (text: string) => result.pairs.find((p) => p.source.text.startsWith(text))?.translation.text;
    expect(pairOf('Many tools (~9400')).toBe('Muchas herramientas (~8000)');
    expect(pairOf('Help information')).toBe('Ayuda');
    expect(pairOf('This means you don')).toMatch(/^Galaxy se basa en la web\. Esto significa/);
    expect(pairOf('Galaxy supports many different scientific domains.')).toBe('Galaxy apoya muchas disciplinas científicas diferentes.');
    expect(result.unaligned.map((u) => u.source.text.slice(0, 30))).toEqual([
      'Galaxy also helps you make you',
      'A lot of universities and othe',
      'Older versions of a tool are u',
      'Copying datasets instead of re',
    ]);
  });
});
