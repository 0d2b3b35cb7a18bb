import { parse } from '@deckl10n/parser';
import { pseudoLocalize } from '@deckl10n/providers';
import { extract, protectedElements } from '@deckl10n/segments';
import { corpusFiles, exampleDeckPath, hasCorpus } from '@deckl10n/test-support';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { qaTranslation } from './qa.js';

const decks = [{ name: 'example', path: exampleDeckPath, text: readFileSync(exampleDeckPath, 'utf8') }, ...corpusFiles()];

/** The pseudo provider's output must pass QA: it is the offline stand-in for a translation. */
describe('QA of pseudo-localized decks', () => {
  it('finds no error in any segment of the example and corpus decks', () => {
    const errors: string[] = [];
    let checked = 0;
    for (const deck of decks) {
      for (const segment of extract(parse(deck.text, { file: deck.path }))) {
        const pseudo = pseudoLocalize(segment.text, 'fr');
        expect(protectedElements(pseudo)).toEqual(protectedElements(segment.text));
        for (const finding of qaTranslation(segment.text, pseudo, { kind: segment.kind })) {
          if (finding.severity === 'error') errors.push(`${deck.name}:${segment.position.start.line} ${finding.code} ${finding.message}`);
        }
        checked++;
      }
    }
    expect(errors).toEqual([]);
    expect(checked).toBeGreaterThan(hasCorpus ? 4_000 : 100);
  });

  it('keeps a URL ending a segment apart from the closing bracket', () => {
    const source = 'Powered by SQLAlchemy - https://www.sqlalchemy.org/.';
    const pseudo = pseudoLocalize(source, 'fr');
    expect(pseudo).toMatch(/https:\/\/www\.sqlalchemy\.org\/\. ⟧$/);
    expect(qaTranslation(source, pseudo)).toEqual([]);
  });
});
