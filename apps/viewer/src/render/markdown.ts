import markdownIt, { type MarkdownIt } from 'markdown-it';
import { highlightCode } from './highlight.js';
import { liquidPlugin } from './liquid-plugin.js';
import { remarkMacrosPlugin } from './remark-macros-plugin.js';

/**
 * The markdown-it instance the viewer renders slides with: HTML allowed (decks use it; the
 * result is sanitized before it reaches the page), GFM tables, highlighted code, and our
 * plugins for Liquid and remark's image macro. Content classes, steps, templates and notes come
 * from the deck model (see remark-slides.ts and convert.ts).
 */
export function createMarkdown(): MarkdownIt {
  return markdownIt({
    html: true,
    linkify: false,
    typographer: false,
    highlight: (code, info) => {
      const html = highlightCode(code, info);
      return html === '' ? '' : `<pre class="hljs"><code class="hljs">${html}</code></pre>`;
    },
  })
    .use(liquidPlugin)
    .use(remarkMacrosPlugin);
}
