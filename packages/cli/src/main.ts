import type { Command as CommandType } from 'commander';
import { formatError, isDeckError } from '@deckl10n/errors';
import { ExitCode } from './exit-codes.js';
import { check, lightInvocation, status, sync, type LightCommand } from './light-commands.js';

/**
 * Runs the deckl10n command line with `argv` (without node and script) and returns the exit
 * code. Commands are imported lazily so `deckl10n check` loads only what it needs; a plain
 * `check`, `status` or `sync` does not even load commander (see {@link lightInvocation}).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const light = lightInvocation(argv);
  if (light !== undefined) {
    try {
      return await light.command.run(light.paths, light.options);
    } catch (error) {
      return handleError(error);
    }
  }
  const [{ Command, CommanderError }, { version }] = await Promise.all([import('commander'), import('./version.js')]);
  let exitCode: number = ExitCode.ok;
  const program = new Command()
    .name('deckl10n')
    .description('Translate and localize remark.js / Galaxy Training Network slide decks.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  // check, status and sync are declared in light-commands.ts (their fast path parses them too).
  const addLight = (light: LightCommand): void => lightCommand(program, light, (code) => void (exitCode = code));

  addLight(check);

  program
    .command('extract')
    .description('list the translatable segments of a deck')
    .argument('<path>', 'deck file')
    .option('--json', 'print the segments as a JSON array')
    .action(async (path: string, options: { json?: boolean }) => {
      const { extract } = await import('./commands/extract.js');
      exitCode = await extract(path, options);
    });

  program
    .command('init')
    .description('write deckl10n.config.json in the current directory')
    .option('--decks <globs>', 'comma-separated globs of deck files, relative to the config', 'decks/*/slides.md')
    .option('--languages <lngs>', 'comma-separated target languages', 'fr,es')
    .option('--source-language <lng>', 'language of the source decks', 'en')
    .option('--force', 'replace an existing config')
    .action(async (options: import('./commands/init.js').InitCommandOptions) => {
      const { init } = await import('./commands/init.js');
      exitCode = await init(options);
    });

  program
    .command('translate')
    .description('machine-translate missing segments and stale machine translations')
    .option('--to <lngs>', 'comma-separated target languages (default: all of the config)')
    .option('--provider <name>', 'pseudo or deepl (default: deepl when DEEPL_AUTH_KEY is set, else pseudo)')
    .option('--dry-run', 'show per language the segments and characters that would be sent; send and write nothing')
    .option('--deck <id>', 'only this deck')
    .option('--include-reviewed', 're-translate stale segments a human had reviewed')
    .option('--json', 'print the summary as JSON')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/translate.js').TranslateCommandOptions) => {
      const { translate } = await import('./commands/translate.js');
      exitCode = await translate(options);
    });

  addLight(status);

  program
    .command('diff')
    .description('stale segments: word diff of the old → new source, and the current translation')
    .requiredOption('--lang <lng>', 'the language')
    .option('--deck <id>', 'only this deck')
    .option('--json', 'print the stale segments as JSON')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/diff.js').DiffOptions) => {
      const { diff } = await import('./commands/diff.js');
      exitCode = await diff(options);
    });

  program
    .command('prune')
    .description('drop obsolete translations (segments no longer in any deck)')
    .requiredOption('--lang <lng>', 'the language')
    .option('--dry-run', 'say how many would be dropped, drop nothing')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/prune.js').PruneOptions) => {
      const { prune } = await import('./commands/prune.js');
      exitCode = await prune(options);
    });

  addLight(sync);

  program
    .command('serve')
    .description('serve the viewer (slides in any locale, review mode, dashboard) and its JSON API on 127.0.0.1')
    .option('--port <n>', 'the port (default 4300, or a free one if it is taken; 0: any free port)')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/serve.js').ServeCommandOptions) => {
      const { serve } = await import('./commands/serve.js');
      exitCode = await serve(options);
    });

  program
    .command('build')
    .description('write localized decks beside their sources and the locale npm packages under locales/<lng>/')
    .option('--lang <lngs>', 'only these comma-separated languages (default: all of the config)')
    .option('--min-completeness <percent>', 'skip a deck in a language with fewer segments translated (default: output.minCompleteness, 0)')
    .option('--update-source', "add fully reviewed languages to the source decks' translations: (edits the sources)")
    .option('--update-lockfile', 'run npm install --package-lock-only when package-lock.json does not know the locale packages')
    .option('--json', 'print what was built and written as JSON')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/build.js').BuildCommandOptions) => {
      const { build } = await import('./commands/build.js');
      exitCode = await build(options);
    });

  program
    .command('changeset')
    .description('write a changeset for every locale package whose content changed since it was last recorded')
    .option('--json', 'print the changesets written as JSON')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/changeset.js').ChangesetCommandOptions) => {
      const { changeset } = await import('./commands/changeset.js');
      exitCode = await changeset(options);
    });

  const review = program.command('review').description('review files for translators: XLIFF 2.0, XLIFF 1.2, gettext PO');
  review
    .command('export')
    .description('write a review file of the segments to review (default states: missing, machine, stale)')
    .requiredOption('--lang <lng>', 'the language')
    .requiredOption('--format <format>', 'xliff (2.0), xliff12 or po')
    .option('--states <states>', 'comma-separated states (missing, machine, reviewed, stale) or all')
    .option('--deck <id>', 'only this deck')
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/review-export.js').ReviewExportOptions) => {
      const { reviewExport } = await import('./commands/review-export.js');
      exitCode = await reviewExport(options);
    });
  review
    .command('import')
    .description('import a reviewed XLIFF or PO file: approved units become reviewed, conflicts stay stale, QA errors block')
    .argument('<file>', 'the review file')
    .option('--dry-run', 'report what would change, write nothing')
    .option('--lang <lng>', 'the language, for files whose tool dropped it (must agree with the file)')
    .option('--json', 'print the results as JSON')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (file: string, options: import('./commands/review-import.js').ReviewImportOptions) => {
      const { reviewImport } = await import('./commands/review-import.js');
      exitCode = await reviewImport(file, options);
    });

  program
    .command('qa')
    .description('check stored translations: protected elements, slide structure, brackets, emphasis, numbers, whitespace, length')
    .option('--lang <lngs>', 'only these languages')
    .option('--deck <id>', 'only this deck')
    .option('--json', 'print {findings, errors, warnings}')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (options: import('./commands/qa.js').QaOptions) => {
      const { qa } = await import('./commands/qa.js');
      exitCode = await qa(options);
    });

  program
    .command('render')
    .description('the deck as GTN\'s slide layout expands it (title, requirements, questions, objectives, key points, thank-you slides), as remark Markdown or plain text')
    .argument('<deck>', 'deck file')
    .option('--lang <lng>', 'language: the frame strings, and with a project config the deck\'s stored translations (default: the deck\'s lang:, else en)')
    .option('--format <format>', 'remark (the expanded remark Markdown) or text (plain-text slides)', 'remark')
    .option('--out <file>', 'write to this file (atomically, only when it changes) instead of standard output')
    .option('--date <day>', 'last modification date on the title slide, YYYY-MM-DD (default: the deck\'s last git commit, else its file date)')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above; none is needed)')
    .action(async (deck: string, options: import('./commands/render.js').RenderOptions) => {
      const { render } = await import('./commands/render.js');
      exitCode = await render(deck, options);
    });

  program
    .command('align')
    .description('seed the store from an existing translation of a deck: align slides, then segments')
    .argument('<source-deck>', 'the project deck (English source)')
    .argument('<translated-deck>', 'its existing translation (e.g. slides_ES.html)')
    .requiredOption('--lang <lng>', 'the language of the translation')
    .option('--reviewed', 'record the aligned translations as reviewed (default: machine, to be reviewed)')
    .option('--dry-run', 'report the alignment, write nothing')
    .option('--json', 'print the alignment report as JSON')
    .option('--config <file>', 'the config file (default: deckl10n.config.json here or above)')
    .action(async (source: string, translated: string, options: import('./commands/align.js').AlignOptions) => {
      const { align } = await import('./commands/align.js');
      exitCode = await align(source, translated, options);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    // --help and --version end with exit code 0; usage mistakes with 2.
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    return handleError(error);
  }
}

