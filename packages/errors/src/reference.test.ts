import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueEntries } from './catalogue.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('docs/errors.md', () => {
  it('is what the catalogue generates (regenerate with node scripts/gen-errors-doc.mjs)', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/gen-errors-doc.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('lists every code once', () => {
    const text = readFileSync(join(root, 'docs/errors.md'), 'utf8');
    const codes = catalogueEntries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(text).toContain(`## ${code}\n`);
  });
});
