import { describe, expect, it } from 'vitest';

describe('@deckl10n/parser public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'LineIndex',
      'MAX_CONTENT_CLASS_DEPTH',
      'isExcludedSlide',
      'isTemplateSlide',
      'lex',
      'lineIndexOf',
      'parse',
      'remarkSlideCount',
      'remarkSlidesWithNotes',
      'serialize',
      'stepProperties',
    ]);
  });
});
