/**
 * Replies: what route handlers return instead of writing to the response, so that faults can
 * corrupt a reply after it was computed, and the server writes every reply the same way.
 */
import { STATUS_CODES } from 'node:http';

/** A response to send. `json` is serialized; `text` is sent as is. */
export interface Reply {
  readonly status: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly contentType?: string;
}

/** A JSON reply. */
export function jsonReply(status: number, json: unknown): Reply {
  return { status, json };
}

/** A DeepL-style error reply: `{"message": "..."}`. */
export function errorReply(status: number, message?: string): Reply {
  return { status, json: { message: message ?? defaultMessage(status) } };
}

/** An empty reply (e.g. 204 after a delete). */
export function emptyReply(status = 204): Reply {
  return { status };
}

/** The message DeepL-like servers give for a status. */
export function defaultMessage(status: number): string {
  switch (status) {
    case 400:
      return 'Bad request. Please check error message and your parameters.';
    case 403:
      return 'Authorization failed. Please supply a valid DeepL-Auth-Key via the Authorization header.';
    case 404:
      return 'Not found';
    case 413:
      return 'Request Entity Too Large';
    case 429:
      return 'Too many requests. Please wait and resend your request.';
    case 456:
      return 'Quota exceeded. The character limit has been reached.';
    case 500:
      return 'Internal server error';
    case 503:
      return 'Service unavailable';
    default:
      return STATUS_CODES[status] ?? 'Unknown status';
  }
}

/** Body bytes and headers of a reply. */
export function serializeReply(reply: Reply): { body: string; contentType: string | undefined } {
  if (reply.text !== undefined) {
    return { body: reply.text, contentType: reply.contentType ?? 'text/plain; charset=utf-8' };
  }
  if (reply.json !== undefined) {
    return { body: JSON.stringify(reply.json), contentType: reply.contentType ?? 'application/json' };
  }
  return { body: '', contentType: undefined };
}
