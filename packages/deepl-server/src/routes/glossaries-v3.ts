/**
 * The v3 (multilingual) glossary endpoints, as deepl-node's `DeepLClient` uses them: create,
 * list, get, patch (rename / merge entries), dictionary entries, replace and delete dictionaries,
 * delete. Dictionaries arrive form-encoded as `dictionaries[i].source_lang` etc. (or as JSON).
 */
import type { Params } from '../body.js';
import {
  checkGlossaryPair,
  entriesToTsv,
  parseEntries,
  v3DictionaryInfo,
  v3Info,
  type Checked,
  type Dictionary,
} from '../glossary-store.js';
import { emptyReply, errorReply, jsonReply, type Reply } from '../reply.js';
import { findGlossary } from './glossaries.js';
import type { Route, RouteContext } from './route.js';

/** Builds one dictionary from its parameters. */
function dictionaryFrom(get: (field: string) => string | undefined): Checked<Dictionary> {
  const pair = checkGlossaryPair(get('source_lang'), get('target_lang'));
  if (!pair.ok) return pair;
  const entries = parseEntries(get('entries_format'), get('entries') ?? '', pair.value);
  if (!entries.ok) return entries;
  return { ok: true, value: { ...pair.value, entries: entries.value } };
}

/** All `dictionaries[i].*` groups of a request, in index order. */
function dictionariesFrom(params: Params): Checked<Dictionary[]> {
  const indexes = new Set<number>();
  for (const name of params.names()) {
    const match = /^dictionaries\[(\d+)\]\./.exec(name);
    if (match !== null) indexes.add(Number(match[1]));
  }
  const result: Dictionary[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const dictionary = dictionaryFrom((field) => params.get(`dictionaries[${index}].${field}`));
    if (!dictionary.ok) return dictionary;
    const duplicate = result.some(
      (other) => other.sourceLang === dictionary.value.sourceLang && other.targetLang === dictionary.value.targetLang,
    );
    if (duplicate) return { ok: false, message: 'Each language pair may appear only once in a glossary.' };
    result.push(dictionary.value);
  }
  return { ok: true, value: result };
}

function create(context: RouteContext): Reply {
  const name = context.params.get('name');
  if (name === undefined || name.trim().length === 0) return errorReply(400, "Missing or empty 'name'.");
  const dictionaries = dictionariesFrom(context.params);
  if (!dictionaries.ok) return errorReply(400, dictionaries.message);
  if (dictionaries.value.length === 0) return errorReply(400, "Missing 'dictionaries'.");
  const glossary = context.state.glossaries.create(context.account.label, name, dictionaries.value);
  return jsonReply(201, v3Info(glossary));
}

function list(context: RouteContext): Reply {
  return jsonReply(200, { glossaries: context.state.glossaries.list(context.account.label).map(v3Info) });
}

function get(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  return 'status' in glossary ? glossary : jsonReply(200, v3Info(glossary));
}

function patch(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  const name = context.params.get('name');
  if (name !== undefined && name.trim().length === 0) return errorReply(400, "Empty 'name'.");
  const dictionaries = dictionariesFrom(context.params);
  if (!dictionaries.ok) return errorReply(400, dictionaries.message);
  if (name === undefined && dictionaries.value.length === 0) return errorReply(400, "Nothing to update: give 'name' or 'dictionaries'.");
  if (name !== undefined) glossary.name = name;
  for (const update of dictionaries.value) {
    const existing = glossary.dictionaries.find(
      (dict) => dict.sourceLang === update.sourceLang && dict.targetLang === update.targetLang,
    );
    if (existing === undefined) glossary.dictionaries.push(update);
    else for (const [source, target] of update.entries) existing.entries.set(source, target);
  }
  return jsonReply(200, v3Info(glossary));
}

function remove(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  context.state.glossaries.delete(context.account.label, glossary.id);
  return emptyReply(204);
}

/** Index of the dictionary named by `source_lang`/`target_lang`, or an error reply. */
function dictionaryIndex(context: RouteContext, dictionaries: readonly Dictionary[]): number | Reply {
  const pair = checkGlossaryPair(context.params.get('source_lang'), context.params.get('target_lang'));
  if (!pair.ok) return errorReply(400, pair.message);
  const index = dictionaries.findIndex(
    (dict) => dict.sourceLang === pair.value.sourceLang && dict.targetLang === pair.value.targetLang,
  );
  return index === -1 ? errorReply(404, 'Glossary dictionary not found') : index;
}

function entries(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  const index = dictionaryIndex(context, glossary.dictionaries);
  if (typeof index !== 'number') return index;
  const dictionary = glossary.dictionaries[index];
  if (dictionary === undefined) return errorReply(404, 'Glossary dictionary not found');
  return jsonReply(200, {
    dictionaries: [
      {
        source_lang: dictionary.sourceLang,
        target_lang: dictionary.targetLang,
        entries: entriesToTsv(dictionary.entries),
        entries_format: 'tsv',
      },
    ],
  });
}

function replaceDictionary(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  const dictionary = dictionaryFrom((field) => context.params.get(field));
  if (!dictionary.ok) return errorReply(400, dictionary.message);
  const index = glossary.dictionaries.findIndex(
    (dict) => dict.sourceLang === dictionary.value.sourceLang && dict.targetLang === dictionary.value.targetLang,
  );
  if (index === -1) glossary.dictionaries.push(dictionary.value);
  else glossary.dictionaries[index] = dictionary.value;
  return jsonReply(index === -1 ? 201 : 200, v3DictionaryInfo(dictionary.value));
}

function deleteDictionary(context: RouteContext): Reply {
  const glossary = findGlossary(context);
  if ('status' in glossary) return glossary;
  const index = dictionaryIndex(context, glossary.dictionaries);
  if (typeof index !== 'number') return index;
  glossary.dictionaries.splice(index, 1);
  return emptyReply(204);
}

/** v3 glossary routes. */
export const glossaryV3Routes: readonly Route[] = [
  { methods: ['POST'], pattern: /^\/v3\/glossaries$/, handler: create },
  { methods: ['GET'], pattern: /^\/v3\/glossaries$/, handler: list },
  { methods: ['GET'], pattern: /^\/v3\/glossaries\/([^/]+)$/, handler: get },
  { methods: ['PATCH'], pattern: /^\/v3\/glossaries\/([^/]+)$/, handler: patch },
  { methods: ['DELETE'], pattern: /^\/v3\/glossaries\/([^/]+)$/, handler: remove },
  { methods: ['GET'], pattern: /^\/v3\/glossaries\/([^/]+)\/entries$/, handler: entries },
  { methods: ['PUT'], pattern: /^\/v3\/glossaries\/([^/]+)\/dictionaries$/, handler: replaceDictionary },
  { methods: ['DELETE'], pattern: /^\/v3\/glossaries\/([^/]+)\/dictionaries$/, handler: deleteDictionary },
];
