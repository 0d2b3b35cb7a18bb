import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlTextLines } from './html.js';
import { iconHtml } from './icons.js';

describe('htmlTextLines', () => {
  it('gives one line per text node, whitespace folded, empty nodes dropped', () => {
    expect(htmlTextLines('<div>\n  <b>Tip:</b> press <kbd>P</kbd> to view\n the notes\n</div>')).toEqual(['Tip:', 'press', 'P', 'to view the notes']);
  });

  it('decodes entities and keeps non-breaking spaces (French punctuation)', () => {
    expect(htmlTextLines('<span>Auteurs\u00a0:</span> A &amp; B')).toEqual(['Auteurs\u00a0:', 'A & B']);
  });

  it('reads icons as their screen-reader text', () => {
    expect(htmlTextLines(`${iconHtml('last_modification')} Updated`)).toEqual(['last_modification', 'Updated']);
  });
});

describe('escapeHtml', () => {
  it('escapes what would open a tag or end an attribute', () => {
    expect(escapeHtml('<img src=x onerror="a">&')).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;');
  });
});
