import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import type { TranslationEntry } from '@deckl10n/store';
import { describe, expect, it } from 'vitest';
import { alignEntries } from './align.js';
import { countStates } from './states.js';

const deck = (body: string) => extract(parse(`# Title\n\n${body}\n`, { file: 'deck.md' }));

/** Stores a reviewed French translation for every segment of `source`. */
function reviewed(source: string, translate: (text: string) => string): Map<string, TranslationEntry> {
  return new Map(
    deck(source).map((s) => [s.id, { translation: translate(s.text), state: 'reviewed', fingerprint: s.fingerprint, source: s.text, provider: 'human' }]),
  );
}

const fr = (text: string) =>
  text.replace('Title', 'Titre').replace('See', 'Voir').replace('the picture', "l'image").replace('Run', 'Lancez').replace('Read', 'Lisez').replace('and', 'et');

describe('alignEntries: protected-element edits are carried, state kept', () => {
  it.each([
    ['a URL', 'See [the docs](https://a.org/v1) and more.', 'See [the docs](https://a.org/v2) and more.', 'https://a.org/v2'],
    ['inline code', 'Run `pip install x` and wait.', 'Run `pip install x==2` and wait.', '`pip install x==2`'],
    ['a Liquid tag', 'Read {% cite Smith2020 %} and more.', 'Read {% cite Smith2021 %} and more.', '{% cite Smith2021 %}'],
    ['an image path', 'See ![the picture](images/a.png) and more.', 'See ![the picture](images/b.png) and more.', '(images/b.png)'],
    ['whitespace and wrapping', 'See the docs and more words here.', 'See the docs\n  and more   words here.', 'Voir the docs et more words here.'],
  ])('%s', (_name, before, after, expected) => {
    const stored = reviewed(before, fr);
    const segments = deck(after);
    const result = alignEntries(segments, stored);
    expect(countStates(segments, result.entries)).toEqual({ total: 2, missing: 0, machine: 0, reviewed: 2, stale: 0, obsolete: 0 });
    const entry = result.entries.get(segments[1]?.id as string);
    expect(entry?.translation).toContain(expected);
    expect(entry?.source).toBe(segments[1]?.text);
  });

  it('an edit of the words makes the segment stale with the old source and translation; undoing it restores the state', () => {
    const stored = reviewed('See the docs and more.', fr);
    const edited = deck('See the new docs and more.');
    const staled = alignEntries(edited, stored);
    const entry = staled.entries.get(edited[1]?.id as string);
    expect(entry).toMatchObject({ state: 'stale', was: 'reviewed', source: 'See the docs and more.', translation: 'Voir the docs et more.' });
    expect(staled.report.staled).toHaveLength(1);
    const back = deck('See the docs and more.');
    const restored = alignEntries(back, staled.entries);
    expect(restored.entries.get(back[1]?.id as string)).toMatchObject({ state: 'reviewed', translation: 'Voir the docs et more.' });
    expect(restored.report.restored).toHaveLength(1);
  });

  it('a removed segment stays as obsolete, and an unchanged deck changes nothing', () => {
    const stored = reviewed('First paragraph here.\n\nSecond paragraph here.', fr);
    const shorter = deck('Second paragraph here.');
    const result = alignEntries(shorter, stored);
    expect(countStates(shorter, result.entries)).toMatchObject({ total: 2, reviewed: 2, obsolete: 1 });
    expect(result.entries.size).toBe(3);
    expect(alignEntries(deck('First paragraph here.\n\nSecond paragraph here.'), stored).changed).toBe(false);
  });
});
