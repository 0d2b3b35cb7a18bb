import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadedConfig } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import { errorAnswer } from './api-error.js';
import { checkOrigin } from './guard.js';
import { answerApi } from './routes.js';
import { checkViewerDir, defaultViewerDir, viewerFile } from './static-files.js';

/** Options for {@link startServer}. */
export interface ServeOptions {
  readonly loaded: LoadedConfig;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Folder of the built viewer; the copy inside this package by default. */
  readonly viewerDir?: string;
  /** Called for every error answered with status 500 (a bug or an unreadable store). */
  readonly onError?: (error: unknown) => void;
}

/** A running server. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/** What every answer carries: no sniffing, no referrer, and only our own scripts. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: http: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

/**
 * Starts `deckl10n serve`: the viewer and its JSON API (see routes.ts) on 127.0.0.1 only.
 *
 * @example
 * const running = await startServer({ loaded: await loadConfig(process.cwd()), port: 0 });
 * running.url; // 'http://127.0.0.1:43817/'
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const viewerDir = options.viewerDir ?? defaultViewerDir();
  checkViewerDir(viewerDir);
  let port = options.port ?? 0;
  const server = createServer((request, response) => {
    handle(request, response, options, viewerDir, port).catch((error: unknown) => options.onError?.(error));
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      rejectListen(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new DeckError('SERVE_PORT_IN_USE', `cannot listen on 127.0.0.1:${port}: ${error.code === 'EACCES' ? 'permission denied' : 'the port is in use'}`, { cause: error })
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: ServeOptions, viewerDir: string, port: number): Promise<void> {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  try {
    checkOrigin(request, port);
    if (path.startsWith('/api/')) {
      const answer = await answerApi(request, options.loaded, path);
      sendJson(response, answer.status, answer.body);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { error: { code: 'SERVE_NOT_FOUND', message: `${request.method ?? '?'} is not allowed on ${path}`, hint: '' } });
      return;
    }
    const file = await viewerFile(viewerDir, path);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': file.type,
      'content-length': file.body.length,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  } catch (error) {
    const answer = errorAnswer(error);
    if (answer.status >= 500) options.onError?.(error);
    // Drain what is left of a refused body so the connection answers cleanly.
    if (answer.status === 413) request.resume();
    sendJson(response, answer.status, answer.body, answer.status === 413);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, close = false): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(text);
}
