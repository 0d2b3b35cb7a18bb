import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRun, CHROMIUM, exampleProject, launchChromium, SHOTS, startServe } from './harness.js';

if (!canRun) console.warn(`[viewer presenter e2e] skipped: needs ${CHROMIUM} (scripts/setup-test-deps.sh) and the built CLI (npm run build)`);

// remark's presenter mode (P) and clone window (C) in a real browser against a real server.
describe.skipIf(!canRun)('presenter mode and clone window in headless Chromium', { timeout: 60_000 }, () => {
  let url = '';
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ url, child } = await startServe(exampleProject()));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('page', (opened) => opened.on('pageerror', (error) => errors.push(`${opened.url()}: ${error.message}`)));
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
  });

  const hashOf = (target: Page) => target.evaluate(() => location.hash);
  const numberOf = (target: Page, scope: string) => target.locator(`${scope} .remark-slide-number`).innerText();
  const timer = () => page.locator('.presenter-timer .timer-time').innerText();

  it('P shows the slide, the next one, the notes and a running timer; S pauses, Z resets', async () => {
    await page.goto(`${url}#pangeo-ecosystem/fr/1`);
    await page.locator('.slide-area .remark-slide-content').waitFor();
    expect(await page.locator('.presenter-pane').count()).toBe(0);
    await page.keyboard.press('p');
    const pane = page.locator('.presenter-pane');
    await pane.waitFor();
    expect(await page.locator('.toolbar [data-action="presenter"]').getAttribute('aria-pressed')).toBe('true');
    // The current slide stays the big one; the next one is a labelled, scaled-down preview.
    expect(await numberOf(page, '.slide-area')).toMatch(/^1 \/ \d+$/);
    const total = Number((await numberOf(page, '.slide-area')).split('/')[1]);
    expect(await numberOf(page, '.next-slide')).toBe(`2 / ${total}`);
    expect(await pane.locator('.next-slide figcaption').innerText()).toMatch(/diapositive suivante|étape suivante/i);
    const [big, small] = await Promise.all(['.slide-area', '.next-slide'].map((scope) => page.locator(`${scope} .remark-slide-content`).boundingBox()));
    expect(small?.width ?? 0).toBeGreaterThan(150);
    expect(small?.width ?? Infinity).toBeLessThan((big?.width ?? 0) * 0.75);
    // The title slide's notes (GTN's, in French) are in the pane.
    expect(await pane.locator('.notes-pane').innerText()).toMatch(/⟦fr|intervenant/);
    // The timer waits at 00:00 until the first slide change.
    expect(await timer()).toBe('00:00');
    await page.waitForTimeout(1200);
    expect(await timer()).toBe('00:00');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/2');
    expect(await numberOf(page, '.next-slide')).toBe(`3 / ${total}`);
    await page.waitForFunction(() => (document.querySelector('.presenter-timer .timer-time')?.textContent ?? '') >= '00:02', undefined, { timeout: 5_000 });

    // S pauses: the time stands still; S again resumes.
    await page.keyboard.press('s');
    const paused = await timer();
    expect(await page.locator('.presenter-timer .timer-time').getAttribute('data-state')).toBe('paused');
    expect(await page.locator('.presenter-timer .timer-pause').innerText()).toBe('Reprendre');
    await page.waitForTimeout(1500);
    expect(await timer()).toBe(paused);
    await page.keyboard.press('s');
    await page.waitForFunction((before) => document.querySelector('.presenter-timer .timer-time')?.textContent !== before, paused, { timeout: 5_000 });
    // Z resets to 00:00 (the time run since resuming included), waiting again for a slide change or a click.
    await page.waitForTimeout(1100);
    await page.keyboard.press('z');
    expect(await timer()).toBe('00:00');
    await page.waitForTimeout(1200);
    expect(await timer()).toBe('00:00');
    // A click beside the slide (on the stage, not on a link in the slide) starts it too.
    await page.locator('.slide-area').click({ position: { x: 4, y: 4 } });
    await page.waitForFunction(() => (document.querySelector('.presenter-timer .timer-time')?.textContent ?? '') >= '00:01', undefined, { timeout: 5_000 });

    // Back on the title slide (it has notes) for a look at the whole layout.
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/1');
    expect(await pane.locator('.notes-pane .no-notes').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, '15-presenter-fr.png') });

    // The help lists the new keys, in French.
    await page.keyboard.press('?');
    const help = await page.locator('.help-overlay').innerText();
    expect(help).toContain('Mode présentateur');
    expect(help).toContain('fenêtre clone');
    expect(help).toMatch(/\bS\b[\s\S]*chronomètre/);
    expect(help).toMatch(/\bZ\b[\s\S]*chronomètre/);
    await page.keyboard.press('Escape');

    // The last slide has no next one: the preview says so.
    await page.keyboard.press('End');
    await page.waitForFunction((last) => location.hash === `#pangeo-ecosystem/fr/${last}`, total);
    expect(await pane.locator('.end-of-deck').innerText()).toBe('Fin de la présentation');
    expect(await page.locator('.next-slide .remark-slide-content').count()).toBe(0);

    // The mode is remembered for the session: a reload comes back in presenter mode.
    await page.reload();
    await page.locator('.presenter-pane').waitFor();
    // P again gives the whole window back to the slide.
    await page.keyboard.press('p');
    await page.locator('.presenter-pane').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => sessionStorage.getItem('deckl10n.presenter'))).toBe('0');
    expect(errors).toEqual([]);
  });

  it('C opens a clone that follows the presenter, and the presenter follows the clone', async () => {
    await page.goto(`${url}#pangeo-ecosystem/fr/3`);
    await page.locator('.slide-area .remark-slide-content').waitFor();
    if ((await page.locator('.presenter-pane').count()) === 0) await page.keyboard.press('p');
    await page.locator('.presenter-pane').waitFor();
    const [clone] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('c')]);
    await clone.setViewportSize({ width: 1024, height: 576 });
    await clone.locator('.slide-area .remark-slide-content').waitFor();
    // The audience's copy: the same slide, no toolbar, no presenter column.
    expect(new URL(clone.url()).searchParams.get('clone')).toMatch(/^[0-9a-f]{16}$/);
    expect(await hashOf(clone)).toBe('#pangeo-ecosystem/fr/3');
    expect(await clone.locator('.toolbar').count()).toBe(0);
    expect(await clone.locator('.presenter-pane').count()).toBe(0);
    expect(await clone.locator('.slide-area .remark-slide-content').innerText()).toBe(await page.locator('.slide-area .remark-slide-content').innerText());

    // The presenter moves: the clone follows.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await clone.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/5');
    expect(await numberOf(clone, '.slide-area')).toMatch(/^5 \//);
    // The clone moves (a remote clicker on the projector's machine): the presenter follows.
    await clone.bringToFront();
    await clone.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/4');
    expect(await numberOf(page, '.slide-area')).toMatch(/^4 \//);
    expect(await numberOf(page, '.next-slide')).toMatch(/^5 \//);
    // Presenter keys do nothing in the clone: no presenter column, no second clone.
    await clone.keyboard.press('p');
    await clone.keyboard.press('c');
    expect(await clone.locator('.presenter-pane').count()).toBe(0);
    expect(context.pages()).toHaveLength(2);

    // A locale switch in the presenter carries to the clone, on the same slide, UI included.
    await page.bringToFront();
    await page.selectOption('.locale-switcher', 'es');
    await clone.waitForFunction(() => location.hash === '#pangeo-ecosystem/es/4');
    await clone.waitForFunction(() => document.querySelector('.slide-area .remark-slide-content')?.textContent?.includes('⟦es') === true);
    expect(await clone.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('.presenter-pane .next-slide figcaption').innerText()).toMatch(/diapositiva siguiente|paso siguiente/i);

    // Pressing C again brings the open clone forward instead of opening another.
    await page.keyboard.press('c');
    await page.waitForTimeout(300);
    expect(context.pages()).toHaveLength(2);

    // Closing the clone is harmless: the presenter goes on.
    await clone.close();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#pangeo-ecosystem/es/5');
    expect(await numberOf(page, '.slide-area')).toMatch(/^5 \//);
    expect(errors).toEqual([]);
  });

  it('a clone opened on its own follows no one but its presenter, and outlives it', async () => {
    // Two readers' tabs are not paired: only the window that opened the clone steers it.
    const stranger = await context.newPage();
    await stranger.goto(`${url}#pangeo-ecosystem/fr/2`);
    await stranger.locator('.slide-area .remark-slide-content').waitFor();
    await page.goto(`${url}#pangeo-ecosystem/fr/6`);
    await page.locator('.slide-area .remark-slide-content').waitFor();
    const [clone] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('c')]);
    await clone.locator('.slide-area .remark-slide-content').waitFor();
    expect(await hashOf(clone)).toBe('#pangeo-ecosystem/fr/6');
    await stranger.keyboard.press('ArrowRight');
    await stranger.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/3');
    await page.keyboard.press('ArrowRight');
    await clone.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/7');
    expect(await hashOf(stranger)).toBe('#pangeo-ecosystem/fr/3');
    // The presenter window closes: the clone stays on its slide and still moves on its own.
    await page.close();
    await clone.keyboard.press('ArrowRight');
    await clone.waitForFunction(() => location.hash === '#pangeo-ecosystem/fr/8');
    expect(await clone.locator('.slide-area .remark-slide-content').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
