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
    code: 'MACRO_TOO_DEEP',
    severity: 'warning',
    title: 'Content classes `.name[ … ]` nested more than 100 levels deep',
    hint: 'The innermost content classes are kept as plain text (their brackets stay as written). No real deck nests this deep: check for a generated or broken file.',
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
  // Project configuration
  {
    code: 'CONFIG_NOT_FOUND',
    severity: 'error',
    title: 'No deckl10n.config.json in this directory or any parent',
    hint: 'Run `deckl10n init` at the root of your project, or pass --config <file>.',
  },
  {
    code: 'CONFIG_INVALID',
    severity: 'error',
    title: 'deckl10n.config.json is not valid',
    hint: 'Fix the field named in the message; `deckl10n init` shows a valid example.',
  },
  {
    code: 'CONFIG_EXISTS',
    severity: 'error',
    title: 'deckl10n.config.json already exists',
    hint: 'Edit the existing file, or run `deckl10n init --force` to replace it.',
  },
  {
    code: 'DECK_UNKNOWN',
    severity: 'error',
    title: 'No deck of the project has this id',
    hint: 'Run `deckl10n status` to list the deck ids.',
  },
  {
    code: 'LANGUAGE_UNKNOWN',
    severity: 'error',
    title: 'The language is not a target language of the project',
    hint: 'Add it to `targetLanguages` in deckl10n.config.json, or pick one listed there.',
  },
  // The locale store
  {
    code: 'STORE_JSON_SYNTAX',
    severity: 'error',
    title: 'A store file is not valid JSON',
    hint: 'The file was left untouched. Restore it from git (`git checkout -- <file>`) or fix the JSON at the position shown, then rerun.',
  },
  {
    code: 'STORE_MERGE_CONFLICT',
    severity: 'error',
    title: 'A store file contains merge-conflict markers',
    hint: 'Resolve the conflict (keep both sides\' entries; each key appears once), then rerun. The file was left untouched.',
  },
  {
    code: 'STORE_SCHEMA',
    severity: 'error',
    title: 'A store file has a field of the wrong type or a missing field',
    hint: 'The file was left untouched. Fix the field named in the message or restore the file from git.',
  },
  {
    code: 'STORE_VERSION',
    severity: 'error',
    title: 'A state file was written by an unknown version of deckl10n',
    hint: 'Upgrade deckl10n to a version that knows this format; the file was left untouched.',
  },
  {
    code: 'LOCK_HELD',
    severity: 'error',
    title: 'Another deckl10n process is working on this project',
    hint: 'Wait for it to finish. A lock left by a killed process is removed automatically after a few seconds.',
  },
  // build: localized decks and locale packages
  {
    code: 'BUILD_STRUCTURE_MISMATCH',
    severity: 'error',
    title: 'A localized deck would not have the structure of its source',
    hint: 'Nothing was written. The message names the element (separator, content class, fence, property) and line; fix the translation of the segment there (`deckl10n review export`) and build again. If the translations are fine, this is a bug in deckl10n: please report it.',
  },
  {
    code: 'BUILD_FRONT_MATTER',
    severity: 'error',
    title: 'The front matter cannot take the fields build sets',
    hint: 'Make the front matter a YAML mapping, and `translations:` a list of language codes (e.g. `translations: [es]`), then build again.',
  },
  {
    code: 'BUILD_OUTPUT_CONFLICT',
    severity: 'error',
    title: 'A localized deck would be written over a source deck or another output',
    hint: 'Change `output.naming` in deckl10n.config.json, or narrow the `decks` globs so built decks (`slides_ES.md`) are not read as sources.',
  },
  {
    code: 'BUILD_OUTDATED',
    severity: 'error',
    title: 'A locale package is not what `deckl10n build` would write now',
    hint: 'Run `deckl10n build` first (and commit what it writes), then `deckl10n changeset`.',
  },
  {
    code: 'BUILD_LOCKFILE',
    severity: 'error',
    title: 'package-lock.json could not be brought in step with the locale packages',
    hint: 'Run `npm install --package-lock-only` at the workspace root yourself and read npm\'s message; commit package-lock.json with the locale package.json files.',
  },
  // Machine translation
  {
    code: 'DEEPL_QUOTA',
    severity: 'error',
    title: 'The DeepL character quota is used up (HTTP 456)',
    hint: 'Everything translated before is saved. Rerun when the quota resets or with a key that has quota left.',
  },
  {
    code: 'DEEPL_AUTH',
    severity: 'error',
    title: 'DeepL refused the key (HTTP 403)',
    hint: 'Check DEEPL_AUTH_KEY: Free keys end in ":fx"; the key is never printed.',
  },
  {
    code: 'DEEPL_RATE_LIMIT',
    severity: 'error',
    title: 'DeepL kept answering "too many requests" (HTTP 429) after retries',
    hint: 'Progress is saved. Rerun later, or lower translation.concurrency in the config.',
  },
  {
    code: 'DEEPL_CONNECTION',
    severity: 'error',
    title: 'DeepL could not be reached (network error or timeout)',
    hint: 'Progress is saved. Rerun when the network is back; DEEPL_SERVER_URL overrides the endpoint.',
  },
  {
    code: 'DEEPL_ERROR',
    severity: 'error',
    title: 'DeepL answered with an error',
    hint: 'Progress is saved. The message has DeepL\'s reason; rerun, or report it if it persists.',
  },
  // Review files (XLIFF, PO): import refusals
  {
    code: 'REVIEW_FILE_MALFORMED',
    severity: 'error',
    title: 'A review file is not well-formed XLIFF or PO (truncated, unterminated string, unknown structure)',
    hint: 'Nothing was imported. Fix the file at the line shown, or export it again from your translation tool.',
  },
  {
    code: 'REVIEW_MERGE_CONFLICT',
    severity: 'error',
    title: 'A review file has merge-conflict markers',
    hint: 'Nothing was imported. Resolve the conflict (keep one side between `<<<<<<<` and `>>>>>>>`) and import again.',
  },
  {
    code: 'REVIEW_XML_DTD',
    severity: 'error',
    title: 'A review file declares a DTD or entities',
    hint: 'Nothing was imported. deckl10n never expands entities or fetches external ones; remove the `<!DOCTYPE …>` (XLIFF needs none).',
  },
  {
    code: 'REVIEW_LANGUAGE',
    severity: 'error',
    title: 'A review file is for another language or source language',
    hint: 'Nothing was imported. Check the file\'s target language (XLIFF `trgLang`/`target-language`, PO `Language:`) against the project\'s target languages.',
  },
  {
    code: 'REVIEW_FORMAT_UNKNOWN',
    severity: 'error',
    title: 'A file is not a review file deckl10n reads',
    hint: 'Import XLIFF 2.0, XLIFF 1.2 (`.xlf`, `.xliff`) or gettext PO (`.po`) files; export them with `deckl10n review export`.',
  },
  {
    code: 'REVIEW_INLINE_CODE',
    severity: 'error',
    title: 'An inline code of a review file has no original data',
    hint: 'Nothing was imported. The translation tool dropped the `<originalData>` of a `<ph>`/`<pc>`; keep the placeholders it shows as they are, or export again.',
  },
  // QA findings on translations (deckl10n qa, review import)
  { code: 'QA_EMPTY', severity: 'error', title: 'A translation is empty', hint: 'Translate the segment, or remove the translation so it shows as missing.' },
  {
    code: 'QA_PROTECTED_MISSING',
    severity: 'error',
    title: 'A protected element (code, URL, Liquid, HTML tag, macro name, image path) is missing from a translation',
    hint: 'Copy the element from the source unchanged: it is code or a link, not text.',
  },
  {
    code: 'QA_PROTECTED_ADDED',
    severity: 'error',
    title: 'A translation has a protected element the source does not have',
    hint: 'Remove it, or copy the element of the source unchanged (a translated URL, macro name or tag breaks the slide).',
  },
  {
    code: 'QA_STRUCTURE_LINE',
    severity: 'error',
    title: 'A translation has a line `---`, `--` or `???`',
    hint: 'remark.js would split the slide, add a step or start presenter notes there; reword the line.',
  },
  {
    code: 'QA_BRACKETS_UNBALANCED',
    severity: 'error',
    title: 'Brackets balanced in the source are unbalanced in a translation',
    hint: 'A lost `]` of `.class[…]` swallows the rest of the slide; restore the brackets of the source.',
  },
  {
    code: 'QA_EMPHASIS_UNBALANCED',
    severity: 'error',
    title: 'Emphasis (`*`, `**`, `_`, `~~`) is unbalanced in a translation',
    hint: 'Close the emphasis the translation opens, as the source does.',
  },
  { code: 'QA_EMPHASIS_CHANGED', severity: 'warning', title: 'A translation has more or less emphasis than the source', hint: 'Check that the emphasis of the source is kept.' },
  { code: 'QA_NUMBER_MISSING', severity: 'warning', title: 'A number of the source is not in a translation', hint: 'Check the number (locale separators such as 1.000,5 are fine).' },
  { code: 'QA_NUMBER_ADDED', severity: 'warning', title: 'A translation has a number the source does not have', hint: 'Check the number against the source.' },
  { code: 'QA_WHITESPACE_LEADING', severity: 'warning', title: 'Leading whitespace differs from the source', hint: 'Keep the source\'s leading whitespace: it is Markdown (indentation).' },
  { code: 'QA_WHITESPACE_TRAILING', severity: 'warning', title: 'Trailing whitespace differs from the source', hint: 'Keep the source\'s trailing whitespace: two trailing spaces are a line break.' },
  { code: 'QA_LENGTH_RATIO', severity: 'warning', title: 'A translation is far shorter or longer than its source', hint: 'Check that nothing was cut off or repeated.' },
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
    code: 'CONTRIBUTORS_INVALID',
    severity: 'error',
    title: 'A CONTRIBUTORS.yaml file is not valid YAML mapping ids to names',
    hint: 'Fix the YAML at the position shown: each contributor id maps to details with a `name:` (GTN\'s CONTRIBUTORS.yaml format).',
  },
  {
    code: 'CATALOG_INVALID',
    severity: 'error',
    title: 'A string catalog is not a flat JSON object of strings',
    hint: 'A catalog such as locales/en/gtn-layout.json maps each key to its text: fix the JSON at the position shown (no nesting, every value a string).',
  },
  // serve: the local JSON API behind the viewer
  {
    code: 'SERVE_NOT_FOUND',
    severity: 'error',
    title: 'The serve API has no such route or file',
    hint: 'The API lives under /api/ (see the README section "Viewer and serve"); everything else is the viewer.',
  },
  {
    code: 'SERVE_FORBIDDEN',
    severity: 'error',
    title: 'A request came with a Host or Origin that is not this server',
    hint: 'Open the viewer at the URL `deckl10n serve` prints (http://127.0.0.1:PORT/); other hosts are refused to block DNS rebinding.',
  },
  {
    code: 'SERVE_BAD_REQUEST',
    severity: 'error',
    title: 'A request body is not the JSON the serve API expects',
    hint: 'Send `Content-Type: application/json` with an object such as {"translation": "…"}; the message names the wrong field.',
  },
  {
    code: 'SERVE_BODY_TOO_LARGE',
    severity: 'error',
    title: 'A request body is larger than the serve API accepts',
    hint: 'A translation of one segment fits in far less; send one segment per request.',
  },
  {
    code: 'SERVE_PORT_IN_USE',
    severity: 'error',
    title: 'The port asked for is taken',
    hint: 'Pick another one with --port N, or --port 0 for any free port.',
  },
  {
    code: 'SERVE_VIEWER_MISSING',
    severity: 'error',
    title: 'The built viewer app was not found',
    hint: 'Build it: `npm run build` at the repository root (it builds apps/viewer into the serve package).',
  },
  {
    code: 'SEGMENT_UNKNOWN',
    severity: 'error',
    title: 'No segment of the deck has this id',
    hint: 'The deck may have changed since the page was loaded; reload it. `deckl10n extract <deck> --json` lists the ids.',
  },
  {
    code: 'TRANSLATION_REFUSED',
    severity: 'error',
    title: 'A translation was refused: it would break the slides or fails QA',
    hint: 'Fix what the findings name (brackets, code, URLs, Liquid and tags must stay as in the source) and save again.',
  },
  {
    code: 'APPROVE_NOTHING',
    severity: 'error',
    title: 'There is no translation to approve',
    hint: 'Write a translation first (edit, then save), or translate the deck with `deckl10n translate`.',
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
