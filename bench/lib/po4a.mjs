/**
 * po4a 0.69 (Debian's `po4a` package) driven the way a careful user would drive it on remark.js
 * decks: the Text module in Markdown mode, `---`/`--`/`???` lines declared as breaks so they are
 * never merged into paragraphs, and only the front-matter keys deckl10n translates extracted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@deckl10n/test-support';
import { poEntries } from './po-file.mjs';
import { runProcess } from './processes.mjs';

/**
 * The `breaks` regex, anchored by po4a to whole lines. Written without backslashes or spaces:
 * po4a's config reader splits options on spaces, and a regex cut there makes po4a loop forever.
 */
export const BREAKS = '^([?][?][?]|--|---)[[:blank:]]*$';

/** deckl10n's translated front-matter keys (its default policy), for po4a's `yfm_keys`. */
export const YFM_KEYS = 'title,subtitle,description,abstract,summary,questions,objectives,key_points';

/** Format options shared by every po4a command here. */
export const FORMAT_OPTIONS = ['--option', 'markdown', '--option', `breaks=${BREAKS}`, '--option', `yfm_keys=${YFM_KEYS}`];

/** The options of the standalone tools (po4a-updatepo, po4a-translate). */
export const TOOL_OPTIONS = ['--format', 'text', '--master-charset', 'UTF-8', ...FORMAT_OPTIONS];

/** A deck po4a processes no longer than this (some decks make po4a 0.69 loop forever). */
export const DECK_TIMEOUT_MS = 15_000;

/**
 * The installed po4a version, installing the Debian package first when it is missing
 * (`scripts/setup-bench-deps.sh`); `{ version: null, problem }` when that is impossible.
 *
 * @returns {{ version: string, problem: null } | { version: null, problem: string }}
 */
export function ensurePo4a() {
  let version = po4aVersion();
  if (version === null) {
    const script = join(repoRoot, 'scripts/setup-bench-deps.sh');
    if (existsSync(script)) spawnSync('bash', [script], { stdio: ['ignore', 'inherit', 'inherit'] });
    version = po4aVersion();
  }
  return version === null ? { version: null, problem: 'po4a not installed (scripts/setup-bench-deps.sh could not install it)' } : { version, problem: null };
}

function po4aVersion() {
  const result = spawnSync('po4a', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return /po4a version (\d[\w.~+-]*\w)/.exec(result.stdout)?.[1] ?? 'unknown';
}

/** `po4a-updatepo`: extracts a deck into a new PO file, or merges an existing one with msgmerge. */
export function updatePo(deck, po, { cwd, timeoutMs = DECK_TIMEOUT_MS }) {
  return runProcess('po4a-updatepo', [...TOOL_OPTIONS, '--master', deck, '--po', po], { cwd, timeoutMs });
}

/** `po4a-translate`: renders a deck with a PO file, whatever share of it is translated (`--keep 0`). */
export function translateDeck(deck, po, output, { cwd, timeoutMs = DECK_TIMEOUT_MS }) {
  return runProcess('po4a-translate', [...TOOL_OPTIONS, '--master', deck, '--po', po, '--localized', output, '--localized-charset', 'UTF-8', '--keep', '0'], {
    cwd,
    timeoutMs,
  });
}

/**
 * A po4a configuration translating `decks` (paths relative to the config) into `language`:
 * one POT and PO per deck (split mode), outputs under `out/<lng>/`.
 *
 * @param {readonly { id: string, path: string }[]} decks
 * @param {string} language
 */
export function po4aConfig(decks, language) {
  return [
    `[po4a_langs] ${language}`,
    '[po4a_paths] po/$master.pot $lang:po/$master.$lang.po',
    `[options] --keep 0 --master-charset UTF-8 --localized-charset UTF-8 ${FORMAT_OPTIONS.join(' ')}`,
    ...decks.map((deck) => `[type: text] ${deck.path} $lang:out/$lang/${deck.id}.md pot=${deck.id}`),
    '',
  ].join('\n');
}

/**
 * @typedef {object} Po4aDeckResult
 * @property {'ok' | 'timeout' | 'failed'} status
 * @property {number} entries  PO entries extracted (0 unless ok)
 * @property {string[]} msgids  their source texts
 * @property {string | null} output the deck rendered with the untranslated PO (null unless ok)
 * @property {string} problem  why it is not ok ('' when ok)
 */

/** @type {Map<string, Po4aDeckResult>} */
const deckResults = new Map();

/**
 * Extracts one deck with po4a-updatepo and renders it back with po4a-translate (no translation),
 * each under a timeout, in a fresh folder. Memoised for the process: the suites of one bench run
 * share it (it also tells which decks po4a can process at all).
 *
 * @param {{ id: string, path: string, text: string }} deck
 * @param {string} workDir a folder for the files
 * @returns {Po4aDeckResult}
 */
export function po4aDeck(deck, workDir) {
  const known = deckResults.get(deck.path);
  if (known !== undefined) return known;
  const dir = join(workDir, deck.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'deck.md'), deck.text);
  const result = roundTrip(dir);
  deckResults.set(deck.path, result);
  return result;
}

function roundTrip(dir) {
  const extracted = updatePo('deck.md', 'deck.po', { cwd: dir });
  if (extracted.timedOut) return { status: 'timeout', entries: 0, msgids: [], output: null, problem: `po4a-updatepo ran over ${DECK_TIMEOUT_MS / 1000} s` };
  if (extracted.status !== 0 || !existsSync(join(dir, 'deck.po'))) {
    return { status: 'failed', entries: 0, msgids: [], output: null, problem: lastLine(extracted.stderr) || 'po4a-updatepo wrote no PO file' };
  }
  const msgids = poEntries(readFileSync(join(dir, 'deck.po'), 'utf8')).map((entry) => entry.msgid);
  const entries = msgids.length;
  const rendered = translateDeck('deck.md', 'deck.po', 'out.md', { cwd: dir });
  if (rendered.timedOut) return { status: 'timeout', entries, msgids, output: null, problem: `po4a-translate ran over ${DECK_TIMEOUT_MS / 1000} s` };
  if (rendered.status !== 0 || !existsSync(join(dir, 'out.md'))) {
    return { status: 'failed', entries, msgids, output: null, problem: lastLine(rendered.stderr) || 'po4a-translate wrote nothing' };
  }
  return { status: 'ok', entries, msgids, output: readFileSync(join(dir, 'out.md'), 'utf8'), problem: '' };
}

function lastLine(text) {
  return (
    text
      .trim()
      .split('\n')
      .filter((line) => !line.includes('is deprecated'))
      .at(-1) ?? ''
  );
}
