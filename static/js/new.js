// @ts-check
// /new: briefing text → question bank to review and edit → settings → a quiz and its share panel.
import { api, ApiError } from './api.js';
import { renderEditor, shownExplanation } from './new-editor.js';
import { moveButtons, moved, setUpDrag } from './new-order.js';
import { setUpCopy, showShare } from './new-share.js';
import { MAX_BYTES, setUpUpload } from './new-upload.js';
import { h } from './ui.js';
import { showYourQuizzes } from './your-quizzes.js';

/** Names of the kinds of question, as the API lists them with the bank. */
const KINDS = /** @type {Record<string, string>} */ ({});

/**
 * @typedef {import('./new-editor.js').BankQuestion} BankQuestion
 * @typedef {import('./new-editor.js').Edit} Edit
 */

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node|string)[]} [children]
 */
function el(tag, attrs = {}, children = []) {
  return h(tag, attrs, ...children);
}

const state = {
  /** @type {{ id: string, title: string, statementCount: number } | null} */
  briefing: null,
  briefingKey: '',
  /** @type {BankQuestion[]} */
  bank: [],
  /** the teacher's order of the bank: a quiz takes the ticked ones in this order */
  /** @type {string[]} */
  order: [],
  /** @type {Set<string>} */
  included: new Set(),
  /** @type {Map<string, Edit>} */
  edits: new Map(),
  /** @type {Set<string>} */
  editing: new Set(),
};

// ---- errors -------------------------------------------------------------------------------

/**
 * @param {HTMLElement} box
 * @param {unknown} err
 */
function showError(box, err) {
  box.replaceChildren();
  if (!err) {
    box.hidden = true;
    return;
  }
  const message = err instanceof Error ? err.message : String(err);
  box.append(el('p', { text: message }));
  const issues = err instanceof ApiError ? err.issues : [];
  if (issues.length) {
    const list = el('ul');
    for (const i of /** @type {{ path?: (string|number)[], message: string }[]} */ (issues)) {
      list.append(el('li', { text: describeIssue(i) }));
    }
    box.append(list);
  }
  box.hidden = false;
}

/** @param {{ path?: (string|number)[], message: string }} issue */
function describeIssue(issue) {
  const path = issue.path ?? [];
  if (path[0] === 'edits') {
    const n = state.order.indexOf(String(path[1]));
    return `Question ${n + 1}: ${issue.message}`;
  }
  return path.length ? `${path.join('.')}: ${issue.message}` : issue.message;
}

// ---- steps --------------------------------------------------------------------------------

/** @param {1|2|3|4} n */
function goTo(n) {
  $('text-step').hidden = n !== 1;
  $('bank-step').hidden = n !== 2;
  $('settings-step').hidden = n !== 3;
  $('share-step').hidden = n !== 4;
  // Your quizzes: on the first and last step, out of the way while a quiz is being made.
  if (n === 2 || n === 3) $('your-quizzes').hidden = true;
  else showYourQuizzes($('your-quizzes'));
  for (let i = 1; i <= 4; i++) {
    const li = $(`step-${i}`);
    if (i === n) li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
    li.classList.toggle('tp-done', i < n);
  }
  const heading = { 1: 'text-title', 2: 'bank-title', 3: 'settings-title', 4: 'share-title' }[n];
  const h = $(heading);
  if (n !== 1) h.focus();
  window.scrollTo({ top: 0 });
}

// ---- step 1: text -------------------------------------------------------------------------

