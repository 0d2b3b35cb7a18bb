import { alignedTranslations, chooseLanguages, formatWordDiff, loadSourceDecks, wordDiff } from '@deckl10n/sync';
import pc from 'picocolors';
import { ExitCode } from '../exit-codes.js';
import { loadProject, type ProjectOptions } from '../project-context.js';

export interface DiffOptions extends ProjectOptions {
  readonly lang: string;
  readonly deck?: string;
  readonly json?: boolean;
}

/** `deckl10n diff --lang <lng>`: every stale segment with a word diff old → new source and its translation. */
export async function diff(options: DiffOptions): Promise<number> {
  const loaded = await loadProject(options);
  const [language] = chooseLanguages(loaded, [options.lang]) as [string];
  const sources = await loadSourceDecks(loaded, options.deck);
  const colors = process.stdout.isTTY && !process.env['NO_COLOR'] ? { removed: (t: string) => pc.red(pc.strikethrough(t)), added: (t: string) => pc.green(t) } : undefined;
  const out: string[] = [];
  const items: unknown[] = [];
  for (const source of sources) {
    const aligned = await alignedTranslations(loaded, source, language);
    for (const segment of source.segments) {
      const entry = aligned.translations.entries.get(segment.id);
      if (entry?.state !== 'stale') continue;
      const parts = wordDiff(entry.source, segment.text);
      items.push({ deck: source.deck.id, id: segment.id, slide: segment.slide, line: segment.position.start.line, kind: segment.kind, oldSource: entry.source, newSource: segment.text, translation: entry.translation, was: entry.was ?? null, diff: parts });
      out.push(
        `${source.deck.path}:${segment.position.start.line}: ${source.deck.id} · slide ${segment.slide}${segment.slideTitle ? ` · ${segment.slideTitle}` : ''} · ${segment.kind} ${segment.id}`,
        `  source:      ${formatWordDiff(parts, colors)}`,
        `  translation: ${entry.translation}   (${entry.was ?? 'machine'}, now stale)`,
        '',
      );
    }
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
  } else {
    process.stdout.write(out.length === 0 ? `no stale segments in ${language}\n` : `${out.join('\n')}${items.length} stale segment${items.length === 1 ? '' : 's'} in ${language}\n`);
  }
  return ExitCode.ok;
}
