import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '@deckl10n/test-support';

/** A temp project: the example config and the GTN layout strings in en, fr and es (no decks). */
function project(): string {
  const root = tempDir('deckl10n-layout-');
  cpSync(join(repoRoot, 'deckl10n.config.json'), join(root, 'deckl10n.config.json'));
  for (const language of ['en', 'fr', 'es']) {
    mkdirSync(join(root, 'locales', language), { recursive: true });
    for (const name of language === 'en' ? ['gtn-layout.json'] : ['gtn-layout.json', 'gtn-layout.state.json']) {
      cpSync(join(repoRoot, 'locales', language, name), join(root, 'locales', language, name));
    }
  }
  return root;
}

interface Status {
  decks: { deck: string; id: string; languages: Record<string, Record<string, number>> }[];
}

describe('GTN layout strings in status and review', () => {
  it('are all reviewed in fr and es', () => {
    const run = runCli(['status', '--json', '--fail-on', 'missing,machine,stale'], { cwd: project() });
    expect(run.status).toBe(0);
    const [layout] = (JSON.parse(run.stdout) as Status).decks;
    expect(layout).toMatchObject({ deck: 'locales/en/gtn-layout.json', id: 'gtn-layout' });
    for (const language of ['fr', 'es']) expect(layout?.languages[language]).toEqual({ total: 19, missing: 0, machine: 0, reviewed: 19, stale: 0, obsolete: 0 });
  });

  it('turn stale in fr and es when their English text is edited, and the review file shows old → new', () => {
    const root = project();
    const english = join(root, 'locales/en/gtn-layout.json');
    writeFileSync(english, readFileSync(english, 'utf8').replace('"Thank You!"', '"Thanks a lot!"'));
    const run = runCli(['status', '--json', '--fail-on', 'stale'], { cwd: root });
    expect(run.status).toBe(1);
    const [layout] = (JSON.parse(run.stdout) as Status).decks;
    for (const language of ['fr', 'es']) expect(layout?.languages[language]).toMatchObject({ reviewed: 18, stale: 1 });

    const po = runCli(['review', 'export', '--lang', 'fr', '--format', 'po', '--deck', 'gtn-layout'], { cwd: root });
    expect(po.status).toBe(0);
    expect(po.stdout).toContain('#, fuzzy\n#| msgid "Thank You!"\nmsgctxt "thank-you"\nmsgid "Thanks a lot!"\nmsgstr "Merci\u00a0!"');
  });
});
