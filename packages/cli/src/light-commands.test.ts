import { describe, expect, it } from 'vitest';
import { runCli } from '@deckl10n/test-support';
import { lightInvocation } from './light-commands.js';

const parsed = (argv: string[]) => {
  const invocation = lightInvocation(argv);
  return invocation === undefined ? undefined : { command: invocation.command.name, paths: invocation.paths, options: invocation.options };
};

describe('light commands (parsed without commander)', () => {
  it('take plainly valid invocations of check, status and sync, with the option names commander gives', () => {
    expect(parsed(['status', '--lang', 'fr', '--json', '--fail-on=stale,missing', '--deck', 'a', '--config', 'c.json'])).toEqual({
      command: 'status',
      paths: [],
      options: { lang: 'fr', json: true, failOn: 'stale,missing', deck: 'a', config: 'c.json' },
    });
    expect(parsed(['sync'])).toEqual({ command: 'sync', paths: [], options: {} });
    expect(parsed(['check', 'a.md', '--json', 'b'])).toEqual({ command: 'check', paths: ['a.md', 'b'], options: { json: true } });
  });

  it('leave everything else to commander: help, unknown options, missing values, stray or missing paths, other commands', () => {
    for (const argv of [
      [],
      ['--help'],
      ['status', '--help'],
      ['status', '-h'],
      ['status', '--lang'],
      ['sync', '--lang', '--json'],
      ['status', 'extra'],
      ['sync', '--json=yes'],
      ['status', '--bogus'],
      ['check'],
      ['check', '--json'],
      ['check', '--deck', 'x', 'a.md'],
      ['translate'],
      ['Status'],
    ]) {
      expect(lightInvocation(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('so the CLI answers those as commander always did', () => {
    expect(runCli(['status', '--bogus'])).toMatchObject({ status: 2, stderr: expect.stringContaining("error: unknown option '--bogus'") });
    expect(runCli(['sync', '--lang'])).toMatchObject({ status: 2, stderr: expect.stringContaining("option '--lang <lngs>' argument missing") });
    expect(runCli(['sync', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: deckl10n sync [options]') });
    expect(runCli(['check'])).toMatchObject({ status: 2, stderr: expect.stringContaining("missing required argument 'path'") });
    // A value that looks like an option: parseArgs declines it, commander takes it and runs the command.
    expect(lightInvocation(['sync', '--lang', '-x'])).toBeUndefined();
    expect(runCli(['sync', '--lang', '-x'])).toMatchObject({ status: 2, stderr: expect.stringContaining('"-x" is not a target language of this project (fr, es) (LANGUAGE_UNKNOWN)') });
  });
});
