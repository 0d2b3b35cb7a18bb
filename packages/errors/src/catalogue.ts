/** Severity of a diagnostic: errors make `deckl10n check` fail, warnings are reported only. */
export type Severity = 'error' | 'warning';

/** One entry of the error catalogue: a stable code, a title, and a hint a person can act on. */
export interface CatalogueEntry {
  /** Stable identifier, printed in parentheses after every message. Never renamed. */
  readonly code: string;
  /** Default severity when the entry is used as a diagnostic. */
  readonly severity: Severity;
  /** One-line summary used in docs/errors.md. */
  readonly title: string;
  /** What the user can do about it. */
  readonly hint: string;
}

const entries = [
  // Deck syntax (parser diagnostics)
  {
    code: 'FRONT_MATTER_UNCLOSED',
    severity: 'error',
    title: 'Front matter opened with `---` is never closed',
    hint: 'Add a line `---` after the last YAML line, or remove the opening `---` if the file has no front matter.',
  },
  {
    code: 'YAML_SYNTAX',
    severity: 'error',
    title: 'The YAML front matter is not valid YAML',
    hint: 'Fix the YAML at the position shown (quotes, indentation, `key: value` form).',
  },
  {
    code: 'FENCE_UNCLOSED',
    severity: 'error',
    title: 'A fenced code block is never closed',
    hint: 'Add the closing fence (the same backticks or tildes) on a line of its own; remark.js treats an unclosed fence as text, so `---` lines after it split slides.',
  },
  {
    code: 'MACRO_UNCLOSED',
    severity: 'error',
    title: 'A content class `.name[` has no matching `]`',
    hint: 'Close the content class with `]`; remark.js shows an unclosed one as literal text.',
  },
  {
    code: 'MACRO_SPANS_SLIDES',
    severity: 'warning',
    title: 'A content class `.name[ … ]` contains a slide separator',
    hint: 'remark.js matches brackets across `---` lines, so the slides inside become part of this content class. Check the brackets of this slide.',
  },
  {
    code: 'NOTES_REPEATED',
    severity: 'warning',
    title: 'A second `???` in the same slide or step',
    hint: 'remark.js keeps only the notes after the last `???` of a step; merge the notes into one block.',
  },
  {
    code: 'TEXTAREA_UNCLOSED',
    severity: 'error',
    title: 'The `<textarea id="source">` holding the deck is never closed',
    hint: 'Add `</textarea>` after the last line of the deck.',
  },
  {
    code: 'HTML_COMMENT_UNCLOSED',
    severity: 'warning',
    title: 'An HTML comment `<!--` is never closed',
    hint: 'Add `-->`; everything after an unclosed comment is hidden from readers.',
  },
  {
    code: 'ROUNDTRIP_MISMATCH',
    severity: 'error',
    title: 'Parsing and writing a deck back did not reproduce the file',
    hint: 'This is a bug in deckl10n. Please report it with the deck that shows it.',
  },
  // Files and I/O
  {
    code: 'FILE_NOT_FOUND',
    severity: 'error',
    title: 'A file given on the command line does not exist',
    hint: 'Check the path; globs are expanded relative to the current directory.',
  },
  {
    code: 'FILE_UNREADABLE',
    severity: 'error',
    title: 'A file could not be read',
    hint: 'Check permissions and that the path is a file, not a directory.',
  },
  {
    code: 'FILE_NOT_UTF8',
    severity: 'error',
    title: 'A file is not valid UTF-8 text',
    hint: 'Decks must be UTF-8. Re-save the file as UTF-8.',
  },
  {
    code: 'USAGE',
    severity: 'error',
    title: 'The command was called with wrong arguments',
    hint: 'Run the command with --help to see its arguments.',
  },
] as const satisfies readonly CatalogueEntry[];

/** Every stable error code deckl10n emits. */
export type ErrorCode = (typeof entries)[number]['code'];

/** The error catalogue, keyed by code. */
export const catalogue: Readonly<Record<ErrorCode, CatalogueEntry>> = Object.fromEntries(
  entries.map((entry) => [entry.code, entry]),
) as Record<ErrorCode, CatalogueEntry>;

/** All catalogue entries in declaration order (used to generate docs/errors.md). */
export const catalogueEntries: readonly CatalogueEntry[] = entries;
