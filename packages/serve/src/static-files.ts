import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeckError } from '@deckl10n/errors';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The built viewer inside this package (`dist/viewer`, copied there at build time). */
export function defaultViewerDir(): string {
  return fileURLToPath(new URL('./viewer/', import.meta.url));
}

/** Throws SERVE_VIEWER_MISSING unless `dir` holds a built viewer. */
export function checkViewerDir(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new DeckError('SERVE_VIEWER_MISSING', `no built viewer at ${dir} (index.html is missing)`);
  }
}

/** A static file to send. */
export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
  /** Hashed asset names never change: cache them; index.html is always revalidated. */
  readonly immutable: boolean;
}

/**
 * Reads the viewer file a URL path names. Only files inside `root` with a known type are
 * served: `..` segments, encoded separators, NUL bytes and anything outside are refused as
 * not found, so no request reaches the filesystem outside the viewer.
 */
export async function viewerFile(root: string, urlPath: string): Promise<StaticFile> {
  const notFound = () => new DeckError('SERVE_NOT_FOUND', `no file ${JSON.stringify(urlPath)} in the viewer`);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw notFound();
  }
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const parts = relativePath.split('/');
  if (decoded.includes('\0') || decoded.includes('\\') || parts.some((part) => part === '..' || part === '.' || part === '')) throw notFound();
  const base = resolve(root);
  const file = resolve(base, ...parts);
  const type = TYPES[extname(file).toLowerCase()];
  if (!file.startsWith(base + sep) || type === undefined) throw notFound();
  try {
    if (!(await stat(file)).isFile()) throw notFound();
    return { body: await readFile(file), type, immutable: parts[0] === 'assets' };
  } catch (error) {
    if (error instanceof DeckError) throw error;
    throw notFound();
  }
}
