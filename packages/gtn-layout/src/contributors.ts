import { DeckError } from '@deckl10n/errors';
import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * Display names from a GTN `CONTRIBUTORS.yaml` (`id: { name: … }`); an entry without a name is
 * left out, so the id shows as itself. A file that is not valid YAML of that shape is refused
 * with its line.
 *
 * @example
 * contributorNames('annefou:\n  name: Anne Fouilloux\n', 'CONTRIBUTORS.yaml'); // { annefou: 'Anne Fouilloux' }
 */
export function contributorNames(text: string, file: string): Record<string, string> {
  const doc = parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const [line, column] = [error.linePos?.[0].line, error.linePos?.[0].col];
    throw new DeckError('CONTRIBUTORS_INVALID', `${file} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`, { file, line, column });
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) throw new DeckError('CONTRIBUTORS_INVALID', `${file} must map contributor ids to their details`, { file, line: 1 });
  const names: Record<string, string> = {};
  for (const pair of doc.contents.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : null;
    const details = pair.value;
    if (id === null || !isMap(details)) continue;
    const name: unknown = details.get('name');
    if (typeof name === 'string' && name.trim() !== '') names[id] = name.trim();
  }
  return names;
}
