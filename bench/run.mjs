#!/usr/bin/env node
// Runs the benchmark suites (suites/*.bench.mjs), prints their tables and rewrites their marked
// sections of docs/benchmarks.md. Usage: node run.mjs [SUITE…] [--filter TEXT]… [--runs N] [--quick] [--no-write]
// A bare word is a filter too (`npm run bench -- po4a`); a `--` left over from npm or turbo is ignored.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { replaceSection } from './lib/doc-section.mjs';
import { machineLine } from './lib/machine.mjs';
import { markdownTable } from './lib/markdown-table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const docPath = join(here, '../docs/benchmarks.md');

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    filter: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('node run.mjs [SUITE…] [--filter TEXT]… [--runs N] [--quick] [--no-write]');
  process.exit(0);
}
const runs = values.runs === undefined ? (values.quick ? 3 : 7) : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer, not ${values.runs}`);
  process.exit(2);
}
const options = { runs, warmups: values.quick ? 1 : 2, quick: values.quick };
const filters = [...values.filter, ...positionals];

const files = readdirSync(join(here, 'suites'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .sort();
let failures = 0;
let ran = 0;
for (const file of files) {
  const suite = await import(pathToFileURL(join(here, 'suites', file)).href);
  if (filters.length > 0 && !filters.some((text) => suite.name.includes(text) || file.includes(text))) continue;
  ran++;
  console.log(`\n## ${suite.title} (${suite.name}): ${options.runs} runs after ${options.warmups} warm-up${options.warmups === 1 ? '' : 's'}`);
  let result;
  try {
    result = await suite.run(options);
  } catch (error) {
    failures++;
    console.error(`suite ${suite.name} failed:`, error);
    continue;
  }
  const table = markdownTable(result.columns, result.rows);
  const notes = result.notes ?? [];
  console.log(`${table}\n${notes.map((note) => `- ${note}`).join('\n')}`);
  if (!values['no-write']) writeSection(suite, table, notes, result.measured);
}
if (ran === 0) console.error(`no suite matches ${filters.join(', ')}`);
if (!values['no-write'] && ran > 0) console.log(`\nwrote ${docPath}`);
process.exitCode = failures > 0 || ran === 0 ? 1 : 0;

function writeSection(suite, table, notes, measured) {
  const header =
    `Measured on ${machineLine()}; ${measured ?? `${options.runs} runs after ${options.warmups} warm-up${options.warmups === 1 ? '' : 's'}`}` +
    `${options.quick ? ' (quick mode)' : ''}.`;
  const body = [`### ${suite.title}`, '', header, '', table, ...(notes.length > 0 ? ['', ...notes.map((note) => `- ${note}`)] : [])];
  const document = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
  writeFileSync(docPath, replaceSection(document, suite.name, body.join('\n')));
}
