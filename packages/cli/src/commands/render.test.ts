import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, remarkSlideCount, remarkSlidesWithNotes } from '@deckl10n/parser';
import { repoRoot, runCli, tempDir } from '@deckl10n/test-support';

const deck = 'decks/pangeo-ecosystem/slides.md';
const seedFile = join(repoRoot, '../shared/seed/pangeo-ecosystem-slides.txt');
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');
const counts = (text: string): { slides: number; notes: number } => {
  const parsed = parse(text);
  return { slides: remarkSlideCount(parsed.slides), notes: remarkSlidesWithNotes(parsed.slides) };
};

/** A temp copy of the example project with its contributors and GTN layout strings. */
function project(): string {
  const root = tempDir('deckl10n-render-');
  cpSync(join(repoRoot, 'decks/pangeo-ecosystem'), join(root, 'decks/pangeo-ecosystem'), { recursive: true });
  cpSync(join(repoRoot, 'decks/CONTRIBUTORS.yaml'), join(root, 'decks/CONTRIBUTORS.yaml'));
  cpSync(join(repoRoot, 'deckl10n.config.json'), join(root, 'deckl10n.config.json'));
  for (const language of ['en', 'fr', 'es']) {
    mkdirSync(join(root, 'locales', language), { recursive: true });
    for (const name of ['gtn-layout.json', 'gtn-layout.state.json']) {
      const file = join(repoRoot, 'locales', language, name);
      if (existsSync(file)) cpSync(file, join(root, 'locales', language, name));
    }
  }
  return root;
}

describe('deckl10n render', () => {
  it.skipIf(!existsSync(seedFile))('prints the Pangeo deck as GTN\'s plain-text slides, word for word', () => {
    const run = runCli(['render', deck, '--format', 'text', '--date', '2022-03-01']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(words(run.stdout)).toEqual(words(readFileSync(seedFile, 'utf8')));
  });

  it('gives the same structure in en, fr and es, and a French and Spanish frame', () => {
    const root = project();
    const render = (language: string): string => {
      const run = runCli(['render', deck, '--lang', language, '--date', '2022-03-01'], { cwd: root });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    };
    const [en, fr, es] = [render('en'), render('fr'), render('es')];
    expect(counts(en)).toEqual({ slides: 38, notes: 33 });
    expect(counts(fr)).toEqual(counts(en));
    expect(counts(es)).toEqual(counts(en));
    expect(fr).toContain('<span class="contributors-label">Auteurs\u00a0:</span>');
    expect(fr).toContain('Mis à jour le 1 mars 2022');
    expect(fr).toContain('## Merci\u00a0!');
    expect(es).toContain('## ¡Gracias!');
    expect(es).toContain('### <i class="fas fa-key" aria-hidden="true"></i><span class="visually-hidden">keypoints</span> Puntos clave');
  });

  it('uses the store\'s translations of the deck with --lang', () => {
    const root = project();
    expect(runCli(['translate', '--to', 'fr', '--provider', 'pseudo'], { cwd: root, env: { DEEPL_AUTH_KEY: '' } }).status).toBe(0);
    const run = runCli(['render', deck, '--lang', 'fr', '--format', 'text', '--date', '2022-03-01'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    const segments = JSON.parse(runCli(['extract', deck, '--json'], { cwd: root }).stdout) as { id: string; field: string | null }[];
    const titleId = segments.find((segment) => segment.field === 'title')?.id ?? '';
    const stored = JSON.parse(readFileSync(join(root, 'locales/fr/pangeo-ecosystem.json'), 'utf8')) as Record<string, string>;
    const title = run.stdout.split('\n---\n')[1] ?? '';
    expect(stored[titleId]).not.toBe('The Pangeo ecosystem');
    expect(title.startsWith(`\n# ${stored[titleId]}\n`)).toBe(true);
    expect(title).toContain('Mis à jour le 1 mars 2022');
    expect(counts(runCli(['render', deck, '--lang', 'fr'], { cwd: root }).stdout)).toEqual({ slides: 38, notes: 33 });
  });

  it('works without a config: the frame in the language asked, with a warning that the text is not translated', () => {
    const root = tempDir('deckl10n-render-bare-');
    cpSync(join(repoRoot, deck), join(root, 'slides.md'));
    const run = runCli(['render', 'slides.md', '--lang', 'es', '--date', '2022-03-01'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('slides.md: warning: no deckl10n.config.json here or above: the frame is in es, the deck\'s own text is not translated\n');
    expect(run.stdout).toContain('## ¡Gracias!');
    expect(run.stdout).toContain('<span class="contributor">BasileGoussard</span>'); // no CONTRIBUTORS.yaml: ids
  });

  it('frames a localized deck (lang: in its front matter) in its language, text as it is', () => {
    const root = project();
    const french = join(root, 'decks/pangeo-ecosystem/slides_FR.md');
    writeFileSync(french, readFileSync(join(root, deck), 'utf8').replace('layout: tutorial_slides\n', 'layout: tutorial_slides\nlang: fr\n'));
    for (const args of [[], ['--lang', 'fr']]) {
      const run = runCli(['render', 'decks/pangeo-ecosystem/slides_FR.md', ...args], { cwd: root });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('## Merci\u00a0!');
      expect(run.stdout).toContain('# The Pangeo ecosystem\n');
    }
  });

  it('renders a deck without a GTN layout as itself', () => {
    const root = tempDir('deckl10n-render-plain-');
    const text = 'class: center\n\n# Hello\n\n---\n\n## Two\n???\nnotes';
    writeFileSync(join(root, 'plain.md'), text);
    expect(runCli(['render', 'plain.md'], { cwd: root }).stdout).toBe(text);
    expect(runCli(['render', 'plain.md', '--format', 'text'], { cwd: root }).stdout).toBe(text);
  });

  it('writes --out atomically, and only when the content changes', () => {
    const root = project();
    const out = join(root, 'out/slides.txt');
    const first = runCli(['render', deck, '--format', 'text', '--date', '2022-03-01', '--out', out], { cwd: root });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('Updated: Mar 1, 2022');
    const before = statSync(out).mtimeMs;
    const again = runCli(['render', deck, '--format', 'text', '--date', '2022-03-01', '--out', out], { cwd: root });
    expect(again.stderr).toContain('is up to date');
    expect(statSync(out).mtimeMs).toBe(before);
  });

  it('refuses a wrong --format, --date, --lang or file', () => {
    const root = project();
    expect(runCli(['render', deck, '--format', 'pdf'], { cwd: root })).toMatchObject({ status: 2, stderr: expect.stringContaining('(USAGE)') });
    expect(runCli(['render', deck, '--date', '1 March'], { cwd: root })).toMatchObject({ status: 2, stderr: expect.stringContaining('YYYY-MM-DD') });
    expect(runCli(['render', deck, '--lang', 'de'], { cwd: root })).toMatchObject({ status: 2, stderr: expect.stringContaining('(LANGUAGE_UNKNOWN)') });
    expect(runCli(['render', 'nope.md'], { cwd: root })).toMatchObject({ status: 3, stderr: expect.stringContaining('(FILE_NOT_FOUND)') });
  });
});
