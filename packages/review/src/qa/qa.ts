import { checkBrackets } from './brackets.js';
import { checkEmphasis } from './emphasis.js';
import { checkLength } from './length.js';
import { checkNumbers } from './numbers.js';
import { checkProtected } from './protected.js';
import { checkStructureLines } from './structure-lines.js';
import type { QaCheck, QaContext, QaFinding } from './types.js';
import { checkWhitespace } from './whitespace.js';

/** The checks, in the order their findings are listed. */
const CHECKS: readonly QaCheck[] = [checkProtected, checkStructureLines, checkBrackets, checkEmphasis, checkNumbers, checkWhitespace, checkLength];

/**
 * Checks a translation against its source the way remark.js will read it: protected elements
 * (HTML tags, URLs, inline code, Liquid, macro names `.name[`, image paths) kept, no injected
 * `---`/`--`/`???` lines, balanced emphasis and brackets, numbers kept, same leading and
 * trailing whitespace, not empty, plausible length. Errors mean the translation would break the
 * slide or lose data; warnings deserve a look.
 *
 * @example
 * qaTranslation('Run `ls` now', 'Ejecute ls ahora');
 * // [{ code: 'QA_PROTECTED_MISSING', severity: 'error', message: 'inline code "`ls`" is missing from the translation' }]
 */
export function qaTranslation(source: string, translation: string, context: QaContext = {}): QaFinding[] {
  if (translation.trim() === '') {
    return source.trim() === '' ? [] : [{ code: 'QA_EMPTY', severity: 'error', message: 'the translation is empty' }];
  }
  return CHECKS.flatMap((check) => check(source, translation, context));
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly QaFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
