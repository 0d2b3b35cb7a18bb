import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleDeckPath, repoRoot } from '@deckl10n/test-support';
import { parse } from './parse.js';
import { serialize } from './serialize.js';
import { remarkSlideCount } from './slide-properties.js';

/**
 * The bundled example was reconstructed from GTN's rendering of the Pangeo deck, flattened to
 * one line (`../shared/seed/pangeo-ecosystem-slides.txt`). The English text must be the seed's,
 * word for word and typos included; the slides GTN generates from the front matter
 * (Requirements, Questions, Objectives, Key points) must be front matter in the source.
 */
const seedPath = join(repoRoot, '../shared/seed/pangeo-ecosystem-slides.txt');
const hasSeed = existsSync(seedPath);
if (!hasSeed) console.warn(`[deckl10n tests] seed not found at ${seedPath}: example-deck checks against it are skipped`);

const seed = hasSeed ? readFileSync(seedPath, 'utf8') : '';
const text = readFileSync(exampleDeckPath, 'utf8');
const deck = parse(text, { file: exampleDeckPath });
const data = deck.frontMatter?.data as Record<string, unknown> | undefined;

const words = (value: string): string[] => value.split(/\s+/).filter((word) => word !== '');

/** The part of the seed between two markers (the first after `from`). */
function seedBetween(from: string, to: string): string {
  const start = seed.indexOf(from);
  const end = seed.indexOf(to, start + from.length);
  expect(start, `seed has ${from}`).toBeGreaterThanOrEqual(0);
  expect(end, `seed has ${to} after ${from}`).toBeGreaterThan(start);
  return seed.slice(start, end);
}

/** The `- item` bullets of a flattened generated slide, e.g. the Questions slide. */
function seedBullets(heading: string): string[] {
  const slide = seedBetween(`</span> ${heading} - `, ' --- ');
  return slide.slice(slide.indexOf(' - ') + 3).split(' - ');
}

describe('the bundled Pangeo example against its seed', () => {
  it('is a clean GTN source deck: front matter, no diagnostics, round trip', () => {
    expect(deck.format).toBe('markdown');
    expect(deck.diagnostics).toEqual([]);
    expect(serialize(deck)).toBe(text);
    expect(data?.['layout']).toBe('tutorial_slides');
    expect(remarkSlideCount(deck.slides)).toBe(32);
  });

  it.skipIf(!hasSeed)('the slides are the seed deck body word for word, in order', () => {
    const body = seedBetween('## About this presentation', ' --- ### <i class="fas fa-key"');
    const slides = serialize({ ...deck, prefix: null, frontMatter: null });
    const expected = words(body);
    const actual = words(slides);
    const firstDifference = expected.findIndex((word, index) => actual[index] !== word);
    expect(
      firstDifference === -1 ? null : { at: firstDifference, seed: expected.slice(firstDifference, firstDifference + 8), deck: actual.slice(firstDifference, firstDifference + 8) },
    ).toBeNull();
    expect(actual.length).toBe(expected.length);
  });

  it.skipIf(!hasSeed)('title, questions, objectives and key points are front matter, as the seed renders them', () => {
    expect(seed).toContain(`\n# ${String(data?.['title'])}\nAuthors:\n`);
    expect(data?.['questions']).toEqual(seedBullets('Questions'));
    expect(data?.['objectives']).toEqual(seedBullets('Objectives'));
    expect(data?.['key_points']).toEqual(seedBullets('Key points'));
    expect(data?.['contributors']).toEqual(['BasileGoussard', 'rabernat', 'annefou']);
    expect(seed).toMatch(/Authors:\nBasile Goussard\nRyan Abernathey\nAnne Fouilloux\n/);
  });

  it.skipIf(!hasSeed)('the generated slides are not written as slides', () => {
    for (const generated of ['## Requirements', '</span> Questions', '</span> Objectives', '</span> Key points', '## Thank You!', 'Presenter notes contain extra information']) {
      expect(seed).toContain(generated);
      expect(serialize({ ...deck, prefix: null, frontMatter: null })).not.toContain(generated);
    }
  });
});
