import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';
import { routeHash, type Route } from '../app/router.js';

/** What the toolbar shows and where its controls lead. */
export interface ToolbarOptions {
  readonly title: string;
  readonly language: string;
  readonly languages: readonly string[];
  /** The route to open in another language (same slide). */
  readonly routeFor: (language: string) => Route;
  readonly buttons: readonly HTMLElement[];
}

/** The bar above every deck view: title, locale switcher keeping the slide, view buttons. */
export function toolbar(options: ToolbarOptions): HTMLElement {
  const select = h(
    'select',
    {
      class: 'locale-switcher',
      'aria-label': t('toolbar.language'),
      title: t('toolbar.language'),
      onchange: (event) => {
        location.hash = routeHash(options.routeFor((event.target as HTMLSelectElement).value));
      },
    },
    ...options.languages.map((language) => h('option', { value: language, selected: language === options.language }, `${language} — ${languageName(language)}`)),
  );
  return h(
    'header',
    { class: 'toolbar' },
    h('a', { class: 'home', href: '#dashboard', title: t('toolbar.dashboard') }, '▦'),
    h('span', { class: 'deck-title' }, options.title),
    select,
    h('span', { class: 'spacer' }),
    ...options.buttons,
  );
}

/** A toolbar button with its keyboard shortcut in the tooltip. */
export function toolButton(label: string, key: string | null, onClick: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: 'tool', title: key === null ? label : `${label} (${key})`, onclick: onClick, ...extra }, label);
}

/** Names of common languages in themselves: building `Intl.DisplayNames` costs tens of ms at first paint. */
const ENDONYMS: Readonly<Record<string, string>> = {
  en: 'English', fr: 'français', es: 'español', de: 'Deutsch', it: 'italiano', pt: 'português', nl: 'Nederlands', ca: 'català',
  pl: 'polski', ru: 'русский', uk: 'українська', ja: '日本語', zh: '中文', ko: '한국어', ar: 'العربية', tr: 'Türkçe', sv: 'svenska',
};
const named = new Map<string, string>();

/** A language's name in itself, e.g. `français` for `fr`. */
export function languageName(code: string): string {
  const known = ENDONYMS[code] ?? named.get(code);
  if (known !== undefined) return known;
  let name = code;
  try {
    name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    // An invalid language tag keeps its code as its name.
  }
  named.set(code, name);
  return name;
}
