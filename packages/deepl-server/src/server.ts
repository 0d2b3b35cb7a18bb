/**
 * Composition: the HTTP server on 127.0.0.1, the request pipeline (body → latency → fault →
 * route → auth → handler → reply corruption → write) and the handle returned to callers.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalizeAdversarial } from './adversarial.js';
import { MAX_REQUEST_BYTES, parseParams, readBody } from './body.js';
import { corruptReply, corruptsReply, faultLabel } from './faults.js';
import { keyFromAuthorization, keyLabel } from './keys.js';
import { errorReply, serializeReply, type Reply } from './reply.js';
import { CONTROL_PREFIX, controlReply } from './routes/control.js';
import { glossaryV3Routes } from './routes/glossaries-v3.js';
import { glossaryRoutes } from './routes/glossaries.js';
import { languageRoutes } from './routes/languages.js';
import type { Route } from './routes/route.js';
import { translateRoutes } from './routes/translate.js';
import { usageRoutes } from './routes/usage.js';
import { ServerState, type MutableLogEntry } from './state.js';
import type { DeeplServerHandle, DeeplServerOptions, FaultScriptOptions } from './types.js';

/** The only address the server ever binds. */
export const HOST = '127.0.0.1';

const ROUTES: readonly Route[] = [
  ...translateRoutes,
  ...usageRoutes,
  ...languageRoutes,
  ...glossaryRoutes,
  ...glossaryV3Routes,
];

/** Finds the route for a path: the handler and captures, or the status to answer (404/405). */
function matchRoute(method: string, path: string): { route: Route; captures: string[] } | { status: 404 | 405 } {
  let pathMatched = false;
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match === null) continue;
    pathMatched = true;
    if (route.methods.includes(method)) {
      return { route, captures: match.slice(1).map((part) => safeDecode(part ?? '')) };
    }
  }
  return { status: pathMatched ? 405 : 404 };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Parses the request target (origin-form, as HTTP clients send it). */
function parseTarget(target: string | undefined): URL | undefined {
  try {
    const raw = target ?? '/';
    return raw.startsWith('/') ? new URL(`http://${HOST}${raw}`) : new URL(raw);
  } catch {
    return undefined;
  }
}

function notFoundMessage(path: string): string {
  if (path.startsWith('/v2/document')) return 'Document translation is not supported by deckl10n-deepl-server.';
  return 'Not found';
}

/** Writes a reply unless the connection is already gone; records the status. */
function send(res: ServerResponse, reply: Reply, log: MutableLogEntry | undefined): void {
  if (res.destroyed || res.writableEnded) return;
  const { body, contentType } = serializeReply(reply);
  const headers: Record<string, string | number> = {
    'content-length': Buffer.byteLength(body),
    'x-trace-id': randomBytes(16).toString('hex'),
  };
  if (contentType !== undefined) headers['content-type'] = contentType;
  res.writeHead(reply.status, headers);
  res.end(body);
  if (log !== undefined) log.status = reply.status;
}

/**
 * Starts a fake DeepL API server on 127.0.0.1.
 *
 * @example
 * const server = await startDeeplServer({ keys: ['test-key:fx'] });
 * const translator = new deepl.Translator('test-key:fx', { serverUrl: server.url });
 * await translator.translateText('Hello', 'en', 'fr'); // { text: 'fr: HELLO', ... }
 * await server.close();
 */
