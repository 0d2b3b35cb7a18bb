import { DeckError, isDeckError, type ErrorCode } from '@deckl10n/errors';
import type { ErrorBody, Finding } from '@deckl10n/serve-api';

/** A {@link DeckError} that carries findings (a refused translation). */
export class RefusedError extends DeckError {
  readonly findings: readonly Finding[];

  constructor(message: string, findings: readonly Finding[]) {
    super('TRANSLATION_REFUSED', message);
    this.findings = findings;
  }
}

const statusByCode: Partial<Record<ErrorCode, number>> = {
  SERVE_NOT_FOUND: 404,
  DECK_UNKNOWN: 404,
  LANGUAGE_UNKNOWN: 404,
  SEGMENT_UNKNOWN: 404,
  SERVE_FORBIDDEN: 403,
  SERVE_BAD_REQUEST: 400,
  SERVE_BODY_TOO_LARGE: 413,
  TRANSLATION_REFUSED: 422,
  APPROVE_NOTHING: 409,
  LOCK_HELD: 503,
};

/**
 * The HTTP status and body for an error thrown while answering. Known errors keep their stable
 * code; anything else is a bug and answers 500 without leaking a stack to the page.
 *
 * @example
 * errorAnswer(new DeckError('SEGMENT_UNKNOWN', 'no segment "x"')).status; // 404
 */
export function errorAnswer(error: unknown): { status: number; body: ErrorBody } {
  if (!isDeckError(error)) {
    return {
      status: 500,
      body: { error: { code: 'INTERNAL', message: 'internal error in deckl10n serve (see the terminal)', hint: 'This is a bug in deckl10n; please report it.' } },
    };
  }
  const body: ErrorBody['error'] = {
    code: error.code,
    message: error.message,
    hint: error.hint,
    ...(error.file === undefined ? {} : { file: error.file }),
    ...(error.line === undefined ? {} : { line: error.line }),
    ...(error instanceof RefusedError ? { findings: error.findings } : {}),
  };
  return { status: statusByCode[error.code] ?? 500, body: { error: body } };
}
