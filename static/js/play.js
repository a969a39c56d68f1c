// @ts-check
// The play page: join, one question at a time on the server's clock, feedback with the source
// statement, results with a review. The play's token stays in this browser so a reload resumes.
import { api } from './api.js';
import { celebrate, choiceItems, isGoodResult, KIND_LABELS, LETTERS, renderBriefings, reviewItem, showChecking } from './play-render.js';
import { fillEnd, fillFeedback, fillJoin } from './play-screens.js';
import { countdown, msLeft } from './play-timer.js';
import { byId, codeFromPath, formatNumber, h, nickname, ordinal, playStore, setText } from './ui.js';

/** @typedef {import('./api.js').ApiError} ApiError */
/**
 * @typedef {{ id: string, index: number, total?: number, kind: import('../../src/domain/types').QuestionKind, prompt: string,
 *   choices: import('../../src/domain/types').Choice[], timeLimitSec: number, servedAt: string }} Question
 */

const el = {
  status: byId('status'),
  choices: byId('choices'),
  prompt: byId('prompt'),
  timer: byId('timer'),
  timerText: byId('timer-text'),
  timerFill: byId('timer-fill'),
  feedback: byId('feedback'),
  next: /** @type {HTMLButtonElement} */ (byId('next')),
  name: /** @type {HTMLInputElement} */ (byId('name')),
  nameError: byId('name-error'),
  start: /** @type {HTMLButtonElement} */ (byId('start')),
  announce: byId('announce'),
};

let code = codeFromPath();
/** @type {any} */
let quiz = null;
/** @type {import('./ui.js').SavedPlay | null} */
let session = null;
/** @type {any} */
let lastPlay = null;
/** @type {Question | null} */
let current = null;
/** whether the answered question has a next one to fetch */
let pendingNext = false;
let answering = false;
/** whether the player read the briefing before playing: the results then highlight it */
let readFirst = false;
/** @type {string | null | undefined} */
let lastChoice;
let stopTimer = () => {};
/** @type {Map<string, any>} */
const briefings = new Map();

/** @param {'join-view' | 'question-view' | 'end-view'} id */
function showView(id) {
  el.status.hidden = true;
  for (const v of ['join-view', 'question-view', 'end-view']) byId(v).hidden = v !== id;
}

/** Polite announcement; cleared first so the same words are spoken again. */
function announce(/** @type {string} */ text) {
  el.announce.textContent = '';
  setTimeout(() => (el.announce.textContent = text), 60);
}

function fatal(/** @type {string} */ message) {
  el.status.hidden = true;
  for (const v of ['join-view', 'question-view', 'end-view']) byId(v).hidden = true;
  setText(byId('fatal-text'), message);
  byId('fatal').hidden = false;
  byId('nav-leaderboard').hidden = !quiz;
}

function errorText(/** @type {ApiError} */ e) {
  const issue = /** @type {any} */ (e.issues?.[0]);
  if (e.code === 'invalid_input' && issue?.message) return issue.message;
  if (e.status === 410) return 'This quiz is closed: it no longer accepts plays.';
  return e.message;
}

function save() {
  if (session && quiz) playStore.set(quiz.code, session);
}

/** The quiz's briefings through the quiz: an unlisted one comes without its id. */
async function loadBriefings() {
  if (!briefings.has(quiz.code)) briefings.set(quiz.code, (await api('GET', `/api/quizzes/${encodeURIComponent(quiz.code)}/briefings`)).briefings);
  return briefings.get(quiz.code);
}

