import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@deckl10n/test-support';
import { exampleProject } from '../test-support/sync-project.js';

const NO_KEY = { DEEPL_AUTH_KEY: '' };

describe('deckl10n status', { timeout: 120_000 }, () => {
  it('--json prints exactly the contract shape', () => {
    const root = exampleProject();
    runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY });
    const run = runCli(['status', '--json'], { cwd: root });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual({
      decks: [
        {
          deck: 'decks/pangeo-ecosystem/slides.md',
          id: 'pangeo-ecosystem',
          languages: {
            fr: { total: 312, missing: 0, machine: 312, reviewed: 0, stale: 0, obsolete: 0 },
            es: { total: 312, missing: 312, machine: 0, reviewed: 0, stale: 0, obsolete: 0 },
          },
        },
      ],
    });
  });

  it('counts every state after edits, and --fail-on exits 1 naming what failed', () => {
    const root = exampleProject();
    runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY });
    const stateFile = join(root, 'locales/fr/pangeo-ecosystem.state.json');
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { segments: Record<string, { state: string; source: string }> };
    const ids = Object.keys(state.segments);
    for (const id of ids.slice(0, 5)) (state.segments[id] as { state: string }).state = 'reviewed';
    writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
    const deckFile = join(root, 'decks/pangeo-ecosystem/slides.md');
    const deck = readFileSync(deckFile, 'utf8');
    // Edit one sentence (stale), remove the last slide (obsolete), add a slide (missing).
    const edited = deck.replace('So just searching the relevant data', 'So just searching for the relevant data');
    const lastSlide = edited.lastIndexOf('\n---\n');
    const removed = edited.slice(lastSlide);
    writeFileSync(deckFile, `${edited.slice(0, lastSlide)}\n---\n\n## A new slide\n\nA new paragraph to translate.\n`);
    const json = JSON.parse(runCli(['status', '--json', '--lang', 'fr'], { cwd: root }).stdout) as { decks: { languages: { fr: Record<string, number> } }[] };
    const fr = json.decks[0]?.languages.fr as Record<string, number>;
    const obsolete = (fr['obsolete'] as number);
    expect(obsolete).toBeGreaterThan(0);
    expect(removed.length).toBeGreaterThan(0);
    expect(fr).toEqual({ total: 312 - obsolete + 2, missing: 2, machine: 312 - 5 - 1 - obsolete, reviewed: 5, stale: 1, obsolete });
    const ok = runCli(['status', '--fail-on', 'obsolete', '--lang', 'es'], { cwd: root });
    expect(ok.status).toBe(0);
    const failing = runCli(['status', '--fail-on', 'stale,missing', '--lang', 'fr'], { cwd: root });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toBe('status: failing on stale, missing:\n  pangeo-ecosystem fr: 1 stale\n  pangeo-ecosystem fr: 2 missing\n');
    expect(runCli(['status', '--fail-on', 'stal'], { cwd: root }).status).toBe(2);
  });

  it('prints a readable table for people (no colour when NO_COLOR is set)', () => {
    const root = exampleProject();
    runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY });
    const run = runCli(['status'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^deck\s+lang\s+total\s+missing\s+machine\s+reviewed\s+stale\s+obsolete\s+progress$/);
    expect(lines[1]).toMatch(/^pangeo-ecosystem\s+fr\s+312\s+0\s+312\s+0\s+0\s+0\s+▓{20} 0% reviewed$/);
    expect(lines[2]).toMatch(/^pangeo-ecosystem\s+es\s+312\s+312\s+0\s+0\s+0\s+0\s+░{20} 0% reviewed$/);
    expect(lines.slice(3).join('\n')).toMatch(/next: deckl10n translate --to es/);
  });
});
