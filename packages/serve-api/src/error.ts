import type { Finding } from './common.js';

/** The JSON body of an error answer: `{"error": {code, message, hint, findings?}}`. */
export interface ErrorBody {
  readonly error: {
    /** A stable code of the deckl10n error catalogue (`INTERNAL` for a bug). */
    readonly code: string;
    readonly message: string;
    readonly hint: string;
    readonly file?: string;
    readonly line?: number;
    /** With `TRANSLATION_REFUSED`: the findings that refused the save. */
    readonly findings?: readonly Finding[];
  };
}
