import { readFileSync } from 'node:fs';
import { DeckError } from '@deckl10n/errors';
import type { LoadedConfig, ProjectDeck } from '@deckl10n/config';
import { parse, type Point } from '@deckl10n/parser';
import { fingerprint, type Segment } from '@deckl10n/segments';
import { parseJsonDocument, type JsonDocument } from '@deckl10n/store';
import type { SourceDeck } from './project.js';
import { sourceRecord } from './source-record.js';

/**
 * Loads a string catalog (an i18next JSON file of the source language, key → text) as a source
 * translated like a deck: one segment per key, whose id is the key, so its translations are an
 * i18next namespace with the same keys and an edited text makes its translations stale. A file
 * that is not a flat object of strings is refused with its line. Its source record, like a
 * deck's, is the digest of its bytes (see `sourceDigest`) and its keys in file order.
 *
 * @example
 * // locales/en/gtn-layout.json: {"questions": "Questions"}
 * (await loadCatalogSource(loaded, catalog)).segments[0].id; // 'questions'
 */
export async function loadCatalogSource(loaded: LoadedConfig, catalog: ProjectDeck): Promise<SourceDeck> {
  let text: string;
  try {
    text = readFileSync(catalog.file, 'utf8');
  } catch (error) {
    throw new DeckError('FILE_NOT_FOUND', `cannot read the string catalog ${catalog.path}: ${(error as Error).message}`, { file: catalog.path, cause: error });
  }
  const doc = parseJsonDocument(catalog.path, text);
  const segments = catalogSegments(doc);
  return { deck: catalog, parsed: parse(text, { file: catalog.path }), segments, title: null, catalog: true, record: sourceRecord(loaded, text, segments) };
}

function catalogSegments(doc: JsonDocument): Segment[] {
  const invalid = (offset: number, message: string): DeckError =>
    new DeckError('CATALOG_INVALID', `${doc.file}: ${message}`, { file: doc.file, ...doc.location(offset) });
  if (doc.root.type !== 'object') throw invalid(doc.root.offset, `a string catalog must be a JSON object, found ${doc.root.type}`);
  const seen = new Set<string>();
  const point = (offset: number): Point => ({ ...doc.location(offset), offset });
  return (doc.root.children ?? []).map((property) => {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) throw invalid(property.offset, 'a property has no value');
    const id = String(key.value);
    if (seen.has(id)) throw invalid(key.offset, `the key "${id}" appears twice`);
    seen.add(id);
    if (value.type !== 'string') throw invalid(value.offset, `"${id}" must be a string, found ${value.type}`);
    const source = value.value as string;
    return {
      id,
      kind: 'paragraph',
      text: source,
      slide: 0,
      step: 0,
      slideTitle: null,
      notes: false,
      field: id,
      fingerprint: fingerprint(source),
      position: { start: point(value.offset), end: point(value.offset + value.length) },
      encoding: { type: 'markdown', multiline: true },
    } satisfies Segment;
  });
}
