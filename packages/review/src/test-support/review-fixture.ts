import { readFileSync } from 'node:fs';
import { parse } from '@deckl10n/parser';
import { extract, tokenizeInline } from '@deckl10n/segments';
import { exampleDeckPath } from '@deckl10n/test-support';
import type { ReviewExport, ReviewState, ReviewUnit } from '../model.js';

/** A stand-in translation that keeps every protected element: prose upper-cased, codes as they are. */
export function fakeTranslate(text: string): string {
  return tokenizeInline(text)
    .map((token) => (token.type === 'text' ? token.value.toUpperCase() : token.value))
    .join('');
}

/** Texts that are hard to carry through XML and PO: markup, entities, CRLF, tabs, quotes, brackets. */
export const TRICKY_TEXTS: readonly string[] = [
  'Line one  \r\nline two\twith a tab & an <b>HTML</b> tag',
  'Quotes "double" and \'single\', backslash \\ and a lone ] bracket',
  'A [link](https://example.org/a?b=1&c=2 "Its title") and .pull-left[a .red[nested] class]',
  'Liquid {% include _includes/x.html %} and {{ site.baseurl }}, code `a < b && c` and ![img](../../images/x.png)',
  '  leading spaces, trailing newline\n',
  'Ünïcödé — “typographic” 😀 &amp; an entity',
];

/** A review of the example deck with every state, old sources, comments, plus a deck of tricky texts. */
export function reviewFixture(): ReviewExport {
  const states: readonly ReviewState[] = ['missing', 'machine', 'reviewed', 'stale'];
  const segments = extract(parse(readFileSync(exampleDeckPath, 'utf8'), { file: exampleDeckPath }));
  const unit = (id: string, source: string, index: number, extra: Partial<ReviewUnit> = {}): ReviewUnit => {
    const state = states[index % states.length] as ReviewState;
    return {
      id,
      kind: 'paragraph',
      slide: 1 + (index % 7),
      slideTitle: index % 2 === 0 ? 'A "title" & more' : null,
      inNotes: index % 3 === 0,
      line: 10 + index,
      source,
      translation: state === 'missing' ? null : fakeTranslate(source),
      state,
      provider: state === 'missing' ? null : 'pseudo',
      oldSource: state === 'stale' ? `Old: ${source}` : null,
      comments: index % 5 === 0 ? ['Check the term "Pangeo"', 'a second note'] : [],
      qa: [],
      ...extra,
    };
  };
  return {
    sourceLanguage: 'en',
    language: 'es',
    decks: [
      { id: 'pangeo-ecosystem', path: 'decks/pangeo-ecosystem/slides.md', units: segments.map((s, i) => unit(s.id, s.text, i, { kind: s.kind })) },
      { id: 'tricky', path: 'decks/tricky/slides.md', units: TRICKY_TEXTS.map((text, i) => unit(`${'abcdef0123'.slice(0, 9)}${i}`, text, i + 1)) },
    ],
  };
}
