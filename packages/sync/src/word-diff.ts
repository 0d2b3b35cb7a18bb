import { diffWordsWithSpace } from 'diff';

/** A piece of a word diff. */
export interface DiffPart {
  readonly value: string;
  readonly change: 'same' | 'added' | 'removed';
}

/**
 * Word-level diff of two texts.
 *
 * @example
 * formatWordDiff(wordDiff('an open community', 'an inclusive community'));
 * // 'an [-open-]{+inclusive+} community'
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    value: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** Renders a diff like `git diff --word-diff`: `[-removed-]{+added+}`, optionally with colors. */
export function formatWordDiff(parts: readonly DiffPart[], colors?: { removed(text: string): string; added(text: string): string }): string {
  return parts
    .map((part) => {
      if (part.change === 'same') return part.value;
      if (colors) return part.change === 'added' ? colors.added(part.value) : colors.removed(part.value);
      return part.change === 'added' ? `{+${part.value}+}` : `[-${part.value}-]`;
    })
    .join('');
}
