import { describe, expect, it } from 'vitest';

describe('@deckl10n/review public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'FORMAT_EXTENSIONS',
      'GAP_THRESHOLD',
      'SEGMENT_THRESHOLD',
      'SLIDE_THRESHOLD',
      'alignDecks',
      'alignSequences',
      'collectReview',
      'contextNotes',
      'featuresOf',
      'hasErrors',
      'parseReviewText',
      'parseXml',
      'planImport',
      'qaProject',
      'qaTranslation',
      'readPo',
      'readReviewFile',
      'readXliff12',
      'readXliff2',
      'seedEntries',
      'segmentSimilarity',
      'tallyEmphasis',
      'writeImport',
      'writePo',
      'writeReview',
      'writeXliff12',
      'writeXliff2',
    ]);
  });
});
