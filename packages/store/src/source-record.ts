import { createHash } from 'node:crypto';
import type { Node as JsonNode } from 'jsonc-parser';
import type { SourceRecord, TranslationEntry } from './model.js';
import { objectProperties, schemaError, stringValue, type JsonDocument } from './strict-json.js';

/** A source record as the state file holds it: the record plus the digest of the entries written with it. */
export interface StoredSourceRecord extends SourceRecord {
  readonly entries: string;
}

/** The `segments` object of a state file for `entries` (empty notes and QA left out). */
export function stateSegments(entries: ReadonlyMap<string, TranslationEntry>): Record<string, unknown> {
  const segments: Record<string, unknown> = {};
  for (const [id, entry] of entries) {
    segments[id] = { ...entry, notes: entry.notes?.length ? entry.notes : undefined, qa: entry.qa?.length ? entry.qa : undefined };
  }
  return segments;
}

/**
 * A short digest of the `segments` block of a state file in the canonical layout (the bytes from
 * its opening to its closing brace), or null when the text has no such block. Comparing it with
 * the one recorded at write time tells, without re-serialising anything, whether an entry changed.
 */
export function segmentsDigest(stateText: string): string | null {
  const block = segmentsBlock(stateText);
  return block === null ? null : blockDigest(stateText, block);
}

/** Where the `segments` block of a canonical state file starts and ends (see {@link segmentsDigest}), or null. */
export function segmentsBlock(stateText: string): { readonly start: number; readonly end: number } | null {
  const key = '\n  "segments": ';
  const at = stateText.indexOf(key);
  if (at < 0) return null;
  const start = at + key.length;
  const end = stateText.startsWith('{}', start) ? start + 2 : stateText.indexOf('\n  }', start) + 4;
  return end < start + 2 ? null : { start, end };
}

/** The digest of a block of a state file, as {@link segmentsDigest} gives it. */
export function blockDigest(stateText: string, block: { readonly start: number; readonly end: number }): string {
  return createHash('sha256').update(stateText.slice(block.start, block.end)).digest('hex').slice(0, 16);
}

/** The record when it still describes the entries (their digest is the one written with it). */
export function trustedRecord(stored: StoredSourceRecord | null, digest: string | null): SourceRecord | undefined {
  if (stored === null || digest === null || stored.entries !== digest) return undefined;
  return { digest: stored.digest, segments: stored.segments };
}

/** The `source` field from JSON.parse, null when absent, undefined when malformed. */
export function fastRecord(value: unknown): StoredSourceRecord | null | undefined {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { digest, entries, segments } = value as Record<string, unknown>;
  if (typeof digest !== 'string' || typeof entries !== 'string' || !Array.isArray(segments)) return undefined;
  if (!segments.every((id) => typeof id === 'string')) return undefined;
  return { digest, entries, segments: segments as string[] };
}

/** The `source` field read by the positioned parser: a malformed one is refused with its line. */
export function parseRecord(doc: JsonDocument, node: JsonNode | undefined): StoredSourceRecord | null {
  if (node === undefined) return null;
  const fields = objectProperties(doc, node, '"source"');
  const segmentsNode = fields.get('segments');
  if (segmentsNode === undefined || segmentsNode.type !== 'array') throw schemaError(doc, segmentsNode ?? node, '"source": "segments" must be an array of segment ids');
  return {
    digest: stringValue(doc, fields.get('digest'), '"source": "digest"', node),
    entries: stringValue(doc, fields.get('entries'), '"source": "entries"', node),
    segments: (segmentsNode.children ?? []).map((item) => stringValue(doc, item, '"source": a segment id', segmentsNode)),
  };
}
