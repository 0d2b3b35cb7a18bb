import { parseDocument } from 'yaml';
import type { ScalarStyle } from '@deckl10n/parser';

const YAML_SPECIAL = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/**
 * Writes `value` as a YAML scalar in the style the source used, so the front matter keeps its
 * look; falls back to a double-quoted scalar when the style cannot hold the value. The result
 * always parses back to `value`.
 *
 * @param original The scalar's source text (quotes, block header and indentation included).
 */
export function encodeYamlScalar(value: string, style: ScalarStyle, original: string): string {
  const attempt = styled(value, style, original);
  if (attempt !== null && decodes(attempt, value)) return attempt;
  return JSON.stringify(value);
}

function styled(value: string, style: ScalarStyle, original: string): string | null {
  switch (style) {
    case 'plain':
      return isPlainSafe(value) ? value : null;
    case 'single-quoted':
      return value.includes('\n') ? null : `'${value.replace(/'/g, "''")}'`;
    case 'double-quoted':
      return JSON.stringify(value);
    case 'literal':
    case 'folded': {
      const newline = original.indexOf('\n');
      if (newline === -1) return null;
      const header = original.slice(0, newline);
      const indent = /^[ \t]*/.exec(original.slice(newline + 1))?.[0] ?? '  ';
      const trailing = original.endsWith('\n') ? '\n' : '';
      const body = (style === 'folded' ? value.replace(/\n/g, '\n\n') : value)
        .replace(/\n+$/, '')
        .split('\n')
        .map((line) => (line === '' ? '' : indent + line))
        .join('\n');
      return `${header}\n${body}${trailing}`;
    }
  }
}

function isPlainSafe(value: string): boolean {
  if (value === '' || value !== value.trim() || value.includes('\n')) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  if (/: |:$| #|\t/.test(value)) return false;
  return !YAML_SPECIAL.test(value);
}

function decodes(encoded: string, value: string): boolean {
  const doc = parseDocument(`k: ${encoded}`);
  if (doc.errors.length > 0) return false;
  const parsed: unknown = doc.toJS();
  const decoded = typeof parsed === 'object' && parsed !== null ? (parsed as { k?: unknown }).k : undefined;
  const normalize = (text: string): string => text.replace(/\n+$/, '');
  return typeof decoded === 'string' && normalize(decoded) === normalize(value);
}
