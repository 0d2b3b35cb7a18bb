/**
 * The GTN decks both tools can process, for the comparisons that need both to finish: po4a 0.69
 * loops forever on some decks, and a po4a configuration fails as a whole on a deck with nothing
 * to translate (its msggrep step finds no entry). Those decks are left out for both tools.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGtnDecks } from './decks.mjs';
import { po4aDeck } from './po4a.mjs';

/**
 * @returns {{ decks: ReturnType<typeof loadGtnDecks>, excluded: { id: string, why: string }[] }}
 */
export function usableDecks() {
  const work = mkdtempSync(join(tmpdir(), 'deckl10n-bench-probe-'));
  try {
    const decks = [];
    const excluded = [];
    for (const deck of loadGtnDecks()) {
      const result = po4aDeck(deck, work);
      if (result.status === 'ok' && result.entries > 0) decks.push(deck);
      else excluded.push({ id: deck.id, why: result.status === 'ok' ? 'no PO entry' : result.status === 'timeout' ? 'po4a loops' : 'po4a fails' });
    }
    return { decks, excluded };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** "`a` (po4a loops), `b` (no PO entry)" */
export function describeExcluded(excluded) {
  return excluded.length === 0 ? 'none' : excluded.map((deck) => `\`${deck.id}\` (${deck.why})`).join(', ');
}
