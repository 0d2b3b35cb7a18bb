import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@deckl10n/test-support';

/** The repository's GTN frame strings of `language` (`locales/<lng>/gtn-layout.json`), key → text. */
export function layoutStrings(language: string): Readonly<Record<string, string>> {
  return JSON.parse(readFileSync(join(repoRoot, 'locales', language, 'gtn-layout.json'), 'utf8')) as Record<string, string>;
}

/** Text with its whitespace runs collapsed to one space, trimmed: rendered and source text compare alike. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What a reader sees of a frame string on a rendered slide: HTML tags dropped, Markdown links
 * reduced to their label, code spans to their text, and the string cut before its first
 * `{{placeholder}}` (the date, the licence), whitespace collapsed.
 *
 * @example
 * shownText('appuyez sur <kbd>P</kbd> pour …'); // 'appuyez sur P pour …'
 */
export function shownText(text: string): string {
  const fixed = text.split('{{')[0] ?? '';
  return flat(fixed.replace(/<[^>]*>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1'));
}

/** A frame string as the plain-text rendering prints it: tags dropped, Markdown kept. */
export function plainTextOf(text: string): string {
  return flat((text.split('{{')[0] ?? '').replace(/<[^>]*>/g, ' '));
}
