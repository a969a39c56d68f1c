// @ts-check
// The dashboard's dialogs: one player's answers (with removing their play) and a confirmation
// asked before anything that cannot be taken back at once.
import { api } from './api.js';
import { h } from './ui.js';

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** How a play's state reads on the dashboard. */
export const STATE_LABELS = /** @type {Record<string, string>} */ ({
  playing: 'playing',
  finished: 'finished',
  stopped: 'stopped at close',
  abandoned: 'abandoned',
});

/**
 * Asks before an action; resolves true on the confirming button only (Escape and Cancel say no).
 * @param {{ title: string, text: string, ok: string }} what
 * @returns {Promise<boolean>}
 */
export function confirmAction({ title, text, ok }) {
  const dialog = /** @type {HTMLDialogElement} */ ($('confirm'));
  $('confirm-title').textContent = title;
  $('confirm-text').textContent = text;
  $('confirm-ok').textContent = ok;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
    // The safe choice has the focus, so a stray Enter does nothing harmful.
    $('confirm-cancel').focus();
  });
}

/** @param {number} ms */
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * One question of the play: the prompt, the player's choice marked right or wrong, the right
 * answer, points and time; or "not reached".
 * @param {any} q
 */
function answerItem(q) {
  const text = (/** @type {string | null} */ id) => q.choices.find((/** @type {any} */ c) => c.id === id)?.text ?? '';
  const right = text(q.correctChoiceId);
  const a = q.answer;
  const item = h('li', { class: `tp-answer ${a ? (a.correct ? 'tp-answer-right' : 'tp-answer-wrong') : 'tp-answer-none'}` });
  item.append(h('p', { class: 'tp-answer-prompt', text: q.prompt }));
  if (!a) {
    item.append(h('p', { class: 'tp-hint', text: `Not reached · right answer: ${right}` }));
    return item;
  }
  const mark = a.correct ? '✓ Right' : a.choiceId === null ? '✗ Time ran out, no answer' : '✗ Wrong';
  item.append(h('p', {}, h('strong', { text: mark }), a.choiceId === null ? '' : ` · their answer: ${text(a.choiceId)}`));
  if (!a.correct) item.append(h('p', { text: `Right answer: ${right}` }));
  item.append(h('p', { class: 'tp-hint', text: `${a.points.toLocaleString()} points · ${seconds(a.elapsedMs)}` }));
  return item;
}

/**
 * Opens a player's answers. `onRemoved` runs after their play is removed.
 * @param {{ code: string, key: string, playId: string, onRemoved: () => void }} options
 */
export async function openPlayer({ code, key, playId, onRemoved }) {
  const dialog = /** @type {HTMLDialogElement} */ ($('student'));
  const error = $('student-error');
  const remove = /** @type {HTMLButtonElement} */ ($('student-remove'));
  error.hidden = true;
  $('student-title').textContent = 'Loading…';
  $('student-summary').textContent = '';
  $('student-answers').replaceChildren();
  remove.hidden = true;
  if (!dialog.open) dialog.showModal();
  let data;
  try {
    data = await api('GET', `/api/quizzes/${encodeURIComponent(code)}/plays/${encodeURIComponent(playId)}`, { token: key });
  } catch (err) {
    $('student-title').textContent = 'This play could not be opened';
    error.textContent = /** @type {Error} */ (err).message;
    error.hidden = false;
    return;
  }
  const p = data.play;
  $('student-title').textContent = p.name;
  const parts = [
    STATE_LABELS[p.state] ?? p.state,
    `${p.score.toLocaleString()} points`,
    `${p.correctCount} of ${p.questionCount} right`,
    `${p.answeredCount} answered`,
    p.rank ? `rank ${p.rank}` : null,
  ];
  $('student-summary').textContent = parts.filter(Boolean).join(' · ');
  $('student-answers').replaceChildren(...data.questions.map(answerItem));
  remove.hidden = false;
  remove.onclick = async () => {
    const sure = await confirmAction({
      title: `Remove ${p.name}’s play?`,
      text: 'Their answers go from the results, the CSV files and every leaderboard. This cannot be undone.',
      ok: 'Remove the play',
    });
    if (!sure) return;
    remove.disabled = true;
    try {
      await api('DELETE', `/api/quizzes/${encodeURIComponent(code)}/plays/${encodeURIComponent(playId)}`, { token: key });
      dialog.close();
      onRemoved();
    } catch (err) {
      error.textContent = /** @type {Error} */ (err).message;
      error.hidden = false;
    } finally {
      remove.disabled = false;
    }
  };
}

$('student-close').addEventListener('click', () => /** @type {HTMLDialogElement} */ ($('student')).close());
