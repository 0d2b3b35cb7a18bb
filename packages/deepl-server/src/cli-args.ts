/**
 * Command-line arguments of `deckl10n-deepl-server`, parsed into server options.
 */
import { parseArgs } from 'node:util';
import type { DeeplServerOptions, RequestLogEntry } from './types.js';

/** Usage text of the command. */
export const USAGE = `Usage: deckl10n-deepl-server [options]

A local fake of DeepL's HTTP API on 127.0.0.1, for offline tests with deepl-node.
Prints its URL on stdout, logs one line per request on stderr, runs until SIGINT/SIGTERM.

Options:
  --port N          TCP port (default 0: any free port)
  --latency MS      fixed latency per API request, in milliseconds (default 0)
  --keys A,B        accepted keys, comma-separated (default: any key)
  --char-limit N    character limit per key (default: 500000 for ':fx' keys, 10^12 otherwise)
  --quota-after N   answer 456 to translate requests once a key has used N characters
  --bill-markup     bill tag characters too (DeepL does not when tag_handling is set)
  --quiet           no request log lines
  -h, --help        show this help

Runtime control: GET/POST <url>/__control (see the package README).`;

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly options: DeeplServerOptions; readonly quiet: boolean };

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`--${name} must be a non-negative integer, got '${value}'`);
  return Number(value);
}

/**
 * Parses the arguments (without `node` and the script). Throws an Error with a user-facing
 * message on bad input.
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      latency: { type: 'string' },
      keys: { type: 'string' },
      'char-limit': { type: 'string' },
      'quota-after': { type: 'string' },
      'bill-markup': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return { kind: 'help' };
  const port = count('port', values.port);
  if (port !== undefined && port > 65535) throw new Error(`--port must be at most 65535, got ${port}`);
  const latencyMs = count('latency', values.latency);
  const characterLimit = count('char-limit', values['char-limit']);
  const quotaAfterCharacters = count('quota-after', values['quota-after']);
  const keys = values.keys
    ?.split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
  if (keys !== undefined && keys.length === 0) throw new Error('--keys needs at least one key');
  const options: DeeplServerOptions = {
    ...(port === undefined ? {} : { port }),
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(keys === undefined ? {} : { keys }),
    ...(characterLimit === undefined ? {} : { characterLimit }),
    ...(quotaAfterCharacters === undefined ? {} : { quotaAfterCharacters }),
    ...(values['bill-markup'] === true ? { billMarkup: true } : {}),
  };
  return { kind: 'run', options, quiet: values.quiet === true };
}

/** One stderr line for a finished request (never contains the key, only its label). */
export function formatLogLine(entry: RequestLogEntry): string {
  const parts = [
    entry.time,
    entry.method,
    entry.path,
    entry.status === 0 ? 'no-response' : String(entry.status),
    `${entry.durationMs}ms`,
  ];
  if (entry.keyLabel !== undefined) parts.push(`key=${entry.keyLabel}`);
  if (entry.texts > 0) parts.push(`texts=${entry.texts}`, `chars=${entry.characters}`, `billed=${entry.billedCharacters}`);
  if (entry.fault !== undefined) parts.push(`fault=${entry.fault}`);
  if (entry.adversarial.length > 0) parts.push(`adversarial=${entry.adversarial.join(',')}`);
  if (entry.aborted) parts.push('aborted');
  return parts.join(' ');
}
