import type { StoredFinding } from '@deckl10n/store';

/**
 * Checks a machine translation of one segment (QA) and returns its findings. The composition
 * root passes one in (the CLI passes `qaTranslation` of @deckl10n/review, which sync cannot
 * depend on); its findings are stored on the entry, which is still saved as `machine`.
 *
 * @param source the segment's source text.
 * @param translation the provider's translation.
 * @param kind the segment kind (`paragraph`, `alt`, `front-matter`…).
 */
export type TranslationCheck = (source: string, translation: string, kind: string) => readonly StoredFinding[];

/** How many QA findings the new translations of a run carry, by severity. */
export interface QaTally {
  errors: number;
  warnings: number;
}

/**
 * The findings to store with a machine translation: the provider's problem (as an `MT_MARKUP`
 * error), then what `check` finds. Each finding is counted in `tally`.
 */
export function machineFindings(
  segment: { readonly text: string; readonly kind: string },
  translated: { readonly text: string; readonly problem?: string },
  check: TranslationCheck | undefined,
  tally: QaTally,
): StoredFinding[] {
  const findings: StoredFinding[] = [];
  if (translated.problem) findings.push({ code: 'MT_MARKUP', severity: 'error', message: translated.problem });
  if (check !== undefined) {
    for (const finding of check(segment.text, translated.text, segment.kind)) {
      if (!findings.some((known) => known.code === finding.code && known.message === finding.message)) findings.push(finding);
    }
  }
  for (const finding of findings) {
    if (finding.severity === 'error') tally.errors++;
    else tally.warnings++;
  }
  return findings;
}
