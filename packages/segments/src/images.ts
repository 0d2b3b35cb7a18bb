import type { Candidate } from './candidate.js';
import { hasLetter } from './letters.js';

/** A link destination: `<…>`, or a URL in which Liquid (`{% link … %}`, `{{ site.baseurl }}`) may hold spaces. */
const DESTINATION = String.raw`(?:<[^>\n]*>|(?:\{%[^%\n]*%\}|\{\{[^}\n]*\}\}|[^\s)])+)`;
const TITLE = String.raw`(?:\s+(?:"([^"]*)"|'([^']*)'))?`;
const IMAGE = new RegExp(String.raw`!\[((?:[^\]\\]|\\.)*)\]\(\s*${DESTINATION}${TITLE}\s*\)`, 'g');
const LINK_AROUND = new RegExp(String.raw`\[\s*\]\(\s*${DESTINATION}(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)`, 'g');
const LEFTOVER_MARKUP = /\{:[^}]*\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|<[^>]*>|[\s*_~]/g;

/**
 * When a block consists only of images (possibly linked, with attributes), its translatable
 * texts are the images' alt texts and titles: returns those as candidates. Otherwise null.
 *
 * @example
 * // '![Pangeo approach](a.png)' yields one 'alt' candidate covering 'Pangeo approach'
 */
export function imageOnlyCandidates(source: string, candidate: Candidate): Candidate[] | null {
  const text = source.slice(candidate.start, candidate.end);
  if (!text.includes('![')) return null;
  const found: Candidate[] = [];
  IMAGE.lastIndex = 0;
  const rest = text.replace(IMAGE, (match: string, alt: string, title2?: string, title1?: string, offset?: number) => {
    const at = candidate.start + (offset ?? 0);
    if (hasLetter(alt)) {
      found.push({ kind: 'alt', start: at + 2, end: at + 2 + alt.length, encoding: { type: 'markdown', multiline: false } });
    }
    const title = title2 ?? title1;
    if (title !== undefined && hasLetter(title)) {
      const titleStart = at + match.lastIndexOf(title, match.length - 2);
      found.push({ kind: 'title', start: titleStart, end: titleStart + title.length, encoding: { type: 'markdown', multiline: false } });
    }
    return '';
  });
  const leftover = rest.replace(/\[\s*/g, '[').replace(LINK_AROUND, '').replace(LEFTOVER_MARKUP, '');
  return leftover === '' ? found : null;
}
