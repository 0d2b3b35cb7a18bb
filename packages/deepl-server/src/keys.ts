/**
 * Authentication keys: parsing the `Authorization` header and turning keys into labels that
 * are safe to store and print (the key itself never leaves this module's callers' memory).
 */
import { createHash } from 'node:crypto';

/**
 * A stable, non-reversible label for a key: `key-` and the first 12 hex digits of its SHA-256.
 * Request logs, control output and error messages use this instead of the key.
 *
 * @example
 * keyLabel('secret:fx'); // 'key-…' (12 hex digits), the same every time
 */
export function keyLabel(key: string): string {
  return `key-${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 12)}`;
}

/** True for DeepL API Free keys, which end in `:fx`. */
export function isFreeKey(key: string): boolean {
  return key.endsWith(':fx');
}

/**
 * The key from an `Authorization: DeepL-Auth-Key <key>` header, or undefined when the header
 * is missing, uses another scheme, or carries an empty key.
 */
export function keyFromAuthorization(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*DeepL-Auth-Key\s+(\S.*?)\s*$/i.exec(header);
  return match?.[1];
}
