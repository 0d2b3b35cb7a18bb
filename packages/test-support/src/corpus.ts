import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `../shared/corpus` beside the repository (absent on some machines: tests skip with a message). */
export const corpusDir = resolve(repoRoot, '../shared/corpus');

/** True when the shared corpus is present. */
export const hasCorpus = existsSync(corpusDir);

if (!hasCorpus) {
  console.warn(`[deckl10n tests] corpus not found at ${corpusDir}: corpus tests are skipped`);
}

/** A corpus file: its path relative to the corpus folder and its text. */
export interface CorpusFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** Every deck of the corpus (gtn/, gtn-translated/, other/). */
export function corpusFiles(): CorpusFile[] {
  if (!hasCorpus) return [];
  const files: CorpusFile[] = [];
  for (const folder of ['gtn', 'gtn-translated', 'other']) {
    const dir = join(corpusDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      files.push({ name: `${folder}/${name}`, path, text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

/** remark.js 0.14.1's own counts for the GTN decks (REMARK-COUNTS.tsv). */
export function remarkCounts(): Map<string, { slides: number; slidesWithNotes: number }> {
  const counts = new Map<string, { slides: number; slidesWithNotes: number }>();
  const file = join(corpusDir, 'REMARK-COUNTS.tsv');
  if (!existsSync(file)) return counts;
  for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const [name, slides, notes] = line.split('\t');
    if (name !== undefined) counts.set(name, { slides: Number(slides), slidesWithNotes: Number(notes) });
  }
  return counts;
}

/** The bundled example deck. */
export const exampleDeckPath = join(repoRoot, 'decks/pangeo-ecosystem/slides.md');
