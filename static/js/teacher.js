// @ts-check
// /t/CODE: a teacher's live view of one quiz — players, per-question accuracy, close/reopen, downloads.
import { api, ApiError } from './api.js';
import { confirmAction, openPlayer, STATE_LABELS } from './teacher-player.js';
import { h } from './ui.js';
import { rememberOpenedQuiz } from './your-quizzes.js';

const POLL_MS = 4000;
const SVG = 'http://www.w3.org/2000/svg';

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node|string)[]} [children]
 */
function el(tag, attrs = {}, children = []) {
  return h(tag, attrs, ...children);
}

/**
 * A horizontal bar as SVG: `parts` are [fraction, class] drawn left to right over a track.
 * @param {[number, string][]} parts
 * @param {string} label
 */
function bar(parts, label) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 10');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const track = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: '0', y: '0', width: '100', height: '10', rx: '2', class: 'tp-bar-bg' })) track.setAttribute(k, v);
  svg.append(track);
  let x = 0;
  for (const [fraction, cls] of parts) {
    const w = Math.max(0, Math.min(100 - x, fraction * 100));
    if (w <= 0) continue;
    const r = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: String(x), y: '0', width: String(w), height: '10', class: cls })) r.setAttribute(k, v);
    svg.append(r);
    x += w;
  }
  return svg;
}

/** @param {number} ms */
function duration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

const code = decodeURIComponent(location.pathname.split('/')[2] ?? '').toUpperCase();
const storageKey = `debrief.teacher.${code}`;
let key = '';
/** whether the key came in the address of this visit (a teacher link just opened) */
let fromLink = false;
/** @type {any} */
let quiz = null;
/** @type {number | undefined} */
let timer;

/** Takes the key out of the address bar (so it is not shown on a projector) and keeps it in this browser. */
function readKey() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromHash) {
    fromLink = true;
    remember(fromHash);
    history.replaceState(null, '', location.pathname);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(storageKey) ?? localStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

/** @param {string} k */
function remember(k) {
  try {
    sessionStorage.setItem(storageKey, k);
    localStorage.setItem(storageKey, k);
  } catch {
    // storage off: the key lives for this page only
  }
}

function forget() {
  try {
    sessionStorage.removeItem(storageKey);
    localStorage.removeItem(storageKey);
  } catch {
    // nothing stored
  }
}

/** @param {unknown} err */
function showError(err) {
  const box = $('dash-error');
  if (!err) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.textContent = err instanceof Error ? err.message : String(err);
  box.hidden = false;
}

function askForKey() {
  $('dashboard').hidden = true;
  $('key-form-section').hidden = false;
  $('toggle-closed').hidden = true;
  $('release-answers').hidden = true;
  $('refresh').hidden = true;
}

async function load() {
  try {
    const results = await api('GET', `/api/quizzes/${encodeURIComponent(code)}/results`, { token: key });
    showError(null);
    render(results);
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      forget();
      key = '';
      showError(new Error('This teacher key does not open this quiz. Paste the private teacher link you were given when you created it.'));
      askForKey();
      return;
    }
    if (err instanceof ApiError && err.status === 404) {
      $('quiz-title').textContent = 'No quiz has this code';
      showError(err);
      return;
    }
    showError(err);
  } finally {
    schedule();
  }
}

function schedule() {
  clearTimeout(timer);
  if (key && quiz && !quiz.closed && document.visibilityState === 'visible') timer = window.setTimeout(load, POLL_MS);
}

