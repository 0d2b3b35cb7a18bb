import type { IncomingMessage } from 'node:http';
import type { LoadedConfig } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import { parseApproveBody, parseEditBody, readJsonObject } from './body.js';
import { deckView, slidesView } from './deck-view.js';
import { editSegment } from './edits.js';
import { projectView } from './project-view.js';

/** An API answer: a status and a JSON value. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: unknown;
}

type Handler = (request: IncomingMessage, loaded: LoadedConfig, params: readonly string[]) => Promise<ApiAnswer>;

interface Route {
  readonly method: 'GET' | 'PUT' | 'POST';
  readonly pattern: RegExp;
  readonly handle: Handler;
}

/** Ids and language codes as the project writes them: nothing that could name a path. */
const ID = '([A-Za-z0-9][\\w.-]{0,199})';

/**
 * The JSON API:
 * - `GET  /api/project`: decks × target languages with counts by state (the dashboard);
 * - `GET  /api/decks/<deck>/<lng>`: the deck's text, localized text, review text and segments;
 * - `GET  /api/decks/<deck>/<lng>/slides`: only what the reading view shows (the framed text);
 * - `PUT  /api/decks/<deck>/<lng>/segments/<id>` `{"translation": "…", "approve"?: bool}`: save an edit;
 * - `POST /api/decks/<deck>/<lng>/segments/<id>/approve`: mark the stored translation reviewed.
 */
const routes: readonly Route[] = [
  { method: 'GET', pattern: /^\/api\/project$/, handle: async (_request, loaded) => ok(await projectView(loaded)) },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/decks/${ID}/${ID}$`),
    handle: async (_request, loaded, [deck, language]) => ok(await deckView(loaded, deck as string, language as string)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/decks/${ID}/${ID}/slides$`),
    handle: async (_request, loaded, [deck, language]) => ok(await slidesView(loaded, deck as string, language as string)),
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/decks/${ID}/${ID}/segments/${ID}$`),
    handle: async (request, loaded, [deck, language, segment]) => {
      const body = parseEditBody(await readJsonObject(request));
      return ok(await editSegment(loaded, deck as string, language as string, segment as string, body));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/decks/${ID}/${ID}/segments/${ID}/approve$`),
    handle: async (request, loaded, [deck, language, segment]) => {
      parseApproveBody(await readJsonObject(request));
      return ok(await editSegment(loaded, deck as string, language as string, segment as string, { translation: null, approve: true }));
    },
  },
];

/** Answers an API request (`path` starts with `/api/`). */
export async function answerApi(request: IncomingMessage, loaded: LoadedConfig, path: string): Promise<ApiAnswer> {
  let allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match === null) continue;
    if (route.method !== request.method) {
      allowed.push(route.method);
      continue;
    }
    return route.handle(request, loaded, match.slice(1));
  }
  allowed = [...new Set(allowed)];
  if (allowed.length > 0) {
    return { status: 405, body: { error: { code: 'SERVE_NOT_FOUND', message: `${request.method ?? '?'} is not allowed on ${path}; use ${allowed.join(' or ')}`, hint: '' } } };
  }
  throw new DeckError('SERVE_NOT_FOUND', `no API route ${JSON.stringify(path)}`);
}

function ok(body: unknown): ApiAnswer {
  return { status: 200, body };
}
