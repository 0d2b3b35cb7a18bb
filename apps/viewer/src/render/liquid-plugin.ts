import type { MarkdownIt, StateCore, StateInline } from 'markdown-it';

/** Where GTN publishes, for `{{ site.baseurl }}` and `{% link %}`. */
export const GTN_BASE = 'https://training.galaxyproject.org/training-material';

/** Symbols for GTN's most used `{% icon %}` names; other names show a generic marker. */
const ICONS: Readonly<Record<string, string>> = {
  hands_on: '✋', 'hands-on': '✋', tip: '💡', comment: '💬', question: '❓', solution: '👁', warning: '⚠', details: '🔎',
  tool: '🔧', 'galaxy-eye': '👁', 'galaxy-upload': '⬆', 'galaxy-history': '🕘', 'galaxy-gear': '⚙', 'galaxy-refresh': '🔄',
  'galaxy-star': '★', 'galaxy-pencil': '✎', 'galaxy-delete': '🗑', 'galaxy-wf-new': '➕', workflow: '🔀', video: '🎬',
  slides: '🖼', tutorial: '📖', 'zenodo_link': '🔗', 'param-file': '📄', 'param-files': '🗂', 'param-collection': '🗃',
  'param-text': '🔤', 'param-check': '☑', 'param-select': '▾', 'param-repeat': '🔁', feedback: '💬', congratulations: '🎉',
  curriculum: '🎓', trophy: '🏆', 'code-in': '⌨', 'code-out': '🖥', github: '🐙', email: '✉', twitter: '🐦', orcid: 'iD',
};

/** Resolves GTN link-like Liquid in the source: `{{ site.baseurl }}`, `{% link path %}`. */
function resolveLinks(text: string): string {
  return text
    .replace(/\{\{\s*site\.baseurl\s*\}\}/g, GTN_BASE)
    .replace(/\{\{\s*site\.url\s*\}\}/g, 'https://training.galaxyproject.org')
    .replace(/\{%-?\s*link\s+([^\s%]+)\s*-?%\}/g, (_all, path: string) => `${GTN_BASE}/${path.replace(/^\/+/, '').replace(/\.md$/, '.html')}`);
}

function renderTag(md: MarkdownIt, tag: string): string {
  const words = tag.trim().split(/\s+/);
  const name = words[0] ?? '';
  const arg = words.slice(1).join(' ');
  const escape = md.utils.escapeHtml;
  if (name === 'icon') {
    const icon = words[1] ?? '';
    return `<span class="liquid-icon" data-icon="${escape(icon)}" title="${escape(icon)}" aria-hidden="true">${escape(ICONS[icon] ?? '◆')}</span>`;
  }
  if (name === 'cite') return `<span class="liquid-cite">[${escape(arg)}]</span>`;
  if (name === 'snippet' || name === 'include') return `<span class="liquid-include" title="${escape(tag.trim())}">⧉ ${escape(arg.split(/\s/)[0] ?? '')}</span>`;
  // Control flow and assignments (`assign`, `for`, `if`, `endif`, …) produce no text of their own.
  return '';
}

function liquidInline(md: MarkdownIt) {
  return (state: StateInline, silent: boolean): boolean => {
    const src = state.src;
    const start = state.pos;
    if (src.charCodeAt(start) !== 0x7b /* { */) return false;
    const next = src.charCodeAt(start + 1);
    if (next !== 0x25 /* % */ && next !== 0x7b) return false;
    const close = next === 0x25 ? '%}' : '}}';
    const end = src.indexOf(close, start + 2);
    if (end < 0) return false;
    if (!silent) {
      const inner = src.slice(start + 2, end).replace(/^-|-$/g, '');
      const token = state.push('html_inline', '', 0);
      token.content = next === 0x25 ? renderTag(md, inner) : `<span class="liquid-value" title="${md.utils.escapeHtml(inner.trim())}">${md.utils.escapeHtml(inner.trim())}</span>`;
    }
    state.pos = end + 2;
    return true;
  };
}

/**
 * markdown-it plugin for the Liquid of GTN decks: links (`{% link %}`, `{{ site.baseurl }}`)
 * resolved to the GTN site before parsing, `{% icon x %}` as an icon, `{% cite k %}` as a
 * citation mark, `{% snippet %}`/`{% include %}` as a placeholder, control flow dropped, other
 * `{{ values }}` shown as a labelled placeholder: never raw tags.
 *
 * @example
 * markdownIt().use(liquidPlugin).renderInline('{% icon tip %} Tip'); // '<span class="liquid-icon" …>💡</span> Tip'
 */
export function liquidPlugin(md: MarkdownIt): void {
  md.core.ruler.before('normalize', 'liquid_links', (state: StateCore) => {
    state.src = resolveLinks(state.src);
  });
  md.inline.ruler.before('text', 'liquid', liquidInline(md));
}
