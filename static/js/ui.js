// @ts-check
// Small DOM and formatting helpers shared by the player pages. Text always goes in as text.
import { ADJECTIVES, ANIMALS } from './nicknames.js';

/**
 * Builds an element. `attrs.text` becomes textContent, `attrs.class` the class list; other
 * attributes are set as given. Children may be nodes, strings (inserted as text) or null.
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/**
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el;
}

/** @param {HTMLElement} el @param {string | null | undefined} text */
export function setText(el, text) {
  el.textContent = text ?? '';
}

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{6}$`);

/** Upper case, spaces and dashes dropped: what a person types into what the server stores. */
export function normaliseCode(/** @type {string} */ raw) {
  return raw.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
}

/** A reason the code cannot be a Debrief code, or null when its form is fine. */
export function codeProblem(/** @type {string} */ code) {
  if (!code) return 'Type the 6-character code your teacher shared.';
  if (CODE_RE.test(code)) return null;
  if (code.length !== 6) return `A quiz code has 6 characters; this one has ${code.length}.`;
  return 'Quiz codes use the letters A–Z and digits 2–9, without 0, O, 1, I or L. Check the code.';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-02-05" → a long, locale-formatted date; null → "Undated". */
export function formatDate(/** @type {string | null} */ ymd) {
  if (!ymd) return 'Undated';
  const t = Date.parse(`${ymd}T00:00:00Z`);
  return Number.isFinite(t) ? dateFormat.format(t) : ymd;
}

export function formatNumber(/** @type {number} */ n) {
  return n.toLocaleString();
}

/** Milliseconds as "42.1 s" or "3:05". */
export function formatDuration(/** @type {number | null | undefined} */ ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
}

/** "1st", "2nd", "23rd". */
export function ordinal(/** @type {number} */ n) {
  const rules = new Intl.PluralRules('en', { type: 'ordinal' });
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${n}${suffix[/** @type {'one'|'two'|'few'|'other'} */ (rules.select(n))] ?? 'th'}`;
}

/**
 * What this browser remembers of a play, per quiz code: the credentials to resume it and the
 * answers given on this device (the server keeps no review for players).
 * @typedef {{ playId: string, playToken: string, name: string, history?: any[], final?: { score: number, correctCount: number }, readFirst?: boolean, celebrated?: boolean }} SavedPlay
 */
const storeKey = (/** @type {string} */ code) => `debrief:play:${code}`;

export const playStore = {
  /** @returns {SavedPlay | null} */
  get(/** @type {string} */ code) {
    try {
      const v = JSON.parse(localStorage.getItem(storeKey(code)) ?? 'null');
      return v && typeof v.playId === 'string' && typeof v.playToken === 'string' ? v : null;
    } catch {
      return null;
    }
  },
  set(/** @type {string} */ code, /** @type {SavedPlay} */ value) {
    try {
      localStorage.setItem(storeKey(code), JSON.stringify(value));
    } catch {
      // Private mode or a full quota: the play still works, it just cannot be resumed.
    }
  },
  clear(/** @type {string} */ code) {
    try {
      localStorage.removeItem(storeKey(code));
    } catch {
      // see above
    }
  },
};

/** A friendly adjective + animal nickname, like "Nimble Otter". */
export function nickname() {
  const pick = (/** @type {string[]} */ list) => list[Math.floor(Math.random() * list.length)];
  return `${pick(ADJECTIVES)} ${pick(ANIMALS)}`;
}

/** The quiz code in /q/CODE and /q/CODE/leaderboard. */
export function codeFromPath() {
  const part = location.pathname.split('/')[2] ?? '';
  try {
    return normaliseCode(decodeURIComponent(part));
  } catch {
    return normaliseCode(part);
  }
}

/**
 * Fills a leaderboard table body; the row matching `you` is highlighted.
 * @param {HTMLElement} tbody
 * @param {any[]} entries
 * @param {(e: any) => boolean} [isYou]
 */
export function fillLeaderboard(tbody, entries, isYou = () => false) {
  const rows = entries.map((e) => {
    const you = isYou(e);
    const name = h('td', { class: 'name' }, e.name);
    if (you) name.append(' ', h('span', { class: 'badge badge-accent', text: 'You' }));
    // A play that ended before its last question ranks with what it answered, and says why.
    const early = { stopped: 'stopped at close', abandoned: 'abandoned' }[/** @type {string} */ (e.state)];
    if (early) name.append(' ', h('span', { class: 'badge', text: early }));
    return h(
      'tr',
      { class: you ? 'is-you' : null, 'aria-current': you ? 'true' : null },
      h('td', { class: 'num', text: e.rank }),
      name,
      h('td', { class: 'num', text: formatNumber(e.score) }),
      h('td', { class: 'num', text: `${e.correctCount} / ${e.questionCount}` }),
      h('td', { class: 'num', text: formatDuration(e.durationMs) }),
    );
  });
  tbody.replaceChildren(...rows);
}
