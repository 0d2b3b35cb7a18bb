import type { LoadedConfig, ProjectDeck } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import { segmentStates, type SegmentState } from '@deckl10n/store';
import { chooseDecks, chooseLanguages, deckDigest, recordedTranslations, type StateCounts } from '@deckl10n/sync/light';
import pc from 'picocolors';
import { ExitCode } from '../exit-codes.js';
import { list, loadProject, type ProjectOptions } from '../project-context.js';

export interface StatusOptions extends ProjectOptions {
  readonly json?: boolean;
  readonly failOn?: string;
  readonly lang?: string;
  readonly deck?: string;
}

/** One deck's status, as `status --json` prints it (contract). */
export interface DeckStatus {
  readonly deck: string;
  readonly id: string;
  readonly languages: Record<string, StateCounts>;
}

/**
 * `deckl10n status`: counts by state per deck and language; `--fail-on` for CI. Decks and string
 * catalogs whose store records them as aligned with their current bytes are counted without
 * parsing them.
 */
export async function status(options: StatusOptions): Promise<number> {
  const failOn = parseStates(list(options.failOn) ?? []);
  const loaded = await loadProject(options);
  const languages = chooseLanguages(loaded, list(options.lang));
  const chosen = await chooseDecks(loaded, options.deck);
  const decks: DeckStatus[] = [];
  for (const deck of chosen.decks) decks.push({ deck: deck.path, id: deck.id, languages: await deckCounts(loaded, deck, languages, false) });
  for (const catalog of chosen.catalogs) decks.push({ deck: catalog.path, id: catalog.id, languages: await deckCounts(loaded, catalog, languages, true) });
  const failures = decks.flatMap((deck) =>
    Object.entries(deck.languages).flatMap(([language, counts]) =>
      failOn.filter((state) => counts[state] > 0).map((state) => `${deck.id} ${language}: ${counts[state]} ${state}`),
    ),
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ decks }, null, 2)}\n`);
  } else {
    process.stdout.write(table(decks, languages) + hints(decks, languages));
  }
  if (failures.length > 0) {
    process.stderr.write(`status: failing on ${failOn.join(', ')}:\n${failures.map((line) => `  ${line}`).join('\n')}\n`);
    return ExitCode.problems;
  }
  return ExitCode.ok;
}

/**
 * A deck's (or catalog's) counts per language: from the store's source record when it matches the
 * file as it is now (no parsing), else by parsing and aligning (the parser is loaded only then).
 */
async function deckCounts(loaded: LoadedConfig, deck: ProjectDeck, languages: readonly string[], catalog: boolean): Promise<Record<string, StateCounts>> {
  const digest = deckDigest(loaded, deck);
  const counts: Record<string, StateCounts> = {};
  for (const language of languages) {
    const recorded = await recordedTranslations(loaded, deck, language, digest);
    if (recorded === undefined) return fullCounts(loaded, deck, languages, catalog);
    counts[language] = recorded.counts;
  }
  return counts;
}

/** Counts by parsing the deck (or reading the catalog) and aligning its translations. */
async function fullCounts(loaded: LoadedConfig, deck: ProjectDeck, languages: readonly string[], catalog: boolean): Promise<Record<string, StateCounts>> {
  const sync = await import('@deckl10n/sync');
  const source = catalog ? await sync.loadCatalogSource(loaded, deck) : sync.loadSourceDeck(loaded, deck);
  const counts: Record<string, StateCounts> = {};
  for (const language of languages) {
    const aligned = await sync.alignedTranslations(loaded, source, language);
    counts[language] = sync.countStates(source.segments, aligned.translations.entries);
  }
  return counts;
}

/** What to run next, for the states that need work. */
function hints(decks: readonly DeckStatus[], languages: readonly string[]): string {
  const having = (state: keyof StateCounts) => languages.filter((language) => decks.some((deck) => (deck.languages[language]?.[state] ?? 0) > 0));
  const lines: string[] = [];
  const missing = having('missing');
  if (missing.length > 0) lines.push(`next: deckl10n translate --to ${missing.join(',')}   (fills missing segments)`);
  for (const language of having('stale')) lines.push(`next: deckl10n diff --lang ${language}   (what changed in stale segments)`);
  for (const language of having('obsolete')) lines.push(`next: deckl10n prune --lang ${language}   (drops obsolete translations)`);
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}

function parseStates(states: string[]): SegmentState[] {
  for (const state of states) {
    if (!segmentStates.includes(state as SegmentState)) {
      throw new DeckError('USAGE', `--fail-on takes states among ${segmentStates.join(', ')}; got "${state}"`);
    }
  }
  return states as SegmentState[];
}

function table(decks: readonly DeckStatus[], languages: readonly string[]): string {
  const header = ['deck', 'lang', 'total', 'missing', 'machine', 'reviewed', 'stale', 'obsolete', 'progress'];
  const rows: string[][] = [];
  for (const deck of decks) {
    for (const language of languages) {
      const c = deck.languages[language] as StateCounts;
      rows.push([deck.id, language, ...[c.total, c.missing, c.machine, c.reviewed, c.stale, c.obsolete].map(String), bar(c)]);
    }
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => stripAnsi(row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i >= 2 && i <= 7 ? cell.padStart(widths[i] as number) : cell + ' '.repeat((widths[i] as number) - stripAnsi(cell).length))).join('  ');
  return `${[line(header), ...rows.map(line)].map((text) => text.trimEnd()).join('\n')}\n`;
}

/** A 20-character bar: reviewed, machine, stale, missing. */
function bar(c: StateCounts): string {
  if (c.total === 0) return '';
  const width = 20;
  const part = (n: number) => Math.round((n / c.total) * width);
  const reviewed = part(c.reviewed);
  const machine = Math.min(width - reviewed, part(c.machine));
  const stale = Math.min(width - reviewed - machine, part(c.stale));
  const rest = width - reviewed - machine - stale;
  // Floor, so "100% reviewed" means every segment is (311 of 312 shows 99%).
  const percent = Math.floor((c.reviewed / c.total) * 100);
  return `${pc.green('█'.repeat(reviewed))}${pc.cyan('▓'.repeat(machine))}${pc.yellow('▒'.repeat(stale))}${pc.dim('░'.repeat(rest))} ${percent}% reviewed`;
}

function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
