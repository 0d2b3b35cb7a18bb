import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFiles, exampleDeckPath, hasCorpus, remarkCounts } from '@deckl10n/test-support';
import { parse } from './parse.js';
import { remarkSlidesWithNotes } from './remark-notes.js';
import { serialize } from './serialize.js';
import { remarkSlideCount } from './slide-properties.js';

const files = corpusFiles();
const counts = remarkCounts();

describe('round trip of real decks', () => {
  it('the bundled example round-trips and has no diagnostics', () => {
    const text = readFileSync(exampleDeckPath, 'utf8');
    const deck = parse(text, { file: exampleDeckPath });
    expect(serialize(deck)).toBe(text);
    expect(deck.diagnostics).toEqual([]);
  });

  it.skipIf(!hasCorpus)('the corpus has decks in every folder', () => {
    const folders = new Set(files.map((file) => file.name.split('/')[0]));
    expect([...folders].sort()).toEqual(['gtn', 'gtn-translated', 'other']);
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  for (const file of files) {
    it(`${file.name} round-trips byte for byte`, () => {
      const deck = parse(file.text, { file: file.path });
      expect(serialize(deck)).toBe(file.text);
      expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }
});

describe('slide counts agree with remark.js 0.14.1 (REMARK-COUNTS.tsv)', () => {
  it.skipIf(!hasCorpus)('every deck listed there is in the corpus', () => {
    expect(counts.size).toBeGreaterThanOrEqual(40);
    const names = new Set(files.map((file) => file.name));
    expect([...counts.keys()].filter((name) => !names.has(name))).toEqual([]);
  });

  for (const [name, expected] of counts) {
    it(name, () => {
      const file = files.find((candidate) => candidate.name === name);
      expect(file, `${name} is missing from the corpus`).toBeDefined();
      const deck = parse(file?.text ?? '', { file: name });
      expect({
        slides: remarkSlideCount(deck.slides),
        slidesWithNotes: remarkSlidesWithNotes(deck.slides),
      }).toEqual(expected);
    });
  }
});
