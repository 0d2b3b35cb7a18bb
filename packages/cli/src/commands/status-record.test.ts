import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@deckl10n/config';
import { alignedTranslations, countStates, deckDigest, loadSourceDecks, saveTranslations } from '@deckl10n/sync';
import { runCli } from '@deckl10n/test-support';
import { exampleProject, mtimes } from '../test-support/sync-project.js';

const NO_KEY = { DEEPL_AUTH_KEY: '' };
const DECK = 'decks/pangeo-ecosystem/slides.md';

/** The counts of the full path (parse, align, count), in process. */
async function fullCounts(root: string): Promise<Record<string, unknown>> {
  const loaded = await loadConfig(root);
  const counts: Record<string, unknown> = {};
  for (const source of await loadSourceDecks(loaded)) {
    for (const language of loaded.config.targetLanguages) {
      counts[language] = countStates(source.segments, (await alignedTranslations(loaded, source, language)).translations.entries);
    }
  }
  return counts;
}

function statusCounts(root: string): Record<string, unknown> {
  const run = runCli(['status', '--json'], { cwd: root });
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { decks: { languages: Record<string, unknown> }[] }).decks[0]?.languages ?? {};
}

/** True when every state file records the deck as it is now (status will not parse it). */
async function recordsCurrent(root: string): Promise<boolean> {
  const loaded = await loadConfig(root);
  const digest = deckDigest(loaded, { id: 'pangeo-ecosystem', path: DECK, file: join(root, DECK) });
  const state = (language: string) => {
    const file = join(root, `locales/${language}/pangeo-ecosystem.state.json`);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  return ['fr', 'es'].every((language) => state(language).includes(`"digest": "${digest}"`));
}

function editDeck(root: string, edit: (text: string) => string): void {
  const file = join(root, DECK);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

const slides = (text: string) => text.split('\n---\n');

describe('status and sync from the source records', { timeout: 120_000 }, () => {
  it('count what the full path counts after every kind of deck edit, and sync refreshes the records', async () => {
    const root = exampleProject();
    expect(runCli(['translate', '--to', 'fr'], { cwd: root, env: NO_KEY }).status).toBe(0);
    expect(await recordsCurrent(root)).toBe(false); // es has no state file yet
    expect(runCli(['translate', '--to', 'es'], { cwd: root, env: NO_KEY }).status).toBe(0);
    expect(await recordsCurrent(root)).toBe(true);
    expect(statusCounts(root)).toEqual(await fullCounts(root));

    const edits: Record<string, (text: string) => string> = {
      'one word': (text) => text.replace('So just searching the relevant data', 'So just searching for the relevant data'),
      'a slide inserted': (text) => {
        const parts = slides(text);
        return [...parts.slice(0, 3), '\n## An inserted slide\n\nA paragraph nobody translated yet.\n', ...parts.slice(3)].join('\n---\n');
      },
      'two slides swapped': (text) => {
        const parts = slides(text);
        const [a, b] = [parts[4] as string, parts[5] as string];
        return [...parts.slice(0, 4), b, a, ...parts.slice(6)].join('\n---\n');
      },
      'the last slide removed': (text) => slides(text).slice(0, -1).join('\n---\n'),
    };
    for (const [name, edit] of Object.entries(edits)) {
      editDeck(root, edit);
      expect(await recordsCurrent(root), name).toBe(false);
      expect(statusCounts(root), name).toEqual(await fullCounts(root));
      expect(runCli(['sync'], { cwd: root }).status).toBe(0);
      expect(await recordsCurrent(root), name).toBe(true);
      expect(statusCounts(root), name).toEqual(await fullCounts(root));
    }
    // The one-word edit made a segment stale, the inserted slide two missing, the removal obsolete entries.
    const fr = statusCounts(root)['fr'] as Record<string, number>;
    expect(fr['stale']).toBe(1);
    expect(fr['missing']).toBe(2); // the inserted slide's heading and paragraph
    expect(fr['obsolete']).toBeGreaterThan(0);
  });

  it('a no-op sync writes nothing and reports what the full path reports', async () => {
    const root = exampleProject();
    expect(runCli(['translate'], { cwd: root, env: NO_KEY }).status).toBe(0);
    editDeck(root, (text) => slides(text).slice(0, -1).join('\n---\n'));
    const first = runCli(['sync', '--json'], { cwd: root });
    expect(first.status).toBe(0);
    expect(await recordsCurrent(root)).toBe(true);
    const before = mtimes(join(root, 'locales'));
    const again = runCli(['sync', '--json'], { cwd: root });
    const reports = JSON.parse(again.stdout) as { obsolete: number; files: string[] }[];
    expect(reports.map((r) => r.obsolete)).toEqual((JSON.parse(first.stdout) as { obsolete: number }[]).map((r) => r.obsolete));
    expect(reports.every((r) => r.obsolete > 0 && r.files.length === 0)).toBe(true);
    expect(mtimes(join(root, 'locales'))).toEqual(before);
  });

  it('sees hand edits of the resources and of the state file through a current record', async () => {
    const root = exampleProject();
    expect(runCli(['translate'], { cwd: root, env: NO_KEY }).status).toBe(0);
    // Five translations reviewed, saved the way the review tools save them (the record is kept).
    const loaded = await loadConfig(root);
    const [source] = await loadSourceDecks(loaded);
    if (source === undefined) throw new Error('no deck');
    const aligned = await alignedTranslations(loaded, source, 'fr');
    const ids = source.segments.slice(0, 5).map((segment) => segment.id);
    const entries = new Map(aligned.translations.entries);
    for (const id of ids) entries.set(id, { ...(entries.get(id) as NonNullable<ReturnType<typeof entries.get>>), state: 'reviewed', provider: 'human' });
    await saveTranslations(loaded, { ...aligned.translations, entries });
    expect(await recordsCurrent(root)).toBe(true);
    expect(statusCounts(root)['fr']).toMatchObject({ reviewed: 5, machine: 307 });

    // A reviewed translation edited by hand in the i18next file goes back to review.
    const resources = join(root, 'locales/fr/pangeo-ecosystem.json');
    const json = JSON.parse(readFileSync(resources, 'utf8')) as Record<string, string>;
    json[ids[0] as string] = 'Traduit à la main';
    writeFileSync(resources, `${JSON.stringify(json, null, 2)}\n`);
    expect(statusCounts(root)['fr']).toMatchObject({ reviewed: 4, machine: 308 });
    expect(statusCounts(root)).toEqual(await fullCounts(root));

    // A state changed by hand in the state file (canonical layout kept) is counted as written.
    const stateFile = join(root, 'locales/es/pangeo-ecosystem.state.json');
    writeFileSync(stateFile, readFileSync(stateFile, 'utf8').replace('"state": "machine"', '"state": "reviewed"'));
    expect(statusCounts(root)['es']).toMatchObject({ reviewed: 1, machine: 311 });
    expect(statusCounts(root)).toEqual(await fullCounts(root));
  });
});
