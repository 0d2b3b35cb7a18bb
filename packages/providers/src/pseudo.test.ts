import { readFileSync } from 'node:fs';
import { parse } from '@deckl10n/parser';
import { extract, protectedElements, tokenizeInline } from '@deckl10n/segments';
import { exampleDeckPath } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { createPseudoProvider, pseudoLocalize } from './pseudo.js';

const segments = extract(parse(readFileSync(exampleDeckPath, 'utf8'), { file: exampleDeckPath }));

describe('pseudo provider', () => {
  it('keeps every protected element of the example deck byte for byte, in order', () => {
    for (const segment of segments) {
      const pseudo = pseudoLocalize(segment.text, 'fr');
      expect(protectedElements(pseudo)).toEqual(protectedElements(segment.text));
      expect(pseudo).toMatch(/^\s*⟦fr [^]*⟧\s*$/);
    }
  });

  it('accents letters and expands text by about 35%, deterministically per language', () => {
    expect(pseudoLocalize('Run `ls` now', 'fr')).toBe('⟦fr Ŕüüñ `ls` ñööŵ⟧');
    expect(pseudoLocalize('Run `ls` now', 'es')).toBe('⟦es Ŕüüñ `ls` ñööŵ⟧');
    // Growth of the translatable text (protected elements are kept as they are).
    const prose = (text: string) => tokenizeInline(text).filter((t) => t.type === 'text').map((t) => t.value).join('');
    const source = segments.map((s) => [...prose(s.text)].length).reduce((a, b) => a + b, 0);
    const pseudo = segments.map((s) => [...prose(pseudoLocalize(s.text, 'fr'))].length).reduce((a, b) => a + b, 0);
    expect(pseudo / source).toBeGreaterThan(1.3);
    expect(pseudo / source).toBeLessThan(1.45);
  });

  it('never glues the closing bracket onto a URL, an autolink or inline code ending the text', () => {
    expect(pseudoLocalize('see https://lesscss.org/', 'fr')).toBe('⟦fr šéééé https://lesscss.org/ ⟧');
    expect(pseudoLocalize('see https://lesscss.org/.', 'fr')).toBe('⟦fr šéééé https://lesscss.org/. ⟧');
    expect(pseudoLocalize('see <https://lesscss.org/>', 'fr')).toBe('⟦fr šéééé <https://lesscss.org/> ⟧');
    expect(pseudoLocalize('run `ls`\n', 'fr')).toBe('⟦fr ŕüüñ `ls` ⟧\n');
    // Elsewhere the bracket follows the text directly.
    expect(pseudoLocalize('https://lesscss.org/ is nice', 'fr')).toBe('⟦fr https://lesscss.org/ ííš ñííçéé⟧');
    expect(pseudoLocalize('[Less](https://lesscss.org/)', 'fr')).toBe('⟦fr [Ļééšš](https://lesscss.org/)⟧');
  });

  it('translates a request offline, billing nothing', async () => {
    const result = await createPseudoProvider().translate({ sourceLanguage: 'en', targetLanguage: 'fr', units: [{ text: 'Hello' }, { text: '' }] });
    expect(result).toEqual({ translations: [{ text: '⟦fr Ĥééļļöö⟧' }, { text: '' }], billedCharacters: 0, requests: 0 });
  });
});
