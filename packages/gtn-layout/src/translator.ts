import i18next from 'i18next';
import { englishLayoutStrings, LAYOUT_NAMESPACE, type LayoutStrings } from './strings.js';

/** Looks up a frame string: the language's text, else English; null for an unknown key. */
export type LayoutTranslate = (key: string, values?: Readonly<Record<string, string>>) => string | null;

/**
 * A plain i18next instance over the `gtn-layout` namespace: `strings` for `language`, English
 * (`englishLayoutStrings`) as the fallback, `{{name}}` interpolation. Values are not HTML-escaped
 * here: the frame escapes what it interpolates itself.
 *
 * @example
 * layoutTranslator('fr', { 'key-points': 'Points clés' })('key-points'); // 'Points clés'
 * layoutTranslator('fr', {})('thank-you'); // 'Thank You!'
 */
export function layoutTranslator(language: string, strings: LayoutStrings = {}): LayoutTranslate {
  const own = Object.fromEntries(Object.entries(strings).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const english = language === 'en' ? { ...englishLayoutStrings, ...own } : englishLayoutStrings;
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: language,
    fallbackLng: 'en',
    ns: [LAYOUT_NAMESPACE],
    defaultNS: LAYOUT_NAMESPACE,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: { en: { [LAYOUT_NAMESPACE]: english }, ...(language === 'en' ? {} : { [language]: { [LAYOUT_NAMESPACE]: own } }) },
  });
  return (key, values) => (instance.exists(key) ? instance.t(key, { ...values }) : null);
}
