import { Command, CommanderError } from 'commander';
import { formatError, isDeckError } from '@deckl10n/errors';
import { ExitCode } from './exit-codes.js';
import { version } from './version.js';

/**
 * Runs the deckl10n command line with `argv` (without node and script) and returns the exit
 * code. Commands are imported lazily so `deckl10n check` loads only what it needs.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = new Command()
    .name('deckl10n')
    .description('Translate and localize remark.js / Galaxy Training Network slide decks.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('check')
    .description('parse decks and verify the byte-for-byte round trip; exit 1 on any error')
    .argument('<path...>', 'deck files or folders of decks')
    .option('--json', 'print the diagnostics as JSON')
    .action(async (paths: string[], options: { json?: boolean }) => {
      const { check } = await import('./commands/check.js');
      exitCode = await check(paths, options);
    });

  program
    .command('extract')
    .description('list the translatable segments of a deck')
    .argument('<path>', 'deck file')
    .option('--json', 'print the segments as a JSON array')
    .action(async (path: string, options: { json?: boolean }) => {
      const { extract } = await import('./commands/extract.js');
      exitCode = await extract(path, options);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error);
  }
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end with exit code 0; usage mistakes with 2.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (isDeckError(error)) {
    process.stderr.write(`${formatError(error)}\n`);
    if (error.hint) process.stderr.write(`hint: ${error.hint}\n`);
    return error.code === 'USAGE' ? ExitCode.usage : error.code.startsWith('FILE_') ? ExitCode.io : ExitCode.problems;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`deckl10n: internal error: ${stack}\nThis is a bug in deckl10n; please report it with the command you ran.\n`);
  return ExitCode.internal;
}
