import { resolve } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import { alignDecks, seedEntries, type SeedResult } from '@deckl10n/review';
import { extract } from '@deckl10n/segments';
import { withProjectLock } from '@deckl10n/store';
import { alignedTranslations, chooseLanguages, loadSourceDecks, saveTranslations } from '@deckl10n/sync';
import { ExitCode } from '../exit-codes.js';
import { loadProject, type ProjectOptions } from '../project-context.js';
import { readDeck } from '../read-deck.js';

export interface AlignOptions extends ProjectOptions {
  readonly lang: string;
  readonly dryRun?: boolean;
  readonly reviewed?: boolean;
  readonly json?: boolean;
}

const shorten = (text: string): string => JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 70));

/**
 * `deckl10n align <source-deck> <translated-deck> --lang <lng>`: seeds the store from an existing
 * translation of a project deck, aligning slides, then segments within slides; reports what
 * aligned, what did not and why. Existing translations are never overwritten; QA errors reject a pair.
 */
export async function align(sourcePath: string, translatedPath: string, options: AlignOptions): Promise<number> {
  const loaded = await loadProject(options);
  const [language] = chooseLanguages(loaded, [options.lang]) as [string];
  const file = resolve(sourcePath);
  const source = (await loadSourceDecks(loaded)).find((deck) => deck.deck.file === file);
  if (source === undefined) throw new DeckError('DECK_UNKNOWN', `${sourcePath} is not a deck of this project (see "decks" in ${loaded.file})`, { file: sourcePath });
  const translated = extract(await readDeck(translatedPath), { frontMatter: { translate: loaded.config.frontMatter.translate } });
  const alignment = alignDecks(source.segments, translated);
  let results: SeedResult[] = [];
  let written: string[] = [];
  await withProjectLock(loaded.localesDir, async () => {
    const current = await alignedTranslations(loaded, source, language);
    const seeded = seedEntries(current.translations.entries, alignment.pairs, { from: translatedPath, ...(options.reviewed ? { reviewed: true } : {}) });
    results = seeded.results;
    const changed = current.changed || results.some((r) => r.kind === 'added');
    if (!options.dryRun && changed) written = await saveTranslations(loaded, { ...current.translations, entries: seeded.entries });
  });
  const count = (kind: SeedResult['kind']): number => results.filter((r) => r.kind === kind).length;
  const total = source.segments.length;
  const share = total === 0 ? 100 : (100 * alignment.pairs.length) / total;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          deck: source.deck.id,
          language,
          total,
          aligned: alignment.pairs.length,
          added: count('added'),
          kept: count('kept'),
          rejected: results.filter((r) => r.kind === 'rejected').map((r) => ({ id: r.pair.source.id, line: r.pair.source.position.start.line, findings: r.findings })),
          unaligned: alignment.unaligned.map((u) => ({ id: u.source.id, line: u.source.position.start.line, text: u.source.text, reason: u.reason })),
          unused: alignment.unused.map((s) => ({ line: s.position.start.line, text: s.text })),
          slides: alignment.slides,
          written,
        },
        null,
        2,
      )}\n`,
    );
    return ExitCode.ok;
  }
  const out: string[] = [];
  for (const u of alignment.unaligned) out.push(`${source.deck.path}:${u.source.position.start.line}: unaligned: ${shorten(u.source.text)}: ${u.reason}`);
  for (const r of results.filter((x) => x.kind === 'rejected')) {
    for (const f of r.findings.filter((x) => x.severity === 'error')) out.push(`${translatedPath}:${r.pair.translation.position.start.line}: rejected: ${f.message} (${f.code})`);
  }
  for (const s of alignment.unused) out.push(`${translatedPath}:${s.position.start.line}: unused: ${shorten(s.text)}: no source segment matches it`);
  out.push(
    `${source.deck.id} ${language}: aligned ${alignment.pairs.length} of ${total} segments (${share.toFixed(1)}%) on ${alignment.slides.length} slides; ` +
      `${count('added')} added, ${count('kept')} kept (already translated), ${count('rejected')} rejected by QA; ` +
      `${alignment.unaligned.length} unaligned, ${alignment.unused.length} unused in the translation; ` +
      (options.dryRun ? 'dry run, nothing written' : `wrote ${written.length} file${written.length === 1 ? '' : 's'}`),
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return ExitCode.ok;
}
