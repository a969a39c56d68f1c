// @ts-check
// /live/CODE: a player's screen of a live game — join, wait, answer on big buttons, see how it went.
// The token is kept in localStorage, so a reload, a dropped network or a closed tab comes back to
// the same player; a game lasts a lesson, and its end forgets it.
import { api } from './api.js';
import { CHOICE_LOOKS, LiveConnection, countdown, liveCodeFromPath } from './live-socket.js';
import { byId, h, nickname, ordinal } from './ui.js';

const code = liveCodeFromPath();
const storeKey = `debrief:live:${code}`;
const views = ['join-view', 'wait-view', 'question-view', 'result-view', 'end-view', 'fatal'];

/** @typedef {{ token: string, playerId: string, name: string }} Me */
/** @type {Me | null} */
let me = load();
/** @type {string | null} the name being joined with, until the server answers */
let joining = null;
/** @type {any} */
let question = null;
let stopTimer = () => {};
/** @type {string | null} where the game was when this screen last (re)joined */
let joinedIn = null;

/** @returns {Me | null} */
function load() {
  try {
    const v = JSON.parse(localStorage.getItem(storeKey) ?? 'null');
    return v && typeof v.token === 'string' ? v : null;
  } catch {
    return null;
  }
}
/** @param {Me | null} v */
function save(v) {
  me = v;
  try {
    if (v) localStorage.setItem(storeKey, JSON.stringify(v));
    else localStorage.removeItem(storeKey);
  } catch {
    // storage off: a reload asks for the name again
  }
}

/** @param {string} id @param {string} [focus] */
function show(id, focus) {
  byId('status').hidden = true;
  for (const v of views) byId(v).hidden = v !== id;
  if (focus) byId(focus).focus();
}

/** @param {string} title @param {string} text */
function fatal(title, text) {
  stopTimer();
  byId('fatal-title').textContent = title;
  byId('fatal-text').textContent = text;
  show('fatal');
}

const conn = new LiveConnection(
  code,
  () => (me ? { type: 'rejoin', token: me.token } : joining ? { type: 'join', name: joining } : null),
  onMessage,
  (state) => {
    const text = { connecting: 'Connecting…', open: '', retrying: 'Connection lost: reconnecting…', refused: '' }[state];
    byId('conn').textContent = text;
  },
);

/** @param {any} msg */
function onMessage(msg) {
  switch (msg.type) {
    case 'joined': {
      const rejoined = joining === null;
      save({ token: msg.token, playerId: msg.playerId, name: msg.name });
      joining = null;
      joinedIn = msg.state;
      byId('me-name').textContent = msg.name;
      byId('me-score').textContent = String(msg.score);
      if (msg.state === 'lobby') waiting('You are in!', 'Watch the screen at the front: the first question comes when your teacher starts.');
      // Coming back mid-game, the message after this one puts the screen where the game is.
      else if (!rejoined) waiting('You are in!', 'The game is under way: you play from the next question.');
      return;
    }
    case 'question':
      return showQuestion(msg);
    case 'ack':
      // Also after a reconnection, when the question was drawn afresh with its buttons open.
      lockIn(msg.choiceId);
      byId('q-locked').textContent = 'Locked in ✓ — the answer shows when the time is up.';
      return;
    case 'reveal':
      return showReveal(msg);
    case 'leaderboard':
      return showBoard(msg);
    case 'ended':
      return showEnd(msg);
    case 'error':
      return onError(msg);
  }
}

/** @param {string} title @param {string} text */
function waiting(title, text) {
  stopTimer();
  byId('wait-title').textContent = title;
  byId('wait-text').textContent = text;
  show('wait-view', 'wait-title');
}

/** @param {any} msg */
function onError(msg) {
  if (joining !== null && !me) {
    // The name was refused: ask again (the server closed that connection).
    joining = null;
    const err = byId('name-error');
    err.textContent = msg.message;
    byId('name').setAttribute('aria-invalid', 'true');
    /** @type {HTMLButtonElement} */ (byId('join')).disabled = false;
    show('join-view', 'name');
    return;
  }
  if (msg.code === 'forbidden' || msg.code === 'gone') {
    save(null);
    conn.stop();
    return fatal(msg.code === 'gone' ? 'The game is over' : 'You are out of this game', msg.message);
  }
  if (msg.code === 'conflict' && question) {
    byId('q-locked').textContent = msg.message;
    return;
  }
  byId('conn').textContent = msg.message;
}

/** @param {any} q */
function showQuestion(q) {
  question = q;
  stopTimer();
  byId('q-number').textContent = `${q.index + 1} of ${q.count}`;
  byId('q-prompt').textContent = q.prompt;
  byId('q-locked').textContent = '';
  const canAnswer = q.canAnswer !== false;
  byId('q-watch').hidden = canAnswer;
  const buttons = q.choices.map((/** @type {any} */ c, /** @type {number} */ i) => {
    const look = CHOICE_LOOKS[i % CHOICE_LOOKS.length];
    const b = h(
      'button',
      // Named by what it shows (letter, then text), so a voice command naming the button finds it.
      { type: 'button', class: `live-choice ${look.cls}`, 'data-id': c.id, disabled: !canAnswer },
      h('span', { class: 'live-shape', 'aria-hidden': 'true', text: look.shape }),
      h('span', { class: 'live-label', text: look.label }),
      h('span', { class: 'live-text', text: c.text }),
    );
    b.addEventListener('click', () => answer(q, c.id));
    return b;
  });
  byId('q-choices').replaceChildren(...buttons);
  stopTimer = countdown(q, (left) => {
    byId('q-timer').textContent = `${Math.ceil(left / 1000)} s`;
  });
  show('question-view', 'q-prompt');
}

