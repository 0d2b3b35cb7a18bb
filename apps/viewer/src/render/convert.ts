import type { MarkdownIt } from 'markdown-it';
import type { Content } from './remark-slides.js';

/** A link reference definition of the deck: remark resolves `[text][id]` across all slides. */
export interface LinkReference {
  readonly href: string;
  readonly title: string;
}

const PLACEHOLDER_OPEN = '\uE010';
const PLACEHOLDER_CLOSE = '\uE011';

/**
 * Converts slide content to HTML the way remark's converter does: each content class is
 * converted on its own (a lone paragraph unwrapped), wrapped in a `<div>` (multi-line) or
 * `<span>` with its classes, and placed in the surrounding Markdown. Here it is placed through
 * a private-use placeholder, so the HTML inside (code with blank lines, say) cannot change how
 * markdown-it reads the text around it.
 *
 * @example
 * convertContent(md, ['A ', { classes: ['red'], block: false, content: ['*B*'] }], new Map());
 * // '<p>A <span class="red"><em>B</em></span></p>\n'
 */
export function convertContent(md: MarkdownIt, content: readonly Content[], references: ReadonlyMap<string, LinkReference>, nested = false): string {
  const parts: string[] = [];
  const blocks = new Set<number>();
  let markdown = '';
  for (const piece of content) {
    if (typeof piece === 'string') {
      markdown += piece;
      continue;
    }
    const tag = piece.block ? 'div' : 'span';
    const classes = piece.classes.map((name) => md.utils.escapeHtml(name)).join(' ');
    parts.push(`<${tag} class="${classes}">${convertContent(md, piece.content, references, true)}</${tag}>`);
    const placeholder = `${PLACEHOLDER_OPEN}${parts.length - 1}${PLACEHOLDER_CLOSE}`;
    // A div standing on its own line is a block of its own, as the HTML block remark makes of it.
    markdown += piece.block && /(?:^|\n)[ \t]*$/.test(markdown) ? `${placeholder}\n\n` : placeholder;
    if (piece.block) blocks.add(parts.length - 1);
  }
  const env = { references: Object.fromEntries(references) };
  let html = md.render(markdown.replace(/^\s+/, ''), env);
  if (nested) {
    const single = /^<p>([\s\S]*)<\/p>\n?$/.exec(html);
    if (single !== null && !(single[1] ?? '').includes('<p>')) html = single[1] ?? '';
  }
  const placeholder = new RegExp(`(<p>)?${PLACEHOLDER_OPEN}(\\d+)${PLACEHOLDER_CLOSE}(</p>\\n?)?`, 'g');
  return html.replace(placeholder, (_all, open: string | undefined, index: string, close: string | undefined) => {
    const inner = parts[Number(index)] ?? '';
    if (open !== undefined && close !== undefined && blocks.has(Number(index))) return `${inner}\n`;
    return (open ?? '') + inner + (close ?? '');
  });
}
