/** Inputs the suites share: the shared corpus and synthetic decks built from it. */
import { corpusFiles, hasCorpus } from '@deckl10n/test-support';

export { hasCorpus };

/** The corpus decks with their size in UTF-8 bytes; [] when the corpus is absent. */
export function loadCorpus() {
  return corpusFiles().map((file) => ({ ...file, bytes: Buffer.byteLength(file.text, 'utf8') }));
}

/** The total UTF-8 size of some decks. */
export function totalBytes(decks) {
  return decks.reduce((sum, deck) => sum + deck.bytes, 0);
}

/**
 * The corpus texts joined by `\n---\n` lines, cycled until the result is at least `bytes` UTF-8
 * bytes long: one big Markdown deck of real content.
 */
export function concatenatedDeck(decks, bytes) {
  const parts = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const deck = decks[index % decks.length];
    parts.push(deck.text);
    size += deck.bytes + 5;
  }
  return parts.join('\n---\n');
}

/** A GTN-like deck of `count` slides: properties, heading, macro, list, step, image, notes. */
export function manySlidesDeck(count) {
  const frontMatter = '---\nlayout: tutorial_slides\nlogo: "GTN"\ntitle: "A synthetic deck"\n---\n';
  const slides = [];
  for (let index = 1; index <= count; index++) {
    slides.push(
      [
        `class: ${index % 2 === 0 ? 'left' : 'center'}`,
        '',
        `# Slide ${index}: what does step ${index} do?`,
        '',
        '.pull-left[',
        `- A **web** platform with [tools](https://example.org/${index}) and \`code\``,
        '- Reproducible {% icon tool %} analyses',
        ']',
        '',
        '--',
        '',
        `![A screenshot of step ${index}](../../images/step-${index}.png "Step ${index}")`,
        '',
        '???',
        '',
        `- Speaker notes for slide ${index}.`,
        '',
      ].join('\n'),
    );
  }
  return frontMatter + slides.join('---\n');
}

/**
 * The GTN source decks of the corpus (`gtn/`), each with an id made from its file name
 * (`admin__introduction__slides`); [] when the corpus is absent.
 */
export function loadGtnDecks() {
  return loadCorpus()
    .filter((file) => file.name.startsWith('gtn/'))
    .map((file) => ({ ...file, id: file.name.slice('gtn/'.length).replace(/\.[^.]+$/, '') }));
}
