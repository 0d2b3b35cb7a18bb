import { describe, expect, it } from 'vitest';
import { defaultOutputSettings, parseOutputSettings } from './options.js';

const config = (output: unknown) => JSON.stringify({ sourceLanguage: 'en', output }, null, 2);

describe('parseOutputSettings', () => {
  it('gives the defaults without an output section', () => {
    expect(parseOutputSettings('c.json', '{"sourceLanguage": "en"}')).toEqual(defaultOutputSettings);
  });

  it('reads every setting', () => {
    const settings = parseOutputSettings(
      'c.json',
      config({
        naming: '{stem}_CAT_{LANG}{ext}',
        minCompleteness: 80,
        updateSource: true,
        voice: { es: { id: 'Lupe', lang: 'es-US', neural: true } },
        packageScope: '@gtn',
        license: 'MIT',
        updateLockfile: true,
      }),
    );
    expect(settings).toEqual({
      naming: '{stem}_CAT_{LANG}{ext}',
      minCompleteness: 80,
      updateSource: true,
      voice: { es: { id: 'Lupe', lang: 'es-US', neural: true } },
      packageScope: '@gtn',
      license: 'MIT',
      updateLockfile: true,
    });
  });

  it.each([
    [{ nameing: 'x' }, /"output.nameing" is not a setting/, 4],
    [{ minCompleteness: 120 }, /from 0 to 100/, 4],
    [{ voice: { es: 'Lupe' } }, /"output.voice.es" must be an object/, 5],
    [{ voice: { es: { id: ['Lupe'] } } }, /"output.voice.es.id" must be a string, number or boolean/, 6],
    [{ packageScope: 'deckl10n' }, /npm scope/, 4],
    [{ updateSource: 'yes' }, /must be true or false/, 4],
  ])('refuses %j with the line', (output, message, line) => {
    expect(() => parseOutputSettings('c.json', config(output))).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', file: 'c.json', line, message: expect.stringMatching(message) }));
  });
});
