import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoadedConfig } from '@deckl10n/config';

let engine: string | undefined;

/**
 * A digest of the code that turns a deck into aligned segments: the parser, the segmenter and
 * this package (their built modules, read as bytes, never loaded). Any upgrade or rebuild that
 * changes them changes every source digest, so records made by older code are not trusted.
 */
export function engineDigest(): string {
  if (engine !== undefined) return engine;
  const require = createRequire(import.meta.url);
  // Resolved as packages (their built code), also when this module runs from source under a test runner.
  const folders = ['@deckl10n/parser', '@deckl10n/segments', '@deckl10n/sync'].map((name) => dirname(require.resolve(name)));
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const name of builtModules(folder).sort()) hash.update(`${name}\0`).update(readFileSync(join(folder, name))).update('\0');
  }
  engine = hash.digest('hex');
  return engine;
}

/**
 * The `.js` files under `folder` (tests left out), as paths relative to it. Walked by hand:
 * Node 20's `readdirSync(…, { recursive: true })` takes several times longer on a cold start,
 * and this runs on every `status` and `sync`.
 */
function builtModules(folder: string, under = ''): string[] {
  return readdirSync(join(folder, under), { withFileTypes: true }).flatMap((entry) => {
    const name = under === '' ? entry.name : `${under}/${entry.name}`;
    if (entry.isDirectory()) return builtModules(folder, name);
    return entry.name.endsWith('.js') && !entry.name.includes('.test.') ? [name] : [];
  });
}

/**
 * The digest a source record keeps for a deck: its bytes, the config's segmentation policy
 * (front-matter fields translated) and {@link engineDigest}. Equal digests mean equal segments.
 */
export function sourceDigest(loaded: LoadedConfig, text: string): string {
  return createHash('sha256')
    .update(`${engineDigest()}\0${JSON.stringify(loaded.config.frontMatter.translate)}\0`)
    .update(text)
    .digest('hex')
    .slice(0, 32);
}
