import { formatLocation, isDeckError } from '@deckl10n/errors';
import type { Diagnostic } from '@deckl10n/parser';

/** A diagnostic as JSON for `--json` outputs. */
export interface DiagnosticJson {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly hint?: string;
}

/** `file:line:col: severity: message (CODE)`, the compiler-style line every command prints. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.position.start;
  return `${formatLocation({ file, line, column })}: ${diagnostic.severity}: ${diagnostic.message} (${diagnostic.code})`;
}

/** A parser diagnostic as JSON. */
export function diagnosticJson(file: string, diagnostic: Diagnostic): DiagnosticJson {
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file,
    line: diagnostic.position.start.line,
    column: diagnostic.position.start.column,
    endLine: diagnostic.position.end.line,
    endColumn: diagnostic.position.end.column,
  };
}

/** A thrown DeckError (unreadable file…) as a diagnostic JSON object. */
export function errorJson(file: string, error: unknown): DiagnosticJson {
  if (!isDeckError(error)) throw error;
  return {
    code: error.code,
    severity: 'error',
    message: error.message,
    file: error.file ?? file,
    line: error.line ?? null,
    column: error.column ?? null,
    endLine: null,
    endColumn: null,
    hint: error.hint,
  };
}