/** Registers a light command with commander, running it as the fast path does. */
function lightCommand(program: CommandType, light: LightCommand, done: (exitCode: number) => void): void {
  const command = program.command(light.name).description(light.description);
  if (light.paths !== undefined) command.argument(light.paths.syntax, light.paths.description);
  for (const option of light.options) command.option(option.flags, option.description);
  command.action(async (...args: unknown[]) => {
    // Commander passes the paths first when the command takes them, then the options.
    const paths = light.paths === undefined ? [] : (args[0] as string[]);
    const options = args[light.paths === undefined ? 0 : 1] as Record<string, string | boolean>;
    done(await light.run(paths, options));
  });
}

/** The exit code for an error code (documented in the README). */
function exitCodeFor(code: string): number {
  if (code === 'USAGE' || code.startsWith('CONFIG_') || code === 'DECK_UNKNOWN' || code === 'LANGUAGE_UNKNOWN') return ExitCode.usage;
  if (code.startsWith('FILE_') || code.startsWith('STORE_')) return ExitCode.io;
  if (code.startsWith('DEEPL_')) return ExitCode.service;
  if (code === 'LOCK_HELD') return ExitCode.locked;
  return ExitCode.problems;
}

function handleError(error: unknown): number {
  if (isDeckError(error)) {
    process.stderr.write(`${formatError(error)}\n`);
    if (error.hint) process.stderr.write(`hint: ${error.hint}\n`);
    return exitCodeFor(error.code);
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`deckl10n: internal error: ${stack}\nThis is a bug in deckl10n; please report it with the command you ran.\n`);
  return ExitCode.internal;
}
