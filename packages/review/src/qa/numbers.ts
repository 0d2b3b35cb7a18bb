import { proseOf } from './text-runs.js';
import type { QaCheck, QaFinding } from './types.js';

/**
 * A number in prose, with group separators of any locale (`1,000`, `1.000`, `1 000`, `1 000`)
 * and a decimal part (`3.5`, `3,5`).
 */
const NUMBER = /\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/g;

/** The numbers of a text with separators removed (`1,000.5` and `1.000,5` compare equal). */
export function numbersOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of proseOf(text).matchAll(NUMBER)) {
    const digits = match[0].replace(/\D/g, '');
    counts.set(digits, (counts.get(digits) ?? 0) + 1);
  }
  return counts;
}

/**
 * Numbers in the source must be in the translation (locale separators may change), and no number
 * may appear that the source does not have. Warnings: a translator may spell a number out.
 */
export const checkNumbers: QaCheck = (source, translation) => {
  const before = numbersOf(source);
  const after = numbersOf(translation);
  const findings: QaFinding[] = [];
  for (const [number, count] of before) {
    if ((after.get(number) ?? 0) < count) {
      findings.push({ code: 'QA_NUMBER_MISSING', severity: 'warning', message: `the number ${number} of the source is missing from the translation` });
    }
  }
  for (const [number, count] of after) {
    if ((before.get(number) ?? 0) < count) {
      findings.push({ code: 'QA_NUMBER_ADDED', severity: 'warning', message: `the number ${number} is in the translation but not in the source` });
    }
  }
  return findings;
};
