import './style.css';
import { getProject } from './app/api.js';
import { isClone, startCloneLink } from './app/clone-link.js';
import { loadDeck, loadSlides } from './app/deck-cache.js';
import { h, isTyping } from './app/dom.js';
import { initI18n, t, useUiLanguage } from './app/i18n.js';
import { parseRoute, routeHash, type Route } from './app/router.js';
import { dashboardView } from './views/dashboard-view.js';
import { reviewView } from './views/review-view.js';
import { slidesView } from './views/slides-view.js';
import type { View } from './views/view.js';

const root = document.getElementById('app') as HTMLElement;
let view: View | null = null;
let generation = 0;

/** Makes `next` the view on the page, stopping what the one it replaces keeps running. */
function mount(next: View | null): void {
  view?.dispose?.();
  view = next;
}

async function show(route: Route): Promise<void> {
  if (view?.update(route)) return;
  const mine = ++generation;
  try {
    if (route.view === 'dashboard') {
      await useUiLanguage(navigator.language);
      const project = await getProject();
      if (mine === generation) mount(dashboardView(root, project));
      return;
    }
    if (route.view === 'slides') {
      const deck = await loadSlides(route.deck, route.language);
      performance.mark('deckl10n:data');
      await useUiLanguage(deck.language);
      if (mine === generation) mount(slidesView(root, deck, deck.languages, route, { clone: isClone() }));
      performance.mark('deckl10n:slide');
      return;
    }
    const deck = await loadDeck(route.deck, route.language);
    await useUiLanguage(route.language);
    if (mine === generation) mount(reviewView(root, deck, deck.languages, route));
  } catch (error) {
    if (mine !== generation) return;
    mount(null);
    root.replaceChildren(h('div', { class: 'viewer error-view' }, h('h1', {}, t('error.title')), h('p', {}, error instanceof Error ? error.message : String(error)), h('a', { href: '#dashboard' }, t('error.back'))));
  }
}

document.addEventListener('keydown', (event) => {
  if (view === null || isTyping(event) || event.ctrlKey || event.metaKey || event.altKey) return;
  if (view.onKey(event)) event.preventDefault();
});
window.addEventListener('hashchange', () => void show(parseRoute(location.hash)));
// The presenter window and its clone follow each other's slide (and language).
startCloneLink((route) => {
  location.hash = routeHash(route);
});

// Ask for the deck while the UI starts: the request overlaps i18n set-up and the load event.
const first = parseRoute(location.hash);
if (first.view === 'slides') loadSlides(first.deck, first.language).catch(() => undefined);
if (first.view === 'review') loadDeck(first.deck, first.language).catch(() => undefined);

void initI18n(navigator.language)
  .then(() => show(parseRoute(location.hash)))
  .then(() => root.setAttribute('data-ready', 'true'));
