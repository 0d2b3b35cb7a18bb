import { describe, expect, it } from 'vitest';

describe('@deckl10n/serve API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'MARK_CLOSE',
      'MARK_END_OF_HEAD',
      'MARK_OPEN',
      'MAX_BODY_BYTES',
      'RefusedError',
      'STATE_LETTERS',
      'deckView',
      'defaultViewerDir',
      'editSegment',
      'errorAnswer',
      'projectLanguages',
      'projectView',
      'slidesView',
      'startServer',
    ]);
  });
});
