/**
 * In-memory glossaries, shared by the v2 (one language pair) and v3 (multilingual) endpoints:
 * a glossary has one or more dictionaries, each a language pair with its entries. Glossaries
 * belong to the key (account) that created them.
 */
import { randomUUID } from 'node:crypto';
import { isGlossaryLanguage } from './languages.js';

/** One language pair of a glossary. */
export interface Dictionary {
  /** Lower-case base code, e.g. `en`. */
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Source term → target term, in insertion order. */
  entries: Map<string, string>;
}

/** A stored glossary. */
export interface Glossary {
  readonly id: string;
  name: string;
  /** Key label of the account owning it. */
  readonly owner: string;
  readonly creationTime: Date;
  readonly dictionaries: Dictionary[];
}

/** Outcome of parsing or validating client input. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Parses one CSV record list (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field.length === 0) {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/**
 * Parses glossary entries in DeepL's `tsv` (default) or `csv` format. CSV rows may carry the
 * language pair in columns 3 and 4, which must then match `pair`.
 */
export function parseEntries(
  format: string | undefined,
  text: string,
  pair: { readonly sourceLang: string; readonly targetLang: string },
): Checked<Map<string, string>> {
  const kind = (format ?? 'tsv').toLowerCase();
  let rows: string[][];
  if (kind === 'tsv') {
    rows = text
      .split(/\r\n|\n|\r/)
      .filter((line) => line.trim().length > 0)
      .map((line) => line.split('\t'));
  } else if (kind === 'csv') {
    rows = parseCsv(text);
  } else {
    return { ok: false, message: `Value for 'entries_format' not supported: expected 'tsv' or 'csv'.` };
  }
  const entries = new Map<string, string>();
  for (const [index, row] of rows.entries()) {
    const line = index + 1;
    const width = kind === 'tsv' ? 2 : row.length === 4 ? 4 : 2;
    if (row.length !== width) {
      return { ok: false, message: `Invalid glossary entries: line ${line} must have ${kind === 'tsv' ? 'exactly one tab' : '2 or 4 columns'}.` };
    }
    const source = (row[0] ?? '').trim();
    const target = (row[1] ?? '').trim();
    if (source.length === 0 || target.length === 0) {
      return { ok: false, message: `Invalid glossary entries: empty term on line ${line}.` };
    }
    if (width === 4) {
      const rowSource = (row[2] ?? '').trim().toLowerCase();
      const rowTarget = (row[3] ?? '').trim().toLowerCase();
      if (rowSource !== pair.sourceLang || rowTarget !== pair.targetLang) {
        return { ok: false, message: `Invalid glossary entries: language pair on line ${line} does not match the glossary.` };
      }
    }
    if (entries.has(source)) {
      return { ok: false, message: `Invalid glossary entries: duplicate source term '${source}' on line ${line}.` };
    }
    entries.set(source, target);
  }
  return { ok: true, value: entries };
}

/** Validates a glossary language pair and returns it in lower case. */
export function checkGlossaryPair(
  sourceLang: string | undefined,
  targetLang: string | undefined,
): Checked<{ sourceLang: string; targetLang: string }> {
  if (sourceLang === undefined || sourceLang.length === 0) return { ok: false, message: "Missing or empty 'source_lang'." };
  if (targetLang === undefined || targetLang.length === 0) return { ok: false, message: "Missing or empty 'target_lang'." };
  const source = sourceLang.trim().toLowerCase();
  const target = targetLang.trim().toLowerCase();
  if (!isGlossaryLanguage(source) || !isGlossaryLanguage(target) || source === target) {
    return { ok: false, message: 'Unsupported glossary source and target language pair.' };
  }
  return { ok: true, value: { sourceLang: source, targetLang: target } };
}

/** Entries as DeepL's TSV (`source\ttarget` lines). */
export function entriesToTsv(entries: ReadonlyMap<string, string>): string {
  return [...entries].map(([source, target]) => `${source}\t${target}`).join('\n');
}

/** Glossary info in the v2 shape, for glossaries with exactly one dictionary. */
export function v2Info(glossary: Glossary): Record<string, unknown> | undefined {
  const [dictionary, ...rest] = glossary.dictionaries;
  if (dictionary === undefined || rest.length > 0) return undefined;
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    ready: true,
    source_lang: dictionary.sourceLang,
    target_lang: dictionary.targetLang,
    creation_time: glossary.creationTime.toISOString(),
    entry_count: dictionary.entries.size,
  };
}

/** Dictionary info in the v3 shape. */
export function v3DictionaryInfo(dictionary: Dictionary): Record<string, unknown> {
  return { source_lang: dictionary.sourceLang, target_lang: dictionary.targetLang, entry_count: dictionary.entries.size };
}

/** Glossary info in the v3 shape. */
export function v3Info(glossary: Glossary): Record<string, unknown> {
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    dictionaries: glossary.dictionaries.map(v3DictionaryInfo),
    creation_time: glossary.creationTime.toISOString(),
  };
}

/** All glossaries of a server instance. */
export class GlossaryStore {
  private readonly byId = new Map<string, Glossary>();

  /** Stores a new glossary owned by `owner`. */
  create(owner: string, name: string, dictionaries: Dictionary[]): Glossary {
    const glossary: Glossary = { id: randomUUID(), name, owner, creationTime: new Date(), dictionaries };
    this.byId.set(glossary.id, glossary);
    return glossary;
  }

  /** A glossary of `owner`, or undefined (other accounts' glossaries are invisible). */
  get(owner: string, id: string): Glossary | undefined {
    const glossary = this.byId.get(id);
    return glossary?.owner === owner ? glossary : undefined;
  }

  /** Glossaries of `owner`, oldest first. */
  list(owner: string): Glossary[] {
    return [...this.byId.values()].filter((glossary) => glossary.owner === owner);
  }

  /** Deletes a glossary of `owner`; false if there was none. */
  delete(owner: string, id: string): boolean {
    if (this.get(owner, id) === undefined) return false;
    return this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  clear(): void {
    this.byId.clear();
  }
}
