// The viewer: bundle size (gzip) and time to the first slide in headless Chromium, served by
// `deckl10n serve` (in process) over the repository's own project (the Pangeo example).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '@deckl10n/config';
import { defaultViewerDir, startServer } from '@deckl10n/serve';
import { repoRoot } from '@deckl10n/test-support';
import { chromium } from 'playwright-core';
import { formatSummary, summarize } from '../lib/stats.mjs';

export const name = 'viewer';
export const title = 'Viewer: bundle size and time to first slide (headless Chromium)';

const BUNDLE_TARGET_KB = 150;
const FIRST_SLIDE_TARGET_MS = 100;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const columns = ['Case', 'Input', { label: 'value (min / median / max)', align: 'right' }, 'Target', 'Result'];

export async function run(options) {
  const viewer = defaultViewerDir();
  if (!existsSync(join(viewer, 'index.html'))) {
    return { columns, rows: [['viewer', 'not built (npm run build)', '', '', 'not measured']], notes: [] };
  }
  const rows = bundleRows(viewer);
  if (!existsSync(CHROMIUM)) {
    rows.push(['time to first slide', `${CHROMIUM} absent (scripts/setup-test-deps.sh)`, '', `< ${FIRST_SLIDE_TARGET_MS} ms`, 'not measured']);
    return { columns, rows, notes: [] };
  }
  const loadBefore = loadavg()[0];
  rows.push(...(await firstSlideRows(options)));
  const load = `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
  return {
    columns,
    rows,
    notes: [
      'Bundle: every file of the built viewer (`packages/serve/dist/viewer/assets`), gzip level 9, as served.',
      `Machine load average (1 min) before → after the browser runs: ${load} on ${availableParallelism()} cores. Wall times scale with it: on a shared machine above one runnable task per core, read the API share and the min column, and rerun on a quiet machine to judge the target.`,
      'First slide: a fresh page per run opens `#pangeo-ecosystem/fr/1`; a MutationObserver installed before the page runs records when the first `.remark-slide-content` enters the DOM. "After load" counts from the end of the load event; the API request (the deck, its translations and the GTN frame, built by the server) is inside that time, the JavaScript and CSS are cached as a returning reader has them.',
    ],
  };
}

function bundleRows(viewer) {
  const assets = join(viewer, 'assets');
  const files = readdirSync(assets).filter((file) => /\.(?:js|css)$/.test(file));
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(assets, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  return [
    ...sizes.map((size) => [`bundle ${size.file.replace(/-[\w-]{8}\./, '.')}`, `${kb(size.raw)} raw`, `${kb(size.gzip)} gzip`, '', '']),
    ['bundle total (JS + CSS)', `${files.length} files`, `${kb(total)} gzip`, `< ${BUNDLE_TARGET_KB} KB`, total / 1024 < BUNDLE_TARGET_KB ? 'pass' : 'FAIL'],
  ];
}

async function firstSlideRows(options) {
  const server = await startServer({ loaded: await loadConfig(repoRoot), port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (document.querySelector('.remark-slide-content') !== null) {
          window.__firstSlide = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const afterLoad = [];
    const fromStart = [];
    const api = [];
    const render = [];
    for (let i = 0; i < options.warmups + options.runs; i++) {
      const page = await context.newPage();
      await page.goto(`${server.url}#pangeo-ecosystem/fr/1`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__firstSlide !== undefined);
      const timing = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        const deck = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/decks/'));
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { first: window.__firstSlide, load: navigation.loadEventEnd, api: deck?.duration ?? 0, render: mark('deckl10n:slide') - mark('deckl10n:data') };
      });
      await page.close();
      if (i < options.warmups) continue;
      afterLoad.push(timing.first - timing.load);
      fromStart.push(timing.first);
      api.push(timing.api);
      render.push(timing.render);
    }
    const median = summarize(afterLoad).median;
    const input = 'Pangeo deck, fr, GTN frame';
    return [
      ['time to first slide after load', input, `${formatSummary(summarize(afterLoad))} ms`, `< ${FIRST_SLIDE_TARGET_MS} ms`, median < FIRST_SLIDE_TARGET_MS ? 'pass' : 'FAIL'],
      ['of which: API request for the deck', input, `${formatSummary(summarize(api))} ms`, '—', ''],
      ['of which: parse and render (data → slide in the DOM)', input, `${formatSummary(summarize(render))} ms`, '—', ''],
      ['first slide from navigation start', input, `${formatSummary(summarize(fromStart))} ms`, '—', 'reference'],
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

