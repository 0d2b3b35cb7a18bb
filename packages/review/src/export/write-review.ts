import type { ReviewExport, ReviewFormat } from '../model.js';
import { writePo } from '../po/write-po.js';
import { writeXliff12 } from '../xliff12/write-xliff12.js';
import { writeXliff2 } from '../xliff2/write-xliff2.js';

/** The file extension of each format. */
export const FORMAT_EXTENSIONS: Readonly<Record<ReviewFormat, string>> = { xliff: '.xlf', xliff12: '.xlf', po: '.po' };

/**
 * A review file's text in a format: `xliff` (2.0), `xliff12` or `po`. The same store gives the
 * same bytes (no dates), so a re-export without changes is identical.
 */
export function writeReview(review: ReviewExport, format: ReviewFormat): string {
  switch (format) {
    case 'xliff':
      return writeXliff2(review);
    case 'xliff12':
      return writeXliff12(review);
    case 'po':
      return writePo(review);
  }
}
