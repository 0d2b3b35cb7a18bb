import { QuoteType, Tokenizer } from 'htmlparser2';
import { trimRange, type Candidate } from './candidate.js';
import { hasLetter } from './letters.js';

/** Tags that end a run of text: text on either side is a separate segment. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video', 'audio', 'source',
  'object', 'embed', 'canvas', 'svg', 'head', 'title', 'meta', 'link',
]);

/** Elements whose content is never translated. */
const OPAQUE_TAGS = new Set(['pre', 'code', 'script', 'style', 'kbd', 'samp', 'math', 'svg', 'textarea']);

/** Attributes whose values are translated. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title']);

/**
 * Segments an HTML block: runs of text between block-level tags (inline tags such as `<b>` or
 * `<span>` stay inside the run, protected), and `alt`/`title` attributes of elements that are not
 * inside a translated run. Code-like elements (`<pre>`, `<code>`, `<script>`…) are skipped.
 */
export function htmlCandidates(source: string, start: number, end: number): Candidate[] {
  const html = source.slice(start, end);
  const candidates: Candidate[] = [];
  let runStart = 0;
  let runHasText = false;
  let pendingAttributes: Candidate[] = [];
  let opaqueDepth = 0;
  let tagName = '';
  let tagStart = 0;
  let isClosing = false;
  let attributeName = '';
  let valueStart = -1;
  let valueEnd = -1;

  const endRun = (at: number): void => {
    const [from, to] = trimRange(html, runStart, at);
    if (runHasText && to > from) {
      candidates.push({
        kind: 'html-text',
        start: start + from,
        end: start + to,
        encoding: { type: 'markdown', multiline: true },
      });
    } else {
      candidates.push(...pendingAttributes);
    }
    pendingAttributes = [];
    runHasText = false;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(from, to) {
        tagName = html.slice(from, to).toLowerCase();
        tagStart = from - 1;
        isClosing = false;
      },
      onclosetag(from, to) {
        const name = html.slice(from, to).toLowerCase();
        if (OPAQUE_TAGS.has(name)) {
          opaqueDepth = Math.max(0, opaqueDepth - 1);
          runStart = to + 1;
          return;
        }
        if (BLOCK_TAGS.has(name)) {
          endRun(from - 2);
          runStart = to + 1;
        }
        isClosing = true;
      },
      onattribname(from, to) {
        attributeName = html.slice(from, to).toLowerCase();
        valueStart = -1;
      },
      onattribdata(from, to) {
        if (valueStart === -1) valueStart = from;
        valueEnd = to;
      },
      onattribentity() {},
      onattribend(quote, endIndex) {
        if (!TEXT_ATTRIBUTES.has(attributeName) || valueStart === -1 || opaqueDepth > 0) return;
        const value = html.slice(valueStart, valueEnd);
        if (!hasLetter(value)) return;
        pendingAttributes.push({
          kind: attributeName === 'alt' ? 'alt' : 'title',
          start: start + valueStart,
          end: start + valueEnd,
          encoding: {
            type: 'attribute',
            quote: quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : '',
          },
        });
        void endIndex;
      },
      onopentagend(endIndex) {
        if (OPAQUE_TAGS.has(tagName)) {
          if (opaqueDepth === 0) endRun(tagStart);
          opaqueDepth++;
        } else if (BLOCK_TAGS.has(tagName)) {
          if (opaqueDepth === 0) {
            // Attributes of a block tag belong to no run of text.
            const own = pendingAttributes.splice(pendingAttributes.length - countOwn(pendingAttributes, start + tagStart));
            endRun(tagStart);
            candidates.push(...own);
          }
          runStart = endIndex + 1;
        }
      },
      onselfclosingtag(endIndex) {
        if (BLOCK_TAGS.has(tagName) && opaqueDepth === 0) {
          const own = pendingAttributes.splice(pendingAttributes.length - countOwn(pendingAttributes, start + tagStart));
          endRun(tagStart);
          candidates.push(...own);
          runStart = endIndex + 1;
        }
      },
      ontext(from, to) {
        if (opaqueDepth > 0) return;
        if (hasLetter(html.slice(from, to))) runHasText = true;
      },
      ontextentity() {},
      oncomment(from, to) {
        void from;
        void to;
      },
      oncdata() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  void isClosing;
  endRun(html.length);
  return candidates;
}

/** How many of the trailing pending attributes start at or after `tagStart` (belong to that tag). */
function countOwn(pending: readonly Candidate[], tagStart: number): number {
  let count = 0;
  for (let i = pending.length - 1; i >= 0 && (pending[i] as Candidate).start >= tagStart; i--) count++;
  return count;
}
