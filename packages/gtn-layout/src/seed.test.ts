import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleDeckPath, repoRoot } from '@deckl10n/test-support';
import { renderPlainText } from './expand.js';

/**
 * Acceptance: GTN's own plain-text rendering of the Pangeo deck (the seed, flattened by GTN's
 * page) and ours agree word for word: same slides, same order, same text. The date is the one
 * GTN printed (its git date of the deck), injected here.
 */
const seedFile = join(repoRoot, '../shared/seed/pangeo-ecosystem-slides.txt');
const pangeoAuthors = { BasileGoussard: 'Basile Goussard', rabernat: 'Ryan Abernathey', annefou: 'Anne Fouilloux' };
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

describe('plain text of the Pangeo deck', () => {
  it.skipIf(!existsSync(seedFile))('matches GTN\'s plain-text slides word for word', () => {
    const ours = renderPlainText(readFileSync(exampleDeckPath, 'utf8'), { date: new Date('2022-03-01'), contributors: pangeoAuthors });
    const seed = readFileSync(seedFile, 'utf8');
    expect(words(ours)).toEqual(words(seed));
  });

  it.skipIf(!existsSync(seedFile))('has the seed\'s slides: the same text between the same separators', () => {
    const ours = renderPlainText(readFileSync(exampleDeckPath, 'utf8'), { date: new Date('2022-03-01'), contributors: pangeoAuthors });
    const slides = (text: string): string[] => text.split(/\s---\s/).map((slide) => words(slide).join(' '));
    const mine = slides(ours);
    const theirs = slides(readFileSync(seedFile, 'utf8'));
    expect(mine).toHaveLength(39); // template, title, requirements, questions, objectives, 32 slides, key points, thank you
    expect(mine).toEqual(theirs);
  });

  it('differs from the seed only by an injected date', () => {
    const text = renderPlainText(readFileSync(exampleDeckPath, 'utf8'), { date: new Date('2026-12-01') });
    expect(text).toContain('Updated: Dec 1, 2026');
    expect(renderPlainText(readFileSync(exampleDeckPath, 'utf8'))).not.toContain('Updated:');
  });
});
