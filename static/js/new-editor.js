// @ts-check
// /new, step 2: the form that edits one question of the bank: prompt, choices, the right one and
// the explanation players read after answering. The server checks the same rules again.
import { explanationWithoutSource } from './play-render.js';
import { h } from './ui.js';

/** The longest explanation the server takes. */
export const MAX_EXPLANATION = 600;

/**
 * @typedef {import('../../src/domain/types').Choice} Choice
 * @typedef {{ id: string, index: number, kind: import('../../src/domain/types').QuestionKind, prompt: string, choices: Choice[], answerId: string,
 *   explanation: string, source: { text: string, statementIndex: number } }} BankQuestion
 * @typedef {{ prompt: string, choices: Choice[], answerId: string, explanation?: string }} Edit
 */

/**
 * What a teacher reads and edits as the explanation: the generator's ends with a quote of the
 * source, which players see under it anyway.
 * @param {BankQuestion} q
 */
export const shownExplanation = (q) => explanationWithoutSource(q.explanation, q.source.text);

/**
 * The same rules the server applies, so a teacher learns at once.
 * @param {Edit} e
 */
export function checkEdit(e) {
  if (!e.prompt) return 'The prompt cannot be empty.';
  if (e.choices.some((c) => !c.text)) return 'A choice cannot be empty.';
  const texts = new Set(e.choices.map((c) => c.text.toLocaleLowerCase()));
  if (texts.size !== e.choices.length) return 'Two choices have the same text, so more than one would be correct.';
  if (e.choices.filter((c) => c.id === e.answerId).length !== 1) return 'Select exactly one correct choice.';
  if (e.explanation !== undefined && !e.explanation) return 'The explanation cannot be empty: it is what players read after answering.';
  if (e.explanation !== undefined && e.explanation.length > MAX_EXPLANATION) return `The explanation is at most ${MAX_EXPLANATION} characters.`;
  return '';
}

/**
 * @param {BankQuestion} q
 * @param {Edit} c the question as it stands (edited or not)
 * @param {{ onSave: (edit: Edit | null) => void, onCancel: () => void }} on `null`: back to the bank's own
 */
export function renderEditor(q, c, on) {
  const form = h('form', { class: 'tp-editor', novalidate: '' });
  const promptId = `prompt-${q.id}`;
  const prompt = /** @type {HTMLTextAreaElement} */ (h('textarea', { id: promptId, rows: '2', maxlength: '500', class: 'tp-prompt-input' }));
  prompt.value = c.prompt;
  form.append(h('label', { for: promptId, text: 'Prompt' }), prompt);
  const fs = h('fieldset', {}, h('legend', { text: 'Choices (select the correct one)' }));
  /** @type {HTMLInputElement[]} */
  const texts = [];
  c.choices.forEach((ch, j) => {
    const radio = /** @type {HTMLInputElement} */ (
      h('input', { type: 'radio', name: `answer-${q.id}`, value: ch.id, id: `ans-${q.id}-${j}`, 'aria-label': `Choice ${j + 1} is the correct answer` })
    );
    radio.checked = ch.id === c.answerId;
    const text = /** @type {HTMLInputElement} */ (
      h('input', { type: 'text', id: `choice-${q.id}-${j}`, maxlength: '300', 'data-choice': ch.id, 'aria-label': `Choice ${j + 1}` })
    );
    text.value = ch.text;
    texts.push(text);
    fs.append(h('div', { class: 'tp-choice-row' }, radio, text));
  });
  form.append(fs);
  const explId = `explanation-${q.id}`;
  const explanation = /** @type {HTMLTextAreaElement} */ (
    h('textarea', { id: explId, rows: '3', maxlength: String(MAX_EXPLANATION), 'aria-describedby': `${explId}-hint` })
  );
  const original = shownExplanation(q);
  explanation.value = c.explanation ?? original;
  form.append(
    h('label', { for: explId, text: 'Explanation' }),
    h('p', {
      class: 'tp-hint',
      id: `${explId}-hint`,
      text: `Players read it after answering, above the source sentence. At most ${MAX_EXPLANATION} characters.`,
    }),
    explanation,
  );
  const error = h('div', { class: 'tp-error', role: 'alert', hidden: '' });
  form.append(error);
  const cancel = h('button', { type: 'button', text: 'Cancel' });
  cancel.addEventListener('click', on.onCancel);
  form.append(h('div', { class: 'tp-actions' }, h('button', { type: 'submit', class: 'tp-primary', text: 'Save' }), cancel));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const said = explanation.value.trim();
    /** @type {Edit} */
    const edited = {
      prompt: prompt.value.trim(),
      choices: c.choices.map((ch, j) => ({ id: ch.id, text: texts[j].value.trim() })),
      answerId: /** @type {HTMLInputElement|null} */ (form.querySelector(`input[name="answer-${q.id}"]:checked`))?.value ?? '',
      ...(said === original ? {} : { explanation: said }),
    };
    const problem = checkEdit(edited);
    if (problem) {
      error.replaceChildren(h('p', { text: problem }));
      error.hidden = false;
      return;
    }
    const same =
      edited.prompt === q.prompt &&
      edited.answerId === q.answerId &&
      edited.explanation === undefined &&
      edited.choices.every((ch, j) => ch.text === q.choices[j].text);
    on.onSave(same ? null : edited);
  });
  return form;
}