/** @param {SubmitEvent} e */
async function makeQuestions(e) {
  e.preventDefault();
  const box = $('text-error');
  const text = input('text').value;
  showError(box, null);
  if (!text.trim()) {
    showError(box, new Error('Paste the briefing text or choose a file first.'));
    input('text').focus();
    return;
  }
  if (new TextEncoder().encode(text).length > MAX_BYTES) {
    showError(box, new Error('The text is longer than 100 KB. Shorten it and try again.'));
    return;
  }
  const button = /** @type {HTMLButtonElement} */ ($('make'));
  button.disabled = true;
  $('make-status').textContent = 'Reading the briefing and writing questions…';
  try {
    const title = input('briefing-title').value.trim();
    const created = await api('POST', '/api/briefings', { body: { text, ...(title ? { title } : {}) } });
    state.briefing = created.briefing;
    state.briefingKey = created.teacherKey;
    const { questions, kinds, selection } = await api('GET', `/api/briefings/${encodeURIComponent(created.briefing.id)}/questions`, {
      token: created.teacherKey,
    });
    for (const k of /** @type {{ id: string, label: string }[]} */ (kinds)) KINDS[k.id] = k.label;
    state.bank = questions;
    // The server's default selection comes ticked and first, in its order; the rest of the bank follows.
    const picked = /** @type {string[]} */ (selection);
    state.included = new Set(picked);
    state.order = [...picked, ...questions.map((/** @type {BankQuestion} */ q) => q.id).filter((/** @type {string} */ id) => !state.included.has(id))];
    state.edits = new Map();
    state.editing = new Set();
    renderBank();
    input('quiz-title').value = created.briefing.title;
    $('make-status').textContent = '';
    goTo(2);
  } catch (err) {
    $('make-status').textContent = '';
    showError(box, err);
  } finally {
    button.disabled = false;
  }
}

// ---- step 2: bank -------------------------------------------------------------------------

/** @param {BankQuestion} q */
const current = (q) => state.edits.get(q.id) ?? { prompt: q.prompt, choices: q.choices, answerId: q.answerId };

/** @param {string} id */
const question = (id) => /** @type {BankQuestion} */ (state.bank.find((q) => q.id === id));

/** Draws the list in the teacher's order; a question being edited keeps its form and what is typed in it. */
function renderBank() {
  const list = $('bank');
  list.replaceChildren(
    ...state.order.map((id, i) => {
      const open = state.editing.has(id) ? document.getElementById(`q-${id}`) : null;
      if (!open) return renderQuestion(question(id), i);
      open.classList.toggle('tp-off', !state.included.has(id));
      open.firstElementChild?.replaceWith(renderHead(question(id), i, open));
      return open;
    }),
  );
  const b = state.briefing;
  $('bank-summary').textContent =
    `${state.bank.length} question${state.bank.length === 1 ? '' : 's'} from ${b?.statementCount ?? 0} statements. ` +
    'The ticked ones make the quiz, in this order: move them with the arrows or by dragging. Edit any wording; the correct answer is marked ✓.';
  updateCount();
}

function updateCount() {
  const n = state.bank.filter((q) => state.included.has(q.id)).length;
  $('selected-count').textContent = `${n} of ${state.bank.length} questions ticked`;
  /** @type {HTMLButtonElement} */ ($('to-settings')).disabled = n === 0;
}

/**
 * @param {BankQuestion} q
 * @param {number} i
 */
function renderQuestion(q, i) {
  const on = state.included.has(q.id);
  const editing = state.editing.has(q.id);
  const item = el('li', { class: `tp-q${on ? '' : ' tp-off'}`, id: `q-${q.id}`, 'data-id': q.id, draggable: editing ? 'false' : 'true' });
  item.append(renderHead(q, i, item));
  if (editing) {
    item.append(
      renderEditor(q, current(q), {
        onSave: (edit) => {
          if (edit) state.edits.set(q.id, edit);
          else state.edits.delete(q.id);
          state.editing.delete(q.id);
          rerender(q, `q-${q.id}`);
        },
        onCancel: () => {
          state.editing.delete(q.id);
          rerender(q, `q-${q.id}`);
        },
      }),
    );
  } else item.append(...renderView(q, i));
  return item;
}

/**
 * A question's tick box, number, kind and arrows.
 * @param {BankQuestion} q
 * @param {number} i
 * @param {HTMLElement} item its list item
 */
