// @ts-check
// The operator's page: approve, unlist or delete briefings; close, reopen or reset a quiz;
// remove leaderboard entries. Every action is an /api/admin route behind the operator key.
import { api } from './api.js';
import { byId, h, setText } from './ui.js';

const STORE = 'debrief.operator';
let key = sessionStorage.getItem(STORE) ?? '';

/** @param {unknown} err */
function showError(err) {
  const box = byId('error');
  setText(box, err instanceof Error ? err.message : String(err));
  box.hidden = false;
}

/** @param {string} text */
function done(text) {
  byId('error').hidden = true;
  setText(byId('status'), text);
}

/** @param {any} b */
function briefingItem(b) {
  const waiting = b.listed && !b.approved;
  const state = waiting ? 'waiting for approval' : `${b.listed ? 'listed' : 'unlisted'} · ${b.approved ? 'approved' : 'not approved'}`;
  /** @param {string} label @param {() => Promise<unknown>} act @param {string} [cls] */
  const button = (label, act, cls) => {
    const el = h('button', { type: 'button', class: cls ?? null, text: label });
    el.addEventListener('click', async () => {
      try {
        await act();
        await load();
        done(`${label}: ${b.title}`);
      } catch (err) {
        showError(err);
      }
    });
    return el;
  };
  const path = `/api/admin/briefings/${encodeURIComponent(b.id)}`;
  return h(
    'li',
    {},
    h('strong', { text: b.title }),
    ' ',
    h('span', { class: 'tp-hint', text: `${b.date ?? 'undated'} · ${state} · ${b.id}` }),
    ' ',
    b.approved
      ? button('Withdraw approval', () => api('PATCH', path, { body: { approved: false }, token: key }))
      : button('Approve', () => api('PATCH', path, { body: { approved: true }, token: key }), 'tp-primary'),
    ' ',
    b.listed
      ? button('Unlist', () => api('PATCH', path, { body: { listed: false }, token: key }))
      : button('List', () => api('PATCH', path, { body: { listed: true }, token: key })),
    ' ',
    button(
      'Delete',
      async () => {
        if (confirm(`Delete “${b.title}” and its question bank?`)) await api('DELETE', path, { token: key });
      },
      'tp-danger',
    ),
  );
}

async function load() {
  const r = await api('GET', '/api/admin/briefings?limit=100', { token: key });
  byId('briefings').replaceChildren(...r.briefings.map(briefingItem));
  byId('panel').hidden = false;
  byId('key-section').hidden = true;
}

byId('key-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  key = /** @type {HTMLInputElement} */ (byId('key-input')).value.trim();
  try {
    await load();
    sessionStorage.setItem(STORE, key);
    done('Opened.');
  } catch (err) {
    showError(err);
  }
});

/** @param {string} code */
async function showPlays(code) {
  const r = await api('GET', `/api/admin/quizzes/${encodeURIComponent(code)}/plays`, { token: key });
  byId('plays').replaceChildren(
    ...r.plays.map((/** @type {any} */ p) => {
      const remove = h('button', { type: 'button', class: 'tp-danger', text: 'Remove' });
      remove.addEventListener('click', async () => {
        try {
          await api('DELETE', `/api/admin/plays/${encodeURIComponent(p.id)}`, { token: key });
          await showPlays(code);
          done(`Removed ${p.name}.`);
        } catch (err) {
          showError(err);
        }
      });
      return h(
        'li',
        {},
        h('strong', { text: p.name }),
        ' ',
        h('span', { class: 'tp-hint', text: `${p.score} points · ${p.finishedAt ? 'finished' : 'playing'}` }),
        ' ',
        remove,
      );
    }),
  );
  done(`${r.quiz.code}: ${r.quiz.closed ? 'closed' : 'open'}, ${r.plays.length} plays.`);
}

byId('quiz-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const action = /** @type {HTMLButtonElement | null} */ (/** @type {SubmitEvent} */ (e).submitter)?.dataset.action ?? 'plays';
  const code = /** @type {HTMLInputElement} */ (byId('quiz-code')).value.trim();
  try {
    if (action === 'plays') return await showPlays(code);
    if (action === 'reset' && !confirm(`Remove every play of ${code}?`)) return;
    const body = action === 'reset' ? { reset: true } : { closed: action === 'close' };
    await api('PATCH', `/api/admin/quizzes/${encodeURIComponent(code)}`, { body, token: key });
    await showPlays(code);
  } catch (err) {
    showError(err);
  }
});

if (key) load().catch(() => sessionStorage.removeItem(STORE));
