// @ts-check
// "Your quizzes": the teacher links this browser created, kept in its local storage only (never
// sent anywhere), listed on the home page and /new with a copy and a forget button.
import { h } from './ui.js';

const STORE = 'debrief.quizzes';
/** Enough for a term of quizzes; the oldest go first. */
const MAX_KEPT = 50;

/** @typedef {{ code: string, title: string, teacher: string, createdAt: string }} SavedQuiz */

/** @returns {SavedQuiz[]} */
export function savedQuizzes() {
  try {
    const list = JSON.parse(localStorage.getItem(STORE) ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (q) => q && typeof q.code === 'string' && typeof q.title === 'string' && typeof q.teacher === 'string' && q.teacher.startsWith(`/t/${q.code}#key=`),
    );
  } catch {
    return [];
  }
}

/** @param {SavedQuiz[]} list */
function store(list) {
  try {
    localStorage.setItem(STORE, JSON.stringify(list.slice(0, MAX_KEPT)));
    return true;
  } catch {
    // Private mode or a full quota: the link on screen is still the key.
    return false;
  }
}

/**
 * Keeps a quiz just created, newest first.
 * @param {{ code: string, title: string }} quiz
 * @param {string} teacher the teacher link's path, /t/CODE#key=…
 */
export function rememberQuiz(quiz, teacher) {
  return store([{ code: quiz.code, title: quiz.title, teacher, createdAt: new Date().toISOString() }, ...savedQuizzes().filter((q) => q.code !== quiz.code)]);
}

/**
 * Keeps a quiz whose teacher link was opened here (made in another browser, sent by a colleague),
 * where it was made, without moving one already kept.
 * @param {{ code: string, title: string, createdAt?: string }} quiz
 * @param {string} teacher the teacher link's path, /t/CODE#key=…
 */
export function rememberOpenedQuiz(quiz, teacher) {
  const list = savedQuizzes();
  if (list.some((q) => q.code === quiz.code && q.teacher === teacher)) return true;
  const entry = { code: quiz.code, title: quiz.title, teacher, createdAt: quiz.createdAt ?? new Date().toISOString() };
  return store([entry, ...list.filter((q) => q.code !== quiz.code)]);
}

/** "30 Nov 2026" in the reader's own order, never 11/30 beside 30/11. */
const MADE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** @param {string} code */
function forgetQuiz(code) {
  store(savedQuizzes().filter((q) => q.code !== code));
}

/** @param {string} text */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fills a "Your quizzes" section: hidden while there is nothing to list. The section holds a
 * heading, a list (`[data-your-quizzes]`) and a status line (`[data-your-status]`).
 * @param {HTMLElement} section
 * @param {{ button?: string, link?: string }} [classes] the page's own button and link classes
 */
export function showYourQuizzes(section, classes = {}) {
  const list = /** @type {HTMLElement} */ (section.querySelector('[data-your-quizzes]'));
  const status = /** @type {HTMLElement} */ (section.querySelector('[data-your-status]'));
  const quizzes = savedQuizzes();
  section.hidden = quizzes.length === 0;
  list.replaceChildren(
    ...quizzes.map((q) => {
      const titleId = `yq-${q.code}`;
      const copy = h('button', { type: 'button', class: classes.button ?? null, 'aria-describedby': titleId, text: 'Copy teacher link' });
      copy.addEventListener('click', async () => {
        const link = location.origin + q.teacher;
        status.textContent = (await copyText(link)) ? `Copied the teacher link of ${q.title}.` : `Copy it from here: ${link}`;
      });
      const forget = h('button', { type: 'button', class: classes.button ?? null, 'aria-describedby': titleId, text: 'Forget' });
      forget.addEventListener('click', () => {
        if (!confirm(`Forget “${q.title}” in this browser? Without its teacher link you cannot open its results again.`)) return;
        forgetQuiz(q.code);
        showYourQuizzes(section, classes);
        status.textContent = `${q.title} is forgotten in this browser.`;
        /** @type {HTMLElement | null} */ (section.querySelector('h2'))?.focus();
      });
      return h(
        'li',
        { class: 'yq-item' },
        h(
          'div',
          { class: 'yq-what' },
          h('a', { id: titleId, class: classes.link ?? null, href: q.teacher, text: q.title }),
          h('span', { class: 'yq-meta', text: ` · code ${q.code} · made ${MADE.format(new Date(q.createdAt))}` }),
        ),
        h('div', { class: 'yq-actions' }, copy, forget),
      );
    }),
  );
}