/** @param {any} data */
function render(data) {
  quiz = data.quiz;
  // A teacher link opened here joins "Your quizzes" on this browser's home page.
  if (fromLink) rememberOpenedQuiz(quiz, `/t/${quiz.code}#key=${key}`);
  $('key-form-section').hidden = true;
  $('dashboard').hidden = false;
  $('refresh').hidden = false;
  document.title = `${quiz.title} · Teacher dashboard · Debrief`;
  $('quiz-code').textContent = quiz.code;
  $('empty-code').textContent = quiz.code;
  $('quiz-title').textContent = quiz.title;
  const state = $('quiz-state');
  state.textContent = quiz.closed ? 'Closed' : 'Open';
  state.className = `tp-badge ${quiz.closed ? 'tp-closed' : 'tp-open'}`;
  const closes = quiz.closesAt && !quiz.closed ? ` · closes ${new Date(quiz.closesAt).toLocaleString()}` : '';
  $('quiz-meta').textContent = `${quiz.questionCount} questions · ${quiz.timeLimitSec} s each · ${quiz.mode} · ${quiz.scoring} scoring${closes}`;
  const toggle = $('toggle-closed');
  toggle.hidden = false;
  toggle.textContent = quiz.closed ? 'Reopen the quiz' : 'Close the quiz';
  toggle.className = quiz.closed ? 'tp-primary' : 'tp-danger';
  // Assessed answers stay hidden from students until released here or the quiz closes.
  $('release-answers').hidden = quiz.mode !== 'assessed' || quiz.answersReleased;
  /** @type {HTMLInputElement} */ ($('play-link')).value = `${location.origin}/q/${quiz.code}`;
  const teacherLink = /** @type {HTMLAnchorElement} */ ($('teacher-link'));
  teacherLink.href = `${location.origin}/t/${quiz.code}#key=${key}`;
  teacherLink.textContent = `Teacher link: ${quiz.title}`;
  /** @type {HTMLAnchorElement} */ ($('leaderboard-link')).href = `/q/${quiz.code}/leaderboard`;

  const plays = /** @type {any[]} */ (data.plays);
  const answered = plays.reduce((n, p) => n + p.answeredCount, 0);
  const right = plays.reduce((n, p) => n + p.correctCount, 0);
  $('stat-players').textContent = String(plays.length);
  // Plays that stopped at the close or were abandoned show in the table, not here.
  $('stat-finished').textContent = String(plays.filter((p) => p.state === 'finished').length);
  $('stat-accuracy').textContent = answered ? `${Math.round((right / answered) * 100)}%` : '–';
  $('stat-questions').textContent = String(quiz.questionCount);

  const now = Date.now();
  $('players').replaceChildren(
    ...plays.map((p) => {
      const progress = p.questionCount ? p.answeredCount / p.questionCount : 0;
      const time = p.finishedAt
        ? duration(p.durationMs ?? Date.parse(p.finishedAt) - Date.parse(p.startedAt))
        : `${duration(now - Date.parse(p.startedAt))} playing`;
      const state = STATE_LABELS[p.state] ?? p.state;
      // A play that ended early says so, with how far it got.
      const label = p.state === 'finished' ? 'finished' : `${state} · ${p.answeredCount}/${p.questionCount}`;
      const name = el('button', { type: 'button', class: 'tp-link', 'aria-haspopup': 'dialog', text: p.name });
      name.addEventListener('click', () => openPlayer({ code, key, playId: p.id, onRemoved: playerRemoved(p.name) }));
      return el('tr', {}, [
        el('td', { class: 'tp-num', text: p.rank ? String(p.rank) : '–' }),
        el('td', {}, [name]),
        el('td', { class: 'tp-num', text: p.score.toLocaleString() }),
        el('td', { class: 'tp-num', text: `${p.correctCount} / ${p.questionCount}` }),
        el('td', {}, [
          el('div', { class: 'tp-progress' }, [
            bar([[progress, p.state === 'finished' ? 'tp-bar-good' : 'tp-bar-fill']], `${p.answeredCount} of ${p.questionCount} answered`),
            el('span', { class: `tp-state tp-state-${p.state}`, text: label }),
          ]),
        ]),
        el('td', { class: 'tp-num tp-col-time', text: time }),
      ]);
    }),
  );
  $('no-players').hidden = plays.length > 0;

  $('accuracy').replaceChildren(
    ...data.questions.map((/** @type {any} */ q) => {
      const rate = q.correctRate;
      const pct = rate === null ? '–' : `${Math.round(rate * 100)}%`;
      const label = rate === null ? `Question ${q.index + 1}: no answers yet` : `Question ${q.index + 1}: ${pct} right of ${q.answered}`;
      const item = el('li', {}, [
        el('div', { class: 'tp-acc-line' }, [el('span', { text: `${q.index + 1}. ${q.prompt}` }), el('b', { text: pct })]),
        bar(
          rate === null
            ? []
            : [
                [rate, 'tp-bar-good'],
                [1 - rate, 'tp-bar-bad'],
              ],
          label,
        ),
      ]);
      const correct = q.choices.find((/** @type {any} */ c) => c.id === q.correctChoiceId);
      const detail = [`${q.answered} answer${q.answered === 1 ? '' : 's'} · right answer: ${correct?.text ?? '?'}`];
      if (q.topWrongChoice) detail.push(`most chosen wrong answer: ${q.topWrongChoice.text} (${q.topWrongChoice.count})`);
      item.append(el('p', { class: 'tp-wrong', text: detail.join(' · ') }));
      return item;
    }),
  );
  $('updated').textContent = `Updated ${new Date().toLocaleTimeString()}${quiz.closed ? '' : ' · refreshes every few seconds while the quiz is open'}`;
}

/** @param {string} name */
function playerRemoved(name) {
  return () => {
    $('share-status').textContent = '';
    $('updated').textContent = `Removed ${name}’s play.`;
    load();
  };
}