async function init() {
  const board = `/q/${code}/leaderboard`;
  for (const a of document.querySelectorAll('.leaderboard-link, #nav-leaderboard')) a.setAttribute('href', board);
  try {
    quiz = (await api('GET', `/api/quizzes/${encodeURIComponent(code)}`)).quiz;
  } catch (e) {
    const err = /** @type {ApiError} */ (e);
    document.title = 'Quiz not found · Debrief';
    return fatal(err.status === 404 ? `No quiz has the code ${code || '(none)'}. Check the link or ask for the code again.` : err.message);
  }
  if (quiz.code !== code) {
    code = quiz.code;
    history.replaceState(null, '', `/q/${code}`);
    for (const a of document.querySelectorAll('.leaderboard-link, #nav-leaderboard')) a.setAttribute('href', `/q/${code}/leaderboard`);
  }
  document.title = `${quiz.title} · Debrief`;
  session = playStore.get(quiz.code);
  if (session) {
    try {
      const r = await api('GET', `/api/plays/${encodeURIComponent(session.playId)}`, { token: session.playToken });
      lastPlay = r.play;
      return r.question ? showQuestion(r.question) : showEnd();
    } catch (e) {
      if (/** @type {ApiError} */ (e).status === 0) return fatal(/** @type {ApiError} */ (e).message);
      // The play is gone or the token no longer fits: start afresh.
      playStore.clear(quiz.code);
      session = null;
    }
  }
  showJoin();
}

async function showJoin() {
  const closed = fillJoin(quiz);
  if (!el.name.value) el.name.value = nickname();
  showView('join-view');
  // Quizzes set to "briefing first" open on the statements; any other quiz offers them.
  byId('read-toggle').hidden = Boolean(quiz.briefingFirst || closed);
  if (quiz.briefingFirst && !closed) await showReading();
}

async function showReading() {
  const reading = byId('reading');
  readFirst = true;
  byId('show-reading').setAttribute('aria-expanded', 'true');
  byId('read-toggle').hidden = true;
  try {
    byId('reading-body').replaceChildren(...renderBriefings(await loadBriefings()));
  } catch (e) {
    byId('reading-body').replaceChildren(h('p', { text: `The briefing could not be loaded: ${/** @type {Error} */ (e).message}` }));
  }
  reading.hidden = false;
}

byId('show-reading').addEventListener('click', async () => {
  await showReading();
  byId('reading-title').setAttribute('tabindex', '-1');
  byId('reading-title').focus();
});

function nameError(/** @type {string} */ message) {
  el.nameError.textContent = message;
  el.name.setAttribute('aria-invalid', 'true');
  el.name.focus();
}

el.name.addEventListener('input', () => {
  if (el.name.hasAttribute('aria-invalid')) {
    el.name.removeAttribute('aria-invalid');
    el.nameError.textContent = '';
  }
});

byId('reroll').addEventListener('click', () => {
  el.name.value = nickname();
  el.name.dispatchEvent(new Event('input'));
  announce(`Suggested name: ${el.name.value}`);
});

byId('join-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  if (el.start.disabled) return;
  const name = el.name.value.trim();
  if (!name) return nameError('Type a name to play, or press “Suggest another”.');
  el.start.disabled = true;
  el.start.textContent = 'Starting…';
  try {
    // A class-list link carries the student's personal seat in its fragment, which no server logs.
    const seat = new URLSearchParams(location.hash.slice(1)).get('seat');
    const r = await api('POST', `/api/quizzes/${quiz.code}/plays`, { body: { name, ...(seat ? { seat } : {}) } });
    session = { playId: r.play.id, playToken: r.playToken, name: r.play.name, history: [], readFirst };
    if (r.play.quizCode !== quiz.code) {
      // A full home-page quiz gave way to a fresh one of the same briefing: the play is there.
      playStore.set(r.play.quizCode, session);
      location.replace(`/q/${encodeURIComponent(r.play.quizCode)}`);
      return;
    }
    save();
    lastPlay = r.play;
    showQuestion(r.question);
  } catch (e) {
    const err = /** @type {ApiError} */ (e);
    nameError(errorText(err));
    if (err.status === 410) byId('closed-note').hidden = false;
  } finally {
    el.start.disabled = false;
    el.start.textContent = 'Start';
  }
});

function updateStats() {
  if (!lastPlay) return;
  setText(byId('score'), formatNumber(lastPlay.score));
  setText(byId('streak'), String(lastPlay.streak ?? 0));
}

