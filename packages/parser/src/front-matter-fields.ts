import { CORE_SCHEMA, EVENT_ID, NOT_RESOLVED, SCALAR_STYLE, getScalarValue, type Event, type ScalarEvent, type ScalarTagDefinition } from 'js-yaml';
import type { LineIndex } from './line-index.js';
import type { FrontMatterField, ScalarStyle } from './types.js';

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK } = SCALAR_STYLE;

/** What {@link collectFields} found. */
export interface CollectedFields {
  readonly fields: FrontMatterField[];
  /** Some mapping key is a collection (plain JS objects cannot hold it). */
  readonly complexKeys: boolean;
}

/** A collection being walked. */
interface Frame {
  /** `ignored`: a collection whose nodes have no path (a key that is a collection, or inside one). */
  readonly kind: 'document' | 'mapping' | 'sequence' | 'ignored';
  readonly path: readonly (string | number)[];
  /** Mappings: the next node is a key. */
  awaitingKey: boolean;
  /** Mappings: the current key (null for a key that is not a scalar: its value has no path). */
  key: string | null;
  /** Sequences: the index of the next item. */
  index: number;
}

/**
 * Every string scalar value of one YAML document, in document order, with its path from the root
 * and its exact range in the file (quotes and block header included, as an edit replaces them).
 * Keys are not fields; a value under a key that is not a scalar, and aliases, are skipped.
 *
 * @param yamlText The front matter's YAML, which the events' offsets refer to.
 * @param base Offset of `yamlText` in the file.
 */
export function collectFields(yamlText: string, events: readonly Event[], base: number, lines: LineIndex): CollectedFields {
  const fields: FrontMatterField[] = [];
  let complexKeys = false;
  const stack: Frame[] = [];
  /** Where the next node goes: its path, or null when it has none (root, ignored, complex key). */
  const placeNode = (): { path: (string | number)[] | null; isKey: boolean } => {
    const top = stack[stack.length - 1];
    if (top === undefined || top.kind === 'ignored') return { path: null, isKey: false };
    if (top.kind === 'document') return { path: [], isKey: false };
    if (top.kind === 'sequence') return { path: [...top.path, top.index], isKey: false };
    if (top.awaitingKey) return { path: null, isKey: true };
    return { path: top.key === null ? null : [...top.path, top.key], isKey: false };
  };
  /** Records that the node just ended in the top collection. */
  const completeNode = (): void => {
    const top = stack[stack.length - 1];
    if (top === undefined || top.kind === 'ignored' || top.kind === 'document') return;
    if (top.kind === 'sequence') top.index++;
    else top.awaitingKey = !top.awaitingKey;
  };

  for (const event of events) {
    switch (event.type) {
      case DOCUMENT:
        stack.push({ kind: 'document', path: [], awaitingKey: false, key: null, index: 0 });
        break;
      case MAPPING:
      case SEQUENCE: {
        const { path, isKey } = placeNode();
        if (isKey) {
          (stack[stack.length - 1] as Frame).key = null;
          complexKeys = true;
        }
        stack.push({
          kind: path === null ? 'ignored' : event.type === MAPPING ? 'mapping' : 'sequence',
          path: path ?? [],
          awaitingKey: true,
          key: null,
          index: 0,
        });
        break;
      }
      case POP: {
        if (stack.pop() !== undefined) completeNode();
        break;
      }
      case SCALAR: {
        const { path, isKey } = placeNode();
        if (isKey) {
          (stack[stack.length - 1] as Frame).key = String(scalarData(yamlText, event));
        } else if (path !== null) {
          const value = stringValue(yamlText, event);
          if (value !== null) {
            const [from, to] = scalarRange(yamlText, event);
            fields.push({
              type: 'frontMatterField',
              path,
              value,
              style: scalarStyle(event),
              position: lines.position(base + from, base + to),
            });
          }
        }
        completeNode();
        break;
      }
      case ALIAS: {
        // An alias: as a key it names no path; as a value it is no field.
        const { isKey } = placeNode();
        if (isKey) (stack[stack.length - 1] as Frame).key = null;
        completeNode();
        break;
      }
    }
  }
  return { fields, complexKeys };
}

