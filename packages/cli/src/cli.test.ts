import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, exampleDeckPath, hasCorpus, repoRoot, runCli, tempDir } from '@deckl10n/test-support';

describe('deckl10n check', () => {
  it('exits 0 on the example and the whole corpus, counting files', () => {
    const run = runCli(['check', exampleDeckPath, ...(hasCorpus ? [corpusDir] : [])]);
    expect(run.stderr).toMatch(/^checked \d+ files: 0 errors, \d+ warnings?\n$/);
    expect(run.status).toBe(0);
  });

  it('exits 1 with file:line:col: error: message (CODE) lines', () => {
    const dir = tempDir();
    const deck = join(dir, 'broken.md');
    writeFileSync(deck, '---\ntitle: [unclosed\n---\n# Slide\n\n```python\nx = 1\n---\n.left[ text\n');
    const run = runCli(['check', deck]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.some((l) => l.startsWith(`${deck}:3:`) && /: error: invalid YAML in front matter: .+ \(YAML_SYNTAX\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^.*broken\.md:6:1: error: code fence "`{3}" is never closed \(FENCE_UNCLOSED\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^.*broken\.md:9:1: error: content class `\.left\[` has no matching `\]` \(MACRO_UNCLOSED\)$/.test(l))).toBe(true);
  });

  it('prints diagnostics as JSON with --json', () => {
    const dir = tempDir();
    const deck = join(dir, 'deck.md');
    writeFileSync(deck, '# One\n???\nfirst\n???\nsecond\n');
    const run = runCli(['check', '--json', deck]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { errors: number; warnings: number; files: { roundTrip: boolean; diagnostics: { code: string; line: number; column: number }[] }[] };
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(1);
    expect(report.files[0]?.roundTrip).toBe(true);
    expect(report.files[0]?.diagnostics[0]).toMatchObject({ code: 'NOTES_REPEATED', line: 4, column: 1 });
  });

  it('reports a missing or non-UTF-8 file with its name and exits 1', () => {
    const dir = tempDir();
    const latin1 = join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from('# Caf\xe9\n', 'latin1'));
    const run = runCli(['check', join(dir, 'missing.md'), latin1]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${join(dir, 'missing.md')}: error: no such file: ${join(dir, 'missing.md')} (FILE_NOT_FOUND)`);
    expect(run.stdout).toContain(`${latin1}:1: error: ${latin1} is not valid UTF-8 (invalid byte at offset 5) (FILE_NOT_UTF8)`);
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['check']).status).toBe(2);
    expect(runCli(['no-such-command']).status).toBe(2);
  });
});

describe('deckl10n extract', () => {
  it('prints the segments as JSON with the contract fields', () => {
    const run = runCli(['extract', exampleDeckPath, '--json']);
    expect(run.status).toBe(0);
    const segments = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(segments.length).toBeGreaterThan(250);
    for (const segment of segments) {
      expect(typeof segment['id']).toBe('string');
      expect(typeof segment['kind']).toBe('string');
      expect(typeof segment['text']).toBe('string');
      expect(Number.isInteger(segment['slide'])).toBe(true);
      expect(typeof segment['notes']).toBe('boolean');
      expect(Number.isInteger(segment['line'])).toBe(true);
    }
    expect(new Set(segments.map((s) => s['id'])).size).toBe(segments.length);
    expect(segments[0]).toMatchObject({ kind: 'front-matter', text: 'The Pangeo ecosystem', slide: 0, notes: false, line: 5 });
    const source = readFileSync(exampleDeckPath, 'utf8').split('\n');
    const heading = segments.find((s) => s['text'] === 'About this presentation');
    expect(source[(heading?.['line'] as number) - 1]).toBe('## About this presentation');
    expect(segments.some((s) => s['notes'] === true)).toBe(true);
    expect(segments.some((s) => String(s['text']).includes('```'))).toBe(false);
  });

  it('prints a readable listing grouped by slide', () => {
    const run = runCli(['extract', exampleDeckPath]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^.*slides\.md: \d+ segments \(22 in front matter, \d+ in notes\)\n/);
    expect(run.stdout).toContain('\nslide 1 · About this presentation\n');
    expect(run.stdout).toContain('\nslide 1 · About this presentation · notes\n');
  });

  it('works from another directory through node_modules/.bin', () => {
    const run = runCli(['--version'], { cwd: tempDir() });
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bin = join(repoRoot, 'node_modules/.bin/deckl10n');
    const viaBin = spawnSync(bin, ['extract', exampleDeckPath, '--json'], { cwd: tempDir(), encoding: 'utf8' });
    expect(viaBin.status).toBe(0);
    expect(JSON.parse(viaBin.stdout)).toHaveLength((JSON.parse(runCli(['extract', exampleDeckPath, '--json']).stdout) as unknown[]).length);
  });
});
