import { Parser } from 'htmlparser2';

/**
 * The text of an HTML fragment as plain-text lines: one line per text node (the text between two
 * tags), entities decoded, whitespace folded, empty nodes dropped. This is how GTN's plain-text
 * slides show the frame's HTML (`<b>Tip:</b> press <kbd>P</kbd>` gives `Tip:`, `press`, `P`).
 *
 * @example
 * htmlTextLines('<b>Tip:</b> press <kbd>P</kbd>'); // ['Tip:', 'press', 'P']
 */
export function htmlTextLines(html: string): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ | $/g, '');
    if (line !== '') lines.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      ontext: (text) => {
        current += text;
      },
      onopentag: flush,
      onclosetag: flush,
      oncomment: flush,
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines;
}

/**
 * Escapes text for HTML element content and double-quoted attributes.
 *
 * @example
 * escapeHtml('<a & "b">'); // '&lt;a &amp; &quot;b&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
