import { quote, type QaCheck, type QaFinding } from './types.js';

/**
 * Leading and trailing whitespace must match the source: it is part of the Markdown (an indented
 * continuation line, a hard line break of two trailing spaces).
 */
export const checkWhitespace: QaCheck = (source, translation) => {
  const findings: QaFinding[] = [];
  const lead = (text: string): string => /^\s*/.exec(text)?.[0] ?? '';
  const trail = (text: string): string => /\s*$/.exec(text)?.[0] ?? '';
  if (lead(source) !== lead(translation)) {
    findings.push({ code: 'QA_WHITESPACE_LEADING', severity: 'warning', message: `leading whitespace ${quote(lead(translation))} differs from the source's ${quote(lead(source))}` });
  }
  if (trail(source) !== trail(translation)) {
    findings.push({ code: 'QA_WHITESPACE_TRAILING', severity: 'warning', message: `trailing whitespace ${quote(trail(translation))} differs from the source's ${quote(trail(source))}` });
  }
  return findings;
};
