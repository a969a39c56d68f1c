// @ts-check
// /new, step 4: the quiz made, its links, QR code and class list to share.
import { rememberQuiz } from './your-quizzes.js';

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

/** @param {{ quiz: { code: string, title: string }, teacherKey: string, links: { play: string, teacher: string, leaderboard: string } }} created */
export function showShare(created) {
  const { quiz, teacherKey, links } = created;
  try {
    localStorage.setItem(`debrief.teacher.${quiz.code}`, teacherKey);
  } catch {
    // storage may be off (private mode); the link still works
  }
  rememberQuiz(quiz, links.teacher);
  const origin = location.origin;
  $('share-code').textContent = quiz.code;
  input('play-link').value = origin + links.play;
  input('teacher-link').value = origin + links.teacher;
  /** @type {HTMLAnchorElement} */ ($('open-play')).href = links.play;
  /** @type {HTMLAnchorElement} */ ($('open-leaderboard')).href = links.leaderboard;
  /** @type {HTMLAnchorElement} */ ($('open-dashboard')).href = links.teacher;
  const qr = /** @type {HTMLImageElement} */ ($('share-qr'));
  qr.src = `/api/quizzes/${encodeURIComponent(quiz.code)}/qr.svg`;
  qr.alt = `QR code that opens ${origin}${links.play}`;
  const roster = /** @type {{ name: string, link: string }[] | undefined} */ (/** @type {any} */ (created).roster);
  $('roster-card').hidden = !roster;
  /** @type {HTMLTextAreaElement} */ ($('roster-links')).value = (roster ?? []).map((r) => `${r.name}\t${origin}${r.link}`).join('\n');
}

/** @param {string} text */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function setUpCopy() {
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const field = input(/** @type {string} */ (button.getAttribute('data-copy')));
      const ok = await copyText(field.value);
      if (!ok) field.select();
      $('copy-status').textContent = ok ? 'Copied.' : 'Select the text and copy it (Ctrl+C or ⌘C).';
    });
  }
}
