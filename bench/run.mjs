#!/usr/bin/env node
// Runs the benchmark suites (suites/*.bench.mjs), prints their tables and rewrites their marked
// sections of docs/benchmarks.md. Usage: node run.mjs [--filter TEXT]… [--runs N] [--quick] [--no-write]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { replaceSection } from './lib/doc-section.mjs';
import { machineLine } from './lib/machine.mjs';
import { markdownTable } from './lib/markdown-table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const docPath = join(here, '../docs/benchmarks.md');

const { values } = parseArgs({
  options: {
    filter: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('node run.mjs [--filter TEXT]… [--runs N] [--quick] [--no-write]');
  process.exit(0);
}
const runs = values.runs === undefined ? (values.quick ? 3 : 7) : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer, not ${values.runs}`);
  process.exit(2);
}
const options = { runs, warmups: values.quick ? 1 : 2, quick: values.quick };

const files = readdirSync(join(here, 'suites'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .sort();
let failures = 0;
let ran = 0;
for (const file of files) {
  const suite = await import(pathToFileURL(join(here, 'suites', file)).href);
  if (values.filter.length > 0 && !values.filter.some((text) => suite.name.includes(text) || file.includes(text))) continue;
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
  if (!values['no-write']) writeSection(suite, table, notes);
}
if (ran === 0) console.error(`no suite matches ${values.filter.join(', ')}`);
if (!values['no-write'] && ran > 0) console.log(`\nwrote ${docPath}`);
process.exitCode = failures > 0 || ran === 0 ? 1 : 0;

function writeSection(suite, table, notes) {
  const header =
    `Measured on ${machineLine()}; ${options.runs} runs after ${options.warmups} warm-up${options.warmups === 1 ? '' : 's'}` +
    `${options.quick ? ' (quick mode)' : ''}.`;
  const body = [`### ${suite.title}`, '', header, '', table, ...(notes.length > 0 ? ['', ...notes.map((note) => `- ${note}`)] : [])];
  const document = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
  writeFileSync(docPath, replaceSection(document, suite.name, body.join('\n')));
}
