import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { LineIndex } from './line-index.js';
import type { Diagnostic, FrontMatter, FrontMatterField, ScalarStyle } from './types.js';

const OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/gm;

/** Result of looking for front matter at the start of the deck text. */
export interface FrontMatterScan {
  readonly frontMatter: FrontMatter | null;
  /** Where the slides start. */
  readonly end: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads YAML front matter starting at `start` (a `---` line, then YAML, then a `---` or `...`
 * line, as Jekyll reads it). Fields keep exact source ranges so edits can be spliced in.
 */
export function scanFrontMatter(text: string, start: number, end: number, lines: LineIndex): FrontMatterScan {
  const head = OPEN.exec(text.slice(start, Math.min(end, start + 16)));
  if (head === null) return { frontMatter: null, end: start, diagnostics: [] };
  const bodyStart = start + head[0].length;
  CLOSE.lastIndex = 0;
  const region = text.slice(bodyStart, end);
  const close = CLOSE.exec(region);
  if (close === null) {
    return {
      frontMatter: null,
      end: start,
      diagnostics: [
        {
          code: 'FRONT_MATTER_UNCLOSED',
          severity: 'error',
          message: 'front matter opened with `---` is never closed',
          position: lines.position(start, start + 3),
        },
      ],
    };
  }
  const bodyEnd = bodyStart + close.index;
  const closeEnd = bodyEnd + close[0].length;
  const yamlText = text.slice(bodyStart, bodyEnd);
  const diagnostics: Diagnostic[] = [];
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  for (const error of doc.errors) {
    const [from, to] = error.pos;
    diagnostics.push({
      code: 'YAML_SYNTAX',
      severity: 'error',
      message: `invalid YAML in front matter: ${firstLine(error.message)}`,
      position: lines.position(bodyStart + from, bodyStart + Math.max(from, to)),
    });
  }
  const fields: FrontMatterField[] = [];
  if (doc.errors.length === 0) collectFields(doc.contents, [], bodyStart, lines, fields);
  const frontMatter: FrontMatter = {
    type: 'frontMatter',
    open: { type: 'raw', value: text.slice(start, bodyStart), position: lines.position(start, bodyStart) },
    body: { type: 'raw', value: yamlText, position: lines.position(bodyStart, bodyEnd) },
    close: { type: 'raw', value: text.slice(bodyEnd, closeEnd), position: lines.position(bodyEnd, closeEnd) },
    data: doc.errors.length === 0 ? (doc.toJS() ?? null) : null,
    fields,
    position: lines.position(start, closeEnd),
  };
  return { frontMatter, end: closeEnd, diagnostics };
}

function collectFields(
  node: YamlNode | null | undefined | unknown,
  path: (string | number)[],
  base: number,
  lines: LineIndex,
  out: FrontMatterField[],
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      collectFields(pair.value, [...path, key], base, lines, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => collectFields(item, [...path, index], base, lines, out));
  } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const [from, valueEnd] = node.range;
    out.push({
      type: 'frontMatterField',
      path,
      value: node.value,
      style: scalarStyle(node.type),
      position: lines.position(base + from, base + valueEnd),
    });
  }
}

function scalarStyle(type: string | undefined): ScalarStyle {
  switch (type) {
    case 'QUOTE_SINGLE':
      return 'single-quoted';
    case 'QUOTE_DOUBLE':
      return 'double-quoted';
    case 'BLOCK_LITERAL':
      return 'literal';
    case 'BLOCK_FOLDED':
      return 'folded';
    default:
      return 'plain';
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
