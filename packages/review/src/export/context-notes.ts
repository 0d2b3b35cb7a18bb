import type { ReviewUnit } from '../model.js';

/** A context note deckl10n writes for a unit, with its category (XLIFF 2.0 `<note category>`). */
export interface ContextNote {
  readonly category: 'location' | 'kind' | 'provider' | 'old-source';
  readonly text: string;
}

/** Categories of the notes deckl10n writes: an import ignores them (they are regenerated). */
export const CONTEXT_CATEGORIES: ReadonlySet<string> = new Set(['location', 'kind', 'provider', 'old-source']);

/**
 * The context a reviewer needs beside a unit: where it is (slide number and title, presenter
 * notes), what it is (segment kind), who translated it, and for a stale unit the source the
 * translation was made from.
 *
 * @example
 * contextNotes(unit).map((n) => n.text);
 * // ['slide 3: Why Pangeo?', 'kind: list-item', 'provider: deepl']
 */
export function contextNotes(unit: ReviewUnit): ContextNote[] {
  const where = unit.slide === 0 ? 'front matter' : `slide ${unit.slide}${unit.slideTitle ? `: ${unit.slideTitle}` : ''}`;
  const notes: ContextNote[] = [
    { category: 'location', text: `${where}${unit.inNotes ? ' (presenter notes)' : ''}` },
    { category: 'kind', text: `kind: ${unit.kind}` },
  ];
  if (unit.provider !== null) notes.push({ category: 'provider', text: `provider: ${unit.provider}; state: ${unit.state}` });
  if (unit.oldSource !== null) notes.push({ category: 'old-source', text: `old source: ${unit.oldSource}` });
  return notes;
}