export async function startDeeplServer(options: DeeplServerOptions = {}): Promise<DeeplServerHandle> {
  const state = new ServerState(options);
  const timers = new Set<NodeJS.Timeout>();
  let url = '';
  let closed = false;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timer.unref();
      timers.add(timer);
    });

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, path: string, query: URLSearchParams): Promise<void> {
    const started = Date.now();
    const log = state.newLogEntry(method, path);
    const key = keyFromAuthorization(req.headers.authorization);
    log.keyLabel = key === undefined ? undefined : keyLabel(key);
    res.on('close', () => {
      log.aborted = !res.writableFinished;
      log.durationMs = Date.now() - started;
      options.onRequest?.({ ...log, adversarial: [...log.adversarial] });
    });

    const body = await readBody(req, MAX_REQUEST_BYTES);
    if (body.kind === 'aborted') return;
    if (state.latencyMs > 0) {
      await sleep(state.latencyMs);
      // A client that went away during the delay (a killed run) never had its request processed:
      // nothing is translated or billed, as if it had never reached the service.
      if (req.socket.destroyed) return;
    }
    const fault = state.faults.take(path);
    if (fault !== undefined) log.fault = faultLabel(fault);
    switch (fault?.kind) {
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'timeout':
        return; // never answered; the socket closes when the client gives up or the server stops
      case 'status':
        send(res, errorReply(fault.status, fault.message), log);
        return;
      case 'delay':
        await sleep(fault.ms);
        break;
      default:
        break;
    }

    const found = matchRoute(method, path);
    if ('status' in found) {
      send(res, errorReply(found.status, found.status === 404 ? notFoundMessage(path) : 'Method not allowed'), log);
      return;
    }
    if (body.kind === 'too-large') {
      send(res, errorReply(413, `Request Entity Too Large: the request size exceeds ${MAX_REQUEST_BYTES} bytes.`), log);
      return;
    }
    const account = key === undefined ? undefined : state.accountFor(key);
    if (account === undefined) {
      send(
        res,
        errorReply(403, key === undefined ? 'Authorization failure: missing DeepL-Auth-Key in the Authorization header.' : 'Authorization failure: the authentication key is not valid.'),
        log,
      );
      return;
    }
    const parsed = parseParams(req.headers['content-type'], body.bytes, query);
    if (!parsed.ok) {
      send(res, errorReply(400, parsed.message), log);
      return;
    }
    log.bodyType = parsed.bodyType;
    log.bodyBytes = body.bytes.length;
    let reply = found.route.handler({
      method,
      path,
      pathParams: found.captures,
      params: parsed.params,
      headers: req.headers,
      account,
      state,
      log,
    });
    if (fault !== undefined && corruptsReply(fault)) reply = corruptReply(fault, reply);
    send(res, reply, log);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<void> {
    const body = await readBody(req, 1024 * 1024);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too-large') {
      send(res, errorReply(413), undefined);
      return;
    }
    send(res, controlReply(method, path, body.bytes.toString('utf8'), state, url), undefined);
  }

  const server = createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const parsedUrl = parseTarget(req.url);
    if (parsedUrl === undefined) {
      send(res, errorReply(400, 'Malformed request target.'), undefined);
      return;
    }
    const path = parsedUrl.pathname;
    const isControl = path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
    const work = isControl ? handleControl(req, res, method, path) : handleApi(req, res, method, path, parsedUrl.searchParams);
    work.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      send(res, errorReply(500, `Internal error in deckl10n-deepl-server: ${message}`), undefined);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://${HOST}:${port}`;

  const handle: DeeplServerHandle = {
    url,
    port,
    get requests() {
      return state.requests();
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) {
          resolve();
          return;
        }
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    usage: (key) => state.usage(key),
    setFaults: (script, faultOptions?: FaultScriptOptions) => state.faults.set(script, faultOptions?.path ?? null),
    pendingFaults: () => state.faults.pending(),
    setLatency: (ms) => state.apply({ latencyMs: ms }),
    setAdversarial: (modes) => {
      state.adversarial = normalizeAdversarial(modes);
    },
    setQuotaAfter: (characters) => state.apply({ quotaAfterCharacters: characters }),
    setCharacterLimit: (limit, key) => {
      if (key === undefined) state.apply({ characterLimit: limit });
      else state.apply({ keyCharacterLimits: [{ key, characterLimit: limit }] });
    },
    configure: (patch) => state.apply(patch),
    state: () => state.snapshot(url),
    clearRequests: () => state.clearRequests(),
    reset: () => state.reset(),
  };
  return handle;
}
