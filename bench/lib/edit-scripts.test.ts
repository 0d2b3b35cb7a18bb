import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { exampleDeckPath } from '@deckl10n/test-support';
import { INSERTED_TEXTS, editScripts } from './edit-scripts.mjs';

const text = readFileSync(exampleDeckPath, 'utf8');
const segments = (deck: string) => extract(parse(deck, { file: exampleDeckPath }));
const before = segments(text);
const script = (name: string) => {
  const found = editScripts.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no edit script ${name}`);
  return (deck: string): string => {
    const edited = found.apply(deck, exampleDeckPath);
    if (edited === null) throw new Error(`${name} does not apply to the example deck`);
    return edited;
  };
};
const texts = (deck: string) => segments(deck).map((segment) => segment.text).sort();

describe('edit scripts on the example deck', () => {
  it('inserting a slide adds exactly the inserted texts', () => {
    const after = segments(script('slide inserted')(text));
    expect(after.map((segment) => segment.text).filter((t) => !before.some((segment) => segment.text === t))).toEqual(INSERTED_TEXTS);
    expect(after).toHaveLength(before.length + 2);
  });

  it('deleting a slide only removes segments', () => {
    const after = texts(script('slide deleted')(text));
    expect(after.length).toBeLessThan(before.length);
    expect(after.every((t) => before.some((segment) => segment.text === t))).toBe(true);
  });

  it('reordering slides keeps every segment text', () => {
    const edited = script('slides reordered')(text);
    expect(edited).not.toBe(text);
    expect(texts(edited)).toEqual(texts(text));
  });

  it('editing one word changes exactly one segment by one word', () => {
    const after = texts(script('one word edited')(text));
    const changed = after.filter((t) => !before.some((segment) => segment.text === t));
    expect(changed).toHaveLength(1);
    expect(changed[0]?.split(' ')[1]).toMatch(/ed$/);
  });

  it('changing a URL touches one link target', () => {
    const edited = script('URL changed')(text);
    expect(edited.length).toBe(text.length + '#moved'.length);
    expect(edited).toContain('#moved)');
  });

  it('rewrapping a paragraph changes no segment text beyond whitespace', () => {
    const edited = script('paragraph rewrapped')(text);
    expect(edited).not.toBe(text);
    const normalized = (deck: string) => texts(deck).map((t) => t.replace(/\s+/g, ' '));
    expect(normalized(edited)).toEqual(normalized(text));
  });
});
