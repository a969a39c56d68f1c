// @ts-check
// What the play page draws from data alone: a question's choices, the briefings with the
// statements the questions came from, and the review of the answers given.
import { formatDate, h } from './ui.js';

export const LETTERS = 'ABCDEF';
/** @type {Record<import('../../src/domain/types').QuestionKind, string>} */
export const KIND_LABELS = {
  quote: 'Complete the quote',
  attribution: 'Who said it?',
  cloze: 'Fill the gap',
  true_false: 'True or false?',
  number: 'Which figure?',
  date: 'When?',
  timeline: 'Which came first?',
  position: 'Who did what?',
};

/**
 * The answer buttons of a question, each with its key (A–F, or 1–6).
 * @param {{ choices: { id: string, text: string }[] }} q
 */
export function choiceItems(q) {
  return q.choices.map((c, i) =>
    h(
      'li',
      {},
      h(
        'button',
        { class: 'choice', type: 'button', 'data-id': c.id, 'aria-keyshortcuts': `${i + 1} ${LETTERS[i]}` },
        h('span', { class: 'choice-key', 'aria-hidden': 'true', text: LETTERS[i] }),
        h('span', { class: 'choice-text', text: c.text }),
        h('span', { class: 'choice-mark' }),
      ),
    ),
  );
}

/**
 * Marks the answered question's buttons: right, wrong or out of play.
 * @param {HTMLButtonElement[]} buttons
 * @param {string | null} choiceId the player's choice (null: the time ran out)
 * @param {{ correct: boolean, correctChoiceId?: string | null }} r the answer response
 */
export function markChoices(buttons, choiceId, r) {
  for (const b of buttons) {
    const id = b.dataset.id;
    const mark = /** @type {HTMLElement} */ (b.querySelector('.choice-mark'));
    // An assessed quiz says right or wrong but keeps the right answer until the teacher releases it.
    if (id === r.correctChoiceId || (id === choiceId && r.correct)) {
      b.classList.add('is-correct');
      mark.textContent = id === choiceId ? '✓ Your answer' : '✓ Right answer';
    } else if (id === choiceId) {
      b.classList.add('is-wrong');
      mark.textContent = '✗ Your answer';
    } else b.classList.add('is-dim');
  }
}

/**
 * Says at once that the answer is on its way (a slow network takes a while to grade it).
 * @param {HTMLButtonElement[]} buttons
 * @param {string | null} choiceId the player's choice (null: the time ran out)
 */
export function showChecking(buttons, choiceId) {
  for (const b of buttons) {
    const mark = /** @type {HTMLElement} */ (b.querySelector('.choice-mark'));
    mark.textContent = b.dataset.id === choiceId ? 'Checking…' : '';
  }
}

/**
 * The end screen's heading, after how it went: no "Well played" for 1 right out of 10.
 * @param {{ name: string, correctCount: number, questionCount: number }} play
 */
export function endTitle(play) {
  const share = play.questionCount ? play.correctCount / play.questionCount : 0;
  if (share === 1) return `A perfect round, ${play.name}!`;
  if (share >= 0.8) return `Excellent, ${play.name}!`;
  if (share >= 0.6) return `Well played, ${play.name}`;
  if (share >= 0.4) return `Good effort, ${play.name}`;
  if (share > 0) return `Keep at it, ${play.name}`;
  return `Thanks for playing, ${play.name}`;
}

/** A result worth a short celebration: most answers right. */
export const isGoodResult = (/** @type {{ correctCount: number, questionCount: number }} */ play) =>
  play.questionCount > 0 && play.correctCount / play.questionCount >= 0.7;

/**
 * A second of confetti over the page, unless the player asked for less motion; decoration only.
 * Colours and paths go in through CSS custom properties (the CSP allows no inline styles).
 */
export function celebrate() {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const layer = h('div', { class: 'celebrate', 'aria-hidden': 'true' });
  for (let i = 0; i < 28; i++) {
    const bit = h('span');
    bit.style.setProperty('--x', `${Math.round(Math.random() * 100)}vw`);
    bit.style.setProperty('--drift', `${Math.round(Math.random() * 30 - 15)}vw`);
    bit.style.setProperty('--delay', `${Math.round(Math.random() * 300)}ms`);
    bit.style.setProperty('--hue', String(Math.round(Math.random() * 360)));
    layer.append(bit);
  }
  document.body.append(layer);
  setTimeout(() => layer.remove(), 2200);
}

/**
 * The briefings' statements; `marks` maps a statement id to the question numbers it sourced.
 * @param {any[]} list
 * @param {Map<string, number[]>} [marks]
 */
export function renderBriefings(list, marks = new Map()) {
  return list.map((b) =>
    h(
      'article',
      { class: 'briefing-text' },
      h('h3', { text: b.title }),
      h('p', { class: 'card-meta', text: formatDate(b.date) }),
      h(
        'ol',
        { class: 'statements' },
        ...b.statements.map((/** @type {any} */ s) => {
          const qs = marks.get(s.id);
          return h(
            'li',
            { class: qs ? 'is-source' : null },
            s.text,
            qs
              ? h(
                  'span',
                  { class: 'tags' },
                  h('span', { class: 'vh', text: `(source of question ${qs.join(', ')})` }),
                  ...qs.map((n) => h('span', { class: 'badge badge-accent', 'aria-hidden': 'true', text: `Q${n}` })),
                )
              : null,
          );
        }),
      ),
    ),
  );
}

/**
 * An explanation without the quote of its source statement at its end, when that statement is
 * shown under it anyway: the sentence once, not twice.
 * @param {string | null | undefined} explanation
 * @param {string | null | undefined} source the statement shown with it
 */
export function explanationWithoutSource(explanation, source) {
  if (!explanation || !source) return explanation ?? '';
  const bare = source.replace(/^“([\s\S]*)”$/, '$1');
  const at = explanation.lastIndexOf(' The briefing says: “');
  if (at >= 0 && explanation.slice(at).includes(bare)) return explanation.slice(0, at).trim();
  return explanation;
}

/** @param {any} a */
export function reviewItem(a) {
  const text = (/** @type {string | null} */ id) => a.choices.find((/** @type {any} */ c) => c.id === id)?.text ?? '';
  return h(
    'li',
    { class: a.correct ? 'is-good' : 'is-bad' },
    h('h3', { text: `${a.n}. ${a.prompt}` }),
    h(
      'p',
      {},
      h('span', { class: `badge ${a.correct ? 'badge-good' : 'badge-bad'}`, text: a.correct ? `Right · +${a.points}` : 'Missed · 0' }),
      ' ',
      a.choiceId === null ? 'No answer: the time ran out.' : `Your answer: ${text(a.choiceId)}`,
    ),
    a.correct
      ? null
      : h('p', { text: a.correctChoiceId ? `Right answer: ${text(a.correctChoiceId)}` : 'Right answer: shown once your teacher releases the answers.' }),
    a.explanation ? h('p', { class: 'muted', text: explanationWithoutSource(a.explanation, a.source?.text) }) : null,
    a.source?.text ? h('blockquote', { class: 'quote', text: a.source.text }) : null,
  );
}
