import { DeckError } from '@deckl10n/errors';
import { createRequire } from 'node:module';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';

/** jsonc-parser, loaded on first use: files in the canonical layout never need it. */
let jsonc: typeof import('jsonc-parser') | undefined;
function jsoncParser(): typeof import('jsonc-parser') {
  jsonc ??= createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  return jsonc;
}

/** A JSON document parsed with positions, for messages that name the line of a bad field. */
export interface JsonDocument {
  readonly file: string;
  readonly text: string;
  readonly root: JsonNode;
  /** 1-based line and column of an offset. */
  location(offset: number): { line: number; column: number };
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;

/**
 * Parses a JSON file strictly (no comments, no trailing commas) and keeps positions. A file with
 * merge-conflict markers or a syntax error is refused with file:line:col; nothing is guessed.
 */
export function parseJsonDocument(file: string, text: string): JsonDocument {
  const location = (offset: number): { line: number; column: number } => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict !== null) {
    throw new DeckError('STORE_MERGE_CONFLICT', `${file} contains a merge-conflict marker \`${conflict[0].trim()}\``, {
      file,
      ...location(conflict.index),
    });
  }
  const errors: ParseError[] = [];
  const root = jsoncParser().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    const offset = first?.offset ?? text.length;
    const what = first === undefined ? 'empty file' : jsoncParser().printParseErrorCode(first.error);
    throw new DeckError('STORE_JSON_SYNTAX', `${file} is not valid JSON (${what})${offset >= text.trimEnd().length ? '; the file looks truncated' : ''}`, {
      file,
      ...location(offset),
    });
  }
  return { file, text, root, location };
}

/** Throws STORE_SCHEMA for `node`, naming the file, line and what was expected. */
export function schemaError(doc: JsonDocument, node: JsonNode, message: string): DeckError {
  return new DeckError('STORE_SCHEMA', `${doc.file}: ${message}`, { file: doc.file, ...doc.location(node.offset) });
}

/** The properties of an object node, or a schema error. */
export function objectProperties(doc: JsonDocument, node: JsonNode, what: string): Map<string, JsonNode> {
  if (node.type !== 'object') throw schemaError(doc, node, `${what} must be an object, found ${node.type}`);
  const properties = new Map<string, JsonNode>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) continue;
    const name = String(key.value);
    if (properties.has(name)) throw schemaError(doc, key, `${what} has the key "${name}" twice`);
    properties.set(name, value);
  }
  return properties;
}

/** A string value, or a schema error. */
export function stringValue(doc: JsonDocument, node: JsonNode | undefined, what: string, parent: JsonNode): string {
  if (node === undefined) throw schemaError(doc, parent, `${what} is missing`);
  if (node.type !== 'string') throw schemaError(doc, node, `${what} must be a string, found ${node.type}`);
  return node.value as string;
}
