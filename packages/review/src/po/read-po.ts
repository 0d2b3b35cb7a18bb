import { DeckError } from '@deckl10n/errors';
import { po, type GetTextTranslation } from 'gettext-parser';
import { refuseConflictMarkers } from '../import/conflict-markers.js';
import type { ImportedFile, ImportedUnit } from '../model.js';
import { SEGMENT_ID } from './po-string.js';

/** A line of a PO file: blank, comment, keyword with a string, or a string continuation. */
const PO_LINE = /^(?:\s*|#.*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(?:[^"\\]|\\.)*"\s*|"(?:[^"\\]|\\.)*"\s*)$/;

/** An entry of the file with the line it starts on. */
interface Block {
  readonly line: number;
  readonly text: string;
}

/** Splits a PO file into entries (separated by blank lines), refusing any line that is not PO syntax. */
function blocks(file: string, text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const result: Block[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    if (!PO_LINE.test(line)) {
      throw new DeckError('REVIEW_FILE_MALFORMED', `not a PO line: ${JSON.stringify(line.slice(0, 60))} (an unterminated string, or a truncated file)`, {
        file,
        line: index + 1,
        column: 1,
      });
    }
    if (line.trim() === '') {
      if (start !== -1) result.push({ line: start + 1, text: lines.slice(start, index).join('\n') });
      start = -1;
    } else if (start === -1) start = index;
  });
  if (start !== -1) result.push({ line: start + 1, text: lines.slice(start).join('\n') });
  return result;
}

/** Parses one entry with gettext-parser; its errors get the file's line. */
function parseBlock(file: string, block: Block): GetTextTranslation[] {
  if (/^msgid\s/m.test(block.text) && !/^msgstr(?:\[\d+\])?\s/m.test(block.text)) {
    const line = block.line + block.text.split('\n').length - 1;
    throw new DeckError('REVIEW_FILE_MALFORMED', 'the entry has a msgid but no msgstr (a truncated file?)', { file, line });
  }
  try {
    const parsed = po.parse(block.text, { validation: true });
    return Object.values(parsed.translations).flatMap((context) => Object.values(context));
  } catch (error) {
    const relative = (error as { lineNumber?: number }).lineNumber;
    throw new DeckError('REVIEW_FILE_MALFORMED', `cannot parse the PO entry: ${(error as Error).message}`, {
      file,
      line: block.line + (relative ?? 1) - 1,
      cause: error,
    });
  }
}

/** The header's fields (`Language: es`). */
function headerFields(msgstr: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of msgstr.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

/** A unit from a PO entry: the id from `msgctxt`, else from a `#:` reference that is an id (translate-toolkit's xliff2po writes one). */
function unitOf(entry: GetTextTranslation, line: number): ImportedUnit {
  const references = (entry.comments?.reference ?? '').split(/\s+/).filter((ref) => ref !== '');
  const idFromReference = references.find((ref) => SEGMENT_ID.test(ref));
  const id = entry.msgctxt !== undefined && SEGMENT_ID.test(entry.msgctxt) ? entry.msgctxt : (idFromReference ?? null);
  const target = entry.msgstr[0] ?? '';
  const fuzzy = (entry.comments?.flag ?? '').split(/[\s,]+/).includes('fuzzy');
  const comments = (entry.comments?.translator ?? '').split('\n').filter((c) => c.trim() !== '');
  return {
    id,
    decks: references.filter((ref) => !SEGMENT_ID.test(ref)).map((ref) => ref.replace(/:\d+$/, '')),
    source: entry.msgid,
    target: target === '' ? null : target,
    approved: !fuzzy && target !== '',
    comments,
    line,
  };
}

/**
 * Reads a PO review file. Every line must be PO syntax (a truncated file or a stray line is
 * refused with its line); merge-conflict markers are refused; duplicate entries are refused.
 */
export function readPo(file: string, text: string): ImportedFile {
  refuseConflictMarkers(file, text);
  const units: ImportedUnit[] = [];
  const seen = new Map<string, number>();
  let language: string | null = null;
  let sourceLanguage: string | null = null;
  for (const block of blocks(file, text)) {
    for (const entry of parseBlock(file, block)) {
      if (entry.msgid === '' && entry.msgctxt === undefined) {
        const fields = headerFields(entry.msgstr[0] ?? '');
        language = fields.get('language') || null;
        sourceLanguage = fields.get('x-source-language') || null;
        continue;
      }
      const key = `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
      const previous = seen.get(key);
      if (previous !== undefined) {
        throw new DeckError('REVIEW_FILE_MALFORMED', `duplicate entry (first at line ${previous}): msgctxt ${JSON.stringify(entry.msgctxt ?? '')}`, { file, line: block.line });
      }
      seen.set(key, block.line);
      units.push(unitOf(entry, block.line));
    }
  }
  return { format: 'po', file, sourceLanguage, targetLanguage: language, units };
}
