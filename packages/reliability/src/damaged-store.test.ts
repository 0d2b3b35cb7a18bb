import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@deckl10n/test-support';
import { exampleProject } from './project.js';

/**
 * A store file that cannot be trusted is refused with file:line:col and a hint, by every command
 * that reads the store, and nothing in the store is written: never treated as empty, never
 * overwritten.
 */
type Damage = { name: string; file: 'resources' | 'state'; code: string; damage: (text: string) => string };

const damages: Damage[] = [
  { name: 'truncated state', file: 'state', code: 'STORE_JSON_SYNTAX', damage: (t) => t.slice(0, Math.floor(t.length / 2)) },
  { name: 'truncated resources', file: 'resources', code: 'STORE_JSON_SYNTAX', damage: (t) => t.slice(0, Math.floor(t.length / 3)) },
  {
    name: 'merge-conflict markers in resources',
    file: 'resources',
    code: 'STORE_MERGE_CONFLICT',
    damage: (t) => {
      const lines = t.split('\n');
      lines.splice(4, 0, '<<<<<<< HEAD', lines[4] ?? '', '=======', lines[4] ?? '', '>>>>>>> theirs');
      return lines.join('\n');
    },
  },
  { name: 'merge-conflict markers in state', file: 'state', code: 'STORE_MERGE_CONFLICT', damage: (t) => t.replace('\n  "segments"', '\n<<<<<<< ours\n=======\n>>>>>>> theirs\n  "segments"') },
  { name: 'unknown state version', file: 'state', code: 'STORE_VERSION', damage: (t) => t.replace(/"version": \d+/, '"version": 99') },
  { name: 'wrong type in resources', file: 'resources', code: 'STORE_SCHEMA', damage: (t) => t.replace(/": "[^"]*"/, '": 42') },
  { name: 'wrong type in state', file: 'state', code: 'STORE_SCHEMA', damage: (t) => t.replace(/"state": "machine"/, '"state": ["machine"]') },
];

const commands: string[][] = [['status'], ['translate'], ['sync'], ['diff', '--lang', 'fr'], ['prune', '--lang', 'fr']];

/** Every damage against the command that writes most (`translate`); every command against two damages. */
const cases = [
  ...damages.map((damage) => ({ damage, args: ['translate'] })),
  ...damages
    .filter((damage) => damage.name === 'truncated state' || damage.name === 'merge-conflict markers in resources')
    .flatMap((damage) => commands.filter((args) => args[0] !== 'translate').map((args) => ({ damage, args }))),
].map(({ damage, args }) => ({ label: `${damage.name}: deckl10n ${args.join(' ')}`, damage, args }));

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const lng of ['fr', 'es']) {
    for (const name of readdirSync(join(dir, 'locales', lng))) files.set(`${lng}/${name}`, readFileSync(join(dir, 'locales', lng, name), 'utf8'));
  }
  return files;
}

describe('damaged store files are refused and left untouched', () => {
  let project: string;
  beforeAll(() => {
    project = exampleProject();
    expect(runCli(['translate'], { cwd: project }).status).toBe(0);
  });

  it.each(cases)('$label: exits 3 naming file:line:col, writes nothing', ({ damage: { file, code, damage }, args }) => {
    const target = join(project, 'locales/fr', file === 'state' ? 'pangeo-ecosystem.state.json' : 'pangeo-ecosystem.json');
    const original = readFileSync(target, 'utf8');
    const damaged = damage(original);
    expect(damaged).not.toBe(original);
    writeFileSync(target, damaged);
    try {
      const before = snapshot(project);
      const run = runCli(args, { cwd: project });
      expect(run.status, run.stderr).toBe(3);
      expect(run.stderr).toMatch(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: .*\\(${code}\\)`));
      expect(run.stderr).toMatch(/hint: .*untouched/i);
      expect(snapshot(project)).toEqual(before);
    } finally {
      writeFileSync(target, original);
    }
  });

  it('the repaired store is whole again: every segment still translated', () => {
    const run = runCli(['status', '--json'], { cwd: project });
    expect(run.status).toBe(0);
    const languages = (JSON.parse(run.stdout) as { decks: { languages: Record<string, { total: number; machine: number }> }[] }).decks[0]?.languages;
    expect(languages?.['fr']?.machine).toBe(languages?.['fr']?.total);
    expect(languages?.['es']?.machine).toBe(languages?.['es']?.total);
  });
});
