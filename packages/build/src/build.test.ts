import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@deckl10n/parser';
import { readDeckTranslations, writeDeckTranslations, type TranslationEntry } from '@deckl10n/store';
import { runCli } from '@deckl10n/test-support';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStructure } from './deck/structure.js';
import { deckl10n, exampleProject } from './test-support/project.js';

const SOURCE = 'decks/pangeo-ecosystem/slides.md';

/** Every file of the project but the config, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

function frontMatter(text: string): Record<string, unknown> {
  return parseYaml(parse(text).frontMatter?.body.value ?? '') as Record<string, unknown>;
}

/** Rewrites a language's store through the store API. */
async function editStore(dir: string, language: string, edit: (entries: Map<string, TranslationEntry>) => void): Promise<void> {
  const key = { localesDir: join(dir, 'locales'), deckId: 'pangeo-ecosystem', language, sourceLanguage: 'en', deckPath: SOURCE };
  const stored = await readDeckTranslations(key);
  const entries = new Map(stored.entries);
  edit(entries);
  await writeDeckTranslations(key.localesDir, { ...stored, entries });
}

describe('deckl10n build on the example deck', { timeout: 90_000 }, () => {
  let dir: string;
  let source: string;

  beforeAll(async () => {
    dir = exampleProject();
    source = readFileSync(join(dir, SOURCE), 'utf8');
    // fr: every segment reviewed; es: ten segments never translated.
    await editStore(dir, 'fr', (entries) => {
      for (const [id, entry] of entries) entries.set(id, { ...entry, state: 'reviewed', provider: 'human' });
    });
    await editStore(dir, 'es', (entries) => {
      for (const id of [...entries.keys()].slice(0, 10)) entries.delete(id);
    });
  }, 60_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('writes GTN-named localized decks with the structure of the source, and packages', () => {
    const result = JSON.parse(deckl10n(['build', '--json'], dir)) as {
      decks: { output: string; language: string; translated: number; untranslated: number; status: string }[];
      sourceNotices: { deck: string; missing: string[] }[];
      written: string[];
    };
    expect(result.decks.map((d) => [d.output, d.status, d.untranslated])).toEqual([
      ['decks/pangeo-ecosystem/slides_FR.md', 'built', 0],
      ['decks/pangeo-ecosystem/slides_ES.md', 'built', 10],
    ]);
    expect(result.sourceNotices).toEqual([{ deck: SOURCE, missing: ['fr'] }]);
    expect(readFileSync(join(dir, SOURCE), 'utf8')).toBe(source);
    for (const language of ['FR', 'ES']) {
      const file = `decks/pangeo-ecosystem/slides_${language}.md`;
      const text = readFileSync(join(dir, file), 'utf8');
      expect(compareStructure(parse(source), text, file)).toEqual([]);
      expect(readFileSync(join(dir, `locales/${language.toLowerCase()}/decks/pangeo-ecosystem/slides_${language}.md`), 'utf8')).toBe(text);
    }
    expect(runCli(['check', 'decks/pangeo-ecosystem/slides_FR.md', 'decks/pangeo-ecosystem/slides_ES.md'], { cwd: dir }).status).toBe(0);
    const fr = frontMatter(readFileSync(join(dir, 'decks/pangeo-ecosystem/slides_FR.md'), 'utf8'));
    const es = frontMatter(readFileSync(join(dir, 'decks/pangeo-ecosystem/slides_ES.md'), 'utf8'));
    expect(fr).toMatchObject({ layout: 'tutorial_slides', lang: 'fr', translations: ['en'] });
    expect(fr['untranslated']).toBeUndefined();
    expect(es).toMatchObject({ layout: 'tutorial_slides', lang: 'es', translations: ['en', 'fr'], untranslated: 10 });
    expect(String(es['title'])).toMatch(/^⟦es /);
  });

  it('is byte-stable: a second build writes nothing', () => {
    const before = snapshot(dir);
    expect(deckl10n(['build'], dir)).toContain('nothing to write: everything is up to date');
    expect(snapshot(dir)).toEqual(before);
  });

  it('builds only the languages asked for', () => {
    const result = JSON.parse(deckl10n(['build', '--lang', 'fr', '--json'], dir)) as { decks: { language: string }[]; packages: { name: string }[]; written: string[] };
    expect(result.decks.map((d) => d.language)).toEqual(['fr']);
    expect(result.packages.map((p) => p.name)).toEqual(['@deckl10n/locale-fr']);
    expect(result.written).toEqual([]);
  });

  it('refuses to write a localized deck over a deck the globs read as a source', () => {
    const configFile = join(dir, 'deckl10n.config.json');
    const original = readFileSync(configFile, 'utf8');
    writeFileSync(configFile, original.replace('"decks/*/slides.md"', '"decks/*/*.md"'));
    const run = runCli(['build'], { cwd: dir });
    writeFileSync(configFile, original);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the localized deck decks/pangeo-ecosystem/slides_FR.md of decks/pangeo-ecosystem/slides.md would overwrite a source deck (BUILD_OUTPUT_CONFLICT)');
  });

  it('adds voice entries, skips incomplete locales on request, and removes their package copy', () => {
    const configFile = join(dir, 'deckl10n.config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(configFile, `${JSON.stringify({ ...config, output: { voice: { fr: { id: 'Lea', lang: 'fr-FR', neural: true } } } }, null, 2)}\n`);
    const out = deckl10n(['build', '--min-completeness', '99'], dir);
    expect(out).toContain('decks/pangeo-ecosystem/slides_ES.md: skipped (96.7% translated < 99%)');
    expect(out).toContain('removed locales/es/decks/pangeo-ecosystem/slides_ES.md (no longer built)');
    expect(frontMatter(readFileSync(join(dir, 'decks/pangeo-ecosystem/slides_FR.md'), 'utf8'))['voice']).toEqual({ id: 'Lea', lang: 'fr-FR', neural: true });
    expect(readdirSync(join(dir, 'locales/es/decks/pangeo-ecosystem'))).toEqual([]);
    expect(readFileSync(join(dir, 'locales/es/index.js'), 'utf8')).toContain('export const decks = [];');
  });

  it('records fully reviewed languages in the source only with --update-source, adding lines only', () => {
    deckl10n(['build', '--update-source'], dir);
    const updated = readFileSync(join(dir, SOURCE), 'utf8');
    expect(updated).toBe(source.replace('  - annefou\n---\n', '  - annefou\ntranslations:\n  - fr\n---\n'));
    expect(compareStructure(parse(source), updated, SOURCE)).toEqual([]);
    expect(deckl10n(['build', '--update-source'], dir)).toContain('nothing to write');
  });

  it('rejects a bad output section with its line', () => {
    const configFile = join(dir, 'deckl10n.config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(configFile, `${JSON.stringify({ ...config, output: { naming: '{stem}{ext}' } }, null, 2)}\n`);
    const run = runCli(['build'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/deckl10n\.config\.json:\d+:\d+: error: .*"output\.naming" must contain \{lang\} or \{LANG\}.*\(CONFIG_INVALID\)/);
  });
});
