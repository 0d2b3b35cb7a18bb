/**
 * The language tables the server validates against and reports: a realistic subset of DeepL's
 * source and target languages, and the languages glossaries may be created for.
 */

/** A language as `/v2/languages` reports it. */
export interface LanguageInfo {
  /** Upper-case DeepL code, e.g. `DE`, `EN-GB`. */
  readonly code: string;
  readonly name: string;
  /** Target languages only. */
  readonly supportsFormality?: boolean;
}

/** Source languages (base codes only, as DeepL). */
export const SOURCE_LANGUAGES: readonly LanguageInfo[] = [
  { code: 'AR', name: 'Arabic' },
  { code: 'BG', name: 'Bulgarian' },
  { code: 'CS', name: 'Czech' },
  { code: 'DA', name: 'Danish' },
  { code: 'DE', name: 'German' },
  { code: 'EL', name: 'Greek' },
  { code: 'EN', name: 'English' },
  { code: 'ES', name: 'Spanish' },
  { code: 'ET', name: 'Estonian' },
  { code: 'FI', name: 'Finnish' },
  { code: 'FR', name: 'French' },
  { code: 'HU', name: 'Hungarian' },
  { code: 'ID', name: 'Indonesian' },
  { code: 'IT', name: 'Italian' },
  { code: 'JA', name: 'Japanese' },
  { code: 'KO', name: 'Korean' },
  { code: 'LT', name: 'Lithuanian' },
  { code: 'LV', name: 'Latvian' },
  { code: 'NB', name: 'Norwegian Bokmål' },
  { code: 'NL', name: 'Dutch' },
  { code: 'PL', name: 'Polish' },
  { code: 'PT', name: 'Portuguese' },
  { code: 'RO', name: 'Romanian' },
  { code: 'RU', name: 'Russian' },
  { code: 'SK', name: 'Slovak' },
  { code: 'SL', name: 'Slovenian' },
  { code: 'SV', name: 'Swedish' },
  { code: 'TR', name: 'Turkish' },
  { code: 'UK', name: 'Ukrainian' },
  { code: 'ZH', name: 'Chinese' },
];

/** Target languages, with formality support as DeepL reports it. */
export const TARGET_LANGUAGES: readonly LanguageInfo[] = [
  { code: 'AR', name: 'Arabic', supportsFormality: false },
  { code: 'BG', name: 'Bulgarian', supportsFormality: false },
  { code: 'CS', name: 'Czech', supportsFormality: false },
  { code: 'DA', name: 'Danish', supportsFormality: false },
  { code: 'DE', name: 'German', supportsFormality: true },
  { code: 'EL', name: 'Greek', supportsFormality: false },
  { code: 'EN-GB', name: 'English (British)', supportsFormality: false },
  { code: 'EN-US', name: 'English (American)', supportsFormality: false },
  { code: 'ES', name: 'Spanish', supportsFormality: true },
  { code: 'ES-419', name: 'Spanish (Latin American)', supportsFormality: true },
  { code: 'ET', name: 'Estonian', supportsFormality: false },
  { code: 'FI', name: 'Finnish', supportsFormality: false },
  { code: 'FR', name: 'French', supportsFormality: true },
  { code: 'HU', name: 'Hungarian', supportsFormality: false },
  { code: 'ID', name: 'Indonesian', supportsFormality: false },
  { code: 'IT', name: 'Italian', supportsFormality: true },
  { code: 'JA', name: 'Japanese', supportsFormality: true },
  { code: 'KO', name: 'Korean', supportsFormality: false },
  { code: 'LT', name: 'Lithuanian', supportsFormality: false },
  { code: 'LV', name: 'Latvian', supportsFormality: false },
  { code: 'NB', name: 'Norwegian Bokmål', supportsFormality: false },
  { code: 'NL', name: 'Dutch', supportsFormality: true },
  { code: 'PL', name: 'Polish', supportsFormality: true },
  { code: 'PT-BR', name: 'Portuguese (Brazilian)', supportsFormality: true },
  { code: 'PT-PT', name: 'Portuguese (European)', supportsFormality: true },
  { code: 'RO', name: 'Romanian', supportsFormality: false },
  { code: 'RU', name: 'Russian', supportsFormality: true },
  { code: 'SK', name: 'Slovak', supportsFormality: false },
  { code: 'SL', name: 'Slovenian', supportsFormality: false },
  { code: 'SV', name: 'Swedish', supportsFormality: false },
  { code: 'TR', name: 'Turkish', supportsFormality: false },
  { code: 'UK', name: 'Ukrainian', supportsFormality: false },
  { code: 'ZH', name: 'Chinese (simplified)', supportsFormality: false },
  { code: 'ZH-HANS', name: 'Chinese (simplified)', supportsFormality: false },
  { code: 'ZH-HANT', name: 'Chinese (traditional)', supportsFormality: false },
];

/**
 * Deprecated target codes DeepL still accepts (deepl-node refuses them client-side); they
 * translate like `EN-GB` and `PT-PT`.
 */
const LEGACY_TARGETS: Readonly<Record<string, string>> = { EN: 'EN-GB', PT: 'PT-PT' };

/** Languages glossaries can be created for (any ordered pair of two different ones). */
export const GLOSSARY_LANGUAGES: readonly string[] = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'hu', 'id', 'it', 'ja',
  'ko', 'lt', 'lv', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sv', 'tr', 'uk', 'zh',
];

const sourceByCode = new Map(SOURCE_LANGUAGES.map((lang) => [lang.code, lang]));
const targetByCode = new Map(TARGET_LANGUAGES.map((lang) => [lang.code, lang]));

/** The source language for a code (case-insensitive), or undefined if DeepL would refuse it. */
export function findSourceLanguage(code: string): LanguageInfo | undefined {
  return sourceByCode.get(code.trim().toUpperCase());
}

/** The target language for a code (case-insensitive, legacy `EN`/`PT` accepted), or undefined. */
export function findTargetLanguage(code: string): LanguageInfo | undefined {
  const upper = code.trim().toUpperCase();
  return targetByCode.get(LEGACY_TARGETS[upper] ?? upper);
}

/** Base language of a code, lower case: `EN-GB` → `en`. */
export function baseLanguage(code: string): string {
  return (code.split('-')[0] ?? code).toLowerCase();
}

/** True if glossaries exist for this base language. */
export function isGlossaryLanguage(code: string): boolean {
  return GLOSSARY_LANGUAGES.includes(code.toLowerCase());
}
