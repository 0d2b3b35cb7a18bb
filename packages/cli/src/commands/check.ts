import { formatError, isDeckError } from '@deckl10n/errors';
import { remarkSlideCount, serialize, type Deck, type Diagnostic } from '@deckl10n/parser';
import { diagnosticJson, errorJson, formatDiagnostic, type DiagnosticJson } from '../diagnostic-format.js';
import { ExitCode } from '../exit-codes.js';
import { expandDeckPaths, readDeck } from '../read-deck.js';

export interface CheckOptions {
  readonly json?: boolean;
}

interface FileReport {
  readonly path: string;
  readonly format: string | null;
  readonly slides: number;
  readonly remarkSlides: number;
  readonly roundTrip: boolean;
  readonly diagnostics: DiagnosticJson[];
}

/**
 * `deckl10n check <path…>`: parses every deck, verifies the byte-for-byte round trip, and prints
 * `path:line:col: severity: message (CODE)` per problem. Exit 0 iff there is no error.
 */
export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
  const files = await expandDeckPaths(paths);
  const reports: FileReport[] = [];
  const lines: string[] = [];
  for (const path of files) {
    let deck: Deck;
    try {
      deck = await readDeck(path);
    } catch (error) {
      if (!isDeckError(error)) throw error;
      lines.push(formatError(error));
      reports.push({ path, format: null, slides: 0, remarkSlides: 0, roundTrip: false, diagnostics: [errorJson(path, error)] });
      continue;
    }
    const diagnostics: Diagnostic[] = [...deck.diagnostics];
    const roundTrip = serialize(deck) === deck.source;
    if (!roundTrip) diagnostics.push(roundTripDiagnostic(deck));
    for (const diagnostic of diagnostics) lines.push(formatDiagnostic(path, diagnostic));
    reports.push({
      path,
      format: deck.format,
      slides: deck.slides.length,
      remarkSlides: remarkSlideCount(deck.slides),
      roundTrip,
      diagnostics: diagnostics.map((diagnostic) => diagnosticJson(path, diagnostic)),
    });
  }
  const all = reports.flatMap((report) => report.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ files: reports, errors, warnings }, null, 2)}\n`);
  } else {
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    process.stderr.write(
      `checked ${plural(files.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`,
    );
  }
  return errors > 0 ? ExitCode.problems : ExitCode.ok;
}

function roundTripDiagnostic(deck: Deck): Diagnostic {
  const written = serialize(deck);
  let at = 0;
  while (at < deck.source.length && written[at] === deck.source[at]) at++;
  const line = deck.source.slice(0, at).split('\n').length;
  const column = at - deck.source.lastIndexOf('\n', at - 1);
  const point = { line, column, offset: at };
  return {
    code: 'ROUNDTRIP_MISMATCH',
    severity: 'error',
    message: 'parsing and writing the deck back does not reproduce the file (a deckl10n bug: please report it)',
    position: { start: point, end: point },
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
