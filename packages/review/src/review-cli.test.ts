import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { corpusDir, hasCorpus, repoRoot, runCli, tempDir } from '@deckl10n/test-support';
import { beforeAll, describe, expect, it } from 'vitest';

/** A temporary project: the example config and deck, machine-translated into Spanish by the pseudo provider. */
function project(): string {
  const dir = tempDir('deckl10n-review-');
  cpSync(join(repoRoot, 'deckl10n.config.json'), join(dir, 'deckl10n.config.json'));
  cpSync(join(repoRoot, 'decks/pangeo-ecosystem/slides.md'), join(dir, 'decks/pangeo-ecosystem/slides.md'));
  expect(runCli(['translate', '--to', 'es', '--provider', 'pseudo'], { cwd: dir }).status).toBe(0);
  return dir;
}

const STATE = 'locales/es/pangeo-ecosystem.state.json';
const RESOURCES = 'locales/es/pangeo-ecosystem.json';
const store = (dir: string): string => readFileSync(join(dir, STATE), 'utf8') + readFileSync(join(dir, RESOURCES), 'utf8');
interface StoredEntry {
  translation: string;
  state: string;
  provider: string;
  notes?: string[];
  source: string;
}
const entry = (dir: string, id: string): StoredEntry =>
  (JSON.parse(readFileSync(join(dir, STATE), 'utf8')) as { segments: Record<string, StoredEntry> }).segments[id] as StoredEntry;

/** Rewrites the PO entry whose msgctxt is `id`. */
function editPo(po: string, id: string, edit: (block: string) => string): string {
  return po
    .split('\n\n')
    .map((block) => (block.includes(`msgctxt "${id}"`) ? edit(block) : block))
    .join('\n\n');
}

const CODE = '34712a8b3c'; // `DataArray` is our implementation…
const LINK = '8fec639d78'; // [Unlocking the Potential…](https://speakerdeck.com/…)
const PLAIN = '761aebbc37'; // This presentation is a summary of:
const BOLD = 'b4f6a74501'; // **A Community platform for Big Data geoscience**

