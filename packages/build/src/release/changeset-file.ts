import { languageName } from '../package/readme.js';
import type { PackageChange } from './compare.js';

/**
 * A changeset in the format of @changesets/cli 2.x: front matter naming the package and its
 * bump, then the summary that goes into the package's CHANGELOG.md.
 *
 * @example
 * changesetText('@deckl10n/locale-fr', 'fr', change);
 * // '---\n"@deckl10n/locale-fr": patch\n---\n\nFrench: 12 segments translated, …\n'
 */
export function changesetText(name: string, language: string, change: PackageChange): string {
  const lines: string[] = [];
  const totals = Object.values(change.decks).reduce((sum, d) => ({ added: sum.added + d.added, updated: sum.updated + d.updated, reviewed: sum.reviewed + d.reviewed }), {
    added: 0,
    updated: 0,
    reviewed: 0,
  });
  const parts = [
    change.addedDecks.length > 0 ? `${change.addedDecks.length} new ${plural(change.addedDecks.length, 'deck')}` : null,
    change.removedDecks.length > 0 ? `${change.removedDecks.length} ${plural(change.removedDecks.length, 'deck')} removed` : null,
    `${totals.added} ${plural(totals.added, 'segment')} added`,
    `${totals.updated} updated`,
    `${totals.reviewed} reviewed`,
  ].filter((part): part is string => part !== null);
  lines.push(`${languageName(language)} (${language}): ${parts.join(', ')}.`);
  lines.push('');
  for (const id of change.addedDecks) lines.push(`- new deck \`${id}\``);
  for (const id of change.removedDecks) lines.push(`- removed deck \`${id}\``);
  for (const [id, d] of Object.entries(change.decks).sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`- \`${id}\`: ${d.added} added, ${d.updated} updated, ${d.reviewed} reviewed`);
  }
  if (Object.keys(change.decks).length === 0 && change.addedDecks.length === 0 && change.removedDecks.length === 0) {
    lines.push('- shared namespaces, layout or README changed; no deck segment changed');
  }
  return `---\n${JSON.stringify(name)}: ${change.bump}\n---\n\n${lines.join('\n')}\n`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
