import { describe, expect, it } from 'vitest';
import { fakeTranslate } from './fake-translate.js';
import { billableCharacters, tagsOf, tokenize } from './markup.js';
import { KEY, translator, withServer } from './test-support/server.js';

describe('markup tokenizer and fake translation', () => {
  it('tokenizes tags, attributes with > inside quotes, comments, entities and stray <', () => {
    const text = 'a < b <x id="1>2">c&amp;d</x><!-- n --><br/>';
    expect(tokenize(text).map((t) => [t.kind, t.raw])).toEqual([
      ['text', 'a < b '],
      ['tag', '<x id="1>2">'],
      ['text', 'c'],
      ['entity', '&amp;'],
      ['text', 'd'],
      ['tag', '</x>'],
      ['tag', '<!-- n -->'],
      ['tag', '<br/>'],
    ]);
    expect(tokenize(text).map((t) => t.raw).join('')).toBe(text);
  });

  it('keeps tags, attributes, entities and ignored content byte-exact', () => {
    const text = '<p class="lead">Use <code translate="no">npm <b>ci</b></code> &amp; <x>keep this</x> here</p>';
    const out = fakeTranslate(text, { targetLang: 'FR', tagHandling: 'xml', ignoreTags: ['x', 'code'] });
    expect(out).toBe('<p class="lead">fr: USE <code translate="no">npm <b>ci</b></code> &amp; <x>keep this</x> HERE</p>');
    expect(tagsOf(out)).toEqual(tagsOf(text));
  });

  it('in HTML mode honours translate="no", class="notranslate", script and style', () => {
    const text = '<p>Run <span translate="no">make all</span> or <i class="x notranslate">this</i><br>now</p><style>p{}</style>';
    expect(fakeTranslate(text, { targetLang: 'de', tagHandling: 'html' })).toBe(
      '<p>de: RUN <span translate="no">make all</span> OR <i class="x notranslate">this</i><br>NOW</p><style>p{}</style>',
    );
  });

  it('without tag handling treats markup as text', () => {
    expect(fakeTranslate('<b>bold</b>', { targetLang: 'fr' })).toBe('<fr: B>BOLD</B>');
  });

  it('applies glossary terms as whole words, verbatim', () => {
    const glossary = new Map([
      ['slide deck', 'diaporama'],
      ['deck', 'jeu'],
    ]);
    expect(fakeTranslate('A slide deck, a deck, decks', { targetLang: 'fr', glossary })).toBe('fr: A diaporama, A jeu, DECKS');
    expect(fakeTranslate('deck first', { targetLang: 'fr', glossary })).toBe('fr: jeu FIRST');
  });

  it('bills code points, without markup when tag handling is on', () => {
    expect(billableCharacters('héllo 深', undefined)).toBe(7);
    expect(billableCharacters('😀', undefined)).toBe(1);
    expect(billableCharacters('<b a="x">hi</b> &amp;', 'xml')).toBe(8);
    expect(billableCharacters('<b>hi</b>', 'xml', true)).toBe(9);
  });
});

describe('tag handling through deepl-node', () => {
  it('keeps ignore_tags content, attributes and tag order byte-exact (xml)', async () => {
    await withServer({}, async (server) => {
      const source = '<g id="a1">Click <x id="1"/> the <ph kind="code">{{ button }}</ph> to <b>start</b>.</g>';
      const result = await translator(server).translateText(source, 'en', 'es', {
        tagHandling: 'xml',
        ignoreTags: ['ph'],
        nonSplittingTags: ['b'],
        outlineDetection: false,
        splitSentences: 'nonewlines',
      });
      expect(result.text).toBe('<g id="a1">es: CLICK <x id="1"/> THE <ph kind="code">{{ button }}</ph> TO <b>START</b>.</g>');
      expect(tagsOf(result.text)).toEqual(tagsOf(source));
      expect(result.text).toContain('<ph kind="code">{{ button }}</ph>');
      // DeepL does not bill markup: only "Click ", " the ", "{{ button }}", " to ", "start", "."
      expect(result.billedCharacters).toBe(6 + 5 + 12 + 4 + 5 + 1);
      expect(server.usage(KEY).characterCount).toBe(33);
      expect(server.requests[0]).toMatchObject({ tagHandling: 'xml', characters: 33 });
    });
  });

  it('bills markup too when billMarkup is set', async () => {
    await withServer({ billMarkup: true }, async (server) => {
      const result = await translator(server).translateText('<b>hi</b>', null, 'fr', { tagHandling: 'html' });
      expect(result.text).toBe('<b>fr: HI</b>');
      expect(result.billedCharacters).toBe(9);
    });
  });
});
