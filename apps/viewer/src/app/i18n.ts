import i18next, { type TFunction } from 'i18next';

// The viewer's own UI strings: namespace `viewer` in the project's locales/<lng>/viewer.json.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../../locales/*/viewer.json', { eager: true });

/** Languages the UI is translated into. */
export const uiLanguages: readonly string[] = Object.keys(files)
  .map((path) => /locales\/([^/]+)\/viewer\.json$/.exec(path)?.[1] ?? '')
  .filter((language) => language !== '')
  .sort();

/** Starts i18next with every UI language bundled (no request needed). */
export async function initI18n(language: string): Promise<TFunction> {
  const resources: Record<string, { viewer: Record<string, unknown> }> = {};
  for (const [path, module] of Object.entries(files)) {
    const code = /locales\/([^/]+)\/viewer\.json$/.exec(path)?.[1];
    if (code !== undefined) resources[code] = { viewer: module.default };
  }
  // Resources are bundled: initialise synchronously rather than after a timer tick.
  return i18next.init({ initAsync: false, resources, lng: pickUiLanguage(language), fallbackLng: 'en', ns: ['viewer'], defaultNS: 'viewer', interpolation: { escapeValue: false } });
}

/** The UI language for a deck language (its base, e.g. `fr` for `fr-CA`), English when untranslated. */
export function pickUiLanguage(language: string): string {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return uiLanguages.includes(base) ? base : 'en';
}

/** Switches the UI language (the deck's language) if it changed. */
export async function useUiLanguage(language: string): Promise<void> {
  const next = pickUiLanguage(language);
  if (i18next.language !== next) await i18next.changeLanguage(next);
  document.documentElement.lang = next;
}

/** Translates a UI string. */
export const t: TFunction = ((...args: Parameters<TFunction>) => i18next.t(...args)) as TFunction;
