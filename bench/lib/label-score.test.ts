import { describe, expect, it } from 'vitest';
import { normalize, scoreExtraction } from './label-score.mjs';

const labels = {
  extract: [
    { text: 'Why cluster?', kind: 'heading' },
    { text: 'Running jobs on the Galaxy server', kind: 'paragraph' },
    { text: 'annotation pic', kind: 'alt' },
  ],
  doNotExtract: [
    { text: 'class: left, middle', kind: 'property', match: 'anywhere' as const },
    { text: 'def main(trans, webhook):', kind: 'code', match: 'anywhere' as const },
    { text: '`helper/__init__.py`', kind: 'code', match: 'alone' as const },
  ],
};

describe('scoreExtraction', () => {
  it('finds every label in well-extracted segments, whatever the wrapping', () => {
    const score = scoreExtraction(['Why cluster?', 'Running jobs on the Galaxy\n  server negatively impacts it', 'annotation pic', 'A Python helper: `helper/__init__.py`'], labels);
    expect(score).toEqual({ segments: 4, expected: 3, missed: [], forbidden: 3, extracted: [] });
  });

  it('reports missed translatable texts', () => {
    const score = scoreExtraction(['Why cluster?'], labels);
    expect(score.missed.map((label) => label.kind)).toEqual(['paragraph', 'alt']);
  });

  it('reports never-translated things extracted anywhere, and `alone` ones only when alone', () => {
    const score = scoreExtraction(['layout: true name: left-aligned class: left, middle', '```python\ndef main(trans, webhook):\n```', '- `helper/__init__.py`'], labels);
    expect(score.extracted.map((label) => label.text)).toEqual(['class: left, middle', 'def main(trans, webhook):', '`helper/__init__.py`']);
  });
});

describe('normalize', () => {
  it('collapses whitespace and trims', () => {
    expect(normalize('  a\n\t b  ')).toBe('a b');
  });
});
