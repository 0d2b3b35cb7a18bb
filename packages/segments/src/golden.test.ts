import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '@deckl10n/parser';
import { corpusDir, exampleDeckPath, hasCorpus } from '@deckl10n/test-support';
import { extract } from './extract.js';

/**
 * Golden segment lists, checked by hand once: titles, bullets and notes present; code, URLs,
 * Liquid and property lines absent. A missing golden is written on first run; `UPDATE=1`
 * rewrites them; otherwise any drift fails.
 */
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '../golden');

const decks = [
  { name: 'pangeo-ecosystem', path: exampleDeckPath, needsCorpus: false },
  ...[
    'gtn/admin__introduction__slides.html',
    'gtn/single-cell__scrna-scanpy-pbmc3k__slides.html',
    'gtn/imaging__tutorial-CP__slides.html',
    'gtn/transcriptomics__differential-isoform-expression__slides.html',
    'gtn/dev__containers__slides.html',
    'gtn-translated/introduction__galaxy-intro-short__d82186d__slides.html',
    'other/gnab__remark__index.html',
    'other/yihui__xaringan__inst__examples__ki-demo.Rmd',
  ].map((name) => ({ name: basename(name).replace(/\.(html|Rmd)$/, ''), path: join(corpusDir, name), needsCorpus: true })),
];

describe('golden segments', () => {
  for (const deck of decks) {
    it.skipIf(deck.needsCorpus && !hasCorpus)(deck.name, () => {
      const segments = extract(parse(readFileSync(deck.path, 'utf8'), { file: deck.path }));
      const actual = `${JSON.stringify(
        segments.map((s) => ({ id: s.id, kind: s.kind, slide: s.slide, notes: s.notes, line: s.position.start.line, text: s.text })),
        null,
        1,
      )}\n`;
      const file = join(goldenDir, `${deck.name}.json`);
      if (process.env['UPDATE'] === '1' || !existsSync(file)) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
