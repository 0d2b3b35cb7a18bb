/**
 * The control endpoint under `/__control`, for changing faults, latency and adversarial modes
 * from another process (no authentication, no faults, no latency, not logged):
 *
 * - `GET /__control`: the {@link ControlState}.
 * - `POST /__control` with a JSON {@link ControlPatch}: apply it, answer the new state.
 * - `POST /__control/reset`: back to the start options.
 * - `GET /__control/requests`: `{ requests: RequestLogEntry[] }`; `DELETE` empties the log.
 * - `POST /__control/usage` with `{ "key": "..." }`: that key's usage (the key is not echoed).
 */
import { keyLabel } from '../keys.js';
import { emptyReply, errorReply, jsonReply, type Reply } from '../reply.js';
import type { ServerState } from '../state.js';

/** Path prefix of the control endpoint. */
export const CONTROL_PREFIX = '/__control';

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  if (body.trim().length === 0) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Answers a control request. */
export function controlReply(method: string, path: string, body: string, state: ServerState, url: string): Reply {
  const sub = path.slice(CONTROL_PREFIX.length) || '/';
  const route = `${method} ${sub}`;
  const json = parseJson(body);
  if (!json.ok) return errorReply(400, 'Control requests take a JSON body.');
  try {
    switch (route) {
      case 'GET /':
        return jsonReply(200, state.snapshot(url));
      case 'POST /':
      case 'PATCH /':
        state.apply(json.value);
        return jsonReply(200, state.snapshot(url));
      case 'POST /reset':
        state.reset();
        return jsonReply(200, state.snapshot(url));
      case 'GET /requests':
        return jsonReply(200, { requests: state.requests() });
      case 'DELETE /requests':
        state.clearRequests();
        return emptyReply(204);
      case 'POST /usage': {
        const key = (json.value as Record<string, unknown> | null)?.['key'];
        if (typeof key !== 'string' || key.length === 0) return errorReply(400, "Give the key as { \"key\": \"...\" }.");
        const usage = state.usage(key);
        return jsonReply(200, {
          key_label: keyLabel(key),
          character_count: usage.characterCount,
          character_limit: usage.characterLimit,
        });
      }
      default:
        return errorReply(404, `Unknown control request ${route}`);
    }
  } catch (error) {
    if (error instanceof TypeError) return errorReply(400, error.message);
    throw error;
  }
}
