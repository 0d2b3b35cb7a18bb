// GTN slide layout: expanding decks with the frame (in process), and `deckl10n render` (whole process).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandGtnDeck, renderPlainText } from '@deckl10n/gtn-layout';
import { cliPath, exampleDeckPath, repoRoot } from '@deckl10n/test-support';
import { loadGtnDecks } from '../lib/decks.mjs';
import { timeRuns } from '../lib/measure.mjs';
import { runCliTimed } from '../lib/sync-projects.mjs';
import { formatSummary, summarize } from '../lib/stats.mjs';

export const name = 'gtn-layout';
export const title = 'GTN slide layout: `deckl10n render`';

/** `render` may cost at most this many times `check` of the same deck (both whole processes). */
const TARGET_RATIO = 2;

export async function run(options) {
  const pangeo = readFileSync(exampleDeckPath, 'utf8');
  const french = JSON.parse(readFileSync(join(repoRoot, 'locales/fr/gtn-layout.json'), 'utf8'));
  const date = new Date('2022-03-01');
  const corpus = loadGtnDecks();
  const remark = timeRuns(() => expandGtnDeck(pangeo, { language: 'fr', strings: french, date }).length, options);
  const text = timeRuns(() => renderPlainText(pangeo, { date }).length, options);
  const all = timeRuns(() => corpus.reduce((sum, deck) => sum + expandGtnDeck(deck.text, { language: 'fr', strings: french, date }).length, 0), options);
  const timed = (args) => {
    const times = [];
    for (let i = 0; i < options.warmups + options.runs; i++) {
      const result = runCliTimed(cliPath, args, repoRoot);
      if (result.status !== 0) throw new Error(`${args[0]} failed: ${result.stderr.slice(0, 200)}`);
      if (i >= options.warmups) times.push(result.ms);
    }
    return summarize(times);
  };
  const check = timed(['check', 'decks/pangeo-ecosystem/slides.md']);
  const whole = timed(['render', 'decks/pangeo-ecosystem/slides.md', '--lang', 'fr', '--format', 'text']);
  return {
    columns: ['Measure', { label: 'wall ms (min / median / max)', align: 'right' }, 'Target', 'Result'],
    rows: [
      ['Pangeo deck → framed remark Markdown, French frame (in process)', formatSummary(summarize(remark)), '—', ''],
      ['Pangeo deck → plain-text slides, English (in process)', formatSummary(summarize(text)), '—', ''],
      [`${corpus.length} corpus GTN decks → framed remark Markdown, French frame (in process)`, formatSummary(summarize(all)), '—', ''],
      ['`deckl10n check` on the Pangeo deck (whole process, the baseline)', formatSummary(check), '—', ''],
      ['`deckl10n render … --lang fr --format text` on the Pangeo deck (whole process, store translations)', formatSummary(whole), `< ${TARGET_RATIO}× check`, whole.median < TARGET_RATIO * check.median ? 'pass' : 'FAIL'],
    ],
    notes: [
      'In process: parse the deck, read its front matter, build the frame with the `gtn-layout` strings through i18next, render. The whole-process case also loads the config, aligns the deck\'s and the layout catalog\'s French translations from the store and applies them; it is judged against `deckl10n check` of the same deck measured in the same run, since on a shared machine Node\'s start-up dominates both.',
    ],
  };
}
