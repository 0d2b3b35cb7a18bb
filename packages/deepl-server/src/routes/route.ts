/**
 * What route handlers get and return. Handlers are synchronous (all state is in memory) and
 * return a {@link Reply}; the server writes it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Params } from '../body.js';
import type { Reply } from '../reply.js';
import type { Account, MutableLogEntry, ServerState } from '../state.js';

/** Everything a handler may use about the request. */
export interface RouteContext {
  readonly method: string;
  readonly path: string;
  /** Captured path segments, e.g. the glossary id. */
  readonly pathParams: readonly string[];
  /** Query string and body parameters merged. */
  readonly params: Params;
  readonly headers: IncomingHttpHeaders;
  /** The authenticated account. */
  readonly account: Account;
  readonly state: ServerState;
  /** The request's log entry, for handlers to fill in (texts, characters, languages). */
  readonly log: MutableLogEntry;
}

/** A route handler. */
export type RouteHandler = (context: RouteContext) => Reply;

/** A route: allowed methods, an anchored path pattern whose groups become `pathParams`. */
export interface Route {
  readonly methods: readonly string[];
  readonly pattern: RegExp;
  readonly handler: RouteHandler;
}
