import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import type { ImportedFile } from '../model.js';
import { readPo } from '../po/read-po.js';
import { readXliff12 } from '../xliff12/read-xliff12.js';
import { readXliff2 } from '../xliff2/read-xliff2.js';
import { parseXml } from '../xml/parse-xml.js';
import { refuseConflictMarkers } from './conflict-markers.js';

/** Reads a file as strict UTF-8. */
async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DeckError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { file, cause: error });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new DeckError('FILE_NOT_UTF8', `${file} is not UTF-8 text`, { file, cause: error });
  }
}

/**
 * Parses the text of a review file: XLIFF 2.x, XLIFF 1.x (told apart by the root's `version`) or
 * gettext PO. Anything malformed is refused with its line, before anything is imported.
 */
export function parseReviewText(file: string, text: string): ImportedFile {
  refuseConflictMarkers(file, text);
  if (text.replace(/^\uFEFF/, '').trimStart().startsWith('<')) {
    const root = parseXml(file, text);
    const version = root.attributes['version'] ?? '';
    if (root.name === 'xliff' && version.startsWith('2.')) return readXliff2(file, root);
    if (root.name === 'xliff' && version.startsWith('1.')) return readXliff12(file, root);
    throw new DeckError('REVIEW_FORMAT_UNKNOWN', `<${root.name} version="${version}"> is not XLIFF 1.x or 2.x`, { file, line: root.line });
  }
  if (['.po', '.pot'].includes(extname(file).toLowerCase()) || /^(?:msgid|msgctxt)\s/m.test(text)) return readPo(file, text);
  throw new DeckError('REVIEW_FORMAT_UNKNOWN', 'the file is neither XLIFF nor gettext PO', { file, line: 1 });
}

/** Reads and parses a review file (see {@link parseReviewText}). */
export async function readReviewFile(file: string): Promise<ImportedFile> {
  return parseReviewText(file, await readText(file));
}
