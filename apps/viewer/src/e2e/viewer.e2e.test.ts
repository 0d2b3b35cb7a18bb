import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRun, CHROMIUM, exampleProject, launchChromium, SHOTS, startServe } from './harness.js';
import { flat, layoutStrings, plainTextOf, shownText } from './layout-text.js';

if (!canRun) console.warn(`[viewer e2e] skipped: needs ${CHROMIUM} (scripts/setup-test-deps.sh) and the built CLI (npm run build)`);

interface ApiSegment { id: string; slide: number; kind: string; source: string; state: string; translation: string | null }

// Each test drives a real browser against a real server: generous timeouts for a busy CI machine.
describe.skipIf(!canRun)('viewer in headless Chromium', { timeout: 60_000 }, () => {
  let dir = '';
  let url = '';
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = exampleProject();
    ({ url, child } = await startServe(dir));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const slideText = () => page.locator('.slide-area .remark-slide-content').innerText();
  const api = async <T>(path: string): Promise<T> => (await fetch(new URL(path, url))).json() as Promise<T>;

  it('opens the example in French, navigates, shows notes and help', async () => {
    await page.goto(`${url}#pangeo-ecosystem/fr/1`);
    await page.locator('.slide-area .remark-slide-content').waitFor();
    expect(await slideText()).toContain('⟦fr');
    // The toolbar and the browser tab show the deck's title in French, not the English one.
    expect(await page.locator('.toolbar .deck-title').innerText()).toMatch(/^⟦fr Ţĥéé Þááñĝééöö/);
    expect(await page.title()).toMatch(/^⟦fr Ţĥéé Þááñĝééöö/);
    await shot('1-slides-fr');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/3');
    expect(await page.locator('.remark-slide-number').innerText()).toMatch(/^3 \/ \d+$/);
    await page.keyboard.press('End');
    const last = await page.evaluate(() => location.hash);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/1');
    expect(Number(last.split('/').pop())).toBeGreaterThan(30);
    // P shows the presenter layout and its notes; walk to the first slide that has some.
    await page.keyboard.press('p');
    await page.locator('.notes-pane').waitFor({ state: 'visible' });
    for (let i = 0; i < 40 && (await page.locator('.notes-pane .no-notes').count()) > 0; i++) await page.keyboard.press('ArrowRight');
    // In French: the frame's own notes (GTN's title slide) or the deck's pseudo-translated ones.
    expect(await page.locator('.notes-pane').innerText()).toMatch(/⟦fr|intervenant/);
    await shot('2-slides-fr-notes');
    await page.keyboard.press('p');
    await page.locator('.notes-pane').waitFor({ state: 'hidden' });
    // T: the plain text of the deck (GTN's text rendering) instead of the slide, one key away.
    await page.keyboard.press('t');
    await page.locator('.plain-text').waitFor({ state: 'visible' });
    expect(await page.locator('.slides-layout').isHidden()).toBe(true);
    expect(await page.locator('.plain-text').innerText()).toContain('⟦fr');
    await shot('2b-plain-text-fr');
    await page.keyboard.press('t');
    await page.locator('.slides-layout').waitFor({ state: 'visible' });
    await page.keyboard.press('?');
    await page.locator('.help-overlay').waitFor();
    expect(await page.locator('.help-overlay').innerText()).toContain('Raccourcis clavier');
    await shot('3-help-fr');
    await page.keyboard.press('Escape');
    expect(await page.locator('.help-overlay').count()).toBe(0);
  });

  it('switches locale on the same slide', async () => {
    await page.goto(`${url}#pangeo-ecosystem/fr/4`);
    await page.locator('.slide-area .remark-slide-content').waitFor();
    await page.selectOption('.locale-switcher', 'es');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/es/4');
    await page.waitForFunction(() => document.querySelector('.slide-area .remark-slide-content')?.textContent?.includes('⟦es') === true);
    expect(await page.locator('.remark-slide-number').innerText()).toMatch(/^4 \//);
    await page.selectOption('.locale-switcher', 'en');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/en/4');
    await page.waitForFunction(() => !document.querySelector('.slide-area .remark-slide-content')?.textContent?.includes('⟦'));
    await shot('4-slides-en');
  });

  // Issue 11: a French or Spanish reader sees GTN's frame in their language, from its first slide
  // to its last, and the plain-text rendering one click away. The expected texts are the
  // repository's gtn-layout strings (the viewer's server ships them), the English ones must not leak.
  it.each(['fr', 'es'])('opens the Pangeo deck in %s on its GTN title slide, ends on its Thank You slide, plain text one click away', async (language) => {
    const strings = layoutStrings(language);
    const english = layoutStrings('en');
    const say = (key: string) => shownText(strings[key] ?? `missing key ${key}`);
    const expectLocalized = (text: string, keys: readonly string[], where: string) => {
      for (const key of keys) {
        expect(text, `${where}: ${key}`).toContain(say(key));
        const source = shownText(english[key] ?? '');
        if (!say(key).includes(source)) expect(text, `${where}: English ${key}`).not.toContain(source);
      }
    };
    await page.goto('about:blank');
    await page.goto(`${url}#pangeo-ecosystem/${language}`);
    const slide = page.locator('.slide-area .remark-slide-content');
    await slide.waitFor();
    const counter = await page.locator('.remark-slide-number').innerText();
    expect(counter).toMatch(/^1 \/ \d+$/);
    const total = counter.split('/')[1]?.trim() ?? '';
    expect(await slide.locator('h1').innerText()).toContain(`⟦${language}`);
    const title = flat(await slideText());
    expectLocalized(title, ['authors', 'last-modification', 'video-slides', 'plaintext-slides', 'tip', 'presenter-notes'], 'title slide');
    // The authors read « A, B, C »: each comma right after its name, none before the next one.
    const separators = await slide.locator('.contributors-line .contributor').evaluateAll((names) => names.map((name) => `${getComputedStyle(name, '::before').content}|${getComputedStyle(name, '::after').content}`));
    expect(separators.length).toBeGreaterThan(1);
    expect(separators).toEqual(separators.map((_, i) => (i === separators.length - 1 ? 'none|none' : 'none|","')));
    await shot(`12-title-${language}`);
    // Its notes explain presenter mode in the same language.
    await page.keyboard.press('p');
    await page.locator('.notes-pane').waitFor({ state: 'visible' });
    expectLocalized(flat(await page.locator('.notes-pane').innerText()), ['presenter-notes-explanation'], 'title notes');
    await page.keyboard.press('p');
    await page.locator('.notes-pane').waitFor({ state: 'hidden' });

    await page.keyboard.press('End');
    await page.waitForFunction((last) => location.hash.endsWith(`/${last}`), total);
    // Exactly the catalog's heading, its no-break space (French « Merci ! ») kept.
    expect(await slide.locator('h2').innerText()).toBe(strings['thank-you']);
    expectLocalized(flat(await slideText()), ['thank-you', 'collaborative-effort', 'authors', 'license'], 'Thank You slide');
    await shot(`13-thank-you-${language}`);

    // One click on the toolbar's Text button: the deck's plain text, frame in the same language.
    await page.locator('.toolbar [data-action="text"]').click();
    await page.locator('.plain-text').waitFor({ state: 'visible' });
    const text = flat(await page.locator('.plain-text').innerText());
    const at = (key: string) => text.indexOf(plainTextOf(strings[key] ?? `missing key ${key}`));
    expect(at('presenter-notes')).toBeGreaterThan(0);
    expect(at('key-points')).toBeGreaterThan(at('presenter-notes'));
    expect(at('thank-you')).toBeGreaterThan(at('key-points'));
    expect(at('license')).toBeGreaterThan(at('thank-you'));
    for (const key of ['presenter-notes', 'thank-you', 'authors', 'plaintext-slides']) expect(text, `plain text: English ${key}`).not.toContain(plainTextOf(english[key] ?? ''));
    await shot(`14-plain-text-${language}`);
    await page.keyboard.press('t');
    await page.locator('.slides-layout').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
  });

  it('edits and approves a segment in review mode; the store and the dashboard follow', async () => {
    await page.goto(`${url}#dashboard`);
    const reviewedCell = page.locator('tr[data-deck="pangeo-ecosystem"][data-language="fr"] td[data-state="reviewed"]');
    await reviewedCell.waitFor();
    expect(await reviewedCell.innerText()).toBe('0');
    await shot('5-dashboard-before');
    await page.locator('tr[data-language="fr"] a.review-link').click();
    await page.locator('.segment-row.active').waitFor();
    await shot('6-review-fr');

    const deck = await api<{ segments: ApiSegment[] }>('api/decks/pangeo-ecosystem/fr');
    const target = deck.segments.find((segment) => segment.slide === 2 && segment.kind === 'heading') ?? deck.segments.find((s) => s.slide === 2);
    expect(target).toBeDefined();
    const segment = target as ApiSegment;
    await page.goto(`${url}#review/pangeo-ecosystem/fr/2/${segment.id}`);
    const row = page.locator(`.segment-row[data-segment="${segment.id}"]`);
    await row.waitFor();
    const edited = `${segment.source} (relu en français)`;
    await row.locator('textarea').fill(edited);
    await row.locator('textarea').press('Control+Enter');
    await page.locator(`.segment-row[data-segment="${segment.id}"].state-reviewed`).waitFor();
    await shot('7-review-fr-approved');

    const resources = JSON.parse(readFileSync(join(dir, 'locales/fr/pangeo-ecosystem.json'), 'utf8')) as Record<string, string>;
    expect(resources[segment.id]).toBe(edited);
    const state = JSON.parse(readFileSync(join(dir, 'locales/fr/pangeo-ecosystem.state.json'), 'utf8')) as { segments: Record<string, { state: string; provider: string }> };
    expect(state.segments[segment.id]).toMatchObject({ state: 'reviewed', provider: 'viewer' });

    // N moves to the next unreviewed segment and focuses its field.
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await page.waitForFunction((id) => !location.hash.endsWith(`/${id}`), segment.id);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

    await page.goto(`${url}#dashboard`);
    await page.waitForFunction(() => document.querySelector('tr[data-language="fr"] td[data-state="reviewed"]')?.textContent === '1');
    expect(await page.locator('tr[data-language="fr"] td[data-state="machine"]').innerText()).toBe(String(deck.segments.length - 1));
    await shot('8-dashboard-after');
  });

  it('renders hostile translations inert', async () => {
    const deck = await api<{ segments: ApiSegment[] }>('api/decks/pangeo-ecosystem/es');
    const prose = deck.segments.filter((segment) => segment.slide === 2 && segment.kind !== 'alt').slice(0, 5);
    expect(prose.length).toBeGreaterThanOrEqual(3);
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=2</script>',
      '[click](javascript:window.__pwned=3) <a href="javascript:window.__pwned=4">x</a>',
      '<svg onload="window.__pwned=5"></svg><iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
      '<div style="x" onmouseover="window.__pwned=7">hover</div>',
    ];
    const file = join(dir, 'locales/es/pangeo-ecosystem.json');
    const resources = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    prose.forEach((segment, i) => (resources[segment.id] = hostile[i] as string));
    writeFileSync(file, `${JSON.stringify(resources, null, 2)}\n`);

    const check = async (where: string) => {
      await page.locator('.remark-slide-content').first().waitFor();
      await page.locator('.remark-slide-content div').first().hover().catch(() => undefined);
      await page.waitForTimeout(200);
      const report = await page.evaluate(() => {
        const slides = [...document.querySelectorAll('.remark-slide-content')];
        const all = slides.flatMap((slide) => [...slide.querySelectorAll('*')]);
        return {
          pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
          scripts: slides.reduce((n, slide) => n + slide.querySelectorAll('script, iframe').length, 0),
          handlers: all.filter((element) => [...element.attributes].some((attr) => attr.name.startsWith('on'))).length,
          jsLinks: all.filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? '')).length,
        };
      });
      expect(report, where).toEqual({ pwned: null, scripts: 0, handlers: 0, jsLinks: 0 });
      // The hostile texts did reach the page (as inert markup or text).
      expect(await page.locator('.remark-slide-content').last().innerText(), where).toContain('hover');
    };
    await page.goto('about:blank');
    await page.goto(`${url}#review/pangeo-ecosystem/es/2`);
    await check('review');
    await shot('9-review-es-hostile');
    // V opens the reading view on the same deck slide (inside the GTN frame).
    await page.keyboard.press('v');
    await page.waitForFunction(() => /^#pangeo-ecosystem\/es\/\d+$/.test(location.hash));
    await check('slides');
    await shot('10-slides-es-hostile');
    expect(errors).toEqual([]);
  });

  it('marks stale (old translation, old → new diff) and missing (English) segments in review mode only', async () => {
    const deckFile = join(dir, 'decks/pangeo-ecosystem/slides.md');
    const text = readFileSync(deckFile, 'utf8');
    expect(text).toContain('- Open Community\n');
    writeFileSync(deckFile, text.replace('- Open Community\n', '- Open and Welcoming Community\n').replace('**Funders**', 'A brand new sentence for reviewers.\n\n**Funders**'));

    await page.goto('about:blank');
    await page.goto(`${url}#review/pangeo-ecosystem/fr/2`);
    const stale = page.locator('.segment-row.state-stale');
    await stale.first().waitFor();
    expect(await stale.locator('del').allInnerTexts()).toEqual([]);
    expect((await stale.locator('ins').allInnerTexts()).join('')).toContain('and Welcoming');
    expect(await stale.locator('textarea').inputValue()).toContain('⟦fr');
    const translated = page.locator('figure.marked .remark-slide-content');
    expect(await translated.locator('mark.seg-stale').innerText()).toContain('⟦fr');
    expect(await translated.locator('mark.seg-missing').innerText()).toBe('A brand new sentence for reviewers.');
    expect(await page.locator('.review-counts [data-state="stale"]').innerText()).toMatch(/1$/);
    expect(await page.locator('.review-counts [data-state="missing"]').innerText()).toMatch(/1$/);
    await shot('11-review-fr-stale-missing');
    // Clicking a marked text selects its segment and puts the cursor in its field.
    await translated.locator('mark.seg-missing').click();
    expect(await page.locator('.segment-row.active .segment-source').innerText()).toBe('A brand new sentence for reviewers.');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Escape');

    // Reading mode is clean: the same texts, no marks.
    await page.keyboard.press('v');
    await page.waitForFunction(() => /^#pangeo-ecosystem\/fr\/\d+$/.test(location.hash));
    const slide = page.locator('.slide-area .remark-slide-content');
    await slide.waitFor();
    expect(await slide.innerText()).toContain('A brand new sentence for reviewers.');
    expect(await slide.locator('mark').count()).toBe(0);
  });
});
