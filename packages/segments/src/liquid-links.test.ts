import { describe, expect, it } from 'vitest';
import { protectedElements, tokenizeInline } from './inline.js';

/** Links whose destination is built with Liquid, as GTN decks write them. */
describe('link destinations holding Liquid', () => {
  it.each([
    ['See [the tutorial]({{ site.baseurl }}/topics/x/tutorial.html) now.', '](', '{{ site.baseurl }}/topics/x/tutorial.html)'],
    ['Read [this]({% link topics/a/tutorial.md %}) first.', '](', '{% link topics/a/tutorial.md %})'],
    ['![An image]({{site.baseurl}}/images/a.png "A title")', '](', '{{site.baseurl}}/images/a.png'],
    ['[x]({{ site.baseurl }}{% link a.md %}#anchor)', '](', '{{ site.baseurl }}{% link a.md %}#anchor)'],
  ])('%s: the whole destination is protected, the link text is not', (text, _open, destination) => {
    const protectedText = protectedElements(text).join('');
    expect(protectedText).toContain(destination.split(' ')[0]);
    const translatable = tokenizeInline(text)
      .filter((token) => token.type === 'text')
      .map((token) => token.value)
      .join('');
    expect(translatable).not.toMatch(/topics|images|\.md|\.html|\.png|anchor/);
    expect(translatable).toMatch(/\p{L}/u);
  });
});
