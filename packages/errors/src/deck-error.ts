import { catalogue, type ErrorCode } from './catalogue.js';

/** Where in a file something happened. `line` and `column` are 1-based. */
export interface SourceLocation {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** Options for {@link DeckError}. */
export interface DeckErrorOptions extends SourceLocation {
  /** Overrides the catalogue hint for this occurrence. */
  readonly hint?: string;
  readonly cause?: unknown;
}

/**
 * The one error class of deckl10n: a stable `code` from the catalogue, a message,
 * and the source position it is about.
 *
 * @example
 * throw new DeckError('FILE_NOT_FOUND', 'no such file', { file: 'decks/a.md' });
 * // formatError(err) === 'decks/a.md: error: no such file (FILE_NOT_FOUND)'
 */
export class DeckError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, options: DeckErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DeckError';
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint ?? catalogue[code].hint;
  }
}

/** True for errors deckl10n raised on purpose (as opposed to bugs). */
export function isDeckError(value: unknown): value is DeckError {
  return value instanceof DeckError;
}

/**
 * Formats a location prefix the way compilers do: `file:line:col`, dropping unknown parts.
 *
 * @example
 * formatLocation({ file: 'a.md', line: 3, column: 1 }); // 'a.md:3:1'
 */
export function formatLocation(location: SourceLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.line !== undefined) {
    parts.push(String(location.line));
    if (location.column !== undefined) parts.push(String(location.column));
  }
  return parts.join(':');
}

/**
 * Formats an error as one line: `file:line:col: error: message (CODE)`.
 */
export function formatError(error: DeckError): string {
  const where = formatLocation(error);
  return `${where === '' ? '' : `${where}: `}error: ${error.message} (${error.code})`;
}
