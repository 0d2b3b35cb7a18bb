#!/usr/bin/env node
/**
 * `deckl10n-deepl-server`: runs the fake DeepL server until SIGINT/SIGTERM. The first stdout
 * line is the server URL; request lines go to stderr.
 */
import { formatLogLine, parseCliArgs, USAGE } from './cli-args.js';
import { startDeeplServer } from './server.js';

async function main(): Promise<void> {
  let command;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`deckl10n-deepl-server: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const server = await startDeeplServer({
    ...command.options,
    ...(command.quiet ? {} : { onRequest: (entry) => process.stderr.write(`${formatLogLine(entry)}\n`) }),
  });
  process.stdout.write(`${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`deckl10n-deepl-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
