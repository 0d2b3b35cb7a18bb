import { parseRoute, routeHash, type SlidesRoute } from './router.js';

/** What the presenter window and its clones tell each other over their BroadcastChannel. */
type Message = { readonly type: 'route'; readonly deck: string; readonly language: string; readonly slide: number } | { readonly type: 'hello' };

/** The query parameter that marks a clone window; its value pairs it with its presenter window. */
const CLONE_PARAM = 'clone';
/** Where a presenter window keeps its pairing id, so a reload keeps following its clone. */
const PAIR_KEY = 'deckl10n.clonePair';

const cloneId = new URLSearchParams(location.search).get(CLONE_PARAM);
let channel: BroadcastChannel | null = null;
let navigate: (route: SlidesRoute) => void = () => undefined;
/** The slide this window shows (the last one announced), for a clone that says hello. */
let shown: SlidesRoute | null = null;
/** A route received from the other window: showing it is following, not news to send back. */
let following: string | null = null;
let cloneWindow: Window | null = null;

/** True in a clone window (the audience view): the slide only, no toolbar, no presenter layout. */
export function isClone(): boolean {
  return cloneId !== null && cloneId !== '';
}

/**
 * Joins the window's pair, if it has one: a clone by its URL, a presenter window that opened a
 * clone earlier in this tab by its session. `follow` shows a slide the other window moved to.
 */
export function startCloneLink(follow: (route: SlidesRoute) => void): void {
  navigate = follow;
  const id = isClone() ? cloneId : sessionStorage.getItem(PAIR_KEY);
  if (id === null || id === '') return;
  join(id);
  // A clone asks where the presenter is: it may have moved while the clone was loading.
  if (isClone()) post({ type: 'hello' });
}

/** Tells the other window which slide this one shows (unless it is the one just received from it). */
export function announce(route: SlidesRoute): void {
  shown = route;
  const hash = routeHash(route);
  const echo = hash === following;
  following = null;
  if (!echo) post(routeMessage(route));
}

/**
 * Opens the clone window on `route` (or brings an open one forward). Same origin, so the two
 * windows share a BroadcastChannel; the clone's URL carries the pair id in its query, the slide
 * in its hash. False when the browser refused the window (a pop-up blocker).
 */
export function openClone(route: SlidesRoute): boolean {
  if (cloneWindow !== null && !cloneWindow.closed) {
    cloneWindow.focus();
    return true;
  }
  let id = sessionStorage.getItem(PAIR_KEY);
  if (id === null || id === '') {
    // getRandomValues, not randomUUID: the latter needs a secure context.
    id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem(PAIR_KEY, id);
  }
  join(id);
  shown = route;
  const url = `${location.pathname}?${CLONE_PARAM}=${encodeURIComponent(id)}${routeHash(route)}`;
  cloneWindow = window.open(url, `deckl10n-clone-${id}`);
  return cloneWindow !== null;
}

function join(id: string): void {
  if (channel !== null || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(`deckl10n-clone-${id}`);
  channel.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
}

function routeMessage(route: SlidesRoute): Message {
  return { type: 'route', deck: route.deck, language: route.language, slide: route.slide };
}

function post(message: Message): void {
  channel?.postMessage(message);
}

function receive(data: unknown): void {
  if (typeof data !== 'object' || data === null) return;
  const message = data as Partial<Record<string, unknown>>;
  if (message['type'] === 'hello') {
    if (shown !== null) post(routeMessage(shown));
    return;
  }
  const { deck, language, slide } = message;
  if (message['type'] !== 'route' || typeof deck !== 'string' || typeof language !== 'string' || typeof slide !== 'number' || !Number.isInteger(slide) || slide < 1) return;
  const route: SlidesRoute = { view: 'slides', deck, language, slide };
  const hash = routeHash(route);
  // Only what the router itself reads back as a slide: a message leads nowhere a URL could not.
  // A presenter busy in review or on the dashboard is not pulled back to the slides.
  const here = parseRoute(location.hash);
  if (parseRoute(hash).view !== 'slides' || here.view !== 'slides' || hash === routeHash(here)) return;
  following = hash;
  navigate(route);
}
