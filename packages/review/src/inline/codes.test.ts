import { describe, expect, it } from 'vitest';
import { InlineCodes, partsText } from './codes.js';

describe('InlineCodes', () => {
  it('pairs link and content-class brackets and gives the target the source ids', () => {
    const codes = new InlineCodes();
    const source = codes.parts('See [the docs](https://x.org) in .pull-left[`ls`]');
    expect(source.map((p) => (p.type === 'text' ? p.value : `${p.type}:${p.id}`))).toEqual(['See ', 'open:1', 'the docs', 'close:1', ' in ', 'open:2', 'ph:3', 'close:2']);
    const target = codes.parts('Vea .pull-left[`ls`] y [la documentación](https://x.org) <b>ya</b>', true);
    expect(target.filter((p) => p.type !== 'text').map((p) => `${p.type}:${p.id}`)).toEqual(['open:2', 'ph:3', 'close:2', 'open:1', 'close:1', 'ph:4', 'ph:5']);
    expect(partsText(target)).toBe('Vea .pull-left[`ls`] y [la documentación](https://x.org) <b>ya</b>');
  });

  it('leaves an opening bracket that never closes as a standalone code', () => {
    const parts = new InlineCodes().parts('.left[unclosed');
    expect(parts.map((p) => p.type)).toEqual(['ph', 'text']);
  });
});