/** @param {Question} q */
function showQuestion(q) {
  current = q;
  pendingNext = false;
  answering = false;
  stopClocks();
  const total = q.total ?? quiz.questionCount;
  setText(byId('progress'), `Question ${q.index + 1} / ${total}`);
  updateStats();
  setText(byId('kind'), KIND_LABELS[q.kind] ?? '');
  setText(el.prompt, q.prompt);
  el.choices.replaceChildren(...choiceItems(q));
  el.feedback.hidden = true;
  byId('answer-error').hidden = true;
  showView('question-view');
  el.prompt.focus();
  startTimer(q);
}

el.choices.addEventListener('click', (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button');
  if (button && !(/** @type {HTMLButtonElement} */ (button).disabled)) submit(button.dataset.id ?? null);
});

function stopClocks() {
  stopTimer();
}

/** @param {Question} q */
function startTimer(q) {
  stopTimer = countdown(q, { ...el, announce, onTimeUp: () => submit(null) });
}

/** @param {string | null} choiceId */
async function submit(choiceId) {
  if (answering || !current || !session) return;
  answering = true;
  lastChoice = choiceId;
  stopTimer();
  const q = current;
  const buttons = /** @type {HTMLButtonElement[]} */ ([...el.choices.querySelectorAll('button')]);
  for (const b of buttons) {
    b.disabled = true;
    b.classList.toggle('is-chosen', b.dataset.id === choiceId);
  }
  showChecking(buttons, choiceId);
  setText(el.timerText, choiceId === null ? 'Time is up · checking…' : 'Checking your answer…');
  byId('answer-error').hidden = true;
  try {
    const r = await api('POST', `/api/plays/${encodeURIComponent(session.playId)}/answers`, {
      token: session.playToken,
      // The next question is fetched when the player asks for it, so its clock does not run
      // while they read this feedback.
      body: { questionId: q.id, choiceId, serveNext: false },
    });
    showFeedback(q, choiceId, r);
  } catch (e) {
    const err = /** @type {ApiError} */ (e);
    // 410: the quiz closed meanwhile, and the play ended there; its result is one fetch away.
    if (err.status === 409 || err.status === 403 || err.status === 410) return resync(err.message);
    answering = false;
    showChecking(buttons, null);
    setText(byId('answer-error-text'), errorText(err));
    byId('retry').hidden = err.status === 410;
    byId('answer-error').hidden = false;
    if (err.status !== 410 && choiceId !== null) {
      for (const b of buttons) b.disabled = false;
      if (msLeft(q) > 0) startTimer(q);
    }
  }
}

byId('retry').addEventListener('click', () => submit(lastChoice ?? null));

/** The server and this page disagree (another tab answered): follow the server. */
async function resync(/** @type {string} */ why) {
  if (!session) return;
  try {
    const r = await api('GET', `/api/plays/${encodeURIComponent(session.playId)}`, { token: session.playToken });
    lastPlay = r.play;
    announce(why);
    if (r.question) showQuestion(r.question);
    else showEnd();
  } catch (e) {
    fatal(/** @type {Error} */ (e).message);
  }
}

/**
 * @param {Question} q
 * @param {string | null} choiceId
 * @param {any} r the answer response
 */
