/**
 * A local server speaking DeepL's v2 (and v3 glossary) HTTP API closely enough for the real
 * deepl-node client, with a deterministic fake translation, per-key billing, glossaries, fault
 * injection and adversarial markup damage, for testing the DeepL provider offline.
 */
export { startDeeplServer, HOST } from './server.js';
export { fakeTranslate, languageMarker } from './fake-translate.js';
export type { FakeTranslateOptions } from './fake-translate.js';
export { billableCharacters, codePoints, tagsOf, tokenize } from './markup.js';
export type { TagMode, Token } from './markup.js';
export { keyLabel, isFreeKey } from './keys.js';
export { MAX_REQUEST_BYTES } from './body.js';
export { MAX_TEXTS_PER_REQUEST } from './routes/translate.js';
export { CONTROL_PREFIX } from './routes/control.js';
export { FREE_CHARACTER_LIMIT, UNLIMITED_CHARACTER_LIMIT } from './state.js';
export { SOURCE_LANGUAGES, TARGET_LANGUAGES, GLOSSARY_LANGUAGES } from './languages.js';
export type { LanguageInfo } from './languages.js';
export { ADVERSARIAL_MODES } from './types.js';
export type {
  AdversarialMode,
  ControlPatch,
  ControlState,
  DeeplServerHandle,
  DeeplServerOptions,
  FaultScriptOptions,
  FaultStep,
  KeyConfig,
  RequestLogEntry,
  Usage,
} from './types.js';
