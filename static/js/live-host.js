// @ts-check
// /live/CODE/host: the projector screen of a live game. The host identifies with the quiz's
// teacher key (kept in this browser like the dashboard's), so a reload reattaches to the game.
import { api } from './api.js';
import { CHOICE_LOOKS, LiveConnection, countdown, liveCodeFromPath } from './live-socket.js';
import { LiveSound, TICK_SECONDS } from './live-sound.js';
import { byId, h, ordinal } from './ui.js';

const code = liveCodeFromPath();
const views = ['key-view', 'lobby-view', 'question-view', 'reveal-view', 'board-view', 'end-view', 'fatal'];
let key = '';
/** @type {any} */
let live = null;
/** @type {any} */
let question = null;
/** @type {any[]} */
let players = [];
let phase = 'lobby';
/** the question the game is at (-1 in the lobby): a next names the step it leaves, so a double press steps once */
let at = -1;
/** the last question whose reveal was shown */
let shownReveal = -1;
let stopTimer = () => {};
const sound = new LiveSound(/** @type {HTMLButtonElement} */ (byId('sound')));
// Audio may start only from a press on the page: the first one after a reload starts it.
document.addEventListener('pointerdown', () => sound.unlock());
document.addEventListener('keydown', () => sound.unlock());

/** @param {string} id */
function show(id) {
  byId('status').hidden = true;
  for (const v of views) byId(v).hidden = v !== id;
  const playing = id !== 'key-view' && id !== 'fatal';
  byId('players-panel').hidden = !playing || id === 'lobby-view';
  byId('end').hidden = !playing || id === 'end-view';
  byId('keys-hint').hidden = !playing || id === 'end-view';
}

/** @param {string} text */
function fatal(text) {
  byId('fatal-text').textContent = text;
  show('fatal');
}

const teacherKeyStore = () => `debrief.teacher.${live.quizCode}`;
function storedKey() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromHash) {
    // Out of the address bar before the projector shows it.
    history.replaceState(null, '', location.pathname);
    remember(fromHash);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(teacherKeyStore()) ?? localStorage.getItem(teacherKeyStore()) ?? '';
  } catch {
    return '';
  }
}
/** @param {string} k */
function remember(k) {
  try {
    sessionStorage.setItem(teacherKeyStore(), k);
  } catch {
    // storage off: the key lives for this page only
  }
}

const conn = new LiveConnection(
  code,
  () => (key ? { type: 'host', key } : null),
  onMessage,
  (state, reason) => {
    byId('conn').textContent = {
      connecting: 'Connecting…',
      open: '',
      retrying: 'Connection lost: reconnecting…',
      refused: reason ? `Disconnected: ${reason}` : 'Disconnected',
    }[state];
  },
);

/** @param {any} msg */
function onMessage(msg) {
  switch (msg.type) {
    case 'lobby':
      players = msg.players;
      phase = msg.state;
      renderPlayers();
      if (msg.state === 'lobby') show('lobby-view');
      return;
    case 'question':
      phase = 'question';
      at = msg.index;
      return showQuestion(msg);
    case 'progress':
      byId('hq-answered').textContent = `${msg.answered} / ${msg.players}`;
      return;
    case 'reveal':
      phase = 'reveal';
      at = msg.index;
      return showReveal(msg);
    case 'leaderboard':
      phase = 'leaderboard';
      at = msg.index;
      return showBoard(msg);
    case 'ended':
      phase = 'ended';
      renderPlayers();
      return showEnd(msg);
    case 'error':
      if (msg.code === 'forbidden' && !live.started) {
        key = '';
        byId('key-error').textContent = msg.message;
        show('key-view');
        return;
      }
      // A step already taken (a double press, a second host screen): the game's next message shows where it is.
      if (msg.code === 'conflict') return;
      byId('conn').textContent = msg.message;
  }
}

