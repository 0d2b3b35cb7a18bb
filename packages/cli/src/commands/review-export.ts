import { resolve } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import { collectReview, writeReview, type ReviewFormat, type ReviewState } from '@deckl10n/review';
import { writeIfChanged } from '@deckl10n/store';
import { chooseLanguages } from '@deckl10n/sync';
import { ExitCode } from '../exit-codes.js';
import { list, loadProject, type ProjectOptions } from '../project-context.js';

export interface ReviewExportOptions extends ProjectOptions {
  readonly lang: string;
  readonly format: string;
  readonly states?: string;
  readonly deck?: string;
  readonly out?: string;
}

const FORMATS: readonly ReviewFormat[] = ['xliff', 'xliff12', 'po'];
const STATES: readonly ReviewState[] = ['missing', 'machine', 'reviewed', 'stale'];
/** What needs a reviewer unless `--states` says otherwise. */
const DEFAULT_STATES: readonly ReviewState[] = ['missing', 'machine', 'stale'];

function parseStates(value: string | undefined): ReviewState[] | undefined {
  const names = list(value);
  if (names === undefined) return [...DEFAULT_STATES];
  if (names.includes('all')) return undefined;
  for (const name of names) {
    if (!STATES.includes(name as ReviewState)) throw new DeckError('USAGE', `--states: "${name}" is not one of ${STATES.join(', ')}, all`);
  }
  return names as ReviewState[];
}

/**
 * `deckl10n review export --lang <lng> --format xliff|xliff12|po`: writes a review file of the
 * segments in the chosen states (default missing, machine, stale) to `--out` or stdout.
 */
export async function reviewExport(options: ReviewExportOptions): Promise<number> {
  if (!FORMATS.includes(options.format as ReviewFormat)) throw new DeckError('USAGE', `--format must be one of ${FORMATS.join(', ')}, not "${options.format}"`);
  const format = options.format as ReviewFormat;
  const states = parseStates(options.states);
  const loaded = await loadProject(options);
  const [language] = chooseLanguages(loaded, [options.lang]) as [string];
  const review = await collectReview(loaded, { language, ...(states === undefined ? {} : { states }), ...(options.deck === undefined ? {} : { deck: options.deck }) });
  const text = writeReview(review, format);
  if (options.out === undefined) {
    process.stdout.write(text);
    return ExitCode.ok;
  }
  const file = resolve(options.out);
  const written = await writeIfChanged(file, text);
  const counts = new Map<string, number>();
  for (const unit of review.decks.flatMap((deck) => deck.units)) counts.set(unit.state, (counts.get(unit.state) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const byState = [...counts].map(([state, count]) => `${count} ${state}`).join(', ');
  process.stdout.write(`${written ? 'wrote' : 'unchanged:'} ${options.out}: ${total} unit${total === 1 ? '' : 's'} in ${language}${byState ? ` (${byState})` : ''} from ${review.decks.length} deck${review.decks.length === 1 ? '' : 's'}\n`);
  return ExitCode.ok;
}
