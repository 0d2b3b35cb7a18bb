import { readFile, stat } from 'node:fs/promises';
import { DeckError } from '@deckl10n/errors';
import { parse, type Deck } from '@deckl10n/parser';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a deck file as strict UTF-8 and parses it. The file name given is kept for messages.
 * Throws DeckError FILE_NOT_FOUND / FILE_UNREADABLE / FILE_NOT_UTF8.
 */
export async function readDeck(path: string): Promise<Deck> {
  return parse(await readText(path), { file: path });
}

/** Reads a text file as strict UTF-8 (a BOM is kept as part of the text). */
export async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DeckError('FILE_NOT_FOUND', `no such file: ${path}`, { file: path, cause: error });
    throw new DeckError('FILE_UNREADABLE', `cannot read ${path}: ${(error as Error).message}`, { file: path, cause: error });
  }
  try {
    return utf8.decode(bytes).replace(/^/, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '');
  } catch (error) {
    const offset = firstInvalidUtf8(bytes);
    throw new DeckError('FILE_NOT_UTF8', `${path} is not valid UTF-8 (invalid byte at offset ${offset})`, {
      file: path,
      line: bytes.subarray(0, offset).toString('latin1').split('\n').length,
      cause: error,
    });
  }
}

/**
 * Expands directories into the slide decks below them, sorted. A file found in a folder is a
 * deck when it looks like one (see {@link looksLikeDeck}); files named explicitly are always kept.
 */
export async function expandDeckPaths(paths: readonly string[]): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const out: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      out.push(path); // reported as FILE_NOT_FOUND when read
      continue;
    }
    if (!isDirectory) {
      out.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && /\.(?:md|markdown|html?|rmd)$/i.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => !/(^|[/\\])(node_modules|\.[^/\\]+)([/\\]|$)/.test(file.slice(path.length)))
      .sort();
    for (const file of found) {
      if (looksLikeDeck(await readFile(file, 'utf8').catch(() => ''))) out.push(file);
    }
  }
  return out;
}

/**
 * True for text that is a remark deck: GTN front matter with a slides layout, a xaringan R
 * Markdown file, remark's HTML page, or Markdown with at least one `---` slide separator after
 * its front matter. READMEs and tutorials (no separators) are not decks.
 */
export function looksLikeDeck(text: string): boolean {
  if (/^\uFEFF?---\r?\n[\s\S]*?^layout:\s*["']?[\w-]*slides/m.test(text)) return true;
  if (/xaringan::|moon_reader/.test(text)) return true;
  if (/^\s*<(?:!doctype|html)/i.test(text) && /<textarea\b[^>]*\bid\s*=\s*["']?source/i.test(text)) return true;
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?^(?:---|\.\.\.)[ \t]*$/m, '');
  return /^---\r?$/m.test(body);
}

/** Offset of the first byte that breaks UTF-8 (a linear scan of the encoding rules). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