/** The core schema's implicit scalar types (null, bool, int, float) by the first character they accept. */
const implicitByFirst = new Map<string, ScalarTagDefinition[]>();
for (const tag of CORE_SCHEMA.tags) {
  if (tag.nodeKind !== 'scalar' || !tag.implicit) continue;
  for (const first of tag.implicitFirstChars ?? []) {
    const list = implicitByFirst.get(first) ?? [];
    list.push(tag as ScalarTagDefinition);
    implicitByFirst.set(first, list);
  }
}

/** The value of an untagged plain scalar under the core schema (a string unless it reads as null, a boolean or a number). */
function plainData(source: string): unknown {
  for (const tag of implicitByFirst.get(source.charAt(0)) ?? []) {
    const value = tag.resolve(source, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value;
  }
  return source;
}

/** The tags that make a scalar a string whatever its text: `!` (non-specific) and `!!str`. */
const STRING_TAGS = new Set(['!', '!!str', '!<tag:yaml.org,2002:str>']);

function tagOf(yamlText: string, event: ScalarEvent): string | null {
  return event.tagStart === -1 ? null : yamlText.slice(event.tagStart, event.tagEnd);
}

/** The scalar's value when it is a string (null for a null, boolean or number, or a non-string tag). */
function stringValue(yamlText: string, event: ScalarEvent): string | null {
  const tag = tagOf(yamlText, event);
  if (tag !== null && !STRING_TAGS.has(tag)) return null;
  if (tag === null && event.style === PLAIN && event.valueStart === -1) return null;
  const value = getScalarValue(yamlText, event);
  if (tag !== null || event.style !== PLAIN) return value;
  return typeof plainData(value) === 'string' ? value : null;
}

/** A key's value, for its path: a plain key reads as the core schema reads it (`1`, `true`, `null`). */
function scalarData(yamlText: string, event: ScalarEvent): unknown {
  if (event.valueStart === -1) return null;
  const value = getScalarValue(yamlText, event);
  return event.style === PLAIN && tagOf(yamlText, event) === null ? plainData(value) : value;
}

/** A block scalar's header: its indicator, optional indentation and chomping, spaces, a comment, the line end. */
const BLOCK_HEADER = /[|>][1-9+-]{0,2}[ \t]*(?:#[^\n]*)?\r?\n$/;

/**
 * The range of a scalar in `yamlText`: js-yaml gives the value's; the field covers what an edit
 * replaces, so a quoted scalar keeps its quotes and a block scalar its header line.
 */
function scalarRange(yamlText: string, event: ScalarEvent): [number, number] {
  const { valueStart, valueEnd, style } = event;
  if (valueStart === -1) return [Math.max(valueEnd, 0), Math.max(valueEnd, 0)];
  if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) return [valueStart - 1, valueEnd + 1];
  if (style === PLAIN) return [valueStart, valueEnd];
  // A block scalar's content starts on a line after its header (blank lines may come between).
  let lineStart = valueStart;
  while (lineStart > 0) {
    const previous = yamlText.lastIndexOf('\n', lineStart - 2) + 1;
    const header = BLOCK_HEADER.exec(yamlText.slice(previous, lineStart));
    if (header !== null) return [previous + header.index, valueEnd];
    if (yamlText.slice(previous, lineStart).trim() !== '') break;
    lineStart = previous;
  }
  return [valueStart, valueEnd];
}

function scalarStyle(event: ScalarEvent): ScalarStyle {
  switch (event.style) {
    case SINGLE_QUOTED:
      return 'single-quoted';
    case DOUBLE_QUOTED:
      return 'double-quoted';
    case LITERAL_BLOCK:
      return 'literal';
    case PLAIN:
      return 'plain';
    default:
      return 'folded';
  }
}
