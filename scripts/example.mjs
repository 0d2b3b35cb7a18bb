#!/usr/bin/env node
// `npm start`: the main job on the bundled example deck. Builds the packages (cached by turbo),
// checks the Pangeo deck and lists what a translator will translate in it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const deck = 'decks/pangeo-ecosystem/slides.md';
const cli = join(root, 'packages/cli/bin/deckl10n.js');

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: options.capture ? 'pipe' : 'inherit' });
  if (result.status !== 0) {
    if (options.capture) process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
};

run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { capture: true });
console.log(`\n$ deckl10n check ${deck}`);
run(process.execPath, [cli, 'check', deck]);

const segments = JSON.parse(run(process.execPath, [cli, 'extract', deck, '--json'], { capture: true }));
const byKind = new Map();
for (const segment of segments) byKind.set(segment.kind, (byKind.get(segment.kind) ?? 0) + 1);
const slides = new Set(segments.filter((s) => s.slide > 0).map((s) => s.slide)).size;
const words = segments.reduce((sum, s) => sum + s.text.split(/\s+/).filter(Boolean).length, 0);
console.log(`\n$ deckl10n extract ${deck}`);
console.log(`${segments.length} segments on ${slides} slides (${words} words to translate):`);
for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(14)} ${count}`);
console.log(`  in notes       ${segments.filter((s) => s.notes).length}`);
console.log(`\nFirst segments:`);
for (const segment of segments.slice(22, 28)) {
  console.log(`  ${segment.id}  slide ${segment.slide}  ${segment.kind.padEnd(10)} ${segment.text.slice(0, 70)}`);
}
console.log(`\nNext: npx deckl10n extract ${deck}      (the full listing)`);
