/** The views a URL hash names. */
export type Route =
  | { readonly view: 'dashboard' }
  | { readonly view: 'slides'; readonly deck: string; readonly language: string; readonly slide: number }
  | { readonly view: 'review'; readonly deck: string; readonly language: string; readonly slide: number; readonly segment: string | null };

/** The reading view's route: a slide of a deck in a language. */
export type SlidesRoute = Extract<Route, { view: 'slides' }>;

/**
 * Reads a hash: `#<deck>/<lang>/<slide>` (slides, 1-based), `#review/<deck>/<lang>/<slide>[/<segment>]`
 * (review, deck slide index, 0 = front matter), anything else the dashboard.
 *
 * @example
 * parseRoute('#pangeo-ecosystem/fr/3'); // { view: 'slides', deck: 'pangeo-ecosystem', language: 'fr', slide: 3 }
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map((piece) => decodeURIComponent(piece));
  if (parts[0] === 'review' && parts.length >= 3) {
    return { view: 'review', deck: parts[1] ?? '', language: parts[2] ?? '', slide: number(parts[3], 0), segment: parts[4] || null };
  }
  if (parts.length >= 2 && parts[0] !== '' && parts[0] !== 'dashboard') {
    return { view: 'slides', deck: parts[0] ?? '', language: parts[1] ?? '', slide: Math.max(1, number(parts[2], 1)) };
  }
  return { view: 'dashboard' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  const enc = encodeURIComponent;
  if (route.view === 'dashboard') return '#dashboard';
  if (route.view === 'slides') return `#${enc(route.deck)}/${enc(route.language)}/${route.slide}`;
  return `#review/${enc(route.deck)}/${enc(route.language)}/${route.slide}${route.segment === null ? '' : `/${enc(route.segment)}`}`;
}

function number(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}
