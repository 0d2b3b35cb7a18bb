import { tokenizeInline } from '@deckl10n/segments';

/**
 * The translatable text of a segment with every protected element replaced by a space, so that
 * checks on prose (emphasis, brackets, numbers, length) never look inside code, URLs or tags.
 */
export function proseOf(text: string): string {
  return tokenizeInline(text)
    .map((token) => (token.type === 'text' ? token.value : ' '))
    .join('');
}