function showFeedback(q, choiceId, r) {
  lastPlay = r.play;
  pendingNext = r.hasNext;
  const verdict = fillFeedback(el, choiceId, r);
  if (session) {
    const answer = {
      n: q.index + 1,
      prompt: q.prompt,
      choices: q.choices,
      choiceId,
      correctChoiceId: r.correctChoiceId,
      correct: r.correct,
      points: r.points,
      explanation: r.explanation,
      source: r.source,
    };
    session.history = [...(session.history ?? []).filter((a) => a.n !== answer.n), answer];
    if (!r.hasNext) session.final = { score: r.play.score, correctCount: r.play.correctCount };
    save();
  }
  updateStats();
  setText(el.timerText, choiceId === null ? 'Time is up' : typeof r.elapsedMs === 'number' ? `Answered in ${(r.elapsedMs / 1000).toFixed(1)} s` : 'Answered');
  el.feedback.hidden = false;
  const right = q.choices.find((c) => c.id === r.correctChoiceId)?.text ?? '';
  announce(`${verdict} ${r.correct || !right ? '' : `The answer is ${right}. `}${r.points} points. Score ${r.play.score}.`);
  el.next.focus({ preventScroll: true });
  el.feedback.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

el.next.addEventListener('click', async () => {
  stopClocks();
  if (!pendingNext || !session) return showEnd();
  el.next.disabled = true;
  try {
    // Serving the question starts its clock on the server.
    const r = await api('GET', `/api/plays/${encodeURIComponent(session.playId)}`, { token: session.playToken });
    lastPlay = r.play;
    if (r.question) showQuestion(r.question);
    else showEnd();
  } catch (e) {
    setText(byId('answer-error-text'), errorText(/** @type {ApiError} */ (e)));
    byId('retry').hidden = true;
    byId('answer-error').hidden = false;
  } finally {
    el.next.disabled = false;
  }
});

async function showEnd() {
  stopClocks();
  current = null;
  pendingNext = false;
  const play = lastPlay;
  if (session && !session.final) {
    session.final = { score: play.score, correctCount: play.correctCount };
    save();
  }
  fillEnd(play);
  let history = [...(session?.history ?? [])].sort((a, b) => a.n - b.n);
  // Answers released since this browser saw them are fetched again.
  const released = quiz.mode === 'assessed' && quiz.answersReleased && history.some((a) => a.correctChoiceId == null && !a.correct);
  if (session && (history.length < play.answeredCount || released)) {
    // Answered on another device or in a cleared browser: the server keeps the review.
    try {
      const r = await api('GET', `/api/plays/${encodeURIComponent(session.playId)}?review=1`, { token: session.playToken });
      history = r.review.map((/** @type {any} */ a) => ({ ...a, n: a.index + 1 }));
      session.history = history;
      save();
    } catch {
      // The note below says what is missing.
    }
  }
  const note = byId('review-note');
  note.hidden = history.length >= play.answeredCount;
  setText(note, 'Answers given on another device are not shown here.');
  byId('review').replaceChildren(...history.map(reviewItem));
  // An assessed quiz is one play per student: another play under a new name would be a second grade.
  byId('again').hidden = quiz.mode === 'assessed';
  showView('end-view');
  byId('end-title').focus();
  // Once per play: a reload of the end screen does not throw confetti again.
  if (isGoodResult(play) && session && !session.celebrated) {
    session.celebrated = true;
    save();
    celebrate();
  }
  api('GET', `/api/quizzes/${quiz.code}/leaderboard?limit=1`)
    .then((r) => play.rank && byId('end-rank').replaceChildren(ordinal(play.rank), ' ', h('small', { text: `of ${formatNumber(r.total)}` })))
    .catch(() => {});
  if (quiz.briefingFirst || readFirst || session?.readFirst) {
    const marks = new Map();
    for (const a of history) if (a.source?.statementId) marks.set(a.source.statementId, [...(marks.get(a.source.statementId) ?? []), a.n]);
    try {
      byId('end-briefing-body').replaceChildren(...renderBriefings(await loadBriefings(), marks));
      byId('end-briefing').hidden = false;
    } catch {
      // The review above already quotes every source.
    }
  }
}

byId('again').addEventListener('click', () => {
  if (quiz?.mode === 'assessed') return;
  if (quiz) playStore.clear(quiz.code);
  session = null;
  lastPlay = null;
  el.name.value = nickname();
  byId('reading').hidden = true;
  showJoin().then(() => el.name.focus());
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const target = /** @type {HTMLElement} */ (event.target);
  if (target.closest('input, textarea, select, [contenteditable]')) return;
  if (byId('question-view').hidden) return;
  if (!el.feedback.hidden) {
    if (event.key === 'Enter' && target === document.body) el.next.click();
    return;
  }
  if (answering || !current || event.key.length !== 1) return;
  const key = event.key.toUpperCase();
  const i = '123456'.includes(key) ? Number(key) - 1 : LETTERS.indexOf(key);
  const button = /** @type {HTMLButtonElement | undefined} */ (el.choices.querySelectorAll('button')[i]);
  if (i >= 0 && button && !button.disabled) {
    event.preventDefault();
    button.click();
  }
});

init();
