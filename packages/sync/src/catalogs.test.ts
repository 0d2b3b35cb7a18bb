import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@deckl10n/config';
import { repoRoot, tempDir } from '@deckl10n/test-support';
import { countStates } from './states.js';
import { alignedTranslations, loadSourceDecks, saveTranslations } from './project.js';
import { deckDigest, recordedTranslations } from './recorded.js';

/** A project with the example deck's config, the English GTN layout catalog and its French translation. */
function project(): string {
  const root = tempDir();
  writeFileSync(join(root, 'deckl10n.config.json'), readFileSync(join(repoRoot, 'deckl10n.config.json')));
  for (const lng of ['en', 'fr']) {
    mkdirSync(join(root, 'locales', lng), { recursive: true });
    for (const name of lng === 'en' ? ['gtn-layout.json'] : ['gtn-layout.json', 'gtn-layout.state.json']) {
      writeFileSync(join(root, 'locales', lng, name), readFileSync(join(repoRoot, 'locales', lng, name)));
    }
  }
  return root;
}

describe('string catalogs', () => {
  it('are sources whose segment ids are their keys', async () => {
    const loaded = await loadConfig(project());
    const sources = await loadSourceDecks(loaded);
    const catalog = sources.find((source) => source.catalog === true);
    expect(catalog?.deck).toMatchObject({ id: 'gtn-layout', path: 'locales/en/gtn-layout.json' });
    expect(catalog?.segments.find((segment) => segment.id === 'thank-you')?.text).toBe('Thank You!');
    expect((await loadSourceDecks(loaded, 'gtn-layout')).map((source) => source.deck.id)).toEqual(['gtn-layout']);
  });

  it('make a translation stale when its English text is edited, and keep the rest reviewed', async () => {
    const root = project();
    const english = join(root, 'locales/en/gtn-layout.json');
    const loaded = await loadConfig(root);
    const [before] = await loadSourceDecks(loaded, 'gtn-layout');
    const reviewed = countStates(before!.segments, (await alignedTranslations(loaded, before!, 'fr')).translations.entries);
    expect(reviewed).toMatchObject({ reviewed: before!.segments.length, stale: 0, missing: 0 });

    writeFileSync(english, readFileSync(english, 'utf8').replace('"Thank You!"', '"Thanks a lot!"'));
    const [after] = await loadSourceDecks(loaded, 'gtn-layout');
    const aligned = await alignedTranslations(loaded, after!, 'fr');
    expect(countStates(after!.segments, aligned.translations.entries)).toMatchObject({ reviewed: before!.segments.length - 1, stale: 1 });
    expect(aligned.translations.entries.get('thank-you')).toMatchObject({ state: 'stale', source: 'Thank You!', translation: 'Merci\u00a0!' });

    await saveTranslations(loaded, aligned.translations);
    const resources = JSON.parse(readFileSync(join(root, 'locales/fr/gtn-layout.json'), 'utf8')) as Record<string, string>;
    expect(resources['thank-you']).toBe('Merci\u00a0!');
  });

  it('carry a source record (their digest and keys) that a save writes and an edit outdates', async () => {
    const root = project();
    const loaded = await loadConfig(root);
    const [catalog] = await loadSourceDecks(loaded, 'gtn-layout');
    expect(catalog?.record?.segments).toEqual(catalog?.segments.map((segment) => segment.id));
    expect(catalog?.record?.digest).toBe(deckDigest(loaded, catalog!.deck));
    // The committed state may predate records: without one, the light path declines.
    const aligned = await alignedTranslations(loaded, catalog!, 'fr');
    const { sourceRecord, ...plain } = aligned.translations;
    expect(sourceRecord).toBe(catalog?.record);
    await saveTranslations(loaded, plain);
    expect(await recordedTranslations(loaded, catalog!.deck, 'fr', catalog!.record!.digest)).toBeUndefined();
    await saveTranslations(loaded, aligned.translations);
    const recorded = await recordedTranslations(loaded, catalog!.deck, 'fr', deckDigest(loaded, catalog!.deck));
    expect(recorded?.counts).toEqual(countStates(catalog!.segments, aligned.translations.entries));

    const english = join(root, 'locales/en/gtn-layout.json');
    writeFileSync(english, readFileSync(english, 'utf8').replace('"Thank You!"', '"Thanks a lot!"'));
    expect(await recordedTranslations(loaded, catalog!.deck, 'fr', deckDigest(loaded, catalog!.deck))).toBeUndefined();
    const [edited] = await loadSourceDecks(loaded, 'gtn-layout');
    expect((await alignedTranslations(loaded, edited!, 'fr')).recordOutdated).toBe(true);
  });

  it('refuse a catalog that is not a flat object of strings, with its line', async () => {
    const root = project();
    writeFileSync(join(root, 'locales/en/gtn-layout.json'), '{\n  "questions": "Questions",\n  "nested": { "a": "b" }\n}\n');
    await expect(loadSourceDecks(await loadConfig(root))).rejects.toMatchObject({ code: 'CATALOG_INVALID', line: 3 });
  });

  it('are listed by the config field `catalogs`, and none by default without the file', async () => {
    const root = project();
    writeFileSync(join(root, 'strings.json'), '{"hello": "Hello"}\n');
    const config = JSON.parse(readFileSync(join(root, 'deckl10n.config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(root, 'deckl10n.config.json'), JSON.stringify({ ...config, catalogs: ['strings.json'] }));
    const ids = (await loadSourceDecks(await loadConfig(root))).filter((source) => source.catalog).map((source) => source.deck.id);
    expect(ids).toEqual(['strings']);

    const bare = tempDir();
    writeFileSync(join(bare, 'deckl10n.config.json'), '{}\n');
    expect(await loadSourceDecks(await loadConfig(bare))).toEqual([]);
  });
});
