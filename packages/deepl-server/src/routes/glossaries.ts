/**
 * The v2 glossary endpoints (one language pair per glossary), as deepl-node's `Translator` uses
 * them: create, list, get, entries (TSV), delete.
 */
import { checkGlossaryPair, entriesToTsv, parseEntries, v2Info, type Glossary } from '../glossary-store.js';
import { emptyReply, errorReply, jsonReply, type Reply } from '../reply.js';
import type { Route, RouteContext } from './route.js';

const TSV = 'text/tab-separated-values';

/** The glossary named by the first path parameter, or a 404 reply. */
export function findGlossary(context: RouteContext): Glossary | Reply {
  const id = context.pathParams[0] ?? '';
  const glossary = context.state.glossaries.get(context.account.label, id);
  return glossary ?? errorReply(404, 'Glossary not found');
}

function create(context: RouteContext): Reply {
  const { params } = context;
  const name = params.get('name');
  if (name === undefined || name.trim().length === 0) return errorReply(400, "Missing or empty 'name'.");
  const pair = checkGlossaryPair(params.get('source_lang'), params.get('target_lang'));
  if (!pair.ok) return errorReply(400, pair.message);
  const text = params.get('entries');
  if (text === undefined || text.trim().length === 0) return errorReply(400, "Missing or empty 'entries'.");
  const entries = parseEntries(params.get('entries_format'), text, pair.value);
  if (!entries.ok) return errorReply(400, entries.message);
  if (entries.value.size === 0) return errorReply(400, "Missing or empty 'entries'.");
  const glossary = context.state.glossaries.create(context.account.label, name, [{ ...pair.value, entries: entries.value }]);
  return jsonReply(201, v2Info(glossary));
}

function list(context: RouteContext): Reply {
  const glossaries = context.state.glossaries
    .list(context.account.label)
    .map(v2Info)
    .filter((info) => info !== undefined);
  return jsonReply(200, { glossaries });
}

function singlePair(glossary: Glossary): Reply | undefined {
  return glossary.dictionaries.length === 1
    ? undefined
    : errorReply(400, 'This glossary does not have exactly one dictionary; use the v3 glossary endpoints.');
}

function get(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  return singlePair(glossary) ?? jsonReply(200, v2Info(glossary));
}

function entries(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  const problem = singlePair(glossary);
  if (problem !== undefined) return problem;
  const accept = context.headers.accept;
  if (accept !== undefined && !accept.includes(TSV) && !accept.includes('*/*') && !accept.includes('text/*')) {
    return errorReply(415, `Unsupported Accept header: only ${TSV} is supported.`);
  }
  const dictionary = glossary.dictionaries[0];
  return { status: 200, text: dictionary === undefined ? '' : entriesToTsv(dictionary.entries), contentType: `${TSV}; charset=utf-8` };
}

function remove(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  context.state.glossaries.delete(context.account.label, glossary.id);
  return emptyReply(204);
}

/** v2 glossary routes. */
export const glossaryRoutes: readonly Route[] = [
  { methods: ['POST'], pattern: /^\/v2\/glossaries$/, handler: create },
  { methods: ['GET'], pattern: /^\/v2\/glossaries$/, handler: list },
  { methods: ['GET'], pattern: /^\/v2\/glossaries\/([^/]+)$/, handler: get },
  { methods: ['DELETE'], pattern: /^\/v2\/glossaries\/([^/]+)$/, handler: remove },
  { methods: ['GET'], pattern: /^\/v2\/glossaries\/([^/]+)\/entries$/, handler: entries },
];
