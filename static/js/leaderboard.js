// @ts-check
// A quiz's leaderboard: podium, table, the viewer's own row; refreshed while the page is open.
import { api } from './api.js';
import { byId, codeFromPath, fillLeaderboard, formatDuration, formatNumber, h, ordinal, playStore, setText } from './ui.js';

const REFRESH_MS = 5000;
let code = codeFromPath();
let timer = 0;

/** The stored play of this browser, matched by name and final result (entries carry no play id). */
function mine() {
  const saved = playStore.get(code);
  if (!saved?.final) return () => false;
  const { score, correctCount } = saved.final;
  let used = false;
  return (/** @type {any} */ e) => {
    if (used || e.name !== saved.name || e.score !== score || e.correctCount !== correctCount) return false;
    used = true;
    return true;
  };
}

/** @param {any[]} top @param {(e: any) => boolean} isYou */
function podium(top, isYou) {
  return top.map((e, i) => {
    const you = isYou(e);
    return h(
      'li',
      { class: `p${i + 1}${you ? ' is-you' : ''}` },
      h('span', { class: 'medal', 'aria-hidden': 'true', text: e.rank }),
      h(
        'span',
        { class: 'who' },
        h('span', { class: 'vh', text: `${ordinal(e.rank)}: ` }),
        h('strong', {}, e.name, you ? h('span', { class: 'vh', text: ' (you)' }) : null),
        h('span', { class: 'muted', text: `${formatNumber(e.score)} points · ${e.correctCount}/${e.questionCount} · ${formatDuration(e.durationMs)}` }),
      ),
    );
  });
}

async function refresh() {
  try {
    const { entries } = await api('GET', `/api/quizzes/${code}/leaderboard?limit=100`);
    byId('podium').replaceChildren(...podium(entries.slice(0, 3), mine()));
    byId('podium').hidden = entries.length === 0;
    fillLeaderboard(byId('rows'), entries, mine());
    byId('empty').hidden = entries.length > 0;
    setText(byId('updated'), `Updated ${new Date().toLocaleTimeString()}`);
  } catch (e) {
    setText(byId('updated'), `Could not refresh: ${/** @type {Error} */ (e).message}`);
  }
}

function schedule() {
  clearInterval(timer);
  if (document.visibilityState === 'visible') timer = window.setInterval(refresh, REFRESH_MS);
}

async function init() {
  let quiz;
  try {
    quiz = (await api('GET', `/api/quizzes/${encodeURIComponent(code)}`)).quiz;
  } catch (e) {
    const err = /** @type {import('./api.js').ApiError} */ (e);
    byId('status').hidden = true;
    setText(byId('fatal-text'), err.status === 404 ? `No quiz has the code ${code}.` : err.message);
    byId('fatal').hidden = false;
    return;
  }
  code = quiz.code;
  document.title = `Leaderboard: ${quiz.title} · Debrief`;
  setText(byId('quiz-code'), code);
  setText(byId('title'), quiz.title);
  for (const a of document.querySelectorAll('.play-link, #nav-play')) a.setAttribute('href', `/q/${code}`);
  await refresh();
  byId('status').hidden = true;
  byId('board').hidden = false;
  schedule();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
    schedule();
  });
}

init();
