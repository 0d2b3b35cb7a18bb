import { percent, type PackagedDeck } from './model.js';

/** The English name of a language code, e.g. `fr` → `French` (the code itself when unknown). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The package's README: what it holds, how complete each deck is, how to use it. */
export function packageReadme(name: string, language: string, namespaces: readonly string[], decks: readonly PackagedDeck[]): string {
  const rows = decks.map(
    (deck) =>
      `| ${deck.id} | ${deck.segments} | ${deck.translated} (${percent(deck.translated, deck.segments)}%) | ${deck.reviewed} (${percent(deck.reviewed, deck.segments)}%) | \`${deck.file}\` |`,
  );
  const total = decks.reduce((sum, deck) => sum + deck.segments, 0);
  const translated = decks.reduce((sum, deck) => sum + deck.translated, 0);
  const reviewed = decks.reduce((sum, deck) => sum + deck.reviewed, 0);
  const firstDeck = decks[0]?.id ?? namespaces[0] ?? 'deck-id';
  return `# ${name}

${languageName(language)} (\`${language}\`) localized slide decks and their i18next resources, built by
deckl10n from its locale store. Generated: edits here are overwritten by the next \`deckl10n build\`.

## Completeness

${decks.length === 0 ? 'No deck is built for this language yet.' : `| deck | segments | translated | reviewed | file |
| --- | ---: | ---: | ---: | --- |
${rows.join('\n')}
| **all** | ${total} | ${translated} (${percent(translated, total)}%) | ${reviewed} (${percent(reviewed, total)}%) | |`}

"Translated" segments are machine-translated or reviewed; the others are shown in the source
language (the deck's front matter gives their count as \`untranslated\`). "Reviewed" segments were
approved by a person.

## Use

\`\`\`js
import i18next from 'i18next';
import { resources, decks, deckUrl } from '${name}';

await i18next.init({ lng: '${language}', resources });
i18next.t('<segment id>', { ns: '${firstDeck}' });
deckUrl('${firstDeck}'); // URL of the localized deck file
\`\`\`

Namespaces: ${namespaces.length === 0 ? '(none yet)' : namespaces.map((ns) => `\`${ns}\``).join(', ')}. Each deck's namespace maps
its segment ids (\`deckl10n extract <deck> --json\`) to text. The decks are also in \`decks/\`
(\`${name}/decks/…\`).
`;
}