describe('deckl10n review export / import (PO)', () => {
  let dir: string;
  let po: string;
  beforeAll(() => {
    dir = project();
    expect(runCli(['review', 'export', '--lang', 'es', '--format', 'po', '--out', 'review.po'], { cwd: dir }).status).toBe(0);
    const exported = readFileSync(join(dir, 'review.po'), 'utf8');
    po = editPo(exported, PLAIN, (b) => b.replace('#, fuzzy\n', '')); // approved as is
    po = editPo(po, BOLD, (b) => `# Ask the author about "Big Data"\n${b.replace(/msgstr [\s\S]*$/, 'msgstr "**Una plataforma comunitaria para la geociencia de Big Data**"')}`);
    po = editPo(po, CODE, (b) => b.replace(/msgstr [\s\S]*$/, 'msgstr "DataArray es nuestra implementación de una matriz etiquetada, N-dimensional. Es una generalización de una `pandas.Series`."'));
    writeFileSync(join(dir, 'edited.po'), po);
  });

  it('a dry run reports and writes nothing', () => {
    const before = store(dir);
    const run = runCli(['review', 'import', 'edited.po', '--dry-run'], { cwd: dir });
    expect(run.stdout).toContain('es: 1 applied, 1 approved, 309 unchanged, 0 conflict, 1 blocked');
    expect(run.stdout).toContain('would write 1 deck (dry run)');
    expect(run.status).toBe(1);
    expect(store(dir)).toBe(before);
  });

  it('applies approvals and edits, blocks QA errors, keeps comments, and is idempotent', () => {
    const run = runCli(['review', 'import', 'edited.po'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`edited\\.po:\\d+: blocked: segment ${CODE} of pangeo-ecosystem: inline code "\`DataArray\`" is missing from the translation \\(QA_PROTECTED_MISSING\\)`));
    expect(run.status).toBe(1);
    expect(entry(dir, PLAIN)).toMatchObject({ state: 'reviewed', provider: 'pseudo' });
    expect(entry(dir, BOLD)).toMatchObject({ state: 'machine', provider: 'po', translation: '**Una plataforma comunitaria para la geociencia de Big Data**', notes: ['Ask the author about "Big Data"'] });
    expect(entry(dir, CODE)).toMatchObject({ state: 'machine', provider: 'pseudo' });
    const after = store(dir);
    const again = runCli(['review', 'import', 'edited.po'], { cwd: dir });
    expect(again.stdout).toContain('0 applied, 0 approved, 311 unchanged');
    expect(again.stdout).toContain('wrote 0 files');
    expect(store(dir)).toBe(after);
  });

  it.skipIf(spawnSync('sh', ['-c', 'command -v po2xliff']).status !== 0)('imports the same work after translate-toolkit po2xliff (no ids: matched by source text)', () => {
    expect(spawnSync('po2xliff', ['--progress=none', 'edited.po', 'edited.xlf'], { cwd: dir }).status).toBe(0);
    const before = store(dir);
    const run = runCli(['review', 'import', 'edited.xlf', '--lang', 'es'], { cwd: dir });
    expect(run.stdout).toContain('es: 0 applied, 0 approved, 311 unchanged, 0 conflict, 1 blocked, 0 unmatched, 0 empty; wrote 0 files');
    expect(store(dir)).toBe(before);
  });

  it('exports the reviewed state back (reviewed units are not fuzzy, comments kept)', () => {
    const run = runCli(['review', 'export', '--lang', 'es', '--format', 'po', '--states', 'all'], { cwd: dir });
    const block = run.stdout.split('\n\n').find((b) => b.includes(`msgctxt "${PLAIN}"`)) ?? '';
    expect(block).not.toContain('fuzzy');
    expect(run.stdout).toContain('# Ask the author about "Big Data"');
    const reviewedOnly = runCli(['review', 'export', '--lang', 'es', '--format', 'xliff', '--states', 'reviewed'], { cwd: dir });
    expect(reviewedOnly.stdout.match(/<unit /g)).toHaveLength(1);
  });

  it('refuses a malformed or foreign file whole, with file:line, writing nothing', () => {
    const before = store(dir);
    writeFileSync(join(dir, 'truncated.po'), po.slice(0, po.indexOf('msgstr', po.indexOf(`msgctxt "${PLAIN}"`)) + 9));
    const truncated = runCli(['review', 'import', 'truncated.po'], { cwd: dir });
    expect(truncated.stderr).toMatch(/truncated\.po:\d+(:\d+)?: error: .*\(REVIEW_FILE_MALFORMED\)/);
    expect(truncated.status).toBe(1);
    writeFileSync(join(dir, 'german.po'), po.replace('"Language: es\\n"', '"Language: de\\n"'));
    const german = runCli(['review', 'import', 'german.po'], { cwd: dir });
    expect(german.stderr).toContain('(REVIEW_LANGUAGE)');
    expect(german.status).toBe(1);
    expect(store(dir)).toBe(before);
  });
});

describe('deckl10n review import: conflicts (XLIFF 2.0)', () => {
  it('keeps translations made for an older source as stale with a note, never as current', () => {
    const dir = project();
    expect(runCli(['review', 'export', '--lang', 'es', '--format', 'xliff', '--out', 'review.xlf'], { cwd: dir }).status).toBe(0);
    const xlf = readFileSync(join(dir, 'review.xlf'), 'utf8');
    // Approve everything in the file, then change the deck: a URL (same id) and a wording (new id).
    writeFileSync(join(dir, 'review.xlf'), xlf.replaceAll('state="translated"', 'state="final"'));
    const deckFile = join(dir, 'decks/pangeo-ecosystem/slides.md');
    const deck = readFileSync(deckFile, 'utf8');
    writeFileSync(deckFile, deck.replace('https://speakerdeck.com/rabernat/', 'https://speakerdeck.com/pangeo/').replace('This presentation is a summary of:', 'This presentation is a short summary of:'));
    const run = runCli(['review', 'import', 'review.xlf'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`review\\.xlf:\\d+: conflict: segment ${LINK} of pangeo-ecosystem: the deck changed since export`));
    const link = entry(dir, LINK);
    expect(link.state).toBe('machine');
    expect(link.notes?.[0]).toMatch(/^conflict: review\.xlf has a translation for an older source/);
    const edited = extract(parse(readFileSync(deckFile, 'utf8'), { file: deckFile })).find((s) => s.text === 'This presentation is a short summary of:');
    const stale = entry(dir, edited?.id ?? '');
    expect(stale).toMatchObject({ state: 'stale', source: 'This presentation is a summary of:' });
    expect(stale.notes?.some((n) => n.startsWith('conflict:'))).toBe(true);
    expect(run.stdout).toMatch(/\d+ approved/);
    const again = runCli(['review', 'import', 'review.xlf'], { cwd: dir });
    expect(again.stdout).toContain('0 applied, 0 approved');
    expect(again.stdout).toContain('wrote 0 files');
  });
});

