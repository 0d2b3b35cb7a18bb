#!/usr/bin/env node
// `npm start`: the main job on the bundled example deck, offline and without a DeepL key.
//  1. builds the packages and the viewer (cached by turbo);
//  2. checks the Pangeo deck and says what a translator translates in it;
//  3. makes sure the example has French and Spanish translations: a language with none stored
//     gets pseudo-translations (stored translations are never touched);
//  4. serves the viewer (`deckl10n serve`) and prints the URLs to open. Ctrl+C stops it.
// `npm start -- --no-serve` stops after step 3; `npm start -- --port 8080` picks the port.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const deckId = 'pangeo-ecosystem';
const deck = `decks/${deckId}/slides.md`;
const languages = ['fr', 'es'];
const cli = join(root, 'packages/cli/bin/deckl10n.js');
const args = process.argv.slice(2);
const noServe = args.includes('--no-serve');
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? args[portAt + 1] : undefined;

const run = (command, commandArgs, options = {}) => {
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', stdio: options.capture ? 'pipe' : 'inherit' });
  if (result.status !== 0) {
    if (options.capture) process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
};
const deckl10n = (commandArgs, options) => run(process.execPath, [cli, ...commandArgs], options);

console.log('Building deckl10n and the viewer (npx turbo run build)…');
run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { capture: true });

console.log(`\n$ deckl10n check ${deck}`);
deckl10n(['check', deck]);
const segments = JSON.parse(deckl10n(['extract', deck, '--json'], { capture: true }));
const words = segments.reduce((sum, s) => sum + s.text.split(/\s+/).filter(Boolean).length, 0);
console.log(`${segments.length} segments to translate (${words} words); \`npx deckl10n extract ${deck}\` lists them.`);

const status = () => JSON.parse(deckl10n(['status', '--json', '--deck', deckId, '--lang', languages.join(',')], { capture: true }));
const empty = languages.filter((language) => {
  const counts = status().decks[0]?.languages[language];
  return counts !== undefined && counts.missing === counts.total && counts.obsolete === 0;
});
if (empty.length > 0) {
  console.log(`\nNo ${empty.join(' or ')} translations stored yet: pseudo-translating (offline, no key) so every view has text.`);
  console.log(`$ deckl10n translate --to ${empty.join(',')} --provider pseudo --deck ${deckId}`);
  deckl10n(['translate', '--to', empty.join(','), '--provider', 'pseudo', '--deck', deckId]);
} else {
  console.log(`\nTranslations stored for ${languages.join(' and ')}: kept as they are.`);
}
console.log(`\n$ deckl10n status --deck ${deckId}`);
deckl10n(['status', '--deck', deckId, '--lang', languages.join(',')]);

if (noServe) process.exit(0);

console.log('\n$ deckl10n serve');
const server = spawn(process.execPath, [cli, 'serve', ...(port === undefined ? [] : ['--port', port])], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
let printed = false;
server.stdout.setEncoding('utf8');
server.stdout.on('data', (text) => {
  const url = /deckl10n serve: (http:\/\/\S+)/.exec(text)?.[1];
  if (url === undefined || printed) {
    process.stdout.write(text);
    return;
  }
  printed = true;
  console.log(`\nThe viewer is running at ${url}`);
  console.log(`  slides in French   ${url}#${deckId}/fr/1   (← → to move, P presenter view, C clone window, ? help)`);
  console.log(`  slides in Spanish  ${url}#${deckId}/es/1`);
  console.log(`  review (French)    ${url}#review/${deckId}/fr/1   (N: next to review, Ctrl+Enter: save and approve)`);
  console.log(`  dashboard          ${url}#dashboard`);
  console.log('Press Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
