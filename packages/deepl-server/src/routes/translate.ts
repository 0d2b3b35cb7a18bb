/**
 * `POST /v2/translate`: validates like DeepL, bills the key, fake-translates every text and
 * applies glossaries, formality and (when active) adversarial markup damage.
 */
import { damageMarkup } from '../adversarial.js';
import { fakeTranslate } from '../fake-translate.js';
import { baseLanguage, findSourceLanguage, findTargetLanguage } from '../languages.js';
import { billableCharacters, type TagMode } from '../markup.js';
import { errorReply, jsonReply, type Reply } from '../reply.js';
import type { AdversarialMode } from '../types.js';
import type { Route, RouteContext } from './route.js';

/** DeepL's maximum number of `text` values per request. */
export const MAX_TEXTS_PER_REQUEST = 50;

const FORMALITIES = new Set(['default', 'more', 'less', 'prefer_more', 'prefer_less']);
const SPLIT_SENTENCES = new Set(['0', '1', 'nonewlines']);
const MODEL_TYPES = new Set(['quality_optimized', 'latency_optimized', 'prefer_quality_optimized']);
const BOOLEANS = new Set(['0', '1', 'true', 'false']);
const BOOLEAN_PARAMS = ['preserve_formatting', 'outline_detection', 'show_billed_characters'] as const;

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Collects the glossary entries for a request, or an error reply. */
function glossaryEntries(
  context: RouteContext,
  ids: readonly string[],
  sourceLang: string | undefined,
  targetLang: string,
): Map<string, string> | Reply {
  const entries = new Map<string, string>();
  if (ids.length === 0) return entries;
  if (sourceLang === undefined) {
    return errorReply(400, "Use of a glossary requires the 'source_lang' parameter to be specified.");
  }
  if (ids.length > 5) return errorReply(400, 'At most 5 glossaries may be used per request.');
  for (const id of ids) {
    const glossary = context.state.glossaries.get(context.account.label, id);
    if (glossary === undefined) return errorReply(400, `Invalid glossary_id: glossary '${id}' not found.`);
    const dictionary = glossary.dictionaries.find(
      (dict) => dict.sourceLang === baseLanguage(sourceLang) && dict.targetLang === baseLanguage(targetLang),
    );
    if (dictionary === undefined) {
      return errorReply(400, `Language pair of glossary '${id}' does not match the 'source_lang' and 'target_lang' of the request.`);
    }
    for (const [source, target] of dictionary.entries) if (!entries.has(source)) entries.set(source, target);
  }
  return entries;
}

/** The translate handler. */
function translate(context: RouteContext): Reply {
  const { params, log, state, account } = context;
  const texts = params.getAll('text');
  const target = params.get('target_lang');
  const source = params.get('source_lang');
  const formality = params.get('formality')?.toLowerCase();
  const tagHandling = params.get('tag_handling')?.toLowerCase();
  const glossaryIds = [...params.getAll('glossary_id'), ...params.list('glossary_ids')].filter((id) => id.length > 0);
  Object.assign(log, {
    texts: texts.length,
    targetLang: target,
    sourceLang: source,
    formality,
    tagHandling,
    glossaryId: glossaryIds.length > 0 ? glossaryIds.join(',') : undefined,
    context: params.get('context'),
  });

  if (texts.length === 0) return errorReply(400, "Parameter 'text' not specified.");
  if (texts.length > MAX_TEXTS_PER_REQUEST) {
    return errorReply(400, `Too many texts: at most ${MAX_TEXTS_PER_REQUEST} 'text' values are allowed per request.`);
  }
  if (target === undefined || target.length === 0) return errorReply(400, "Parameter 'target_lang' not specified.");
  const targetLanguage = findTargetLanguage(target);
  if (targetLanguage === undefined) return errorReply(400, "Value for 'target_lang' not supported.");
  if (source !== undefined && source.length > 0 && findSourceLanguage(source) === undefined) {
    return errorReply(400, "Value for 'source_lang' not supported.");
  }
  const sourceLang = source !== undefined && source.length > 0 ? source : undefined;
  if (formality !== undefined) {
    if (!FORMALITIES.has(formality)) return errorReply(400, "Value for 'formality' not supported.");
    if ((formality === 'more' || formality === 'less') && targetLanguage.supportsFormality !== true) {
      return errorReply(400, "'formality' is not supported for given 'target_lang'.");
    }
  }
  if (tagHandling !== undefined && tagHandling !== 'xml' && tagHandling !== 'html') {
    return errorReply(400, "Value for 'tag_handling' not supported.");
  }
  const split = params.get('split_sentences')?.toLowerCase();
  if (split !== undefined && !SPLIT_SENTENCES.has(split)) return errorReply(400, "Value for 'split_sentences' not supported.");
  const modelType = params.get('model_type');
  if (modelType !== undefined && !MODEL_TYPES.has(modelType)) return errorReply(400, "Value for 'model_type' not supported.");
  for (const name of BOOLEAN_PARAMS) {
    const value = params.get(name)?.toLowerCase();
    if (value !== undefined && !BOOLEANS.has(value)) return errorReply(400, `Value for '${name}' not supported.`);
  }
  const glossary = glossaryEntries(context, glossaryIds, sourceLang, target);
  if (!(glossary instanceof Map)) return glossary;

  const mode: TagMode | undefined = tagHandling === 'xml' || tagHandling === 'html' ? tagHandling : undefined;
  const counts = texts.map((text) => billableCharacters(text, mode, state.billMarkup));
  const total = counts.reduce((sum, count) => sum + count, 0);
  log.characters = total;
  if (account.characterCount + total > state.limitOf(account)) {
    return errorReply(456, 'Quota exceeded. The character limit has been reached.');
  }
  if (state.quotaAfterCharacters !== null && account.characterCount >= state.quotaAfterCharacters) {
    return errorReply(456, 'Quota exceeded. The character limit has been reached.');
  }
  account.characterCount += total;
  log.billedCharacters = total;

  const adversarial = mode === undefined ? [] : state.adversarial;
  const applied = new Set<AdversarialMode>();
  const ignoreTags = params.list('ignore_tags');
  const detected = sourceLang === undefined ? 'EN' : sourceLang.toUpperCase();
  const showBilled = isTrue(params.get('show_billed_characters')?.toLowerCase());
  const translations = texts.map((text, index) => {
    let translated = fakeTranslate(text, {
      targetLang: target,
      tagHandling: mode,
      ignoreTags,
      formality,
      glossary,
      translateProtected: adversarial.includes('alter-ignored'),
    });
    if (adversarial.includes('alter-ignored')) {
      const honest = fakeTranslate(text, { targetLang: target, tagHandling: mode, ignoreTags, formality, glossary });
      if (honest !== translated) applied.add('alter-ignored');
    }
    if (adversarial.length > 0) {
      const damaged = damageMarkup(translated, adversarial);
      translated = damaged.text;
      for (const name of damaged.applied) applied.add(name);
    }
    return {
      detected_source_language: detected,
      text: translated,
      ...(showBilled ? { billed_characters: counts[index] ?? 0 } : {}),
      ...(modelType === undefined ? {} : { model_type_used: modelType.replace(/^prefer_/, '') }),
    };
  });
  log.adversarial = [...applied];
  return jsonReply(200, { translations });
}

/** Translate route. */
export const translateRoutes: readonly Route[] = [
  { methods: ['POST'], pattern: /^\/v2\/translate$/, handler: translate },
];
