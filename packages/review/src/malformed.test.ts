import { DeckError } from '@deckl10n/errors';
import { describe, expect, it } from 'vitest';
import { writeReview } from './export/write-review.js';
import { parseReviewText } from './import/read-review-file.js';
import { reviewFixture } from './test-support/review-fixture.js';

/** The error a parse throws, as `code@line`. */
function refusal(file: string, text: string): string {
  try {
    parseReviewText(file, text);
  } catch (error) {
    if (error instanceof DeckError) return `${error.code}@${error.line ?? '?'}`;
    throw error;
  }
  return 'accepted';
}

const review = reviewFixture();
const xliff = writeReview(review, 'xliff');
const po = writeReview(review, 'po');
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('malformed review files are refused with their line', () => {
  it('refuses truncated XML', () => {
    const truncated = xliff.slice(0, Math.floor(xliff.length / 2));
    expect(refusal('r.xlf', truncated)).toBe(`REVIEW_FILE_MALFORMED@${truncated.split('\n').length}`);
  });

  it('refuses merge-conflict markers in XLIFF and PO', () => {
    const lines = xliff.split('\n');
    lines.splice(20, 0, '<<<<<<< HEAD');
    expect(refusal('r.xlf', lines.join('\n'))).toBe('REVIEW_MERGE_CONFLICT@21');
    const poLines = po.split('\n');
    poLines.splice(30, 0, '=======');
    expect(refusal('r.po', poLines.join('\n'))).toBe('REVIEW_MERGE_CONFLICT@31');
  });

  it('refuses a DTD: billion laughs and external entities are never expanded or fetched', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es"><file id="f"><unit id="u"><segment><source>&lol2;</source></segment></unit></file></xliff>`;
    expect(refusal('r.xlf', laughs)).toBe('REVIEW_XML_DTD@2');
    const external = `<?xml version="1.0"?>\n\n<!doctype xliff SYSTEM "http://example.org/evil.dtd">\n<xliff version="2.0"/>`;
    expect(refusal('r.xlf', external)).toBe('REVIEW_XML_DTD@3');
  });

  it('refuses an entity reference that XML does not predefine', () => {
    const text = xliff.replace('<source>The Pangeo ecosystem</source>', '<source>The &xxe; ecosystem</source>');
    expect(refusal('r.xlf', text)).toBe(`REVIEW_FILE_MALFORMED@${lineOf(text, '&xxe;')}`);
  });

  it('refuses an inline code without original data', () => {
    const text = xliff.replace(/<data id="d1">[^<]*<\/data>/, '');
    expect(refusal('r.xlf', text)).toMatch(/^REVIEW_INLINE_CODE@\d+$/);
  });

  it('refuses XLIFF 1.2 codes that carry no native code', () => {
    const text = writeReview(review, 'xliff12').replace(/<ph id="1">[^<]*<\/ph>/, '<x id="1"/>');
    expect(refusal('r.xlf', text)).toMatch(/^REVIEW_INLINE_CODE@\d+$/);
  });

  it('refuses an unterminated PO string and a truncated PO file', () => {
    const broken = po.replace('msgid "The Pangeo ecosystem"', 'msgid "The Pangeo ecosystem');
    expect(refusal('r.po', broken)).toBe(`REVIEW_FILE_MALFORMED@${lineOf(broken, 'msgid "The Pangeo ecosystem')}`);
    const msgid = po.indexOf('msgid "The Pangeo ecosystem"');
    const cut = po.slice(0, po.indexOf('msgstr', msgid));
    expect(refusal('r.po', cut)).toBe(`REVIEW_FILE_MALFORMED@${lineOf(po, 'msgid "The Pangeo ecosystem"')}`);
    const midString = po.slice(0, po.indexOf('msgstr', po.indexOf('msgid "What is Pangeo?"')) + 12);
    expect(refusal('r.po', midString)).toBe(`REVIEW_FILE_MALFORMED@${midString.split('\n').length}`);
  });

  it('refuses duplicate PO entries and files that are not review files', () => {
    const entry = po.slice(po.indexOf('#: decks/pangeo-ecosystem'), po.indexOf('\n\n', po.indexOf('#: decks/pangeo-ecosystem')));
    expect(refusal('r.po', `${po}\n${entry}\n`)).toMatch(/^REVIEW_FILE_MALFORMED@\d+$/);
    expect(refusal('r.txt', 'just text')).toBe('REVIEW_FORMAT_UNKNOWN@1');
    expect(refusal('r.xml', '<html version="1.0"></html>')).toBe('REVIEW_FORMAT_UNKNOWN@1');
  });
});
