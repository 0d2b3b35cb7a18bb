import { exampleDeckPath } from '@deckl10n/test-support';
import { parse } from '@deckl10n/parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedPath, checkNamingPattern } from './naming.js';
import { assertSameStructure } from './localize.js';
import { compareStructure } from './structure.js';

const source = readFileSync(exampleDeckPath, 'utf8');

describe('compareStructure', () => {
  it('accepts the source itself and text-only changes', () => {
    const deck = parse(source);
    expect(compareStructure(deck, source, 'x.md')).toEqual([]);
    expect(compareStructure(deck, source.replace('## Pangeo in a nutshell', '## Pangeo en bref'), 'x.md')).toEqual([]);
  });

  it.each([
    ['an extra slide separator', (t: string) => t.replace('## Pangeo in a nutshell', '---\n\n## Pangeo in a nutshell'), /expected .* found --- slide separator/],
    ['an extra step separator', (t: string) => t.replace('## Pangeo in a nutshell\n', '## Pangeo in a nutshell\n\n--\n'), /-- step separator/],
    ['lost notes', (t: string) => t.replace(/\n\?\?\?\n/, '\n\n'), /\?\?\? notes/],
    ['a lost content class', (t: string) => t.replace('.left[\nThis presentation is a summary of:\n]', 'This presentation is a summary of:'), /content class/],
    ['a changed code fence', (t: string) => t.replace(/```(\w*)\n/, '```$1\nx = 1\n'), /fence/],
  ])('reports %s with its line', (_name, edit, message) => {
    const edited = edit(source);
    expect(edited).not.toBe(source);
    const [problem] = compareStructure(parse(source), edited, 'x.md');
    expect(problem?.message).toMatch(message);
    expect(problem?.line).toBeGreaterThan(0);
  });
});

describe('assertSameStructure', () => {
  it('refuses a broken localized deck with BUILD_STRUCTURE_MISMATCH and the line', () => {
    const fence = /^```.*\n/m.exec(source);
    if (fence === null) throw new Error('the example deck has no code fence');
    const broken = `${source.slice(0, fence.index + fence[0].length)}x = 1\n${source.slice(fence.index + fence[0].length)}`;
    const line = source.slice(0, fence.index).split('\n').length;
    expect(() => assertSameStructure(parse(source), broken, 'slides_FR.md')).toThrow(
      expect.objectContaining({ code: 'BUILD_STRUCTURE_MISMATCH', file: 'slides_FR.md', line }),
    );
    expect(assertSameStructure(parse(source), source, 'slides_FR.md').source).toBe(source);
  });
});

describe('localizedPath', () => {
  it('names translations as GTN does, configurable', () => {
    expect(localizedPath('decks/intro/slides.html', 'es', '{stem}_{LANG}{ext}')).toBe('decks/intro/slides_ES.html');
    expect(localizedPath('decks/pangeo/slides.md', 'pt-BR', '{stem}_{LANG}{ext}')).toBe('decks/pangeo/slides_PT-BR.md');
    expect(localizedPath('slides.html', 'es', '{stem}_CAT_{LANG}{ext}')).toBe('slides_CAT_ES.html');
    expect(localizedPath('decks/a/slides.md', 'es', '{stem}-{lang}{ext}')).toBe('decks/a/slides-es.md');
  });

  it('refuses patterns that would collide or leave the folder', () => {
    expect(checkNamingPattern('{stem}{ext}')).toMatch(/\{lang\}/);
    expect(checkNamingPattern('../{stem}_{LANG}{ext}')).toMatch(/no folders/);
    expect(checkNamingPattern('{stem}_{LANG}{extension}')).toMatch(/unknown placeholder \{extension\}/);
    expect(checkNamingPattern('{stem}_{LANG}{ext}')).toBeNull();
  });
});
