// Fuzzing the parser and segmenter: 10⁵ fast-check decks and 10⁵ coverage-guided mutations of
// real decks; every input must parse without throwing, round-trip byte for byte, segment, and
// come back unchanged from apply() with no translations. Then linear-time checks on huge decks.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { startBlockCoverage } from '../lib/coverage.mjs';
import { concatenatedDeck, hasCorpus, loadCorpus, manySlidesDeck } from '../lib/decks.mjs';
import { DECK_TOKENS, mutate, random } from '../lib/deck-mutations.mjs';
import { formatCount, formatNumber } from '../lib/stats.mjs';

// Block coverage is only exact for functions compiled after it starts: start it before the
// parser and segmenter are loaded.
const coverage = await startBlockCoverage((url) => /packages\/(parser|segments)\/dist\//.test(url));
const { parse, serialize } = await import('@deckl10n/parser');
const { apply, extract } = await import('@deckl10n/segments');

export const name = 'reliability-fuzz';
export const title = 'Parser fuzzing and huge decks (in process)';

/** The invariant every input must keep; returns a problem or null. */
function check(text) {
  try {
    const deck = parse(text, { file: 'fuzz.md' });
    if (serialize(deck) !== text) return 'round trip changed the text';
    extract(deck);
    if (apply(deck, {}) !== text) return 'apply() without translations changed the text';
    return null;
  } catch (error) {
    return `threw ${error instanceof Error ? error.stack : String(error)}`;
  }
}

function fastCheckCampaign(runs, seed) {
  const deck = fc
    .array(fc.oneof(fc.constantFrom(...DECK_TOKENS), fc.string({ maxLength: 20 }), fc.constantFrom('\n', '\n\n', ' ')), { maxLength: 80 })
    .map((parts) => parts.join(''));
  const started = performance.now();
  const failures = [];
  fc.assert(
    fc.property(deck, (text) => {
      const problem = check(text);
      if (problem !== null) failures.push({ text, problem });
      return problem === null;
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return { runs, failures, ms: performance.now() - started };
}

/** Inputs run between two coverage reads. */
const BATCH = 16;

async function coverageCampaign(runs, seed, decks) {
  const pick = random(seed);
  const seen = new Set();
  const queue = decks.map((d) => d.text.slice(0, 4_096));
  const failures = [];
  const started = performance.now();
  for (const text of queue) {
    check(text);
    for (const block of await coverage.take()) seen.add(block);
  }
  const seedBlocks = seen.size;
  const novel = (blocks) => blocks.filter((block) => !seen.has(block));
  for (let done = 0; done < runs; done += BATCH) {
    // Coverage is read once per batch (a read costs milliseconds); a batch that ran new blocks is
    // replayed input by input to keep exactly the inputs that did.
    const batch = Array.from({ length: Math.min(BATCH, runs - done) }, () => mutate(queue[pick(queue.length)], queue[pick(queue.length)], pick));
    for (const input of batch) {
      const problem = check(input);
      if (problem !== null) failures.push({ text: input, problem });
    }
    if (novel(await coverage.take()).length === 0) continue;
    for (const input of batch) {
      check(input);
      const fresh = novel(await coverage.take());
      if (fresh.length === 0) continue;
      for (const block of fresh) seen.add(block);
      queue.push(input);
    }
  }
  return { runs, failures, ms: performance.now() - started, seedBlocks, blocks: seen.size, corpus: queue.length };
}

function timeParse(text) {
  const started = performance.now();
  const deck = parse(text, { file: 'huge.md' });
  const parsed = performance.now() - started;
  if (serialize(deck) !== text) throw new Error('huge deck: round trip broken');
  return { ms: parsed, slides: deck.slides.length };
}

export async function run(options) {
  const runs = options.quick ? 10_000 : 100_000;
  const guidedRuns = options.quick ? 1_000 : 10_000;
  const seed = 20261201;
  const decks = hasCorpus ? loadCorpus() : [{ text: manySlidesDeck(20) }];
  const property = fastCheckCampaign(runs, seed);
  const guided = await coverageCampaign(guidedRuns, seed, decks);
  const big = concatenatedDeck(decks, 10 * 1024 * 1024);
  const small = concatenatedDeck(decks, 1024 * 1024);
  const tenMb = timeParse(big);
  const oneMb = timeParse(small);
  const slides = timeParse(manySlidesDeck(10_000));
  const nested = timeParse(`${'.a['.repeat(10_000)}deep${']'.repeat(10_000)}\n`);
  const failures = [...property.failures, ...guided.failures];
  const verdict = (list) => (list.length === 0 ? 'pass' : `FAIL: ${JSON.stringify(list[0].text.slice(0, 200))}: ${list[0].problem.split('\n')[0]}`);
  return {
    columns: ['Campaign', { label: 'Inputs', align: 'right' }, { label: 'Time', align: 'right' }, 'Detail', 'Result'],
    rows: [
      ['fast-check: decks from remark/GTN tokens and random strings', formatCount(property.runs), `${formatNumber(property.ms / 1000)} s`, `seed ${seed}`, verdict(property.failures)],
      [
        'coverage-guided mutation of corpus decks (V8 block coverage)',
        formatCount(guided.runs),
        `${formatNumber(guided.ms / 1000)} s`,
        `blocks ${formatCount(guided.seedBlocks)} → ${formatCount(guided.blocks)}; corpus ${decks.length} → ${formatCount(guided.corpus)}`,
        verdict(guided.failures),
      ],
      ['parse a 1 MB deck', '1', `${formatNumber(oneMb.ms)} ms`, `${formatCount(oneMb.slides)} slides`, 'pass'],
      ['parse a 10 MB deck', '1', `${formatNumber(tenMb.ms)} ms`, `${formatCount(tenMb.slides)} slides; ${formatNumber(tenMb.ms / oneMb.ms)}× the 1 MB time (linear: ~10×)`, tenMb.ms / oneMb.ms < 20 ? 'pass' : 'FAIL'],
      ['parse a 10,000-slide deck', '1', `${formatNumber(slides.ms)} ms`, `${formatCount(slides.slides)} slides`, 'pass'],
      ['parse 10,000 nested macros', '1', `${formatNumber(nested.ms)} ms`, 'no stack overflow', 'pass'],
    ],
    notes: [
      'Every input must parse without throwing, serialize back byte for byte, segment without throwing, and come back unchanged from `apply()` with no translations.',
      'The coverage-guided run keeps a mutated input when it runs a block of the parser or segmenter (V8 precise block coverage, `node:inspector`) that no earlier input ran, and mutates from that growing corpus (dictionary tokens, byte noise, deletions, duplications, splices of two decks).',
      failures.length === 0 ? `${formatCount(property.runs + guided.runs)} inputs, 0 failures.` : `${failures.length} failures: see the rows above.`,
    ],
  };
}
