import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import type { TranslationEntry } from '@deckl10n/store';
import { repoRoot } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { localizedTitle } from './deck-title.js';

const segments = extract(parse(readFileSync(join(repoRoot, 'decks/pangeo-ecosystem/slides.md'), 'utf8')));
const title = segments.find((segment) => segment.field === 'title');

function entry(state: TranslationEntry['state'], translation: string): Map<string, TranslationEntry> {
  return new Map([[title?.id ?? '', { source: title?.text ?? '', fingerprint: title?.fingerprint ?? '', translation, state, provider: 'test' }]]);
}

describe('localizedTitle', () => {
  it('uses a machine or reviewed translation of the title segment', () => {
    expect(title?.text).toBe('The Pangeo ecosystem');
    expect(localizedTitle(segments, entry('machine', "L'écosystème Pangeo"), 'The Pangeo ecosystem')).toBe("L'écosystème Pangeo");
    expect(localizedTitle(segments, entry('reviewed', 'El ecosistema Pangeo'), 'The Pangeo ecosystem')).toBe('El ecosistema Pangeo');
  });

  it('falls back to the source title when the translation is missing, stale or empty', () => {
    expect(localizedTitle(segments, new Map(), 'The Pangeo ecosystem')).toBe('The Pangeo ecosystem');
    expect(localizedTitle(segments, entry('stale', 'Ancien titre'), 'The Pangeo ecosystem')).toBe('The Pangeo ecosystem');
    expect(localizedTitle(segments, entry('machine', '  '), 'The Pangeo ecosystem')).toBe('The Pangeo ecosystem');
    expect(localizedTitle([], new Map(), null)).toBeNull();
  });
});
