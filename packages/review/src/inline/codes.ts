import { tokenizeInline, type ProtectedKind } from '@deckl10n/segments';

/** A run of a segment's text as a review file shows it: text, or an inline code CAT tools protect. */
export type InlinePart =
  | { readonly type: 'text'; readonly value: string }
  /** A standalone code (`<ph>`): inline code, a URL, a Liquid tag, an HTML tag… */
  | { readonly type: 'ph'; readonly id: string; readonly kind: ProtectedKind; readonly value: string }
  /** The start of a paired code (`<pc>`, `<bpt>`): `[` of a link, `.name[` of a content class. */
  | { readonly type: 'open'; readonly id: string; readonly kind: ProtectedKind; readonly value: string }
  /** Its end (`</pc>`, `<ept>`): `](url)`, `]`. Has the id of its start. */
  | { readonly type: 'close'; readonly id: string; readonly kind: ProtectedKind; readonly value: string };

type Role = 'ph' | 'open' | 'close';

interface Shape {
  readonly role: Role;
  readonly kind: ProtectedKind | null;
  readonly value: string;
  /** For a close: index of its open in the list. */
  readonly pair: number;
}

/** Tokens of a text with link and content-class brackets paired as start/end codes. */
function shapes(text: string): Shape[] {
  const list: Shape[] = [];
  const open: number[] = [];
  for (const token of tokenizeInline(text)) {
    if (token.type === 'text') {
      list.push({ role: 'ph', kind: null, value: token.value, pair: -1 });
    } else if (token.kind === 'link-open' || token.kind === 'macro-open') {
      open.push(list.length);
      list.push({ role: 'open', kind: token.kind, value: token.value, pair: -1 });
    } else if ((token.kind === 'macro-close' || (token.kind === 'link-close' && token.value.startsWith(']'))) && open.length > 0) {
      list.push({ role: 'close', kind: token.kind, value: token.value, pair: open.pop() as number });
    } else {
      list.push({ role: 'ph', kind: token.kind, value: token.value, pair: -1 });
    }
  }
  // An opening bracket never closed stands alone.
  for (const index of open) list[index] = { ...(list[index] as Shape), role: 'ph' };
  return list;
}

/**
 * Numbers the inline codes of a unit's source and target consistently, as XLIFF requires: a code
 * of the target gets the id of the source code with the same value and role, so a CAT tool
 * pairs them; a code only the target has gets a new id.
 *
 * @example
 * const codes = new InlineCodes();
 * codes.parts('Run `ls`'); // [{type:'text', value:'Run '}, {type:'ph', id:'1', kind:'code', value:'`ls`'}]
 * codes.parts('Ejecute `ls`', true); // the ph keeps id '1'
 */
export class InlineCodes {
  private next = 1;
  private readonly sourceIds = new Map<string, string[]>();

  /** The parts of `text`; `target` texts reuse the ids of the source's codes. */
  parts(text: string, target = false): InlinePart[] {
    const list = shapes(text);
    const ids: string[] = [];
    const available = new Map([...this.sourceIds].map(([key, queue]) => [key, [...queue]]));
    return list.map((shape, index) => {
      if (shape.kind === null) return { type: 'text', value: shape.value };
      let id: string;
      if (shape.role === 'close') id = ids[shape.pair] as string;
      else {
        const key = `${shape.role}\u0000${shape.value}`;
        const reused = target ? available.get(key)?.shift() : undefined;
        id = reused ?? String(this.next++);
        if (!target) this.sourceIds.set(key, [...(this.sourceIds.get(key) ?? []), id]);
      }
      ids[index] = id;
      return { type: shape.role, id, kind: shape.kind, value: shape.value };
    });
  }
}

/** The text of inline parts (codes written back as their original data). */
export function partsText(parts: readonly InlinePart[]): string {
  return parts.map((part) => part.value).join('');
}
