import { createHash } from 'node:crypto';
import * as deepl from 'deepl-node';

/** Terms kept as they are in every language, and terms translated one way per language. */
export interface GlossaryConfig {
  readonly keep: readonly string[];
  readonly terms: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The glossary entries for one target language: kept terms map to themselves, then fixed terms. */
export function glossaryEntries(glossary: GlossaryConfig | undefined, target: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const term of glossary?.keep ?? []) entries[term] = term;
  Object.assign(entries, glossary?.terms[target] ?? {});
  return entries;
}

/**
 * The name a glossary gets on DeepL: it carries a digest of the language pair and entries, so
 * an unchanged glossary is found again by name and reused, and a changed one gets a new name.
 *
 * @example
 * glossaryName('en', 'fr', { Galaxy: 'Galaxy' }); // 'deckl10n-en-fr-3c1f…' (12 hex digits)
 */
export function glossaryName(source: string, target: string, entries: Readonly<Record<string, string>>): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([source, target, Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]))
    .digest('hex')
    .slice(0, 12);
  return `deckl10n-${source}-${target}-${digest}`;
}

/**
 * The DeepL glossary for one target language: an existing ready glossary with the same name
 * (same entries) is reused; otherwise one is created through the glossary API. Null when the
 * config has no terms for the language.
 */
export async function ensureGlossary(
  client: deepl.Translator,
  glossary: GlossaryConfig | undefined,
  source: string,
  target: string,
): Promise<deepl.GlossaryInfo | null> {
  const entries = glossaryEntries(glossary, target);
  if (Object.keys(entries).length === 0) return null;
  // Glossaries take base languages: `pt-BR` uses a `pt` glossary.
  const base = target.split('-')[0]?.toLowerCase() ?? target;
  const name = glossaryName(source, base, entries);
  const existing = (await client.listGlossaries()).find((info) => info.name === name && info.ready);
  if (existing) return existing;
  return client.createGlossary(
    name,
    source as deepl.SourceGlossaryLanguageCode,
    base as deepl.TargetGlossaryLanguageCode,
    new deepl.GlossaryEntries({ entries }),
  );
}
