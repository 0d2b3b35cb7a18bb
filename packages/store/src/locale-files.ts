import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import type { Node as JsonNode } from 'jsonc-parser';
import { stableStringify, writeIfChanged } from './json-writer.js';
import { STATE_VERSION, type DeckTranslations, type StoredFinding, type TranslationEntry } from './model.js';
import { fastResources, fastState, type ParsedState } from './fast-read.js';
import { parseRecord, segmentsDigest, stateSegments, trustedRecord } from './source-record.js';
import { objectProperties, parseJsonDocument, schemaError, stringValue, type JsonDocument } from './strict-json.js';

/** Where a deck's files for a language live. */
export interface LocalePaths {
  /** i18next JSON v4 resources: `<localesDir>/<lng>/<deck-id>.json`. */
  readonly resources: string;
  /** State beside it: `<localesDir>/<lng>/<deck-id>.state.json`. */
  readonly state: string;
}

/** The file paths of a deck's translations into a language. */
export function localePaths(localesDir: string, language: string, deckId: string): LocalePaths {
  return {
    resources: join(localesDir, language, `${deckId}.json`),
    state: join(localesDir, language, `${deckId}.state.json`),
  };
}

/** Identifies which translations to read. */
export interface LocaleKey {
  readonly localesDir: string;
  readonly deckId: string;
  readonly language: string;
  readonly sourceLanguage: string;
  readonly deckPath: string;
}

/**
 * Reads a deck's translations into a language. Missing files mean no translations yet. A file
 * that cannot be trusted (bad JSON, conflict markers, wrong types, unknown version) is refused
 * with file:line and never treated as empty, so it is never overwritten.
 *
 * The state file holds every translation too and the digest of the resources file written with
 * it, so the two files reconcile without loss: a resources file left behind by a crash between
 * the two writes is recognised (its digest is the previous one) and superseded by the state; a
 * resources file edited by hand wins for the values that changed, which are marked for review.
 */
export async function readDeckTranslations(key: LocaleKey): Promise<DeckTranslations> {
  const paths = localePaths(key.localesDir, key.language, key.deckId);
  const [resourcesText, stateText] = await Promise.all([readOptional(paths.resources), readOptional(paths.state)]);
  // Files in the layout deckl10n writes take JSON.parse; anything else the positioned parser.
  const state = stateText === null ? null : (fastState(stateText, key.language) ?? parseState(parseJsonDocument(paths.state, stateText), key));
  const entries = new Map<string, TranslationEntry>(state?.entries ?? []);
  const digest = resourcesText === null ? null : digestOf(resourcesText);
  const consistent = state !== null && (digest === state.digest || digest === null || digest === state.previousDigest);
  // The source record is kept only while the entries are exactly those written with it.
  const sourceRecord = consistent ? trustedRecord(state.record, state.recordedEntries) : undefined;
  if (!consistent) {
    // Only now is the resources file read: when its digest is one the state recorded, deckl10n
    // wrote those very bytes, and the state holds every translation they hold.
    const resources =
      resourcesText === null ? new Map<string, string>() : (fastResources(resourcesText) ?? parseResources(parseJsonDocument(paths.resources, resourcesText)));
    for (const [id, translation] of resources) {
      const entry = entries.get(id);
      if (entry === undefined) {
        entries.set(id, { translation, state: 'machine', fingerprint: '', source: '', provider: 'manual', notes: [`added by hand to ${paths.resources}`] });
      } else if (entry.translation !== translation) {
        entries.set(id, { ...entry, translation, state: entry.state === 'stale' ? 'stale' : 'machine', provider: 'manual', notes: [`edited by hand in ${paths.resources}`] });
      }
    }
  }
  return {
    deckId: key.deckId,
    language: key.language,
    sourceLanguage: key.sourceLanguage,
    deckPath: key.deckPath,
    entries,
    ...(sourceRecord === undefined ? {} : { sourceRecord }),
  };
}

/**
 * Writes a deck's translations atomically, each file only if its bytes change: the state file
 * first (it holds everything), then the i18next resources derived from it. Returns the files
 * written. The deck's `sourceRecord`, when given, is written as the state's `source` field with a
 * digest of the entries, so a later reader can tell whether the entries were edited since.
 */
export async function writeDeckTranslations(localesDir: string, deck: DeckTranslations): Promise<string[]> {
  const paths = localePaths(localesDir, deck.language, deck.deckId);
  const resources: Record<string, string> = {};
  for (const [id, entry] of deck.entries) resources[id] = entry.translation;
  const segments = stateSegments(deck.entries);
  const resourcesText = stableStringify(resources);
  const previousText = await readOptional(paths.resources);
  const previousState = await readOptional(paths.state);
  const digest = digestOf(resourcesText);
  // Keep the recorded previous digest when nothing changes, so an unchanged run writes nothing.
  const previousDigest =
    previousText === null || digestOf(previousText) === digest ? recordedPreviousDigest(previousState) : digestOf(previousText);
  const state = {
    version: STATE_VERSION,
    deck: deck.deckPath,
    sourceLanguage: deck.sourceLanguage,
    language: deck.language,
    resourcesDigest: digest,
    previousResourcesDigest: previousDigest ?? undefined,
    segments,
  };
  const plainText = stableStringify(state);
  const record = deck.sourceRecord;
  const stateText =
    record === undefined
      ? plainText
      : stableStringify({ ...state, source: { digest: record.digest, entries: segmentsDigest(plainText), segments: record.segments } });
  const written: string[] = [];
  if (await writeIfChanged(paths.state, stateText)) written.push(paths.state);
  if (await writeIfChanged(paths.resources, resourcesText)) written.push(paths.resources);
  return written;
}

