import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elapsed, formatElapsed, resetTimer, startTimer, toggleTimer } from './presenter-timer.js';

describe('presenter timer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
    resetTimer();
  });
  afterEach(() => vi.useRealTimers());

  it('prints mm:ss, minutes past 59 rather than hours', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(754_900)).toBe('12:34');
    expect(formatElapsed(75 * 60_000 + 3_000)).toBe('75:03');
  });

  it('waits until started, pauses, resumes and resets', () => {
    vi.advanceTimersByTime(5_000);
    expect(elapsed()).toBe(0);
    startTimer();
    vi.advanceTimersByTime(3_000);
    expect(elapsed()).toBe(3_000);
    toggleTimer(); // pause
    vi.advanceTimersByTime(10_000);
    expect(elapsed()).toBe(3_000);
    startTimer(); // a slide change does not resume a paused clock
    vi.advanceTimersByTime(1_000);
    expect(elapsed()).toBe(3_000);
    toggleTimer(); // resume
    vi.advanceTimersByTime(2_000);
    expect(elapsed()).toBe(5_000);
    resetTimer();
    vi.advanceTimersByTime(2_000);
    expect(elapsed()).toBe(0);
    toggleTimer(); // a click on a waiting clock starts it
    vi.advanceTimersByTime(1_500);
    expect(formatElapsed(elapsed())).toBe('00:01');
  });
});
