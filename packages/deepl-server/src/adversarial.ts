/**
 * Adversarial damage to the markup of a translated text (drop, duplicate or reorder tags, alter
 * an attribute), for testing a caller's tag verification. Deterministic: always the first tag(s).
 */
import { tokenize, type Token } from './markup.js';
import { ADVERSARIAL_MODES, type AdversarialMode } from './types.js';

/** Parses and validates adversarial modes (a single mode, a list, or null for none). */
export function normalizeAdversarial(value: unknown): AdversarialMode[] {
  if (value === null || value === undefined) return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const modes: AdversarialMode[] = [];
  for (const item of list) {
    const mode = ADVERSARIAL_MODES.find((known) => known === item);
    if (mode === undefined) {
      throw new TypeError(`unknown adversarial mode ${JSON.stringify(item)} (known: ${ADVERSARIAL_MODES.join(', ')})`);
    }
    if (!modes.includes(mode)) modes.push(mode);
  }
  return ADVERSARIAL_MODES.filter((mode) => modes.includes(mode));
}

function tagIndexes(tokens: readonly Token[]): number[] {
  return tokens.flatMap((token, index) => (token.kind === 'tag' ? [index] : []));
}

function alterAttribute(tokens: Token[]): boolean {
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'tag' || token.role === 'close' || token.role === 'other') continue;
    const match = /=\s*(["'])/.exec(token.raw);
    if (match === null) continue;
    const quote = match[1] ?? '"';
    const valueStart = match.index + match[0].length;
    const valueEnd = token.raw.indexOf(quote, valueStart);
    if (valueEnd === -1) continue;
    const raw = `${token.raw.slice(0, valueEnd)}-altered${token.raw.slice(valueEnd)}`;
    tokens[index] = { ...token, raw };
    return true;
  }
  return false;
}

function drop(tokens: Token[]): boolean {
  const first = tagIndexes(tokens)[0];
  if (first === undefined) return false;
  tokens.splice(first, 1);
  return true;
}

function duplicate(tokens: Token[]): boolean {
  const first = tagIndexes(tokens)[0];
  const token = first === undefined ? undefined : tokens[first];
  if (first === undefined || token === undefined) return false;
  tokens.splice(first, 0, token);
  return true;
}

function reorder(tokens: Token[]): boolean {
  const indexes = tagIndexes(tokens);
  const first = indexes[0];
  if (first === undefined) return false;
  const firstToken = tokens[first];
  const second = indexes.find((index) => tokens[index]?.raw !== firstToken?.raw);
  const secondToken = second === undefined ? undefined : tokens[second];
  if (firstToken === undefined) return false;
  if (second !== undefined && secondToken !== undefined) {
    tokens[first] = secondToken;
    tokens[second] = firstToken;
    return true;
  }
  // A single kind of tag: move the first one to the other end of the text.
  if (tokens.length < 2) return false;
  tokens.splice(first, 1);
  if (first === 0) tokens.push(firstToken);
  else tokens.unshift(firstToken);
  return true;
}

/**
 * Applies the markup-damaging modes (all but `alter-ignored`, which acts during translation)
 * to a translated text. Returns the text and the modes that actually changed something.
 */
export function damageMarkup(
  text: string,
  modes: readonly AdversarialMode[],
): { readonly text: string; readonly applied: AdversarialMode[] } {
  const tokens = tokenize(text);
  const applied: AdversarialMode[] = [];
  const steps: readonly [AdversarialMode, (tokens: Token[]) => boolean][] = [
    ['alter-attribute', alterAttribute],
    ['drop', drop],
    ['duplicate', duplicate],
    ['reorder', reorder],
  ];
  for (const [mode, step] of steps) {
    if (modes.includes(mode) && step(tokens)) applied.push(mode);
  }
  return { text: tokens.map((token) => token.raw).join(''), applied };
}