describe('deckl10n qa', () => {
  it('passes clean translations and fails on a broken one, with its line', () => {
    const dir = project();
    const clean = runCli(['qa', '--lang', 'es', '--json'], { cwd: dir });
    expect(JSON.parse(clean.stdout)).toMatchObject({ errors: 0, warnings: 0 });
    expect(clean.status).toBe(0);
    const resources = JSON.parse(readFileSync(join(dir, RESOURCES), 'utf8')) as Record<string, string>;
    resources[CODE] = 'DataArray es nuestra implementación.\n---\nOtra diapositiva';
    writeFileSync(join(dir, RESOURCES), `${JSON.stringify(resources, null, 2)}\n`);
    const broken = runCli(['qa', '--lang', 'es'], { cwd: dir });
    expect(broken.stdout).toContain(`decks/pangeo-ecosystem/slides.md:154: error: [es] inline code "\`DataArray\`" is missing from the translation (QA_PROTECTED_MISSING) segment ${CODE}`);
    expect(broken.stdout).toContain('(QA_STRUCTURE_LINE)');
    expect(broken.status).toBe(1);
  });
});

describe.skipIf(!hasCorpus)('deckl10n align', () => {
  it('seeds the store from the real Spanish translation, reports what did not align, and never overwrites', () => {
    const dir = tempDir('deckl10n-align-');
    const stem = join(corpusDir, 'gtn-translated/introduction__galaxy-intro-short__d82186d__slides');
    cpSync(`${stem}.html`, join(dir, 'decks/galaxy-intro/slides.html'));
    cpSync(`${stem}_ES.html`, join(dir, 'decks/galaxy-intro/slides_ES.html'));
    writeFileSync(join(dir, 'deckl10n.config.json'), JSON.stringify({ sourceLanguage: 'en', targetLanguages: ['es'], decks: ['decks/*/slides.html'], localesDir: 'locales' }));
    const args = ['align', 'decks/galaxy-intro/slides.html', 'decks/galaxy-intro/slides_ES.html', '--lang', 'es'];
    const dry = runCli([...args, '--dry-run'], { cwd: dir });
    expect(dry.stdout).toContain('dry run, nothing written');
    const run = runCli(args, { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('decks/galaxy-intro/slides.html:88: unaligned: "Galaxy also helps you make your research reproducible');
    expect(run.stdout).toMatch(/slides_ES\.html:\d+: rejected: link or image destination "\(https:\/\/toolshed\.g2\.bx\.psu\.edu\/\)" is missing from the translation \(QA_PROTECTED_MISSING\)/);
    expect(run.stdout).toContain('galaxy-intro es: aligned 199 of 203 segments (98.0%) on 18 slides; 194 added, 0 kept (already translated), 5 rejected by QA');
    const state = JSON.parse(readFileSync(join(dir, 'locales/es/galaxy-intro.state.json'), 'utf8')) as { segments: Record<string, { translation: string; provider: string; state: string }> };
    const seeded = Object.values(state.segments);
    expect(seeded).toHaveLength(194);
    expect(seeded.every((e) => e.provider === 'align' && e.state === 'machine')).toBe(true);
    expect(seeded.map((e) => e.translation)).toContain('¿Qué es Galaxy?');
    const again = runCli(args, { cwd: dir });
    expect(again.stdout).toContain('0 added, 194 kept (already translated)');
    expect(again.stdout).toContain('wrote 0 files');
    const status = JSON.parse(runCli(['status', '--json'], { cwd: dir }).stdout) as { decks: { languages: { es: { machine: number; missing: number } } }[] };
    expect(status.decks[0]?.languages.es).toMatchObject({ machine: 194, missing: 9 });
  });
});
