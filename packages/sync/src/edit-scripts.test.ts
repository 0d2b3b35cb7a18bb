import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@deckl10n/parser';
import { pseudoLocalize } from '@deckl10n/providers';
import { extract, type Segment } from '@deckl10n/segments';
import { corpusFiles, exampleDeckPath } from '@deckl10n/test-support';
import type { TranslationEntry } from '@deckl10n/store';
import { alignEntries } from './align.js';
import { countStates } from './states.js';

/**
 * Edit scripts over every corpus deck and the example: translate everything, edit the source
 * (insert, delete, swap slides; edit one word; rewrap; change a URL; duplicate a paragraph),
 * align, and check the exact counts per state. Nothing may be lost, ever.
 */
const decks = [{ name: 'example', path: exampleDeckPath, text: readFileSync(exampleDeckPath, 'utf8') }, ...corpusFiles()].filter(
  (deck) => !deck.name.includes('README'),
);

function translateAll(segments: readonly Segment[]): Map<string, TranslationEntry> {
  return new Map(
    segments.map((s) => [s.id, { translation: pseudoLocalize(s.text, 'fr'), state: 'machine', fingerprint: s.fingerprint, source: s.text, provider: 'pseudo' }]),
  );
}

function segmentsOf(text: string, path: string): Segment[] {
  return extract(parse(text, { file: path }));
}

/** Byte ranges of the slides (separator included) of a deck text. */
function slideRanges(text: string, path: string) {
  return parse(text, { file: path }).slides.map((slide) => ({ start: slide.position.start.offset, end: slide.position.end.offset, index: slide.index }));
}

