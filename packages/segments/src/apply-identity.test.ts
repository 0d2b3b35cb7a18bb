import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@deckl10n/parser';
import { corpusFiles, exampleDeckPath } from '@deckl10n/test-support';
import { apply } from './apply.js';
import { extract } from './extract.js';

/**
 * Writing every segment back with its own text may only join a wrapped paragraph or item onto
 * one line (segment text is unwrapped); every other line, indentation included, stays as it was.
 */
const decks = [{ name: 'example', path: exampleDeckPath, text: readFileSync(exampleDeckPath, 'utf8') }, ...corpusFiles()];

/** The output lines that are neither a source line nor consecutive source lines joined by a space. */
function changedLines(source: string, output: string): string[] {
  const before = source.split('\n');
  const after = output.split('\n');
  const problems: string[] = [];
  let i = 0;
  for (const line of after) {
    if (line === before[i]) {
      i++;
      continue;
    }
    let joined = before[i] ?? '';
    let j = i + 1;
    while (j < before.length && joined.length < line.length) joined = `${joined.trimEnd()} ${(before[j++] ?? '').trim()}`;
    if (joined === line) i = j;
    else {
      problems.push(`line ${i + 1}: ${JSON.stringify(before[i])} became ${JSON.stringify(line)}`);
      i++;
    }
  }
  return problems;
}

describe('applying every segment with its own text', () => {
  it.each(decks.map((deck) => [deck.name, deck] as const))('%s: only joins wrapped lines', (_name, deck) => {
    const parsed = parse(deck.text, { file: deck.path });
    const identity = Object.fromEntries(extract(parsed).map((segment) => [segment.id, segment.text]));
    expect(changedLines(deck.text, apply(parsed, identity))).toEqual([]);
  });
});
