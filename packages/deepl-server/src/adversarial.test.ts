import type { TranslateTextOptions } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { damageMarkup } from './adversarial.js';
import { tagsOf } from './markup.js';
import { translator, withServer } from './test-support/server.js';
import type { AdversarialMode } from './types.js';

const SOURCE = '<p id="s1">Open <x id="1"/> the <b>menu</b> and <keep>run it</keep>.</p>';
const OPTIONS: TranslateTextOptions = { tagHandling: 'xml', ignoreTags: ['keep'] };

describe('adversarial tag damage', () => {
  it('is off by default: tags identical', async () => {
    await withServer({}, async (server) => {
      const { text } = await translator(server).translateText(SOURCE, 'en', 'fr', OPTIONS);
      expect(tagsOf(text)).toEqual(tagsOf(SOURCE));
      expect(server.requests[0]?.adversarial).toEqual([]);
    });
  });

  it.each<[AdversarialMode, (tags: string[]) => void]>([
    ['drop', (tags) => expect(tags).toEqual(tagsOf(SOURCE).slice(1))],
    ['duplicate', (tags) => expect(tags).toEqual([tagsOf(SOURCE)[0], ...tagsOf(SOURCE)])],
    ['reorder', (tags) => {
      expect([...tags].sort()).toEqual([...tagsOf(SOURCE)].sort());
      expect(tags).not.toEqual(tagsOf(SOURCE));
    }],
    ['alter-attribute', (tags) => expect(tags[0]).toBe('<p id="s1-altered">')],
  ])('%s really changes the tags', async (mode, check) => {
    await withServer({}, async (server) => {
      server.setAdversarial(mode);
      const { text } = await translator(server).translateText(SOURCE, 'en', 'fr', OPTIONS);
      check(tagsOf(text));
      expect(server.requests[0]?.adversarial).toEqual([mode]);
    });
  });

  it('alter-ignored translates protected content; plain texts without tag handling are untouched', async () => {
    await withServer({ adversarial: ['alter-ignored', 'drop'] }, async (server) => {
      const t = translator(server);
      const { text } = await t.translateText(SOURCE, 'en', 'fr', OPTIONS);
      expect(text).toContain('<keep>RUN IT</keep>');
      expect(server.requests[0]?.adversarial).toEqual(['alter-ignored', 'drop']);
      const plain = await t.translateText('<b>x</b>', null, 'fr');
      expect(plain.text).toBe('<fr: B>X</B>');
      server.setAdversarial(null);
      expect((await t.translateText(SOURCE, 'en', 'fr', OPTIONS)).text).toContain('<keep>run it</keep>');
    });
  });

  it('reorders a lone tag to the other end and leaves tagless texts alone', () => {
    expect(damageMarkup('<br/>abc', ['reorder'])).toEqual({ text: 'abc<br/>', applied: ['reorder'] });
    expect(damageMarkup('a <x/> b', ['reorder'])).toEqual({ text: '<x/>a  b', applied: ['reorder'] });
    expect(damageMarkup('no tags', ['drop', 'duplicate', 'reorder'])).toEqual({ text: 'no tags', applied: [] });
  });

  it('rejects unknown modes', async () => {
    await withServer({}, async (server) => {
      expect(() => server.setAdversarial('shuffle' as AdversarialMode)).toThrow(/unknown adversarial mode/);
    });
  });
});
