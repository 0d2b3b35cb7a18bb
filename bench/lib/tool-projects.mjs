/**
 * The two tools' projects over the same decks, for the po4a comparison: a deckl10n project
 * (config, `decks/<id>/slides.md`, store under `locales/`) and a po4a project (`po4a.cfg`,
 * `decks/<id>/slides.md`, one PO per deck under `po/`, outputs under `out/`). Each step is one
 * whole process, timed by `runProcess`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliPath } from '@deckl10n/test-support';
import { po4aConfig } from './po4a.mjs';
import { runOrThrow } from './processes.mjs';

/** The language both tools translate into. */
export const LANGUAGE = 'fr';

const fillScript = join(dirname(fileURLToPath(import.meta.url)), 'pseudo-fill-po.mjs');
const STEP_TIMEOUT_MS = 600_000;

/** Writes `decks/<id>/slides.md` for each deck under `dir`. */
export function writeDecks(dir, decks, edit = (deck) => deck.text) {
  for (const deck of decks) {
    mkdirSync(join(dir, 'decks', deck.id), { recursive: true });
    writeFileSync(join(dir, 'decks', deck.id, 'slides.md'), edit(deck));
  }
}

/** A deckl10n command run in the project `dir`; throws unless it exits 0. */
export function deckl10n(dir, args) {
  return runOrThrow(process.execPath, [cliPath, ...args], { cwd: dir, timeoutMs: STEP_TIMEOUT_MS });
}

/** The steps of a deckl10n project from nothing to built, pseudo-translated decks. */
export const deckl10nColdSteps = [
  ['init', '--decks', 'decks/*/slides.md', '--languages', LANGUAGE],
  ['translate', '--provider', 'pseudo'],
  ['build'],
];

/** The steps of a deckl10n re-run when nothing changed. */
export const deckl10nNoopSteps = [
  ['translate', '--provider', 'pseudo'],
  ['build'],
];

/** Writes the po4a configuration for the decks of `dir`. */
export function writePo4aConfig(dir, decks) {
  mkdirSync(join(dir, 'po'), { recursive: true });
  writeFileSync(join(dir, 'po4a.cfg'), po4aConfig(decks.map((deck) => ({ id: deck.id, path: `decks/${deck.id}/slides.md` })), LANGUAGE));
}

/** `po4a po4a.cfg` in `dir` (extract, msgmerge, render); `extra` e.g. `--no-translations`. */
export function po4a(dir, extra = []) {
  return runOrThrow('po4a', [...extra, 'po4a.cfg'], { cwd: dir, timeoutMs: STEP_TIMEOUT_MS });
}

/** Fills every PO file of the po4a project in `dir` with the pseudo-translation (one process). */
export function pseudoFill(dir) {
  const files = readdirSync(join(dir, 'po'))
    .filter((file) => file.endsWith(`.${LANGUAGE}.po`))
    .map((file) => join('po', file));
  return runOrThrow(process.execPath, [fillScript, LANGUAGE, ...files], { cwd: dir, timeoutMs: STEP_TIMEOUT_MS });
}
