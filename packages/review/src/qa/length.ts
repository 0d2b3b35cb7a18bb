import { proseOf } from './text-runs.js';
import type { QaCheck } from './types.js';

/** Prose shorter than this (in characters) is not judged by length: "OK" → "De acuerdo" is fine. */
const MIN_SOURCE_LENGTH = 20;
/** Translations between a third and three times the source length are plausible for any pair of European languages. */
const MIN_RATIO = 1 / 3;
const MAX_RATIO = 3;

/**
 * A translation far shorter or longer than its source is probably truncated, doubled or a
 * different text; compared on prose only (protected elements removed), whitespace folded.
 */
export const checkLength: QaCheck = (source, translation) => {
  const length = (text: string): number => proseOf(text).replace(/\s+/g, ' ').trim().length;
  const s = length(source);
  if (s < MIN_SOURCE_LENGTH) return [];
  const ratio = length(translation) / s;
  if (ratio >= MIN_RATIO && ratio <= MAX_RATIO) return [];
  return [
    {
      code: 'QA_LENGTH_RATIO',
      severity: 'warning',
      message: `the translation is ${ratio.toFixed(2)} times as long as the source (plausible: ${MIN_RATIO.toFixed(2)}–${MAX_RATIO})`,
    },
  ];
};