function recordedPreviousDigest(stateText: string | null): string | null {
  if (stateText === null) return null;
  try {
    const value = (JSON.parse(stateText) as { previousResourcesDigest?: unknown }).previousResourcesDigest;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** A short digest of a resources file's bytes. */
function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The text of a store file, or null when it does not exist. Read synchronously: store files are
 * small, and a status over thousands of them spends several times less CPU than with fs/promises.
 */
async function readOptional(file: string): Promise<string | null> {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DeckError('FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { file, cause: error });
  }
}

function parseResources(doc: JsonDocument): Map<string, string> {
  const resources = new Map<string, string>();
  for (const [id, node] of objectProperties(doc, doc.root, 'the resources file')) {
    if (node.type !== 'string') {
      throw schemaError(doc, node, `translation "${id}" must be a string, found ${node.type} (deckl10n writes flat i18next JSON v4: segment id → text)`);
    }
    resources.set(id, node.value as string);
  }
  return resources;
}

function parseState(doc: JsonDocument, key: LocaleKey): ParsedState {
  const top = objectProperties(doc, doc.root, 'the state file');
  const version = top.get('version');
  if (version === undefined || version.type !== 'number') throw schemaError(doc, version ?? doc.root, 'the state file has no numeric "version"');
  if (version.value !== STATE_VERSION) {
    throw new DeckError('STORE_VERSION', `${doc.file} has format version ${String(version.value)}; this deckl10n reads version ${STATE_VERSION}`, {
      file: doc.file,
      ...doc.location(version.offset),
    });
  }
  const language = stringValue(doc, top.get('language'), '"language"', doc.root);
  if (language !== key.language) {
    throw schemaError(doc, top.get('language') as JsonNode, `the state file is for language "${language}" but sits in the folder of "${key.language}"`);
  }
  const segmentsNode = top.get('segments');
  if (segmentsNode === undefined) throw schemaError(doc, doc.root, 'the state file has no "segments"');
  const entries = new Map<string, TranslationEntry>();
  for (const [id, node] of objectProperties(doc, segmentsNode, '"segments"')) entries.set(id, parseEntry(doc, id, node));
  const digestNode = top.get('resourcesDigest');
  const previousNode = top.get('previousResourcesDigest');
  return {
    entries,
    digest: digestNode === undefined ? null : stringValue(doc, digestNode, '"resourcesDigest"', doc.root),
    previousDigest: previousNode === undefined ? null : stringValue(doc, previousNode, '"previousResourcesDigest"', doc.root),
    record: parseRecord(doc, top.get('source')),
    // A state file not in the canonical layout was touched by hand: its record is not trusted.
    recordedEntries: null,
  };
}

function parseEntry(doc: JsonDocument, id: string, node: JsonNode): TranslationEntry {
  const fields = objectProperties(doc, node, `segment "${id}"`);
  const state = stringValue(doc, fields.get('state'), `segment "${id}": "state"`, node);
  if (state !== 'machine' && state !== 'reviewed' && state !== 'stale') {
    throw schemaError(doc, fields.get('state') as JsonNode, `segment "${id}": "state" must be machine, reviewed or stale, found "${state}"`);
  }
  const wasNode = fields.get('was');
  const was = wasNode === undefined ? undefined : stringValue(doc, wasNode, `segment "${id}": "was"`, node);
  if (was !== undefined && was !== 'machine' && was !== 'reviewed') {
    throw schemaError(doc, wasNode as JsonNode, `segment "${id}": "was" must be machine or reviewed`);
  }
  const entry: TranslationEntry = {
    translation: stringValue(doc, fields.get('translation'), `segment "${id}": "translation"`, node),
    state,
    fingerprint: stringValue(doc, fields.get('fingerprint'), `segment "${id}": "fingerprint"`, node),
    source: stringValue(doc, fields.get('source'), `segment "${id}": "source"`, node),
    provider: stringValue(doc, fields.get('provider'), `segment "${id}": "provider"`, node),
    ...(was === undefined ? {} : { was }),
    ...optionalArray(doc, fields.get('notes'), `segment "${id}": "notes"`, (item) => stringValue(doc, item, `segment "${id}": a note`, item), 'notes'),
    ...optionalArray(doc, fields.get('qa'), `segment "${id}": "qa"`, (item) => parseFinding(doc, id, item), 'qa'),
  };
  return entry;
}

function optionalArray<T, K extends string>(
  doc: JsonDocument,
  node: JsonNode | undefined,
  what: string,
  item: (node: JsonNode) => T,
  key: K,
): Partial<Record<K, T[]>> {
  if (node === undefined) return {};
  if (node.type !== 'array') throw schemaError(doc, node, `${what} must be an array`);
  return { [key]: (node.children ?? []).map(item) } as Partial<Record<K, T[]>>;
}

function parseFinding(doc: JsonDocument, id: string, node: JsonNode): StoredFinding {
  const fields = objectProperties(doc, node, `segment "${id}": a QA finding`);
  const severity = stringValue(doc, fields.get('severity'), 'QA "severity"', node);
  if (severity !== 'error' && severity !== 'warning') throw schemaError(doc, node, `segment "${id}": QA severity must be error or warning`);
  return {
    code: stringValue(doc, fields.get('code'), 'QA "code"', node),
    severity,
    message: stringValue(doc, fields.get('message'), 'QA "message"', node),
  };
}
