import { basename, dirname, extname, posix } from 'node:path';

/** GTN's convention: `slides.html` → `slides_ES.html`, `slides.md` → `slides_ES.md`. */
export const DEFAULT_NAMING = '{stem}_{LANG}{ext}';

/** Why a naming pattern cannot be used, or null when it can. */
export function checkNamingPattern(pattern: string): string | null {
  if (!/\{lang\}|\{LANG\}/.test(pattern)) return 'must contain {lang} or {LANG}, or every language would write the same file';
  if (/[/\\]/.test(pattern) || pattern.includes('..')) return 'must be a file name (no folders): the localized deck sits beside its source';
  const unknown = /\{(?!stem\}|ext\}|lang\}|LANG\})[^}]*\}/.exec(pattern);
  if (unknown !== null) return `has the unknown placeholder ${unknown[0]} (known: {stem}, {ext}, {lang}, {LANG})`;
  return null;
}

/**
 * The path of a deck's localized version, beside it: `{stem}` is the file name without its
 * extension, `{ext}` the extension with its dot, `{lang}` the language as configured and
 * `{LANG}` upper-cased.
 *
 * @example
 * localizedPath('decks/intro/slides.html', 'es', DEFAULT_NAMING); // 'decks/intro/slides_ES.html'
 */
export function localizedPath(sourcePath: string, language: string, pattern: string): string {
  const ext = extname(sourcePath);
  const stem = basename(sourcePath, ext);
  const name = pattern
    .replaceAll('{stem}', stem)
    .replaceAll('{ext}', ext)
    .replaceAll('{lang}', language)
    .replaceAll('{LANG}', language.toUpperCase());
  const dir = dirname(sourcePath);
  return dir === '.' ? name : posix.join(dir.split('\\').join('/'), name);
}
