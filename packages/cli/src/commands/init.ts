import { relative } from 'node:path';
import { initConfig, loadConfig, parseConfig, projectDecks } from '@deckl10n/config';
import { writeIfChanged } from '@deckl10n/store';
import { ExitCode } from '../exit-codes.js';
import { list } from '../project-context.js';

export interface InitCommandOptions {
  readonly decks?: string;
  readonly languages?: string;
  readonly sourceLanguage?: string;
  readonly force?: boolean;
}

/** `deckl10n init`: writes deckl10n.config.json in the current directory. */
export async function init(options: InitCommandOptions): Promise<number> {
  const decks = list(options.decks);
  const languages = list(options.languages);
  const created = initConfig(process.cwd(), {
    ...(decks ? { decks } : {}),
    ...(languages ? { targetLanguages: languages } : {}),
    ...(options.sourceLanguage ? { sourceLanguage: options.sourceLanguage } : {}),
    ...(options.force ? { force: true } : {}),
  });
  // Validate before writing (a bad --languages never leaves a broken config); initConfig refused
  // an existing config unless --force; the write itself is atomic.
  parseConfig(created.file, created.text);
  await writeIfChanged(created.file, created.text);
  const found = await projectDecks(await loadConfig(process.cwd(), created.file));
  process.stdout.write(`wrote ${relative(process.cwd(), created.file) || created.file}\n`);
  process.stdout.write(
    `${created.config.sourceLanguage} → ${created.config.targetLanguages.join(', ')}; decks matching ${created.config.decks.join(', ')}: ${found.length}\n`,
  );
  for (const deck of found) process.stdout.write(`  ${deck.id.padEnd(24)} ${deck.path}\n`);
  if (found.length === 0) process.stdout.write('no deck matches yet: edit "decks" in the config (globs relative to it)\n');
  process.stdout.write('next: deckl10n translate   (pseudo-translation offline; DeepL when DEEPL_AUTH_KEY is set)\n');
  return ExitCode.ok;
}
