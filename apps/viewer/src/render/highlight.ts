import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import r from 'highlight.js/lib/languages/r';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

// The languages GTN and xaringan decks use; the full highlight.js bundle would triple the viewer.
const languages = { bash, css, ini, javascript, json, markdown, python, r, shell, sql, xml, yaml };
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);
hljs.registerAliases(['sh', 'console'], { languageName: 'bash' });
hljs.registerAliases(['html'], { languageName: 'xml' });
hljs.registerAliases(['toml'], { languageName: 'ini' });

/**
 * Highlights code of a fence's language as highlight.js HTML, or returns '' (markdown-it then
 * escapes the code itself) for unknown languages and the R Markdown chunk form `{r}`.
 *
 * @example
 * highlightCode('x = 1', 'python'); // 'x = <span class="hljs-number">1</span>'
 */
export function highlightCode(code: string, info: string): string {
  const language = /^\{?\s*([\w+-]+)/.exec(info)?.[1]?.toLowerCase();
  if (language === undefined || hljs.getLanguage(language) === undefined) return '';
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
