import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';

/**
 * The talk's clock, as remark's presenter mode has it: waiting at 00:00 until the first slide
 * change or a click, then running; it can be paused, resumed and reset. One per window, kept
 * across slides, locale switches and presenter on/off (module state, like the layout choice).
 */
const clock = { state: 'waiting' as 'waiting' | 'running' | 'paused', banked: 0, since: 0 };
const listeners = new Set<() => void>();

/** Milliseconds on the clock. */
export function elapsed(): number {
  return clock.banked + (clock.state === 'running' ? performance.now() - clock.since : 0);
}

/** Starts the clock if it is still waiting (a paused clock stays paused). */
export function startTimer(): void {
  if (clock.state === 'waiting') setState('running');
}

/** Pauses a running clock, resumes a paused one, starts a waiting one. */
export function toggleTimer(): void {
  setState(clock.state === 'running' ? 'paused' : 'running');
}

/** Back to 00:00, waiting for the next slide change or click. */
export function resetTimer(): void {
  setState('waiting', 0);
}

/** Moves the clock to `state`, banking the time it ran (or setting it to `banked`). */
function setState(state: typeof clock.state, banked?: number): void {
  const now = performance.now();
  clock.banked = banked ?? clock.banked + (clock.state === 'running' ? now - clock.since : 0);
  clock.since = now;
  clock.state = state;
  for (const listener of listeners) listener();
}

/**
 * `mm:ss` of a duration; minutes go past 59 rather than adding hours (a talk, not a day).
 *
 * @example
 * formatElapsed(754_900); // '12:34'
 */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A timer on the page, and how to stop its ticking once it is taken off. */
export interface TimerElement {
  readonly element: HTMLElement;
  stop(): void;
}

/**
 * The timer as the presenter layout shows it: the time (a click starts or pauses it), a
 * pause/resume button and a reset button, redrawn four times a second until `stop()`.
 */
export function timerElement(): TimerElement {
  const time = h('button', { type: 'button', class: 'timer-time', onclick: () => toggleTimer() });
  const pause = h('button', { type: 'button', class: 'timer-pause', onclick: () => toggleTimer() });
  const reset = h('button', { type: 'button', class: 'timer-reset', title: `${t('presenter.reset')} (Z)`, onclick: () => resetTimer() }, t('presenter.reset'));
  const element = h('div', { class: 'presenter-timer', role: 'timer', 'aria-label': t('presenter.elapsed') }, time, pause, reset);
  const render = (): void => {
    time.textContent = formatElapsed(elapsed());
    time.dataset['state'] = clock.state;
    time.title = clock.state === 'waiting' ? t('presenter.waiting') : t('presenter.elapsed');
    const label = clock.state === 'running' ? t('presenter.pause') : clock.state === 'paused' ? t('presenter.resume') : t('presenter.start');
    if (pause.textContent !== label) {
      pause.textContent = label;
      pause.title = `${label} (S)`;
    }
  };
  const ticker = setInterval(render, 250);
  listeners.add(render);
  render();
  return {
    element,
    stop() {
      clearInterval(ticker);
      listeners.delete(render);
    },
  };
}
