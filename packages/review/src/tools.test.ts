import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@deckl10n/test-support';
import xliff from 'xliff';
import { describe, expect, it } from 'vitest';
import { writeReview } from './export/write-review.js';
import { parseReviewText } from './import/read-review-file.js';
import { reviewFixture } from './test-support/review-fixture.js';

/** True when a command is on the PATH (scripts/setup-test-deps.sh installs them). */
function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function run(command: string, args: readonly string[]): { status: number; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

const review = reviewFixture();
const dir = tempDir('deckl10n-review-tools-');
const files = {
  po: join(dir, 'review.po'),
  xliff: join(dir, 'review.xlf'),
  xliff12: join(dir, 'review12.xlf'),
};
writeFileSync(files.po, writeReview(review, 'po'));
writeFileSync(files.xliff, writeReview(review, 'xliff'));
writeFileSync(files.xliff12, writeReview(review, 'xliff12'));

/** Units keyed by source text: what survives any conversion (texts with their codes, approval, notes kept with a translation). */
const expected = new Map(
  review.decks.flatMap((deck) => deck.units.map((u) => [u.source, { target: u.translation, approved: u.state === 'reviewed', comments: u.comments }])),
);

function texts(file: string): Map<string, { target: string | null; approved: boolean; comments: readonly string[] }> {
  const imported = parseReviewText(file, readFileSync(file, 'utf8'));
  return new Map(imported.units.map((u) => [u.source, { target: u.target, approved: u.approved, comments: u.comments }]));
}

describe.skipIf(!has('msgfmt'))('gettext', () => {
  it('msgfmt --check accepts our PO file', () => {
    const result = run('msgfmt', ['--check', '-o', '/dev/null', files.po]);
    expect(result.output).not.toMatch(/error/);
    expect(result.status).toBe(0);
  });
});

describe.skipIf(!has('po2xliff'))('translate-toolkit', () => {
  it('po2xliff output reads back with every text and state', () => {
    const out = join(dir, 'po2xliff.xlf');
    expect(run('po2xliff', ['--progress=none', files.po, out]).status).toBe(0);
    expect(texts(out)).toEqual(expected);
  });

  it('xliff2po of our XLIFF 1.2 reads back with every text, state and segment id', () => {
    const out = join(dir, 'xliff2po.po');
    expect(run('xliff2po', ['--progress=none', files.xliff12, out]).status).toBe(0);
    expect(texts(out)).toEqual(expected);
    const ids = parseReviewText(out, readFileSync(out, 'utf8')).units.map((u) => u.id);
    expect(ids).toEqual(review.decks.flatMap((deck) => deck.units.map((u) => u.id)));
    expect(run('msgfmt', ['--check', '-o', '/dev/null', out]).status).toBe(0);
  });

  it('pofilter runs its checks on our PO file', () => {
    const out = join(dir, 'pofilter.po');
    const result = run('pofilter', ['--progress=none', '-t', 'printf', '-t', 'escapes', files.po, out]);
    expect(result.status).toBe(0);
    expect(result.output).not.toMatch(/Traceback|Error/);
  });
});

describe.skipIf(!has('xmllint'))('xmllint', () => {
  it('finds both XLIFF files well-formed', () => {
    expect(run('xmllint', ['--noout', '--nonet', files.xliff, files.xliff12])).toEqual({ status: 0, output: '' });
  });
});

describe('the xliff npm package (an independent XLIFF 2.0 reader)', () => {
  type Content = string | { Span?: { dataRefStart: string; dataRefEnd: string; contents: Content | Content[] }; Standalone?: { dataRef: string } };
  const flatten = (content: Content | Content[] | undefined, data: Map<string, string>): string => {
    if (content === undefined) return '';
    if (Array.isArray(content)) return content.map((c) => flatten(c, data)).join('');
    if (typeof content === 'string') return content;
    if (content.Span) return `${data.get(content.Span.dataRefStart)}${flatten(content.Span.contents, data)}${data.get(content.Span.dataRefEnd)}`;
    if (content.Standalone) return data.get(content.Standalone.dataRef) ?? '';
    throw new Error(`unexpected inline content ${JSON.stringify(content)}`);
  };

  it('reads our units with texts, placeholders restored from originalData, and notes', async () => {
    const js = (await xliff.xliff2js(readFileSync(files.xliff, 'utf8'))) as {
      sourceLanguage: string;
      targetLanguage: string;
      resources: Record<string, Record<string, { source: Content | Content[]; target?: Content | Content[]; note?: string[]; additionalElements?: { name: string; elements: { attributes: { id: string }; elements?: { text: string }[] }[] }[] }>>;
    };
    expect([js.sourceLanguage, js.targetLanguage]).toEqual(['en', 'es']);
    for (const deck of review.decks.filter((d) => d.id !== 'tricky')) {
      const units = js.resources[deck.id.replace(/[^\w.-]/g, '_')] ?? {};
      // A JavaScript object lists numeric-looking keys first: compare as sets.
      expect(Object.keys(units).sort()).toEqual(deck.units.map((u) => u.id).sort());
      for (const unit of deck.units) {
        const read = units[unit.id];
        const data = new Map((read?.additionalElements?.find((e) => e.name === 'originalData')?.elements ?? []).map((d) => [d.attributes.id, (d.elements ?? []).map((t) => t.text).join('')]));
        expect(flatten(read?.source, data)).toBe(unit.source);
        expect(read?.target === undefined ? null : flatten(read.target, data)).toBe(unit.translation);
        expect(read?.note).toEqual(expect.arrayContaining([...unit.comments]));
      }
    }
  });
});
