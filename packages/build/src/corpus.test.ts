import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { corpusFiles, hasCorpus, runCli, tempDir } from '@deckl10n/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStructure } from './deck/structure.js';
import { deckl10n } from './test-support/project.js';

/**
 * Every deck of the shared corpus (GTN sources, a GTN translation set, xaringan, remark's own
 * page), pseudo-translated (accents, expansion, brackets: the hardest text for structure) and
 * built: each localized deck must round-trip and have its source's structure.
 */
describe.skipIf(!hasCorpus)('building the pseudo-translated corpus', { timeout: 90_000 }, () => {
  const files = corpusFiles();
  let dir: string;
  let built: { output: string; status: string; untranslated: number; translated: number }[];

  beforeAll(() => {
    dir = tempDir('deckl10n-build-corpus-');
    mkdirSync(join(dir, 'decks'));
    for (const file of files) cpSync(file.path, join(dir, 'decks', basename(file.path)));
    deckl10n(['init', '--languages', 'fr', '--decks', 'decks/*'], dir);
    deckl10n(['translate', '--provider', 'pseudo'], dir);
    built = (JSON.parse(deckl10n(['build', '--json'], dir)) as { decks: typeof built }).decks;
  }, 120_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('builds every deck', () => {
    expect(built).toHaveLength(files.length);
    expect(built.filter((deck) => deck.status !== 'built')).toEqual([]);
    expect(built.reduce((sum, deck) => sum + deck.translated, 0)).toBeGreaterThan(4000);
  });

  it('gives localized decks with the structure of their source that round-trip', () => {
    const broken: string[] = [];
    for (const file of files) {
      const name = basename(file.path);
      const dot = name.lastIndexOf('.');
      const output = `decks/${name.slice(0, dot)}_FR${name.slice(dot)}`;
      const text = readFileSync(join(dir, output), 'utf8');
      const problems = compareStructure(parse(file.text, { file: name }), text, output);
      if (problems.length > 0) broken.push(`${output}: ${problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
      if (parse(file.text).frontMatter !== null) expect(text).toMatch(/^lang: fr$/m);
    }
    expect(broken).toEqual([]);
  });

  it('passes deckl10n check', () => {
    const result = runCli(['check', '--json', ...built.map((deck) => deck.output)], { cwd: dir });
    const report = JSON.parse(result.stdout) as { files: { path: string; roundTrip: boolean }[]; errors: number };
    expect(report.files.filter((f) => !f.roundTrip)).toEqual([]);
    const sourceErrors = (JSON.parse(runCli(['check', '--json', 'decks'], { cwd: dir }).stdout) as { errors: number }).errors;
    // Built decks add no error: the corpus's own errors (unclosed macros…) are all the errors there are.
    expect(report.errors * 2).toBe(sourceErrors);
  });
});
