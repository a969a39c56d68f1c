// @ts-check
// Home: the listed briefings as cards, a join-by-code box, and the quizzes this browser made.
import { api } from './api.js';
import { byId, codeProblem, formatDate, h, normaliseCode } from './ui.js';
import { showYourQuizzes } from './your-quizzes.js';

const form = /** @type {HTMLFormElement} */ (byId('join'));
const input = /** @type {HTMLInputElement} */ (byId('code'));
const error = byId('code-error');
const list = byId('briefings');
const status = byId('briefings-status');

/** @param {string} message */
function fail(message) {
  error.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

input.addEventListener('input', () => {
  if (input.getAttribute('aria-invalid')) {
    input.removeAttribute('aria-invalid');
    error.textContent = '';
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = normaliseCode(input.value);
  const problem = codeProblem(code);
  if (problem) return fail(problem);
  const button = /** @type {HTMLButtonElement} */ (form.querySelector('button[type="submit"]'));
  button.disabled = true;
  error.textContent = '';
  try {
    // Quiz codes and live game codes never coincide: whichever exists is the one.
    const found = await api('GET', `/api/quizzes/${code}`).then(
      () => `/q/${code}`,
      async (e) => {
        if (/** @type {import('./api.js').ApiError} */ (e).status !== 404) throw e;
        await api('GET', `/api/live/${code}`);
        return `/live/${code}`;
      },
    );
    location.assign(found);
  } catch (e) {
    const err = /** @type {import('./api.js').ApiError} */ (e);
    fail(err.status === 404 ? `No quiz has the code ${code}, and no live game either. Check it with your teacher.` : err.message);
  } finally {
    button.disabled = false;
  }
});

/** @param {any} b */
function card(b) {
  const titleId = `b-${b.id}`;
  return h(
    'li',
    { class: 'card flow' },
    h('h3', { class: 'card-title', id: titleId }, b.title),
    h(
      'p',
      { class: 'card-meta' },
      b.date ? h('time', { datetime: b.date, text: formatDate(b.date) }) : 'Undated',
      ` · ${b.questionCount} question${b.questionCount === 1 ? '' : 's'}`,
    ),
    b.summary ? h('p', { text: b.summary }) : null,
    h(
      'div',
      { class: 'card-actions' },
      b.publicQuizCode ? h('a', { class: 'btn btn-primary', href: `/q/${b.publicQuizCode}`, 'aria-describedby': titleId, text: 'Play' }) : null,
      h('a', { class: 'btn btn-ghost', href: `/b/${encodeURIComponent(b.id)}`, 'aria-describedby': titleId, text: 'Read briefing' }),
    ),
  );
}

async function load() {
  try {
    const { briefings } = await api('GET', '/api/briefings');
    list.replaceChildren(...briefings.map(card));
    status.textContent = briefings.length ? '' : 'No briefings yet. Create the first one.';
    status.hidden = briefings.length > 0;
  } catch (e) {
    status.textContent = `Briefings could not be loaded: ${/** @type {Error} */ (e).message}`;
  }
}

showYourQuizzes(byId('your-quizzes'), { button: 'btn' });
load();
