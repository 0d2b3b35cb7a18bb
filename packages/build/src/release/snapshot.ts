import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import { parseJsonDocument, stableStringify, writeIfChanged } from '@deckl10n/store';

/** Format version of the release record. */
export const RECORD_VERSION = 1;

/** File in `locales/<lng>/` recording the package content last described by a changeset. */
export const RECORD_FILE = '.deckl10n-release.json';

/**
 * A locale package's content as last recorded by `deckl10n changeset`: the content digest and,
 * per deck and segment, `<state>:<digest of the translation>` so the next changeset can say
 * what was added, updated and reviewed since.
 */
export interface ReleaseRecord {
  readonly package: string;
  readonly digest: string;
  readonly decks: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** `<state>:<12 hex digits of the translation's sha-256>`: what a segment is in a release. */
export function segmentMark(state: string, translation: string): string {
  return `${state}:${createHash('sha256').update(translation).digest('hex').slice(0, 12)}`;
}

/** Reads the record of a locale package folder; null when it was never recorded. */
export async function readReleaseRecord(dir: string): Promise<ReleaseRecord | null> {
  const file = join(dir, RECORD_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new DeckError('FILE_UNREADABLE', `cannot read ${file}: ${error.message}`, { file, cause: error });
  });
  if (text === null) return null;
  parseJsonDocument(file, text);
  const data = JSON.parse(text) as Partial<ReleaseRecord> & { version?: unknown };
  if (data.version !== RECORD_VERSION || typeof data.digest !== 'string' || typeof data.package !== 'string' || typeof data.decks !== 'object' || data.decks === null) {
    throw new DeckError('STORE_SCHEMA', `${file} is not a deckl10n release record of version ${RECORD_VERSION}`, { file, line: 1 });
  }
  return { package: data.package, digest: data.digest, decks: data.decks };
}

/** Writes the record (deterministic JSON, atomic, only when it changes). */
export function writeReleaseRecord(dir: string, record: ReleaseRecord): Promise<boolean> {
  return writeIfChanged(join(dir, RECORD_FILE), stableStringify({ version: RECORD_VERSION, ...record }));
}
