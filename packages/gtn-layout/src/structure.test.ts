import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, remarkSlideCount, remarkSlidesWithNotes } from '@deckl10n/parser';
import { corpusFiles, exampleDeckPath, hasCorpus } from '@deckl10n/test-support';
import { expandDeck, expandGtnDeck, renderPlainText } from './expand.js';
import { pangeoAuthors, repoLayoutStrings } from './test-support/repo-strings.js';

const date = new Date('2022-03-01');
const pangeo = readFileSync(exampleDeckPath, 'utf8');
const counts = (text: string): { slides: number; notes: number } => {
  const deck = parse(text);
  return { slides: remarkSlideCount(deck.slides), notes: remarkSlidesWithNotes(deck.slides) };
};

describe('the expanded Pangeo deck in en, fr and es', () => {
  const expanded = Object.fromEntries(
    ['en', 'fr', 'es'].map((language) => [language, expandGtnDeck(pangeo, { language, strings: repoLayoutStrings(language), date, contributors: pangeoAuthors })]),
  );

  it('has the same structure in every language: the deck\'s slides plus six frame slides', () => {
    const own = counts(pangeo);
    for (const language of ['en', 'fr', 'es']) {
      expect(counts(expanded[language] ?? ''), language).toEqual({ slides: own.slides + 6, notes: own.notes + 1 });
      expect(parse(expanded[language] ?? '').diagnostics.filter((d) => d.severity === 'error'), language).toEqual([]);
    }
    expect(counts(expanded['en'] ?? '')).toEqual({ slides: 38, notes: 33 });
  });

  it('opens with the title slide and closes with Thank You in the reader\'s language', () => {
    const slides = (language: string): string[] => renderPlainText(pangeo, { language, strings: repoLayoutStrings(language), date, contributors: pangeoAuthors }).split('\n\n---\n\n');
    const [, frTitle] = slides('fr');
    expect(frTitle).toContain('Auteurs\u00a0:\nBasile Goussard');
    expect(frTitle).toContain('Mis à jour le 1 mars 2022\nvideo-slides\nVoir la version vidéo de ce cours');
    expect(frTitle).toContain('Astuce\u00a0:\nappuyez sur\nP\npour afficher les notes de l’intervenant');
    expect(slides('fr').at(-1)).toMatch(/^## Merci\u00a0!\n\nCe support est le fruit d’un travail collaboratif\./);
    expect(slides('es')[1]).toContain('Actualizado: 1 mar 2022');
    expect(slides('es').at(-1)).toMatch(/^## ¡Gracias!\n\nEste material es fruto de un trabajo colaborativo\./);
    expect(slides('es')[2]).toContain('## Requisitos previos\n\nAntes de empezar con estas diapositivas, te recomendamos revisar:\n\n- [Introducción a los análisis con Galaxy]');
  });
});

describe.skipIf(!hasCorpus)('every GTN deck of the corpus', () => {
  it('expands to its own slides and notes plus the frame\'s, without new errors', () => {
    let framed = 0;
    for (const file of corpusFiles()) {
      const expanded = expandDeck(file.text);
      if (expanded.layout === null) continue;
      framed += 1;
      const frame = expanded.parts.filter((part) => part.origin !== 'template' && part.origin !== 'content').length;
      const own = counts(file.text);
      const text = expandGtnDeck(file.text, { strings: repoLayoutStrings('fr'), language: 'fr' });
      expect(counts(text).slides, file.name).toBe(own.slides + frame);
      expect(counts(text).notes, file.name).toBeGreaterThanOrEqual(own.notes + 1);
      const errors = (source: string): number => parse(source).diagnostics.filter((d) => d.severity === 'error').length;
      expect(errors(text), file.name).toBeLessThanOrEqual(errors(file.text));
    }
    expect(framed).toBeGreaterThan(35);
  });
});
