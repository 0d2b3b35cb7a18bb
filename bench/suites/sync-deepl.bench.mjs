// Machine translation of 1,000 segments through the real deepl-node client against the local
// DeepL server with 300 ms latency per request; then a re-run after editing 1% of the segments.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@deckl10n/config';
import { startDeeplServer } from '@deckl10n/deepl-server';
import { createDeeplProvider, toXml, xmlBillableCharacters } from '@deckl10n/providers';
import { loadSourceDecks, translateProject } from '@deckl10n/sync';
import { generatedProject, sentence } from '../lib/sync-projects.mjs';
import { formatCount, formatSummary, summarize } from '../lib/stats.mjs';

export const name = 'sync-deepl';
export const title = 'DeepL translation: 1,000 segments at 300 ms latency, then a 1% edit';

const KEY = 'bench-key:fx';
const LATENCY_MS = 300;
const SLIDES = 100;
const PER_SLIDE = 9; // 9 paragraphs + 1 heading per slide, + the deck title = 1,001 segments

const billable = (text) => xmlBillableCharacters(toXml(text).xml);

export async function run(options) {
  const runs = Math.min(options.runs, options.quick ? 1 : 3);
  const full = [];
  const edit = [];
  let figures;
  for (let i = 0; i < runs; i++) {
    const result = await once();
    full.push(result.full);
    edit.push(result.edit);
    figures = result;
  }
  const f = figures;
  return {
    measured: `${runs} run${runs === 1 ? '' : 's'}, each on a fresh project and server, no warm-up`,
    columns: ['Run', 'Segments', { label: 'wall s (min / median / max)', align: 'right' }, { label: 'requests', align: 'right' }, { label: 'characters billed', align: 'right' }, 'Check', 'Result'],
    rows: [
      [
        'all missing → machine (fr)',
        formatCount(f.segments),
        formatSummary(summarize(full.map((ms) => ms / 1000))),
        formatCount(f.fullRequests),
        formatCount(f.fullBilled),
        `billed = characters of the ${formatCount(f.unique)} distinct texts (${formatCount(f.expectedFull)})`,
        f.fullBilled === f.expectedFull ? 'pass' : 'FAIL',
      ],
      [
        're-run after editing 1% (10 segments)',
        formatCount(f.editedSegments),
        formatSummary(summarize(edit.map((ms) => ms / 1000))),
        formatCount(f.editRequests),
        formatCount(f.editBilled),
        `billed = characters of the changed segments (${formatCount(f.expectedEdit)})`,
        f.editBilled === f.expectedEdit ? 'pass' : 'FAIL',
      ],
    ],
    notes: [
      `One generated deck of ${SLIDES} slides (1,001 segments: paragraphs, some with inline code or a link, headings, the title) translated into one language by \`translateProject\` (in process) with the deepl provider (deepl-node, concurrency 4) against \`@deckl10n/deepl-server\` on 127.0.0.1 with ${LATENCY_MS} ms latency per request. Figures other than wall time are from the last run (they are the same in every run).`,
      'Requests go one slide per request because the slide title is sent as DeepL `context`, which is per request; with 4 requests in flight the wall time is about ⌈slides / 4⌉ × latency. Characters billed are the server\'s per-key usage (markup sent as tags is not billed).',
      'The re-run edits one word in 10 paragraphs: those become stale machine translations and are the only texts sent again.',
    ],
  };
}

async function once() {
  const root = generatedProject({ decks: 1, slides: SLIDES, perSlide: PER_SLIDE, languages: ['fr'] });
  const server = await startDeeplServer({ keys: [KEY], latencyMs: LATENCY_MS });
  try {
    const provider = createDeeplProvider({ authKey: KEY, serverUrl: server.url, sourceLanguage: 'en', concurrency: 4 });
    const loaded = await loadConfig(root);
    let sources = await loadSourceDecks(loaded);
    const segments = sources[0].segments;
    const unique = new Set(segments.map((s) => s.text));
    const expectedFull = [...unique].reduce((sum, text) => sum + billable(text), 0);
    let started = performance.now();
    await translateProject(loaded, sources, { languages: ['fr'], provider });
    const full = performance.now() - started;
    const fullRequests = server.requests.filter((r) => r.path === '/v2/translate').length;
    const fullBilled = server.usage(KEY).characterCount;

    // Edit one word of 1% of the segments (10 paragraphs on 10 slides).
    const file = join(root, 'decks/d0/slides.md');
    let text = readFileSync(file, 'utf8');
    const changed = [];
    for (let s = 0; s < 100; s += 10) {
      const before = sentence(0, s, 3);
      const after = before.replace(/^The /, 'The revised ');
      text = text.replace(before, after);
      changed.push(after);
    }
    writeFileSync(file, text);
    sources = await loadSourceDecks(loaded);
    server.clearRequests();
    started = performance.now();
    const summary = await translateProject(loaded, sources, { languages: ['fr'], provider });
    const edit = performance.now() - started;
    return {
      full,
      edit,
      segments: segments.length,
      unique: unique.size,
      expectedFull,
      fullRequests,
      fullBilled,
      editedSegments: summary.segments,
      editRequests: server.requests.filter((r) => r.path === '/v2/translate').length,
      editBilled: server.usage(KEY).characterCount - fullBilled,
      expectedEdit: changed.reduce((sum, t) => sum + billable(t), 0),
    };
  } finally {
    await server.close();
  }
}
