import { EVENT_ID, YAMLException, constructFromEvents, parseEvents, type Event } from 'js-yaml';
import { collectFields } from './front-matter-fields.js';
import type { LineIndex } from './line-index.js';
import type { Diagnostic, FrontMatter } from './types.js';

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
 *
 * The YAML is read with js-yaml's event parser (a flat stream of scalars and collections with
 * source offsets): fields come straight from the events, and `data` (plain JS values, YAML 1.2
 * core schema) is built from the same events the first time it is read, since extraction and
 * checking never need it.
 */
export function scanFrontMatter(text: string, start: number, end: number, lines: LineIndex): FrontMatterScan {
  const head = OPEN.exec(text.slice(start, Math.min(end, start + 16)));
  if (head === null) return { frontMatter: null, end: start, diagnostics: [] };
  const bodyStart = start + head[0].length;
  const close = findClose(text, bodyStart, end);
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
  const bodyEnd = close.index;
  const closeEnd = bodyEnd + close[0].length;
  const yamlText = text.slice(bodyStart, bodyEnd);
  const diagnostics: Diagnostic[] = [];
  const syntaxError = (offset: number, message: string): void => {
    const at = bodyStart + Math.min(Math.max(offset, 0), yamlText.length);
    diagnostics.push({
      code: 'YAML_SYNTAX',
      severity: 'error',
      message: `invalid YAML in front matter: ${message}`,
      position: lines.position(at, Math.min(at + 1, bodyEnd)),
    });
  };

  const events = readEvents(yamlText, syntaxError);
  const collected = events === null ? null : collectFields(yamlText, events, bodyStart, lines);
  let data: () => unknown = () => null;
  if (events !== null) {
    if (collected?.complexKeys === true || needsEagerData(events)) {
      // Anchors, aliases, tags and complex keys can fail to construct (an unknown tag, a missing
      // anchor): build the data now so the failure is a diagnostic, not a surprise when read.
      const built = construct(yamlText, events, syntaxError);
      data = () => built;
    } else {
      // Without anchors, aliases or tags (and with repeated keys allowed) construction cannot fail.
      data = lazily(() => construct(yamlText, events, () => undefined));
    }
  }
  const frontMatter: FrontMatter = {
    type: 'frontMatter',
    open: { type: 'raw', value: text.slice(start, bodyStart), position: lines.position(start, bodyStart) },
    body: { type: 'raw', value: yamlText, position: lines.position(bodyStart, bodyEnd) },
    close: { type: 'raw', value: text.slice(bodyEnd, closeEnd), position: lines.position(bodyEnd, closeEnd) },
    get data(): unknown {
      return data();
    },
    fields: collected?.fields ?? [],
    position: lines.position(start, closeEnd),
  };
  return { frontMatter, end: closeEnd, diagnostics };
}

/** The first `---` or `...` line at or after `from` and before `end` (offsets into `text`). */
function findClose(text: string, from: number, end: number): RegExpExecArray | null {
  CLOSE.lastIndex = from;
  for (let match = CLOSE.exec(text); match !== null; match = CLOSE.exec(text)) {
    if (match.index >= end) return null;
    // `^` with the m flag also holds after U+2028 and U+2029, which do not end a line for Jekyll.
    if (match.index === from || text[match.index - 1] === '\n' || text[match.index - 1] === '\r') {
      if (match.index + match[0].length > end) return null;
      return match;
    }
  }
  return null;
}

/** The YAML's events (one document), or null after reporting why they cannot be read. */
function readEvents(yamlText: string, syntaxError: (offset: number, message: string) => void): Event[] | null {
  let events: Event[];
  try {
    events = parseEvents(yamlText, {});
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    syntaxError(error.mark?.position ?? 0, error.reason);
    return null;
  }
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT && ++documents > 1) {
      syntaxError(0, 'front matter holds more than one YAML document');
      return null;
    }
  }
  return events;
}

/** True when some node has an anchor or a tag, or is an alias: the cases construction can reject. */
function needsEagerData(events: readonly Event[]): boolean {
  for (const event of events) {
    if (event.type === EVENT_ID.ALIAS) return true;
    if ('tagStart' in event && (event.tagStart !== -1 || event.anchorStart !== -1)) return true;
  }
  return false;
}

/**
 * The plain JS value of the YAML (YAML 1.2 core schema; a repeated key keeps its last value, as
 * Jekyll's reader does), or null for an empty document or after reporting why it cannot be built.
 */
function construct(yamlText: string, events: Event[], syntaxError: (offset: number, message: string) => void): unknown {
  try {
    return constructFromEvents(events, { source: yamlText, json: true })[0] ?? null;
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    syntaxError(error.mark?.position ?? 0, error.reason);
    return null;
  }
}

/** `compute`'s result, computed on the first call only. */
function lazily<T>(compute: () => T): () => T {
  let pending: (() => T) | null = compute;
  let value: T;
  return () => {
    if (pending !== null) {
      value = pending();
      pending = null; // what it needed (the events) can be collected
    }
    return value;
  };
}
