/**
 * @deckl10n/providers: machine translation behind one interface. `pseudo` is offline and
 * deterministic; `deepl` goes through deepl-node with markup protected as XML tags.
 */
export { createPseudoProvider, pseudoLocalize } from './pseudo.js';
export type {
  BatchLimits,
  ProviderRequest,
  ProviderResult,
  ProviderTranslation,
  TranslationProvider,
  TranslationUnit,
} from './provider.js';
export { createDeeplProvider } from './deepl.js';
export type { DeeplProviderOptions } from './deepl.js';
export { fromXml, toXml, xmlBillableCharacters } from './markup-xml.js';
export { ensureGlossary, glossaryEntries, glossaryName } from './deepl-glossary.js';
export type { GlossaryConfig } from './deepl-glossary.js';
export { deeplError } from './deepl-errors.js';
export type { FromXml, XmlForm } from './markup-xml.js';