function renderHead(q, i, item) {
  const on = state.included.has(q.id);
  const box = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id: `inc-${q.id}` }));
  box.checked = on;
  box.addEventListener('change', () => {
    if (box.checked) state.included.add(q.id);
    else state.included.delete(q.id);
    item.classList.toggle('tp-off', !box.checked);
    updateCount();
  });
  return el('div', { class: 'tp-q-head' }, [
    el('label', { class: 'tp-inline', for: `inc-${q.id}` }, [box, `Question ${i + 1}`]),
    el('span', { class: 'tp-q-tools' }, [
      el('span', { class: 'tp-kind', text: KINDS[q.kind] ?? q.kind }),
      moveButtons(q.id, i, state.order.length, (delta) => moveQuestion(q.id, i + delta, delta < 0 ? 'up' : 'down')),
    ]),
  ]);
}

/**
 * Moves a question to `to` and keeps the keyboard where it was: on the same arrow of the moved
 * question, or on the other one once it reaches an end of the list.
 * @param {string} id
 * @param {number} to
 * @param {'up' | 'down' | null} arrow the arrow pressed; null for a drop
 */
function moveQuestion(id, to, arrow) {
  state.order = moved(state.order, id, to);
  renderBank();
  const at = state.order.indexOf(id);
  $('move-status').textContent = `Question moved to place ${at + 1} of ${state.order.length}.`;
  if (!arrow) return;
  const same = /** @type {HTMLButtonElement} */ ($(`${arrow}-${id}`));
  const other = /** @type {HTMLButtonElement} */ ($(`${arrow === 'up' ? 'down' : 'up'}-${id}`));
  (same.disabled ? other : same).focus();
}

/**
 * @param {BankQuestion} q
 * @param {number} i
 */
function renderView(q, i) {
  const c = current(q);
  const nodes = [];
  nodes.push(el('p', { class: 'tp-prompt', text: c.prompt }));
  const choices = el('ul', { class: 'tp-choices', 'aria-label': `Choices of question ${i + 1}` });
  for (const ch of c.choices) {
    const right = ch.id === c.answerId;
    const li = el('li', right ? { class: 'tp-correct' } : {}, [right ? `✓ ${ch.text}` : ch.text]);
    if (right) li.append(el('span', { class: 'tp-vh', text: ' (correct answer)' }));
    choices.append(li);
  }
  nodes.push(choices);
  const explained = c.explanation ?? shownExplanation(q);
  if (explained) nodes.push(el('p', { class: 'tp-explanation' }, [el('strong', { text: 'Explanation: ' }), explained]));
  nodes.push(el('blockquote', { class: 'tp-source' }, [`Source, statement ${q.source.statementIndex + 1}: “${q.source.text}”`]));
  const edit = el('button', { type: 'button', 'aria-label': `Edit question ${i + 1}` }, ['Edit']);
  edit.addEventListener('click', () => {
    state.editing.add(q.id);
    rerender(q, `prompt-${q.id}`);
  });
  const actions = el('div', { class: 'tp-actions' }, [edit]);
  if (state.edits.has(q.id)) {
    const reset = el('button', { type: 'button', 'aria-label': `Undo edits of question ${i + 1}` }, ['Undo edits']);
    reset.addEventListener('click', () => {
      state.edits.delete(q.id);
      rerender(q, `q-${q.id}`);
    });
    actions.append(reset, el('span', { class: 'tp-edited', text: 'Edited' }));
  }
  nodes.push(actions);
  return nodes;
}

/**
 * @param {BankQuestion} q
 * @param {string} focusId
 */
function rerender(q, focusId) {
  const old = $(`q-${q.id}`);
  old.replaceWith(renderQuestion(q, state.order.indexOf(q.id)));
  const target = document.getElementById(focusId);
  if (target) {
    if (target.tagName === 'LI') /** @type {HTMLElement | null} */ (target.querySelector('.tp-actions button'))?.focus();
    else target.focus();
  }
}

// ---- step 3: settings ---------------------------------------------------------------------

