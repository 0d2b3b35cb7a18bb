/**
 * The edits an author makes to a deck between two translation runs, as deterministic scripts:
 * each takes a deck's text and returns the edited text, or null when the deck has nothing the
 * edit applies to. Both tools of a comparison see exactly the same edited decks.
 */
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';

/** The texts the insert script adds: new work, never "lost" translations. */
export const INSERTED_TEXTS = ['A brand new inserted slide', 'With a freshly written paragraph here.'];

/**
 * @typedef {object} EditScript
 * @property {string} name
 * @property {string} what
 * @property {(text: string, file: string) => string | null} apply
 */

/** @type {readonly EditScript[]} */
export const editScripts = [
  { name: 'slide inserted', what: 'a new slide (heading + paragraph) after the first content slide', apply: insertSlide },
  { name: 'slide deleted', what: 'the second content slide removed', apply: deleteSlide },
  { name: 'slides reordered', what: 'the second and third content slides swapped', apply: swapSlides },
  { name: 'one word edited', what: 'the second word of the first plain bullet of ≥ 5 words gets "ed"', apply: editWord },
  { name: 'URL changed', what: 'the first absolute link URL in a text gets "#moved"', apply: changeUrl },
  { name: 'paragraph rewrapped', what: 'a line break inserted between two words of a one-line paragraph or bullet, the new line indented like the text above it', apply: rewrap },
];

function segmentsOf(text, file) {
  return extract(parse(text, { file }));
}

/** Slides (separator included) that hold at least one segment outside the front matter. */
function contentSlides(text, file) {
  const deck = parse(text, { file });
  const segments = extract(deck);
  return deck.slides
    .filter((slide) => segments.some((segment) => segment.slide === slide.index && segment.kind !== 'front-matter'))
    .map((slide) => ({ start: slide.position.start.offset, end: slide.position.end.offset }));
}

/** A segment whose text occurs once in the deck, so the edit touches exactly one place. */
function unique(segments, segment) {
  return segments.filter((other) => other.fingerprint === segment.fingerprint).length === 1;
}

function insertSlide(text, file) {
  const [first] = contentSlides(text, file);
  if (first === undefined) return null;
  const slide = `\n---\n## ${INSERTED_TEXTS[0]}\n\n${INSERTED_TEXTS[1]}\n`;
  return text.slice(0, first.end) + slide + text.slice(first.end);
}

function deleteSlide(text, file) {
  const victim = contentSlides(text, file)[1];
  return victim === undefined ? null : text.slice(0, victim.start) + text.slice(victim.end);
}

function swapSlides(text, file) {
  const [, a, b] = contentSlides(text, file);
  if (a === undefined || b === undefined) return null;
  const edited = text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
  // The last slide may lack a final newline; moved up, it would glue onto the next separator.
  return edited.endsWith('\n') || !text.endsWith('\n') ? edited : `${edited}\n`;
}

function editWord(text, file) {
  const segments = segmentsOf(text, file);
  const bullet = segments.find(
    (s) => s.kind === 'list-item' && s.text.split(/\s+/).length >= 5 && unique(segments, s) && /^[\p{L} ,]+$/u.test(s.text.split(' ').slice(0, 3).join(' ')),
  );
  if (bullet === undefined) return null;
  const words = bullet.text.split(' ');
  words[1] = `${words[1]}ed`;
  return text.slice(0, bullet.position.start.offset) + words.join(' ') + text.slice(bullet.position.end.offset);
}

function changeUrl(text, file) {
  const segments = segmentsOf(text, file);
  const linked = segments.find((s) => s.kind !== 'front-matter' && /\]\(https?:\/\/[^)\s]+\)/.test(s.text) && unique(segments, s));
  if (linked === undefined) return null;
  const url = /\]\((https?:\/\/[^)\s]+)\)/.exec(linked.text)?.[1] ?? '';
  const start = linked.position.start.offset + linked.text.indexOf(url);
  return `${text.slice(0, start)}${url}#moved${text.slice(start + url.length)}`;
}

function rewrap(text, file) {
  const segments = segmentsOf(text, file);
  const target = segments.find(
    (s) =>
      (s.kind === 'paragraph' || s.kind === 'list-item') &&
      !s.text.includes('\n') &&
      / [a-z]{3,} [a-z]{3,}/.test(s.text) &&
      unique(segments, s) &&
      !text.slice(Math.max(0, s.position.start.offset - 40), s.position.start.offset).includes('.left['),
  );
  if (target === undefined) return null;
  const at = target.position.start.offset + (/ [a-z]{3,} [a-z]{3,}/.exec(target.text)?.index ?? 0);
  // The new line starts where the text does: under a bullet's text, or at the paragraph's column.
  const indent = ' '.repeat(target.position.start.column - 1);
  return `${text.slice(0, at)}\n${indent}${text.slice(at + 1)}`;
}