function align(before: readonly Segment[], afterText: string, path: string) {
  const stored = translateAll(before);
  const after = segmentsOf(afterText, path);
  const result = alignEntries(after, stored);
  const counts = countStates(after, result.entries);
  // Nothing lost: every stored translation is still in the store (carried ones updated in place).
  const kept = new Set([...result.entries.values()].map((e) => e.translation));
  const lost = [...stored].filter(([id, e]) => !kept.has(e.translation) && !result.report.carried.includes(id));
  expect(result.entries.size).toBeGreaterThanOrEqual(stored.size);
  return { counts, result, after, stored, lost };
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe.each(decks)('edit scripts on $name', ({ name, path, text }) => {
  const before = segmentsOf(text, path);
  const slides = slideRanges(text, path).filter((slide) => before.some((s) => s.slide === slide.index && s.kind !== 'front-matter'));
  const unique = (s: Segment) => before.filter((o) => o.fingerprint === s.fingerprint).length === 1;

  it.skipIf(before.length === 0)('inserting a slide leaves every translation current and adds only the new segments', () => {
    const insertAt = slides[0]?.end ?? text.length;
    const edited = `${text.slice(0, insertAt)}\n---\n## A brand new inserted slide\n\nWith a freshly written paragraph here.\n${text.slice(insertAt)}`;
    const { counts, lost } = align(before, edited, path);
    expect(counts).toEqual({ total: before.length + 2, missing: 2, machine: before.length, reviewed: 0, stale: 0, obsolete: 0 });
    expect(lost).toEqual([]);
  });

  it.skipIf(slides.length < 2)('deleting a slide keeps its translations as obsolete and disturbs no other', () => {
    const victim = slides[1] as (typeof slides)[number];
    const edited = text.slice(0, victim.start) + text.slice(victim.end);
    const after = segmentsOf(edited, path);
    const { counts, lost } = align(before, edited, path);
    const removed = before.length - after.length;
    expect(counts).toEqual({ total: after.length, missing: 0, machine: after.length, reviewed: 0, stale: 0, obsolete: removed });
    expect(lost).toEqual([]);
  });

  it.skipIf(slides.length < 3)('swapping two slides changes no state', () => {
    const [, a, b] = slides as [unknown, (typeof slides)[number], (typeof slides)[number]];
    const edited = text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    const { counts } = align(before, edited.endsWith('\n') || !text.endsWith('\n') ? edited : `${edited}\n`, path);
    expect(counts.stale + counts.missing + counts.obsolete).toBe(0);
    expect(counts.machine).toBe(counts.total);
  });

  const bullet = before.find((s) => s.kind === 'list-item' && wordsOf(s.text) >= 5 && unique(s) && /^[\p{L} ,]+$/u.test(s.text.split(' ').slice(0, 3).join(' ')));
  it.skipIf(bullet === undefined)('editing one word of a bullet makes exactly that segment stale, with its old source', () => {
    const target = bullet as Segment;
    const words = target.text.split(' ');
    words[1] = `${words[1]}ed`;
    const start = target.position.start.offset;
    const edited = text.slice(0, start) + words.join(' ') + text.slice(target.position.end.offset);
    const { counts, result, after } = align(before, edited, path);
    expect(counts).toEqual({ total: before.length, missing: 0, machine: before.length - 1, reviewed: 0, stale: 1, obsolete: 0 });
    const stale = after.find((s) => result.entries.get(s.id)?.state === 'stale') as Segment;
    expect(result.entries.get(stale.id)).toMatchObject({ source: target.text, translation: pseudoLocalize(target.text, 'fr'), was: 'machine' });
  });

  const wrappable = before.find((s) => (s.kind === 'paragraph' || s.kind === 'list-item') && !s.text.includes('\n') && / [a-z]{3,} [a-z]{3,}/.test(s.text) && unique(s) && !text.slice(s.position.start.offset - 40, s.position.start.offset).includes('.left['));
  it.skipIf(wrappable === undefined)('rewrapping a paragraph changes nothing', () => {
    const target = wrappable as Segment;
    const at = target.position.start.offset + (/ [a-z]{3,} [a-z]{3,}/.exec(target.text)?.index ?? 0);
    const edited = `${text.slice(0, at)}\n  ${text.slice(at + 1)}`;
    const { counts } = align(before, edited, path);
    expect(counts).toEqual({ total: before.length, missing: 0, machine: before.length, reviewed: 0, stale: 0, obsolete: 0 });
  });

  const linked = before.find((s) => s.kind !== 'front-matter' && /\]\(https?:\/\/[^)\s]+\)/.test(s.text) && unique(s));
  it.skipIf(linked === undefined)('changing a URL is carried into the translation, state kept', () => {
    const target = linked as Segment;
    const url = /\]\((https?:\/\/[^)\s]+)\)/.exec(target.text)?.[1] as string;
    const start = target.position.start.offset + target.text.indexOf(url);
    const edited = `${text.slice(0, start)}${url}#moved${text.slice(start + url.length)}`;
    const { counts, result } = align(before, edited, path);
    expect(counts).toEqual({ total: before.length, missing: 0, machine: before.length, reviewed: 0, stale: 0, obsolete: 0 });
    expect(result.entries.get(target.id)?.translation).toContain(`${url}#moved`);
    expect(result.report.carried).toEqual([target.id]);
  });

  const paragraph = before.find((s) => s.kind === 'paragraph' && !s.notes && unique(s) && text.slice(s.position.end.offset, s.position.end.offset + 2) === '\n\n');
  it.skipIf(paragraph === undefined)('a duplicated paragraph is two segments, the copy missing', () => {
    const target = paragraph as Segment;
    const end = target.position.end.offset;
    const edited = `${text.slice(0, end)}\n\n${target.text}${text.slice(end)}`;
    const { counts, after } = align(before, edited, path);
    expect(after.filter((s) => s.fingerprint === target.fingerprint)).toHaveLength(2);
    expect(counts).toEqual({ total: before.length + 1, missing: 1, machine: before.length, reviewed: 0, stale: 0, obsolete: 0 });
    void name;
  });
});