async function toggleClosed() {
  if (!quiz) return;
  const button = /** @type {HTMLButtonElement} */ ($('toggle-closed'));
  const closing = !quiz.closed;
  if (
    closing &&
    !(await confirmAction({
      title: 'Close the quiz?',
      text: 'No one new can join. Players still playing stop where they are and see their results; their answers so far count. You can reopen the quiz later.',
      ok: 'Close the quiz',
    }))
  ) {
    return;
  }
  button.disabled = true;
  try {
    // A past closing time would keep the quiz closed after a reopen, so reopening clears it.
    const body = closing ? { closed: true } : { closed: false, ...(quiz.closesAt && Date.parse(quiz.closesAt) <= Date.now() ? { closesAt: null } : {}) };
    await api('PATCH', `/api/quizzes/${encodeURIComponent(code)}`, { body, token: key });
    $('share-status').textContent = closing ? 'The quiz is closed: no new players or answers.' : 'The quiz is open again.';
    await load();
  } catch (err) {
    showError(err);
  } finally {
    button.disabled = false;
  }
}

async function releaseAnswers() {
  if (!quiz) return;
  const button = /** @type {HTMLButtonElement} */ ($('release-answers'));
  button.disabled = true;
  try {
    await api('PATCH', `/api/quizzes/${encodeURIComponent(code)}`, { body: { answersReleased: true }, token: key });
    $('share-status').textContent = 'Students now see the right answers, explanations and sources in their review.';
    await load();
  } catch (err) {
    showError(err);
  } finally {
    button.disabled = false;
  }
}

/**
 * Files need the key in a header, so they are fetched and handed to the browser as a download
 * (api.js reads JSON only).
 * @param {string} path
 * @param {string} fallbackName
 */
async function download(path, fallbackName) {
  const status = $('share-status');
  status.textContent = 'Preparing the file…';
  try {
    const res = await fetch(path, { headers: { authorization: `Bearer ${key}` } });
    if (!res.ok) {
      const data = await res.json().catch(() => null);
      throw new ApiError(res.status, data?.error?.code ?? 'error', data?.error?.message ?? `The server answered ${res.status}.`);
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
    const url = URL.createObjectURL(await res.blob());
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    /** @type {HTMLAnchorElement} */ (a).click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = `Downloaded ${name}.`;
  } catch (err) {
    status.textContent = '';
    showError(err);
  }
}

/** @param {string} raw */
function keyFrom(raw) {
  const text = raw.trim();
  const m = /#key=([A-Za-z0-9_-]+)/.exec(text);
  return m ? m[1] : text;
}

$('refresh').addEventListener('click', () => load());
$('toggle-closed').addEventListener('click', toggleClosed);
$('release-answers').addEventListener('click', releaseAnswers);
$('download-csv').addEventListener('click', () => download(`/api/quizzes/${encodeURIComponent(code)}/results.csv`, `debrief-${code}-results.csv`));
$('download-answers').addEventListener('click', () =>
  download(`/api/quizzes/${encodeURIComponent(code)}/results.csv?detail=answers`, `debrief-${code}-answers.csv`),
);
$('copy-teacher').addEventListener('click', async () => {
  const link = /** @type {HTMLAnchorElement} */ ($('teacher-link')).href;
  try {
    await navigator.clipboard.writeText(link);
    $('keep-status').textContent = 'Copied. Keep it somewhere private, such as your notes or an email to yourself.';
  } catch {
    $('keep-status').textContent = `Copy this link: ${link}`;
  }
});
$('export').addEventListener('click', () => {
  const format = /** @type {HTMLSelectElement} */ ($('export-format')).value;
  download(`/api/quizzes/${encodeURIComponent(code)}/export?format=${format}`, `debrief-${code}.${format}`);
});
// A new live game each time (an empty lobby left open gives way): the host screen finds the key where this page keeps it.
$('host-live').addEventListener('click', async () => {
  const button = /** @type {HTMLButtonElement} */ ($('host-live'));
  button.disabled = true;
  $('share-status').textContent = 'Starting a live game…';
  try {
    const { links } = await api('POST', `/api/quizzes/${encodeURIComponent(code)}/live`, { token: key });
    location.assign(links.host);
  } catch (err) {
    $('share-status').textContent = '';
    showError(err);
    button.disabled = false;
  }
});
$('copy-play').addEventListener('click', async () => {
  const field = /** @type {HTMLInputElement} */ ($('play-link'));
  try {
    await navigator.clipboard.writeText(field.value);
    $('share-status').textContent = 'Copied.';
  } catch {
    field.select();
    $('share-status').textContent = 'Select the link and copy it (Ctrl+C or ⌘C).';
  }
});
$('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const k = keyFrom(/** @type {HTMLInputElement} */ ($('key-input')).value);
  if (!k) return;
  key = k;
  remember(k);
  load();
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') load();
  else clearTimeout(timer);
});

$('quiz-code').textContent = code;
key = readKey();
// Just arrived from the teacher link (usually right after creating the quiz): say how to keep it.
/** @type {HTMLDetailsElement} */ ($('keep')).open = fromLink;
if (key) load();
else {
  $('quiz-title').textContent = `Quiz ${code}`;
  askForKey();
}
