/** Generated translation projects for the sync benchmarks: decks of distinct sentences, a config. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tempDir } from '@deckl10n/test-support';

const WORDS = (
  'data model ocean climate cloud array chunk dataset scale notebook cluster analysis format storage ' +
  'community open science python parallel compute access metadata catalog workflow tutorial galaxy ' +
  'training research reproducible pipeline quality sequence genome protein cell image tool server'
).split(' ');

/** A deterministic sentence, distinct for each (deck, slide, item); some carry code or a link. */
export function sentence(deck, slide, item) {
  const n = deck * 7919 + slide * 104729 + item * 1299709;
  const words = Array.from({ length: 9 }, (_, i) => WORDS[(n + i * (i + 3) * 31) % WORDS.length]);
  const tail = item % 4 === 1 ? ' with `xarray.open_dataset()`' : item % 4 === 2 ? ` as [the guide](https://example.org/d${deck}/s${slide})` : '';
  return `The ${words.join(' ')} ${deck}.${slide}.${item}${tail}.`;
}

/** The text of a deck with `slides` slides of `perSlide` paragraphs (plus a title and headings). */
export function deckText(deck, slides, perSlide) {
  const body = Array.from({ length: slides }, (_, s) =>
    `## Slide ${s + 1} of deck ${deck}\n\n${Array.from({ length: perSlide }, (_, i) => sentence(deck, s, i)).join('\n\n')}\n`,
  );
  return `---\ntitle: Generated deck ${deck}\n---\n${body.join('\n---\n\n')}`;
}

/**
 * A project of `decks` generated decks under `decks/d<N>/slides.md`, target languages fr and es,
 * DeepL concurrency `concurrency`. Returns its root folder.
 */
export function generatedProject({ decks, slides, perSlide, concurrency = 4, languages = ['fr', 'es'] }) {
  const root = tempDir('deckl10n-bench-');
  for (let d = 0; d < decks; d++) {
    mkdirSync(join(root, `decks/d${d}`), { recursive: true });
    writeFileSync(join(root, `decks/d${d}/slides.md`), deckText(d, slides, perSlide));
  }
  writeFileSync(
    join(root, 'deckl10n.config.json'),
    `${JSON.stringify({ sourceLanguage: 'en', targetLanguages: languages, decks: ['decks/*/slides.md'], localesDir: 'locales', translation: { concurrency } }, null, 2)}\n`,
  );
  return root;
}

export { mtimes } from '@deckl10n/test-support';

/** True when two mtime maps are the same. */
export function sameMtimes(a, b) {
  return a.size === b.size && [...a].every(([file, time]) => b.get(file) === time);
}

/** Preloaded into the child: prints its own CPU time (user + system, ms) as the last stderr line. */
const CPU_PROBE = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(2, `\\n__cpu_ms__ ${(u.user + u.system) / 1000}\\n`); });",
)}`;

/**
 * Runs `node <script> <args…>` in `cwd` (environment cleaned of variables that slow Node's start)
 * and returns { ms, cpuMs, status, stdout, stderr }: wall time from spawn to exit, and the
 * child's own CPU time, which a busy shared machine inflates much less than wall time.
 */
export function runCliTimed(script, args, cwd, extraEnv = {}) {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DEEPL_AUTH_KEY: '', ...extraEnv };
  for (const variable of ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_DEBUG', 'NODE_V8_COVERAGE']) delete env[variable];
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', CPU_PROBE, script, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  const probe = /\n__cpu_ms__ ([\d.]+)\n$/.exec(result.stderr ?? '');
  const stderr = probe ? result.stderr.slice(0, probe.index) : result.stderr;
  return { ms, cpuMs: probe ? Number(probe[1]) : Number.NaN, status: result.status, stdout: result.stdout, stderr };
}
