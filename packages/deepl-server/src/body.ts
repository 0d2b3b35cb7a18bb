/**
 * Request bodies: reading them with a size limit, and decoding form-encoded or JSON bodies
 * (plus the query string) into one multi-valued parameter list, the way DeepL accepts both.
 */
import type { IncomingMessage } from 'node:http';

/** DeepL's limit on the total request size: 128 KiB. */
export const MAX_REQUEST_BYTES = 128 * 1024;

/** Bodies beyond this are not even buffered: the connection is dropped. */
const HARD_LIMIT_BYTES = 8 * 1024 * 1024;

/** A read body, or the fact that it was larger than the limit. */
export type BodyResult =
  | { readonly kind: 'ok'; readonly bytes: Buffer }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'aborted' };

/**
 * Reads the whole request body. Bodies above `limit` bytes are drained (so the connection can
 * answer 413) but not kept; above 8 MiB the request is destroyed.
 */
export function readBody(req: IncomingMessage, limit: number = MAX_REQUEST_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > HARD_LIMIT_BYTES) {
        req.destroy();
        settle({ kind: 'aborted' });
        return;
      }
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      settle(size > limit ? { kind: 'too-large', size } : { kind: 'ok', bytes: Buffer.concat(chunks) });
    });
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}

/** How a body was encoded. */
export type BodyType = 'form' | 'json' | 'none';

/** Multi-valued request parameters (query string and body merged, query first). */
export class Params {
  private readonly values = new Map<string, string[]>();

  /** Appends a value. */
  add(name: string, value: string): void {
    const list = this.values.get(name);
    if (list === undefined) this.values.set(name, [value]);
    else list.push(value);
  }

  /** First value of a parameter. */
  get(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** All values of a parameter, in order. */
  getAll(name: string): readonly string[] {
    return this.values.get(name) ?? [];
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** Parameter names, in first-seen order. */
  names(): readonly string[] {
    return [...this.values.keys()];
  }

  /** All values of a comma-separated list parameter (e.g. `ignore_tags=a,b`), split and trimmed. */
  list(name: string): readonly string[] {
    return this.getAll(name)
      .flatMap((value) => value.split(','))
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }

  /** Adds every pair of a URL-encoded string or `URLSearchParams`. */
  addForm(form: URLSearchParams): void {
    for (const [name, value] of form) this.add(name, value);
  }

  /**
   * Adds the members of a JSON object. Arrays become repeated values, booleans `1`/`0`, nested
   * objects are flattened the way deepl-node form-encodes them (`dictionaries[0].entries`).
   */
  addJson(value: unknown, prefix = ''): void {
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        if (item !== null && typeof item === 'object') this.addJson(item, `${prefix}[${index}]`);
        else this.addJson(item, prefix);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
        this.addJson(member, prefix === '' ? name : `${prefix}.${name}`);
      }
    } else if (typeof value === 'boolean') {
      this.add(prefix, value ? '1' : '0');
    } else if (typeof value === 'string' || typeof value === 'number') {
      this.add(prefix, String(value));
    }
  }
}

/** Result of decoding a body into {@link Params}. */
export type ParseResult =
  | { readonly ok: true; readonly params: Params; readonly bodyType: BodyType }
  | { readonly ok: false; readonly message: string };

/**
 * Decodes query string and body. JSON bodies must be objects; form bodies (or bodies without a
 * content type) are URL-decoded; multipart bodies are refused (only document upload uses them).
 */
export function parseParams(contentType: string | undefined, body: Buffer, query: URLSearchParams): ParseResult {
  const params = new Params();
  params.addForm(query);
  if (body.length === 0) return { ok: true, params, bodyType: 'none' };
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = body.toString('utf8');
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, message: 'Invalid JSON in request body.' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { ok: false, message: 'JSON request body must be an object.' };
    }
    params.addJson(parsed);
    return { ok: true, params, bodyType: 'json' };
  }
  if (type.startsWith('multipart/')) {
    return { ok: false, message: 'multipart/form-data bodies are not supported by this server (no document translation).' };
  }
  params.addForm(new URLSearchParams(text));
  return { ok: true, params, bodyType: 'form' };
}
