import { DeckError } from '@deckl10n/errors';
import { startServer } from '@deckl10n/serve';
import { ExitCode } from '../exit-codes.js';
import { loadProject, type ProjectOptions } from '../project-context.js';

export interface ServeCommandOptions extends ProjectOptions {
  readonly port?: string;
}

/** The port tried when `--port` is not given (another free port is taken if it is busy). */
export const DEFAULT_PORT = 4300;

/**
 * `deckl10n serve [--port N]`: the viewer and its JSON API on 127.0.0.1 until Ctrl+C.
 * Prints `deckl10n serve: http://127.0.0.1:<port>/` first, so scripts can read the URL.
 */
export async function serve(options: ServeCommandOptions): Promise<number> {
  const port = parsePort(options.port);
  const loaded = await loadProject(options);
  const onError = (error: unknown) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`deckl10n serve: error answering a request: ${text}\n`);
  };
  let running;
  try {
    running = await startServer({ loaded, port: port ?? DEFAULT_PORT, onError });
  } catch (error) {
    if (port !== undefined || !(error instanceof DeckError) || error.code !== 'SERVE_PORT_IN_USE') throw error;
    running = await startServer({ loaded, port: 0, onError });
  }
  const languages = loaded.config.targetLanguages;
  process.stdout.write(
    `deckl10n serve: ${running.url}\n` +
      `  dashboard  ${running.url}#dashboard\n` +
      `  languages  ${[loaded.config.sourceLanguage, ...languages].join(', ')} (project ${loaded.root})\n` +
      `  Ctrl+C stops the server.\n`,
  );
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolveStop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return ExitCode.ok;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65_535) {
    throw new DeckError('USAGE', `--port takes a number from 0 to 65535 (0: any free port); got "${value}"`);
  }
  return port;
}
