/**
 * `GET|POST /v2/languages?type=source|target` and `GET /v2/glossary-language-pairs`.
 */
import { GLOSSARY_LANGUAGES, SOURCE_LANGUAGES, TARGET_LANGUAGES } from '../languages.js';
import { errorReply, jsonReply } from '../reply.js';
import type { Route } from './route.js';

/** Language routes. */
export const languageRoutes: readonly Route[] = [
  {
    methods: ['GET', 'POST'],
    pattern: /^\/v2\/languages$/,
    handler: ({ params }) => {
      const type = (params.get('type') ?? 'source').toLowerCase();
      if (type === 'source') {
        return jsonReply(200, SOURCE_LANGUAGES.map((lang) => ({ language: lang.code, name: lang.name })));
      }
      if (type === 'target') {
        return jsonReply(
          200,
          TARGET_LANGUAGES.map((lang) => ({
            language: lang.code,
            name: lang.name,
            supports_formality: lang.supportsFormality === true,
          })),
        );
      }
      return errorReply(400, "Value for 'type' not supported: expected 'source' or 'target'.");
    },
  },
  {
    methods: ['GET'],
    pattern: /^\/v2\/glossary-language-pairs$/,
    handler: () =>
      jsonReply(200, {
        supported_languages: GLOSSARY_LANGUAGES.flatMap((source) =>
          GLOSSARY_LANGUAGES.filter((target) => target !== source).map((target) => ({
            source_lang: source,
            target_lang: target,
          })),
        ),
      }),
  },
];
