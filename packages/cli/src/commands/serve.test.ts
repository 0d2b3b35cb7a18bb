import { cpSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { repoRoot, runCli, tempDir } from '@deckl10n/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('deckl10n serve (usage errors; the running server is tested by the viewer e2e suite)', () => {
  let project = '';
  let blocker: Server;
  let taken = 0;

  beforeAll(async () => {
    project = tempDir('deckl10n-serve-cli-');
    cpSync(join(repoRoot, 'deckl10n.config.json'), join(project, 'deckl10n.config.json'));
    cpSync(join(repoRoot, 'decks'), join(project, 'decks'), { recursive: true });
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    taken = (blocker.address() as { port: number }).port;
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('refuses a port that is not a number from 0 to 65535', () => {
    for (const port of ['abc', '-1', '70000', '80.5']) {
      const run = runCli(['serve', '--port', port], { cwd: project });
      expect([port, run.status]).toEqual([port, 2]);
      expect(run.stderr).toContain('(USAGE)');
    }
  });

  it('says so when the port asked for is taken', () => {
    const run = runCli(['serve', '--port', String(taken)], { cwd: project });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`127.0.0.1:${taken}`);
    expect(run.stderr).toContain('(SERVE_PORT_IN_USE)');
    expect(run.stdout).toBe('');
  });

  it('needs a project config', () => {
    const run = runCli(['serve', '--port', '0'], { cwd: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('(CONFIG_NOT_FOUND)');
  });
});