function renderPlayers() {
  const connected = players.filter((p) => p.connected).length;
  byId('lobby-count').textContent = players.length
    ? `${players.length} player${players.length === 1 ? '' : 's'}${connected < players.length ? ` (${connected} connected)` : ''}`
    : 'Waiting for players…';
  byId('panel-count').textContent = String(players.length);
  /** @type {HTMLButtonElement} */ (byId('start')).disabled = players.length === 0;
  const item = (/** @type {any} */ p) =>
    // After the end there is no one left to remove.
    h('li', { class: p.connected ? 'live-name-chip' : 'live-name-chip is-away' }, h('span', { text: p.name }), phase === 'ended' ? null : kickButton(p));
  byId('lobby-players').replaceChildren(...players.map(item));
  byId('panel-players').replaceChildren(...players.map(item));
}

/** @param {any} p */
function kickButton(p) {
  const b = h('button', { type: 'button', class: 'live-kick', 'aria-label': `Remove ${p.name}`, title: `Remove ${p.name}`, text: '×' });
  b.addEventListener('click', () => {
    if (confirm(`Remove ${p.name} from the game?`)) conn.send({ type: 'kick', playerId: p.id });
  });
  return b;
}

/** @param {any} q @param {HTMLElement} list @param {(c: any, i: number) => Node[]} extra */
function choiceItems(q, list, extra) {
  list.replaceChildren(
    ...q.choices.map((/** @type {any} */ c, /** @type {number} */ i) => {
      const look = CHOICE_LOOKS[i % CHOICE_LOOKS.length];
      return h(
        'li',
        { class: `live-host-choice ${look.cls}`, 'data-id': c.id },
        h('span', { class: 'live-shape', 'aria-hidden': 'true', text: look.shape }),
        // The same letter as on the phones, so "the answer is B" needs no colour to follow.
        h('span', { class: 'live-label', text: look.label }),
        h('span', { class: 'vh', text: `, ${look.name}: ` }),
        h('span', { class: 'live-text', text: c.text }),
        ...extra(c, i),
      );
    }),
  );
}

/** @param {any} q */
function showQuestion(q) {
  live.started = true;
  question = q;
  stopTimer();
  byId('hq-number').textContent = `${q.index + 1} of ${q.count}`;
  byId('hq-prompt').textContent = q.prompt;
  byId('hq-answered').textContent = '0';
  choiceItems(q, byId('hq-choices'), () => []);
  let heard = Math.ceil((Date.parse(q.endsAt) - Date.parse(q.serverTime)) / 1000);
  stopTimer = countdown(q, (left, fraction) => {
    const el = byId('hq-timer');
    const seconds = Math.ceil(left / 1000);
    el.textContent = String(seconds);
    if (seconds < heard && seconds > 0 && seconds <= TICK_SECONDS) sound.tick(seconds);
    heard = Math.min(heard, seconds);
    el.classList.toggle('is-low', fraction < 0.25);
  });
  show('question-view');
}

/** @param {any} r */
function showReveal(r) {
  live.started = true;
  stopTimer();
  byId('hr-prompt').textContent = question.prompt;
  byId('hr-number').textContent = `${r.index + 1} of ${question.count}`;
  const total = Object.values(r.counts).reduce((/** @type {number} */ a, /** @type {any} */ b) => a + b, 0);
  const q = question;
  choiceItems(q, byId('hr-choices'), (c) => {
    const n = r.counts[c.id] ?? 0;
    const right = c.id === r.correctChoiceId;
    const bar = h('span', { class: 'live-dist' }, h('span', { class: 'live-dist-fill' }));
    /** @type {HTMLElement} */ (bar.firstChild).style.width = `${total ? (100 * n) / total : 0}%`;
    return [
      bar,
      h('span', { class: 'live-dist-n', text: `${n}` }),
      right ? h('span', { class: 'live-right', text: '✓ Right answer' }) : h('span', { class: 'vh', text: ' (wrong)' }),
    ];
  });
  for (const li of byId('hr-choices').children) li.classList.toggle('is-right', li.getAttribute('data-id') === r.correctChoiceId);
  byId('hr-source').textContent = r.source.text;
  byId('hr-explanation').textContent = r.explanation;
  // A reveal sent again on a reconnect is no news: the chime is for the moment itself.
  if (shownReveal !== r.index) sound.chime();
  shownReveal = r.index;
  const last = r.index + 1 >= question.count;
  byId('after-reveal').textContent = last ? 'Show the podium' : 'Show the top five';
  show('reveal-view');
}

