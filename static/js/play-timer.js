// @ts-check
// A question's countdown on the server's clock: the bar, the seconds left, spoken milestones.
import { serverNow } from './api.js';

/** Seconds left worth saying aloud. */
const MILESTONES = [30, 10, 5];

/**
 * Milliseconds left of a question, by the server's clock.
 * @param {{ servedAt: string, timeLimitSec: number }} q
 */
export function msLeft(q) {
  return Date.parse(q.servedAt) + q.timeLimitSec * 1000 - serverNow();
}

/**
 * Runs the countdown of `q` until it is stopped or the time is up; returns the stop function.
 * @param {{ servedAt: string, timeLimitSec: number }} q
 * @param {{ timer: HTMLElement, timerText: HTMLElement, timerFill: HTMLElement, announce: (text: string) => void, onTimeUp: () => void }} ui
 */
export function countdown(q, { timer, timerText, timerFill, announce, onTimeUp }) {
  let timerId = 0;
  const limitMs = q.timeLimitSec * 1000;
  // Milestones already behind (a resumed question) are not announced late.
  const spoken = new Set(MILESTONES.filter((m) => m * 1000 >= Math.min(msLeft(q), limitMs)));
  let shown = '';
  const tick = () => {
    const left = Math.max(0, msLeft(q));
    const secs = Math.ceil(left / 1000);
    const text = left > 0 ? `${secs} s left` : 'Time is up';
    if (text !== shown) {
      shown = text;
      timerText.textContent = text;
    }
    timerFill.style.setProperty('--left', String(Math.min(1, left / limitMs)));
    timer.classList.toggle('is-low', left <= Math.min(5000, limitMs / 4));
    for (const m of MILESTONES) {
      if (secs <= m && !spoken.has(m)) {
        spoken.add(m);
        if (left > 0) announce(`${m} seconds left`);
      }
    }
    if (left <= 0) {
      clearInterval(timerId);
      onTimeUp();
    }
  };
  tick();
  timerId = window.setInterval(tick, 200);
  return () => clearInterval(timerId);
}
