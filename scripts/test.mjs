#!/usr/bin/env node
// `npm test`: builds every package (turbo, cached), type-checks the tests (vitest strips types
// without checking them; the builds leave test files out), and runs the whole vitest suite once.
// Extra arguments go to vitest, e.g. `npm test -- packages/parser`.
import { spawnSync } from 'node:child_process';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
run('npx', ['tsc', '-p', 'tsconfig.test.json']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
