import type { IncomingMessage } from 'node:http';
import { DeckError } from '@deckl10n/errors';

/** The largest request body accepted (bytes): one segment's translation fits in far less. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a request body as a JSON object. Refuses bodies over {@link MAX_BODY_BYTES}, a
 * content type other than JSON, bytes that are not UTF-8, and JSON that is not an object.
 * An empty body reads as `{}`.
 */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  if (size === 0) return {};
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new DeckError('SERVE_BAD_REQUEST', `the body must be JSON sent as Content-Type: application/json (got "${type || 'none'}")`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new DeckError('SERVE_BAD_REQUEST', 'the body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DeckError('SERVE_BAD_REQUEST', `the body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DeckError('SERVE_BAD_REQUEST', 'the body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** The fields of an edit: `{"translation": string, "approve"?: boolean}`, nothing else. */
export interface EditBody {
  readonly translation: string;
  readonly approve: boolean;
}

/** Validates an edit body field by field. */
export function parseEditBody(body: Record<string, unknown>): EditBody {
  for (const key of Object.keys(body)) {
    if (key !== 'translation' && key !== 'approve') {
      throw new DeckError('SERVE_BAD_REQUEST', `unknown field "${key}"; an edit is {"translation": "…", "approve": true|false}`);
    }
  }
  const { translation, approve } = body;
  if (typeof translation !== 'string') {
    throw new DeckError('SERVE_BAD_REQUEST', `"translation" must be a string, got ${describe(translation)}`);
  }
  if (approve !== undefined && typeof approve !== 'boolean') {
    throw new DeckError('SERVE_BAD_REQUEST', `"approve" must be true or false, got ${describe(approve)}`);
  }
  return { translation, approve: approve === true };
}

/** Validates an approve body: empty or `{}`. */
export function parseApproveBody(body: Record<string, unknown>): void {
  const keys = Object.keys(body);
  if (keys.length > 0) throw new DeckError('SERVE_BAD_REQUEST', `an approval takes no fields; got "${keys[0] as string}"`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function tooLarge(): DeckError {
  return new DeckError('SERVE_BODY_TOO_LARGE', `the body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
}
