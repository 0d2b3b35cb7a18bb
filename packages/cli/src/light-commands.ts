import { parseArgs } from 'node:util';
import type { CheckOptions } from './commands/check.js';
import type { StatusOptions } from './commands/status.js';
import type { SyncOptions } from './commands/sync.js';

/** An option as commander declares it (`--fail-on <states>`), with its help line. */
export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
}

/**
 * A command whose everyday invocations `main` runs without loading commander: `check`, `status`
 * and `sync` are meant to be cheap (a no-op sync spends as much time loading commander and the
 * `child_process` it requires as reading the store). Declared once here; `main` also registers
 * them with commander, which parses everything this module declines (help, typos, odd forms).
 */
export interface LightCommand {
  readonly name: string;
  readonly description: string;
  /** Commander's syntax of the command's paths (`<path...>`, at least one), when it takes paths. */
  readonly paths?: { readonly syntax: string; readonly description: string };
  readonly options: readonly OptionSpec[];
  /** Runs the command (imported lazily) with its paths and options (camelCase keys, as commander gives them). */
  readonly run: (paths: string[], options: Record<string, string | boolean>) => Promise<number>;
}

const configOption: OptionSpec = { flags: '--config <file>', description: 'the config file (default: deckl10n.config.json here or above)' };
const languagesOption: OptionSpec = { flags: '--lang <lngs>', description: 'only these languages' };

export const check: LightCommand = {
  name: 'check',
  description: 'parse decks and verify the byte-for-byte round trip; exit 1 on any error',
  paths: { syntax: '<path...>', description: 'deck files or folders of decks' },
  options: [{ flags: '--json', description: 'print the diagnostics as JSON' }],
  run: async (paths, options) => (await import('./commands/check.js')).check(paths, options as CheckOptions),
};

export const status: LightCommand = {
  name: 'status',
  description: 'counts by state per deck and language',
  options: [
    { flags: '--json', description: 'print {"decks":[{deck, id, languages:{<lng>:{total, missing, machine, reviewed, stale, obsolete}}}]}' },
    { flags: '--fail-on <states>', description: 'exit 1 when any of these comma-separated states is non-zero (for CI)' },
    languagesOption,
    { flags: '--deck <id>', description: 'only this deck' },
    configOption,
  ],
  run: async (_paths, options) => (await import('./commands/status.js')).status(options as StatusOptions),
};

export const sync: LightCommand = {
  name: 'sync',
  description: 'record source edits in the store (stale, carried, obsolete) without translating',
  options: [
    languagesOption,
    { flags: '--json', description: 'print what changed as JSON' },
    configOption,
  ],
  run: async (_paths, options) => (await import('./commands/sync.js')).sync(options as SyncOptions),
};

const lightCommands: readonly LightCommand[] = [check, status, sync];

/** A light command with the paths and options of an invocation. */
export interface LightInvocation {
  readonly command: LightCommand;
  readonly paths: string[];
  readonly options: Record<string, string | boolean>;
}

/**
 * `argv` as a light command's invocation when it is plainly valid: the command's name first, then
 * only its declared options, each with its value when it takes one, and at least one path when
 * it takes paths (none otherwise). Undefined for anything else (`--help`, an unknown option, a
 * missing value, another command): commander then parses it as always and says what is wrong.
 *
 * @example
 * lightInvocation(['status', '--lang', 'fr', '--json'])?.options; // { lang: 'fr', json: true }
 * lightInvocation(['status', '--help']); // undefined
 */
export function lightInvocation(argv: readonly string[]): LightInvocation | undefined {
  const [name, ...rest] = argv;
  const command = lightCommands.find((candidate) => candidate.name === name);
  if (command === undefined) return undefined;
  const specs = command.options.map((option) => ({ ...option, long: /^--([a-z][a-z-]*)/.exec(option.flags)?.[1] as string, value: option.flags.includes('<') }));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(specs.map((spec) => [spec.long, { type: spec.value ? 'string' : 'boolean' }] as const)),
      allowPositionals: command.paths !== undefined,
      strict: true,
    });
  } catch {
    return undefined;
  }
  if (command.paths !== undefined && parsed.positionals.length === 0) return undefined;
  const options: Record<string, string | boolean> = {};
  for (const spec of specs) {
    const value = parsed.values[spec.long];
    if (typeof value === 'string' || typeof value === 'boolean') options[spec.long.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return { command, paths: parsed.positionals, options };
}
