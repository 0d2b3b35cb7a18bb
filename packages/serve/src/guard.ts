import type { IncomingMessage } from 'node:http';
import { DeckError } from '@deckl10n/errors';

/** Host names the server answers to (it listens on 127.0.0.1 only). */
const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];

/**
 * Refuses requests whose `Host` (or `Origin`, when a browser sends one) is not this server:
 * a page on another site that rebinds its DNS name to 127.0.0.1 cannot read or write the store.
 *
 * @example
 * checkOrigin({ headers: { host: 'evil.example:4300' } } as IncomingMessage, 4300); // throws SERVE_FORBIDDEN
 */
export function checkOrigin(request: IncomingMessage, port: number): void {
  const allowed = new Set(LOCAL_HOSTS.map((host) => `${host}:${port}`));
  const host = request.headers.host;
  if (host === undefined || !allowed.has(host.toLowerCase())) {
    throw new DeckError('SERVE_FORBIDDEN', `refused a request for host "${host ?? '(none)'}"; this server answers to ${[...allowed].join(' and ')}`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.has(origin.toLowerCase().replace(/^http:\/\//, ''))) {
    throw new DeckError('SERVE_FORBIDDEN', `refused a request from origin "${origin}"; only pages served by this server may call its API`);
  }
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site === 'cross-site') {
    throw new DeckError('SERVE_FORBIDDEN', 'refused a cross-site request');
  }
}
