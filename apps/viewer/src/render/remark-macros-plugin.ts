import type { MarkdownIt } from 'markdown-it';

/**
 * markdown-it plugin for remark's built-in image macro `![:scale 50%](image.png)`: the image at
 * that width, as remark renders it. Other `![:name …]` macros keep their image with no alt text
 * (remark runs user macros we do not have).
 */
export function remarkMacrosPlugin(md: MarkdownIt): void {
  const fallback = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const alt = token === undefined ? '' : self.renderInlineAsText(token.children ?? [], options, env);
    const macro = /^:(\w+)\s*(.*)$/.exec(alt);
    if (token !== undefined && macro !== null) {
      token.children = [];
      if (macro[1] === 'scale') {
        const width = (macro[2] ?? '').trim();
        if (/^\d+(?:\.\d+)?(?:%|px|em)$/.test(width)) token.attrSet('style', `width: ${width}`);
      }
    }
    return fallback === undefined ? self.renderToken(tokens, index, options) : fallback(tokens, index, options, env, self);
  };
}