/** @param {any} q @param {string} choiceId */
function answer(q, choiceId) {
  if (!conn.send({ type: 'answer', index: q.index, choiceId })) {
    byId('q-locked').textContent = 'Not connected: reconnecting, then try again.';
    return;
  }
  // Locked in at once: the server's ack follows as soon as the answer is stored.
  lockIn(choiceId);
  byId('q-locked').textContent = 'Locked in…';
}

/** @param {string} choiceId */
function lockIn(choiceId) {
  for (const b of byId('q-choices').querySelectorAll('button')) {
    const chosen = b.getAttribute('data-id') === choiceId;
    /** @type {HTMLButtonElement} */ (b).disabled = true;
    b.classList.toggle('is-chosen', chosen);
    b.classList.toggle('is-dim', !chosen);
  }
}

/** @param {any} r */
function showReveal(r) {
  stopTimer();
  const answered = r.choiceId !== null;
  // A question that cannot be answered is a late join's, or (coming back during a reveal) only
  // there to name the right answer.
  const late = question && question.canAnswer === false && question.index === r.index && joinedIn !== 'reveal';
  byId('r-card').className = `card live-result ${r.correct ? 'is-right' : 'is-wrong'}`;
  byId('r-title').textContent = late ? 'You play from the next question' : r.correct ? 'Right!' : answered ? 'Not this time' : 'Time is up';
  byId('r-points').textContent = r.correct ? `+${r.points} points` : '+0 points';
  byId('r-score').textContent = String(r.score);
  byId('me-score').textContent = String(r.score);
  byId('r-rank').textContent = r.rank ? ordinal(r.rank) : '–';
  byId('r-streak').textContent = String(r.streak);
  const right = question?.choices.find((/** @type {any} */ c) => c.id === r.correctChoiceId);
  byId('r-answer').textContent = right ? `The answer: ${right.text}` : '';
  byId('r-top').hidden = true;
  show('result-view', 'r-title');
}

/** @param {any} b */
function showBoard(b) {
  const list = byId('r-top');
  list.replaceChildren(
    ...b.top.map((/** @type {any} */ e) =>
      h(
        'li',
        {},
        h('span', { class: 'live-rank', text: ordinal(e.rank) }),
        h('span', { class: 'live-name', text: e.name }),
        h('span', { class: 'live-score', text: String(e.score) }),
      ),
    ),
  );
  list.hidden = false;
  if (b.you) {
    byId('r-title').textContent = `You are ${ordinal(b.you.rank)}`;
    byId('r-rank').textContent = ordinal(b.you.rank);
    byId('r-score').textContent = String(b.you.score);
  }
  byId('r-points').textContent = 'Next question coming up…';
  byId('r-answer').textContent = '';
  show('result-view', 'r-title');
}

/** @param {any} e */
function showEnd(e) {
  stopTimer();
  byId('e-text').textContent = e.rank
    ? `You finished ${ordinal(e.rank)} with ${e.score} points (${e.correctCount} right).`
    : `The game ended with ${e.score} points.`;
  byId('e-podium').replaceChildren(
    ...e.podium.map((/** @type {any} */ p) =>
      h(
        'li',
        {},
        h('span', { class: 'live-rank', text: ordinal(p.rank) }),
        h('span', { class: 'live-name', text: p.name }),
        h('span', { class: 'live-score', text: String(p.score) }),
      ),
    ),
  );
  show('end-view', 'e-title');
  conn.stop();
}

const nameInput = /** @type {HTMLInputElement} */ (byId('name'));
nameInput.addEventListener('input', () => {
  nameInput.removeAttribute('aria-invalid');
  byId('name-error').textContent = '';
});
byId('reroll').addEventListener('click', () => {
  nameInput.value = nickname();
});
byId('join-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const name = nameInput.value.trim();
  if (!name) {
    byId('name-error').textContent = 'Type a name, or keep a suggested one.';
    nameInput.setAttribute('aria-invalid', 'true');
    nameInput.focus();
    return;
  }
  joining = name;
  /** @type {HTMLButtonElement} */ (byId('join')).disabled = true;
  conn.connect();
});

async function start() {
  try {
    const { live } = await api('GET', `/api/live/${encodeURIComponent(code)}`);
    byId('game-code').textContent = live.code;
    byId('game-title').textContent = live.title;
    document.title = `${live.title} · Live · Debrief`;
    if (live.state === 'ended' && !me) return fatal('The game is over', 'This live game has ended. Ask your teacher for a new code.');
  } catch (e) {
    return fatal('This game cannot be joined', /** @type {Error} */ (e).message);
  }
  if (me) {
    byId('me-name').textContent = me.name;
    conn.connect();
    return;
  }
  nameInput.value = nickname();
  show('join-view');
}

start();
