import { describe, expect, it } from 'vitest';

describe('@deckl10n/gtn-layout public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'LAYOUT_NAMESPACE',
      'contributorNames',
      'englishLayoutStrings',
      'escapeHtml',
      'expandDeck',
      'expandGtnDeck',
      'formatLayoutDate',
      'htmlTextLines',
      'iconHtml',
      'layoutStringKeys',
      'layoutTranslator',
      'readPage',
      'renderPlainText',
      'toPlainText',
      'toRemark',
    ]);
  });
});
