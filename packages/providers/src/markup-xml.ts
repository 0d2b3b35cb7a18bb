import { tokenizeInline } from '@deckl10n/segments';

/** A segment turned into XML for DeepL, and what the placeholders stand for. */
export interface XmlForm {
  readonly xml: string;
  /** Protected elements by placeholder number. */
  readonly protected: readonly string[];
  /** Placeholder pairs that must keep their order (link and macro open → close). */
  readonly pairs: readonly (readonly [number, number])[];
}

/**
 * Turns segment text into XML for DeepL's tag handling: translatable text escaped, every
 * protected element (code, URL, Liquid, tag, macro syntax, link destination) replaced by an empty
 * `<x i="N"/>` element, which DeepL keeps and may move but never translates.
 *
 * @example
 * toXml('Run `ls` now').xml; // 'Run <x i="0"/> now'
 */
export function toXml(text: string): XmlForm {
  const parts: string[] = [];
  const values: string[] = [];
  const pairs: [number, number][] = [];
  const open: number[] = [];
  for (const token of tokenizeInline(text.replace(/\s*\r?\n\s*/g, ' '))) {
    if (token.type === 'text') {
      parts.push(escapeXml(token.value));
      continue;
    }
    const index = values.length;
    values.push(token.value);
    parts.push(`<x i="${index}"/>`);
    if (token.kind === 'link-open' || token.kind === 'macro-open') open.push(index);
    if ((token.kind === 'link-close' || token.kind === 'macro-close') && open.length > 0) {
      pairs.push([open.pop() as number, index]);
      // `](url "` opens the title: its `")` must come after it.
      if (token.kind === 'link-close' && /["'(]$/.test(token.value)) open.push(index);
    }
  }
  return { xml: parts.join(''), protected: values, pairs };
}

/** Result of reading DeepL's XML back. */
export type FromXml = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

/**
 * Restores protected elements into a translated XML string and verifies them: every placeholder
 * exactly once, pairs in order, no stray tags. A failure names what went wrong.
 */
export function fromXml(xml: string, form: XmlForm): FromXml {
  const seen = new Map<number, number>();
  const order: number[] = [];
  let stray: string | null = null;
  const text = xml.replace(/<x\s+i\s*=\s*"(\d+)"\s*\/>|<\/?[A-Za-z][^>]*>/g, (match, index?: string) => {
    if (index === undefined) {
      stray ??= match;
      return '';
    }
    const n = Number(index);
    seen.set(n, (seen.get(n) ?? 0) + 1);
    order.push(n);
    return `\u0000${n}\u0000`;
  });
  if (stray !== null) return { ok: false, problem: `the translation came back with an unexpected tag ${stray}` };
  for (let i = 0; i < form.protected.length; i++) {
    const count = seen.get(i) ?? 0;
    if (count === 0) return { ok: false, problem: `the translation lost the protected element ${form.protected[i]}` };
    if (count > 1) return { ok: false, problem: `the translation repeats the protected element ${form.protected[i]}` };
  }
  for (const n of seen.keys()) {
    if (n >= form.protected.length) return { ok: false, problem: `the translation has an unknown placeholder ${n}` };
  }
  for (const [start, end] of form.pairs) {
    if (order.indexOf(start) > order.indexOf(end)) {
      return { ok: false, problem: `the translation moved ${form.protected[end]} before ${form.protected[start]}` };
    }
  }
  const restored = unescapeXml(text).replace(/\u0000(\d+)\u0000/g, (_match, n: string) => form.protected[Number(n)] as string);
  return { ok: true, text: restored };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * Characters DeepL bills for an XML text sent with tag handling: the code points outside tags.
 *
 * @example
 * xmlBillableCharacters('Run <x i="0"/> now'); // 8
 */
export function xmlBillableCharacters(xml: string): number {
  let count = 0;
  for (const _ of xml.replace(/<[^>]*>/g, '')) count++;
  return count;
}
