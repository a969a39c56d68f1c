// @ts-check
// Fills the play page's join, feedback and end screens from what the server sent; the play's state stays in play.js.
import { serverNow } from './api.js';
import { endTitle, explanationWithoutSource, markChoices } from './play-render.js';
import { byId, formatNumber, h, ordinal, setText } from './ui.js';

/**
 * The join screen's facts about the quiz; returns whether it is closed to new plays.
 * @param {any} quiz
 */
export function fillJoin(quiz) {
  setText(byId('quiz-code'), quiz.code);
  setText(byId('quiz-title'), quiz.title);
  const facts = [
    `${quiz.questionCount} question${quiz.questionCount === 1 ? '' : 's'}`,
    `${quiz.timeLimitSec} s each`,
    quiz.scoring === 'accuracy' ? 'Accuracy scoring' : 'Speed scoring',
    quiz.mode === 'assessed' ? 'Assessed: one play per name' : 'Practice',
  ];
  byId('quiz-facts').replaceChildren(...facts.map((f) => h('li', { class: 'badge', text: f })));
  const accuracy = quiz.scoring === 'accuracy';
  byId('accuracy-note').hidden = !accuracy;
  byId('speed-note').hidden = accuracy;
  if (accuracy) {
    setText(
      byId('accuracy-text'),
      `Every right answer scores 1,000 points however long you take: no points for speed or streaks, so screen readers and careful readers are not penalised. The ${quiz.timeLimitSec}-second timer only closes a question.`,
    );
  }
  const closed = quiz.closed || (quiz.closesAt && Date.parse(quiz.closesAt) <= serverNow());
  byId('closed-note').hidden = !closed;
  byId('join-form').hidden = Boolean(closed);
  return closed;
}

/**
 * The feedback on a graded answer, its choices marked; returns the verdict.
 * @param {{ choices: HTMLElement, feedback: HTMLElement, next: HTMLButtonElement }} el
 * @param {string | null} choiceId
 * @param {any} r the answer response
 */
export function fillFeedback(el, choiceId, r) {
  markChoices(/** @type {HTMLButtonElement[]} */ ([...el.choices.querySelectorAll('button')]), choiceId, r);
  const verdict = choiceId === null || r.late ? 'Time is up' : r.correct ? 'Right!' : 'Not quite';
  setText(byId('verdict'), verdict);
  const points = `+${formatNumber(r.points)} points${r.correct && r.streak > 1 ? ` · streak ${r.streak}` : ''}`;
  setText(byId('points'), points);
  el.feedback.classList.toggle('is-good', r.correct);
  el.feedback.classList.toggle('is-bad', !r.correct);
  setText(
    byId('explanation'),
    r.explanation ? explanationWithoutSource(r.explanation, r.source?.text) : r.correctChoiceId ? '' : 'Your teacher will show the answers later.',
  );
  setText(byId('source-text'), r.source?.text ?? '');
  /** @type {HTMLElement} */ (byId('source-text').closest('figure') ?? byId('source-text')).hidden = !r.source;
  const sourceLink = byId('source-link');
  // An unlisted briefing has no public page; its statements are read through the quiz.
  /** @type {HTMLElement} */ (sourceLink.parentElement).hidden = !r.source?.briefingId;
  sourceLink.setAttribute('href', `/b/${encodeURIComponent(r.source?.briefingId ?? '')}#${encodeURIComponent(r.source?.statementId ?? '')}`);
  el.next.textContent = r.hasNext ? 'Next question' : 'See your results';
  return verdict;
}

/**
 * The end screen's figures of a finished play; its review and briefing are the page's to fetch.
 * @param {any} play
 */
export function fillEnd(play) {
  setText(byId('end-title'), endTitle(play));
  setText(byId('end-score'), formatNumber(play.score));
  setText(byId('end-correct'), `${play.correctCount} / ${play.questionCount}`);
  setText(byId('end-rank'), play.rank ? ordinal(play.rank) : '–');
  // A play ended before its last question (the quiz closed, or it was left) counts what was answered.
  const answered = `${play.answeredCount} answer${play.answeredCount === 1 ? '' : 's'}`;
  const early = {
    stopped: `The quiz closed while you played: your ${answered} count.`,
    abandoned: `Your play ended after a long pause: your ${answered} count.`,
  }[/** @type {string} */ (play.state)];
  setText(byId('end-note'), early ?? '');
  byId('end-note').hidden = !early;
}