function toSettings() {
  if (state.editing.size) {
    const id = [...state.editing][0];
    const n = state.order.indexOf(id) + 1;
    $('selected-count').textContent = `Save or cancel your edit of question ${n} first.`;
    document.getElementById(`prompt-${id}`)?.focus();
    return;
  }
  const n = state.order.filter((id) => state.included.has(id)).length;
  const count = input('count');
  count.max = String(Math.min(50, n));
  count.value = String(Math.min(n, 50, Number(count.dataset.touched ? count.value : n) || n));
  goTo(3);
}

/** @param {SubmitEvent} e */
async function createQuiz(e) {
  e.preventDefault();
  const box = $('settings-error');
  showError(box, null);
  const ids = state.order.filter((id) => state.included.has(id)).slice(0, 50);
  const count = Number(input('count').value);
  if (!Number.isInteger(count) || count < 1 || count > ids.length) {
    showError(box, new Error(`Choose between 1 and ${ids.length} questions.`));
    input('count').focus();
    return;
  }
  const title = input('quiz-title').value.trim();
  if (!title) {
    showError(box, new Error('Give the quiz a title.'));
    input('quiz-title').focus();
    return;
  }
  const closesRaw = input('closes').value;
  let closesAt = null;
  if (closesRaw) {
    const when = new Date(closesRaw);
    if (Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
      showError(box, new Error('The closing time must be in the future.'));
      input('closes').focus();
      return;
    }
    closesAt = when.toISOString();
  }
  const chosen = ids.slice(0, count);
  /** @type {Record<string, Edit>} */
  const edits = {};
  for (const id of chosen) {
    const edit = state.edits.get(id);
    if (edit) edits[id] = edit;
  }
  const form = /** @type {HTMLFormElement} */ ($('settings'));
  const data = new FormData(form);
  const roster = String(data.get('roster') ?? '')
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean);
  const body = {
    briefingIds: [state.briefing?.id],
    title,
    questionIds: chosen,
    questionCount: count,
    ...(Object.keys(edits).length ? { edits } : {}),
    timeLimitSec: Number(data.get('time')),
    mode: data.get('mode'),
    scoring: data.get('scoring'),
    briefingFirst: input('briefing-first').checked,
    shuffleQuestions: !input('keep-order').checked,
    ...(roster.length && data.get('mode') === 'assessed' ? { roster } : {}),
    ...(closesAt ? { closesAt } : {}),
  };
  const button = /** @type {HTMLButtonElement} */ ($('create'));
  button.disabled = true;
  $('create-status').textContent = 'Creating the quiz…';
  try {
    // The briefing is unlisted unless approved for the home page: its key opens it.
    const created = await api('POST', '/api/quizzes', { body, token: state.briefingKey || undefined });
    showShare(created);
    goTo(4);
  } catch (err) {
    showError(box, err);
  } finally {
    button.disabled = false;
    $('create-status').textContent = '';
  }
}

// ---- step 4: share ------------------------------------------------------------------------

// ---- wiring -------------------------------------------------------------------------------

setUpUpload((err) => showError($('text-error'), err));
setUpCopy();
$('text-form').addEventListener('submit', (e) => makeQuestions(/** @type {SubmitEvent} */ (e)));
$('select-all').addEventListener('click', () => {
  state.included = new Set(state.bank.map((q) => q.id));
  renderBank();
});
$('select-none').addEventListener('click', () => {
  state.included = new Set();
  renderBank();
});
$('to-settings').addEventListener('click', toSettings);
$('back-to-bank').addEventListener('click', () => goTo(2));
$('settings').addEventListener('submit', (e) => createQuiz(/** @type {SubmitEvent} */ (e)));
input('count').addEventListener('input', () => (input('count').dataset.touched = '1'));
$('new-quiz').addEventListener('click', () => goTo(2));
setUpDrag($('bank'), (id, to) => moveQuestion(id, to, null));
showYourQuizzes($('your-quizzes'));
