import { readFileSync } from 'node:fs';
import { parse } from '@deckl10n/parser';
import { extract } from '@deckl10n/segments';
import { exampleDeckPath } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { hasErrors, qaTranslation } from './qa.js';

const codes = (source: string, translation: string, kind?: string): string[] =>
  qaTranslation(source, translation, kind === undefined ? {} : { kind }).map((f) => `${f.severity}:${f.code}`);

describe('qaTranslation', () => {
  it('accepts a faithful translation', () => {
    const source = 'Run `ls -l` on **all** [the files](https://example.org/files) of .left[2 folders]';
    const translation = 'Ejecute `ls -l` en **todos** [los archivos](https://example.org/files) de .left[2 carpetas]';
    expect(qaTranslation(source, translation)).toEqual([]);
  });

  it('finds lost and added protected elements', () => {
    expect(codes('Run `ls` now', 'Ejecute ls ahora')).toEqual(['error:QA_PROTECTED_MISSING']);
    expect(codes('See {% link a.md %}', 'Ver {% link b.md %}')).toEqual(['error:QA_PROTECTED_MISSING', 'error:QA_PROTECTED_ADDED']);
    expect(codes('Use .pull-left[this]', 'Use .izquierda[esto]')).toEqual(['error:QA_PROTECTED_MISSING', 'error:QA_PROTECTED_ADDED']);
    expect(codes('![A cat](images/cat.png)', '![Un gato](imagenes/gato.png)')).toEqual(['error:QA_PROTECTED_MISSING', 'error:QA_PROTECTED_ADDED']);
    expect(codes('a <b>b</b>', 'a <b>b</b> <script>x</script>')).toContain('error:QA_PROTECTED_ADDED');
    expect(codes('Go to https://galaxyproject.org now', 'Vaya a https://galaxyproject.com ahora')).toContain('error:QA_PROTECTED_MISSING');
  });

  it('finds injected slide, step and notes lines', () => {
    expect(codes('One\ntwo', 'Uno\n---\ndos')).toEqual(['error:QA_STRUCTURE_LINE']);
    expect(codes('One\ntwo', 'Uno\n--\ndos')).toEqual(['error:QA_STRUCTURE_LINE']);
    expect(codes('One\ntwo', 'Uno\n???\ndos')).toEqual(['error:QA_STRUCTURE_LINE']);
    expect(codes('One -- two', 'Uno -- dos')).toEqual([]);
  });

  it('finds unbalanced emphasis and brackets', () => {
    expect(codes('This is **bold** text', 'Esto es **negrita texto')).toEqual(['error:QA_EMPHASIS_UNBALANCED']);
    expect(codes('An *emphasis* here', 'Un énfasis aquí')).toEqual(['warning:QA_EMPHASIS_CHANGED']);
    expect(codes('snake_case and 2 * 3', 'snake_case y 2 * 3')).toEqual([]);
    expect(codes('.footnote[A note (really)]', '.footnote[Una nota (de verdad)')).toEqual(['error:QA_BRACKETS_UNBALANCED']);
    expect(codes('A note (really)', 'Una nota (de verdad')).toEqual(['error:QA_BRACKETS_UNBALANCED']);
    expect(codes('alt with * star', 'alt con * estrella (', 'alt')).toEqual([]);
  });

  it('matches emphasis as CommonMark does: literal runs are text, closers after punctuation count', () => {
    expect(codes('**Linux (any distribution)**', '**Linux (cualquier distribución)')).toEqual(['error:QA_EMPHASIS_UNBALANCED']);
    expect(codes('** Ejecutar **', '⟦es ** Ejecutar **⟧')).toEqual([]);
    expect(codes('**Data Intensive *analysis* for everyone**', '** *Análisis* de datos intensivos para todos**')).toEqual(['error:QA_EMPHASIS_UNBALANCED']);
    expect(codes('***All of it***', '***Todo***')).toEqual([]);
    expect(codes('**[a link](https://x.org)** here', '**[un enlace](https://x.org)** aquí')).toEqual([]);
    expect(codes('**[a link](https://x.org)** here', '**[un enlace](https://x.org) aquí')).toEqual(['error:QA_EMPHASIS_UNBALANCED']);
    expect(codes('__init__ and _one_', '__init__ y _uno')).toEqual(['error:QA_EMPHASIS_UNBALANCED']);
  });

  it('checks numbers across locale separators', () => {
    expect(codes('It has 1,000.5 cells and 3 rows', 'Tiene 1.000,5 celdas y 3 filas')).toEqual([]);
    expect(codes('It has 1,000 cells', 'Tiene 1 000 celdas')).toEqual([]);
    expect(codes('In 2019 we had 3 rows', 'En 2018 teníamos 3 filas')).toEqual(['warning:QA_NUMBER_MISSING', 'warning:QA_NUMBER_ADDED']);
    expect(codes('Version `3.10` ships', 'La versión `3.10` sale')).toEqual([]);
  });

  it('checks whitespace, emptiness and length', () => {
    expect(codes('Hello world ', 'Hola mundo')).toEqual(['warning:QA_WHITESPACE_TRAILING']);
    expect(codes('  Hello', 'Hola')).toEqual(['warning:QA_WHITESPACE_LEADING']);
    expect(codes('Hello', '  ')).toEqual(['error:QA_EMPTY']);
    expect(codes('A long sentence about the galaxy project', 'Una')).toEqual(['warning:QA_LENGTH_RATIO']);
    expect(codes('OK', 'De acuerdo, perfecto')).toEqual([]);
  });

  it('reports no error on identity translations of the example deck', () => {
    const segments = extract(parse(readFileSync(exampleDeckPath, 'utf8'), { file: exampleDeckPath }));
    const failing = segments.filter((segment) => hasErrors(qaTranslation(segment.text, segment.text, { kind: segment.kind })));
    expect(failing).toEqual([]);
  });
});
