import type { Route } from '../app/router.js';

/** A mounted view: it takes the keys and may follow a new route without being rebuilt. */
export interface View {
  /** Handles a key; true when it did something. */
  onKey(event: KeyboardEvent): boolean;
  /** Shows `route` in place when it is the same deck and language in the same view; false otherwise. */
  update(route: Route): boolean;
  /** Stops what the view keeps running (timers) before another view replaces it. */
  dispose?(): void;
}
