import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, hasCorpus } from '@deckl10n/test-support';
import { expandDeck, expandGtnDeck, renderPlainText } from './expand.js';

const gtn = (fields: string, body = '## One\n\nText\n'): string => `---\n${fields}\n---\n\n${body}`;
const origins = (source: string): string[] => expandDeck(source).parts.map((part) => part.origin);

describe('expandDeck', () => {
  it('frames tutorial_slides decks with every slide their front matter asks for', () => {
    const source = gtn('layout: tutorial_slides\ntitle: T\nquestions: [Q]\nobjectives: [O]\nkey_points: [K]\nrequirements:\n  - type: external\n    title: R\n    link: https://r.org\nfollow_up_training:\n  - type: none\n    title: F');
    expect(origins(source)).toEqual(['template', 'title', 'requirements', 'questions', 'objectives', 'content', 'key-points', 'follow-up', 'thank-you']);
  });

  it('leaves out the slides whose front-matter field is empty', () => {
    expect(origins(gtn('layout: tutorial_slides\ntitle: T'))).toEqual(['template', 'title', 'content', 'thank-you']);
  });

  it('gives base_slides and introduction_slides the frame without questions, objectives and key points', () => {
    for (const layout of ['base_slides', 'introduction_slides']) {
      expect(origins(gtn(`layout: ${layout}\ntitle: T\nquestions: [Q]\nkey_points: [K]`))).toEqual(['template', 'title', 'content', 'thank-you']);
    }
  });

  it('renders a deck without a GTN layout as itself, byte for byte', () => {
    const plain = 'class: center\n\n# Hello\n\n---\n\n## Two\n???\nnotes\n';
    expect(expandGtnDeck(plain)).toBe(plain);
    expect(renderPlainText(plain)).toBe(plain);
    expect(expandGtnDeck(gtn('layout: topic\ntitle: T', plain))).toBe(`\n${plain}`);
  });

  it.skipIf(!hasCorpus)('renders remark\'s own HTML page as the deck inside its textarea', () => {
    const page = readFileSync(join(corpusDir, 'other/gnab__remark__index.html'), 'utf8');
    const inner = /<textarea id="source">([\s\S]*?)<\/textarea>/.exec(page)?.[1];
    expect(expandGtnDeck(page)).toBe(inner);
  });

  it('links requirements as GTN does: internal topics, external links, plain titles', () => {
    const source = gtn(
      'layout: tutorial_slides\ntitle: T\nrequirements:\n  - type: internal\n    topic_name: introduction\n    tutorials: [galaxy-intro-short]\n  - type: internal\n    topic_name: climate\n  - type: external\n    title: Docs\n    link: https://docs.org\n  - type: none\n    title: Curiosity',
    );
    expect(expandGtnDeck(source, { baseurl: '/gtn/' })).toContain(
      [
        '- [Introduction to Galaxy Analyses](/gtn/topics/introduction)',
        '    - [galaxy-intro-short](/gtn/topics/introduction/tutorials/galaxy-intro-short/tutorial.html)',
        '- [climate](/gtn/topics/climate)',
        '- [Docs](https://docs.org)',
        '- Curiosity',
      ].join('\n'),
    );
  });

  it('shows authors by name, escaped, and falls back to the id', () => {
    const text = expandGtnDeck(gtn('layout: base_slides\ntitle: T\ncontributors: [ann, "x<y"]'), { contributors: { ann: 'Ann & Co' } });
    expect(text).toContain('<span class="contributor">Ann &amp; Co</span>\n<span class="contributor">x&lt;y</span>');
  });

  it('takes authors from contributions.authorship when there is no contributors list', () => {
    expect(renderPlainText(gtn('layout: base_slides\ntitle: T\ncontributions:\n  authorship: [bob]'))).toContain('Authors:\nbob\n');
  });

  it('names a licence other than CC-BY 4.0 with its SPDX link', () => {
    const text = expandGtnDeck(gtn('layout: base_slides\ntitle: T\nlicense: MIT'));
    expect(text).toContain('This material is licensed under <a rel="license" href="https://spdx.org/licenses/MIT">MIT</a>.');
    expect(expandGtnDeck(gtn('layout: base_slides\ntitle: T\nlicense: CC-BY-4.0'))).toContain('Creative Commons Attribution 4.0 International License</a>.');
  });

  it('uses the deck\'s lang: for the frame, and the strings given for it', () => {
    const deck = expandDeck(gtn('layout: tutorial_slides\nlang: fr\ntitle: T\nkey_points: [K]'), { strings: { 'key-points': 'Points clés' } });
    expect(deck.language).toBe('fr');
    expect(expandGtnDeck(gtn('layout: tutorial_slides\nlang: fr\ntitle: T\nkey_points: [K]'), { strings: { 'key-points': 'Points clés' } })).toContain(
      '<span class="visually-hidden">keypoints</span> Points clés',
    );
  });

  it('prints the date in the frame\'s language', () => {
    const source = gtn('layout: base_slides\ntitle: T');
    const date = new Date('2022-03-01T12:00:00Z');
    expect(renderPlainText(source, { date })).toContain('Updated: Mar 1, 2022');
    expect(renderPlainText(source, { date, language: 'fr', strings: { 'last-modification': 'Mis à jour le {{date}}' } })).toContain('Mis à jour le 1 mars 2022');
  });

  it('keeps the deck\'s own slides verbatim between the frame slides', () => {
    const body = '## One\r\n\r\n.left[x]\r\n\r\n---\r\n\r\n## Two\r\n';
    expect(expandGtnDeck(gtn('layout: base_slides\ntitle: T', body))).toContain('## One\r\n\r\n.left[x]\r\n\r\n---\r\n\r\n## Two\n\n---\n\n## Thank You!');
  });

  it('treats broken front matter as no layout (the parser reports it)', () => {
    expect(expandDeck('---\nlayout: [tutorial_slides\n---\n# A\n').layout).toBeNull();
  });
});
