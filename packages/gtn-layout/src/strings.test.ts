import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { englishLayoutStrings, LAYOUT_NAMESPACE, layoutStringKeys } from './strings.js';
import { repoLayoutStrings } from './test-support/repo-strings.js';

/** What a translation must keep: placeholders, tags, URLs, code. */
const kept = (text: string): string[] => (text.match(/\{\{\w+\}\}|<\/?\w+[^>]*>|\]\([^)]*\)|`[^`]*`/g) ?? []).sort();

describe('layout strings', () => {
  it('English in code and the English catalog in locales/ are the same', () => {
    expect(repoLayoutStrings('en')).toEqual(englishLayoutStrings);
    expect(Object.keys(englishLayoutStrings).sort()).toEqual([...layoutStringKeys].sort());
  });

  for (const language of ['fr', 'es']) {
    it(`${language}: every key translated, keeping placeholders, tags, links and code`, () => {
      const strings = repoLayoutStrings(language);
      expect(Object.keys(strings).sort()).toEqual([...layoutStringKeys].sort());
      for (const key of layoutStringKeys) {
        if (language === 'fr' && key === 'questions') continue; // "Questions" is French too
        expect(strings[key], `${language} ${key}`).not.toBe(englishLayoutStrings[key]);
        expect(kept(strings[key] ?? ''), `${language} ${key}`).toEqual(kept(englishLayoutStrings[key]));
      }
    });
  }

  it('French puts a non-breaking space before : ! ? as French typography does', () => {
    const strings = repoLayoutStrings('fr');
    expect(strings['thank-you']).toBe('Merci\u00a0!');
    for (const text of Object.values(strings)) expect(text).not.toMatch(/ [:!?]/);
  });

  it('Spanish opens exclamations and questions with ¡ and ¿', () => {
    const strings = repoLayoutStrings('es');
    expect(strings['thank-you']).toBe('¡Gracias!');
    expect(strings['want-extend-knowledge']).toMatch(/^¿.*\?$/);
  });

  it('loads in plain i18next as the gtn-layout namespace', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'es',
      fallbackLng: 'en',
      ns: [LAYOUT_NAMESPACE],
      defaultNS: LAYOUT_NAMESPACE,
      keySeparator: false,
      interpolation: { escapeValue: false },
      resources: { en: { [LAYOUT_NAMESPACE]: repoLayoutStrings('en') }, es: { [LAYOUT_NAMESPACE]: repoLayoutStrings('es') } },
    });
    expect(instance.t('key-points')).toBe('Puntos clave');
    expect(instance.t('last-modification', { date: '1 mar 2022' })).toBe('Actualizado: 1 mar 2022');
  });
});