/** @param {any} b */
function showBoard(b) {
  live.started = true;
  stopTimer();
  byId('board').replaceChildren(
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
  show('board-view');
}

/** @param {any} e */
function showEnd(e) {
  stopTimer();
  const order = [1, 0, 2];
  const podium = e.podium.slice(0, 3);
  byId('podium').replaceChildren(
    ...order
      .filter((i) => podium[i])
      .map((i) =>
        h(
          'li',
          { class: `live-step step-${i + 1}` },
          h('span', { class: 'live-name', text: podium[i].name }),
          h('span', { class: 'live-score', text: `${podium[i].score} points` }),
          h('span', { class: 'live-step-rank', text: ordinal(podium[i].rank) }),
        ),
      ),
  );
  byId('end-text').textContent = e.players
    ? `${e.players} player${e.players === 1 ? '' : 's'} took part. Their plays are in the quiz's results.`
    : 'Nobody played this time.';
  /** @type {HTMLAnchorElement} */ (byId('results-link')).href = `/t/${live.quizCode}`;
  celebrate();
  show('end-view');
  conn.stop();
}

/** A short burst of confetti; nothing moves when the viewer prefers reduced motion. */
function celebrate() {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const box = byId('confetti');
  box.replaceChildren(
    ...Array.from({ length: 60 }, (_, i) => {
      const s = h('span', { class: `bit c${i % 4}` });
      s.style.left = `${Math.random() * 100}%`;
      s.style.animationDelay = `${Math.random() * 0.8}s`;
      return s;
    }),
  );
  setTimeout(() => box.replaceChildren(), 4000);
}

function advance() {
  if (phase === 'lobby') conn.send({ type: 'start' });
  else if (phase !== 'ended') conn.send({ type: 'next', phase, index: at });
}

byId('start').addEventListener('click', advance);
byId('reveal-now').addEventListener('click', advance);
byId('after-reveal').addEventListener('click', advance);
byId('next-question').addEventListener('click', advance);
byId('end').addEventListener('click', () => {
  if (confirm('End the game now? Everyone sees the podium, and the plays so far go into the results.')) conn.send({ type: 'end' });
});
document.addEventListener('keydown', (e) => {
  const t = /** @type {HTMLElement} */ (e.target);
  // Keys typed into a field or pressed on a button do their own thing.
  if (t.closest('input, button, select, textarea, summary, a') || e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key !== ' ' && e.key !== 'Enter') return;
  if (byId('key-view').hidden === false || byId('fatal').hidden === false) return;
  e.preventDefault();
  if (phase === 'lobby' && !players.length) return;
  advance();
});
byId('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const k = /** @type {HTMLInputElement} */ (byId('key-input')).value.trim();
  if (!k) return;
  key = k;
  remember(k);
  byId('key-error').textContent = '';
  conn.connect();
});

async function start() {
  try {
    ({ live } = await api('GET', `/api/live/${encodeURIComponent(code)}`));
  } catch (e) {
    return fatal(/** @type {Error} */ (e).message);
  }
  document.title = `${live.title} · Host · Debrief`;
  byId('lobby-title').textContent = live.title;
  byId('join-url').textContent = `${location.host}/live/${live.code}`;
  byId('join-code').textContent = live.code;
  /** @type {HTMLImageElement} */ (byId('qr')).src = `/api/live/${encodeURIComponent(live.code)}/qr.svg`;
  /** @type {HTMLImageElement} */ (byId('qr')).alt = `QR code of the join link ${location.host}/live/${live.code}`;
  key = storedKey();
  if (!key) return show('key-view');
  conn.connect();
}

start();
