// @ts-check
// A briefing's page: its statements (each addressable as /b/ID#statementId), its public quiz
// and the best players across every quiz made from it.
import { api } from './api.js';
import { byId, fillLeaderboard, formatDate, h, setText } from './ui.js';

const id = decodeURIComponent(location.pathname.split('/')[2] ?? '');

async function init() {
  let briefing;
  try {
    briefing = (await api('GET', `/api/briefings/${encodeURIComponent(id)}`)).briefing;
  } catch (e) {
    const err = /** @type {import('./api.js').ApiError} */ (e);
    byId('status').hidden = true;
    setText(byId('fatal-text'), err.status === 404 ? 'No briefing has this address. Check the link.' : err.message);
    byId('fatal').hidden = false;
    return;
  }
  document.title = `${briefing.title} · Debrief`;
  setText(byId('title'), briefing.title);
  setText(byId('date'), formatDate(briefing.date));
  setText(byId('counts'), `${briefing.statementCount} statements · ${briefing.questionCount} questions`);
  setText(byId('summary'), briefing.summary);
  const play = byId('play');
  if (briefing.publicQuizCode) {
    play.setAttribute('href', `/q/${briefing.publicQuizCode}`);
    play.hidden = false;
  }
  byId('statements').replaceChildren(...briefing.statements.map((/** @type {any} */ s) => h('li', { id: s.id, text: s.text })));
  byId('status').hidden = true;
  byId('briefing').hidden = false;
  // The fragment names a statement, which exists only now.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) {
    target.classList.add('is-source');
    target.scrollIntoView({ block: 'center' });
  }
  try {
    const { entries } = await api('GET', `/api/briefings/${encodeURIComponent(briefing.id)}/leaderboard?limit=20`);
    fillLeaderboard(byId('rows'), entries);
    byId('empty').hidden = entries.length > 0;
    byId('best-table').hidden = entries.length === 0;
    byId('best').hidden = false;
  } catch {
    // The leaderboard is extra; the briefing stands without it.
  }
}

init();
