import { hasCanonicalLayout, parseCanonical, parseJsonText } from './canonical-json.js';
import { STATE_VERSION, type StoredFinding, type TranslationEntry } from './model.js';
import { blockDigest, fastRecord, segmentsBlock, type StoredSourceRecord } from './source-record.js';

/** What the state file holds, as {@link readDeckTranslations} uses it. */
export interface ParsedState {
  readonly entries: Map<string, TranslationEntry>;
  readonly digest: string | null;
  readonly previousDigest: string | null;
  /** The `source` field: what the entries were aligned with (null when absent). */
  readonly record: StoredSourceRecord | null;
  /**
   * The digest of the file's `segments` block when it has a record and is in the canonical layout
   * (see `segmentsDigest`); null otherwise, and then the record is not trusted.
   */
  readonly recordedEntries: string | null;
}

/**
 * The resources of a canonical, valid resources file, or undefined when the file needs the
 * positioned parser (to be read, or to be refused with file:line).
 */
export function fastResources(text: string): Map<string, string> | undefined {
  const value = parseCanonical(text);
  if (!isRecord(value)) return undefined;
  const resources = new Map<string, string>();
  for (const [id, translation] of Object.entries(value)) {
    if (typeof translation !== 'string') return undefined;
    resources.set(id, translation);
  }
  return resources;
}

/** The state of a canonical, valid state file for `language`, or undefined (see above). */
export function fastState(text: string, language: string): ParsedState | undefined {
  const value = parseJsonText(text);
  if (!isRecord(value) || value['version'] !== STATE_VERSION || value['language'] !== language || !isRecord(value['segments'])) return undefined;
  const block = value['source'] === undefined ? null : segmentsBlock(text);
  const entriesDigest = block === null ? null : blockDigest(text, block);
  const recorded = entriesDigest !== null && isRecord(value['source']) && value['source']['entries'] === entriesDigest;
  // A `segments` block whose digest is the one its record was written with is byte for byte
  // deckl10n's own output: only the rest of the file (a few lines) needs the layout check.
  const canonical =
    recorded && block !== null
      ? hasCanonicalLayout(`${text.slice(0, block.start)}{}${text.slice(block.end)}`, { ...value, segments: {} })
      : hasCanonicalLayout(text, value);
  if (!canonical) return undefined;
  const digest = optionalString(value['resourcesDigest']);
  const previousDigest = optionalString(value['previousResourcesDigest']);
  const record = fastRecord(value['source']);
  if (digest === false || previousDigest === false || record === undefined) return undefined;
  const entries = new Map<string, TranslationEntry>();
  for (const [id, raw] of Object.entries(value['segments'])) {
    const entry = fastEntry(raw);
    if (entry === undefined) return undefined;
    entries.set(id, entry);
  }
  return { entries, digest, previousDigest, record, recordedEntries: record === null ? null : entriesDigest };
}

function fastEntry(raw: unknown): TranslationEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const { translation, state, fingerprint, source, provider, was, notes, qa } = raw;
  if (typeof translation !== 'string' || typeof fingerprint !== 'string' || typeof source !== 'string' || typeof provider !== 'string') return undefined;
  if (state !== 'machine' && state !== 'reviewed' && state !== 'stale') return undefined;
  if (was !== undefined && was !== 'machine' && was !== 'reviewed') return undefined;
  if (notes !== undefined && !(Array.isArray(notes) && notes.every((note) => typeof note === 'string'))) return undefined;
  let findings: StoredFinding[] | undefined;
  if (qa !== undefined) {
    if (!Array.isArray(qa)) return undefined;
    findings = [];
    for (const item of qa as unknown[]) {
      if (!isRecord(item)) return undefined;
      const { code, severity, message } = item;
      if (typeof code !== 'string' || typeof message !== 'string' || (severity !== 'error' && severity !== 'warning')) return undefined;
      findings.push({ code, severity, message });
    }
  }
  return {
    translation,
    state,
    fingerprint,
    source,
    provider,
    ...(was === undefined ? {} : { was }),
    ...(notes === undefined ? {} : { notes: notes as string[] }),
    ...(findings === undefined ? {} : { qa: findings }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A string, null when absent, false when of the wrong type. */
function optionalString(value: unknown): string | null | false {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : false;
}
