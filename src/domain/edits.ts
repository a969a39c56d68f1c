// A teacher's edits to bank questions, checked against the questions they change.
import type { Choice } from './types';

export interface EditableQuestion {
  id: string;
  prompt: string;
  choices: Choice[];
  answerId: string;
  explanation?: string;
}

export interface QuestionEditInput {
  prompt?: string;
  choices?: Choice[];
  answerId?: string;
  explanation?: string;
}

/** An edit merged with its question: the whole question as the quiz will ask it. */
export interface CheckedEdit {
  prompt: string;
  choices: Choice[];
  answerId: string;
  /** the teacher's own explanation, when given and not the generator's */
  explanation?: string;
  /** whether prompt, choices or answer differ from the bank's */
  changesQuestion: boolean;
}

/** The longest explanation a teacher may write: a few sentences under the source statement. */
export const MAX_EXPLANATION = 600;

/** Control and direction-changing characters: invisible, and able to make shown text lie. */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export interface EditIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Merges each edit with the question it changes and checks the result as a whole: a partial
 * edit (choices without answerId, or the reverse) must still leave exactly one correct choice
 * among 2–6 distinct, non-empty ones. Edits of questions outside the selection are refused,
 * so nothing is silently ignored.
 */
export function checkEdits(
  questions: EditableQuestion[],
  edits: Record<string, QuestionEditInput>,
  selectedIds?: string[],
): { edits: Map<string, CheckedEdit>; issues: EditIssue[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const selected = selectedIds ? new Set(selectedIds) : null;
  const out = new Map<string, CheckedEdit>();
  const issues: EditIssue[] = [];
  for (const [id, edit] of Object.entries(edits)) {
    const q = byId.get(id);
    if (!q || (selected && !selected.has(id))) {
      issues.push({ path: ['edits', id], message: `Question ${id} is not among the selected questions.` });
      continue;
    }
    const explanation = edit.explanation?.trim();
    const merged: CheckedEdit = {
      prompt: (edit.prompt ?? q.prompt).trim(),
      choices: (edit.choices ?? q.choices).map((c) => ({ id: c.id, text: c.text.trim() })),
      answerId: edit.answerId ?? q.answerId,
      ...(explanation !== undefined && explanation !== q.explanation ? { explanation } : {}),
      changesQuestion: false,
    };
    merged.changesQuestion =
      merged.prompt !== q.prompt ||
      merged.answerId !== q.answerId ||
      merged.choices.length !== q.choices.length ||
      merged.choices.some((c, i) => c.id !== q.choices[i].id || c.text !== q.choices[i].text);
    const at = (...p: (string | number)[]) => ['edits', id, ...p];
    if (!merged.prompt) issues.push({ path: at('prompt'), message: 'A prompt cannot be empty.' });
    if (explanation !== undefined && !explanation) issues.push({ path: at('explanation'), message: 'An explanation cannot be empty.' });
    if (explanation && HIDDEN.test(explanation)) {
      issues.push({ path: at('explanation'), message: 'An explanation cannot hold control or direction-changing characters.' });
    }
    if (explanation !== undefined && explanation.length > MAX_EXPLANATION) {
      issues.push({ path: at('explanation'), message: `An explanation is at most ${MAX_EXPLANATION} characters.` });
    }
    if (merged.choices.length < 2 || merged.choices.length > 6) {
      issues.push({ path: at('choices'), message: 'A question has 2 to 6 choices.' });
    }
    merged.choices.forEach((c, i) => {
      if (!c.text) issues.push({ path: at('choices', i, 'text'), message: 'A choice cannot be empty.' });
    });
    if (new Set(merged.choices.map((c) => c.id)).size !== merged.choices.length) {
      issues.push({ path: at('choices'), message: 'Choice ids must be unique.' });
    }
    if (new Set(merged.choices.map((c) => c.text.toLocaleLowerCase())).size !== merged.choices.length) {
      issues.push({ path: at('choices'), message: 'Two choices have the same text, so more than one could be correct.' });
    }
    if (merged.choices.filter((c) => c.id === merged.answerId).length !== 1) {
      issues.push({ path: at('answerId'), message: 'Exactly one choice must be the correct answer.' });
    }
    out.set(id, merged);
  }
  return { edits: out, issues };
}

/**
 * The explanation of an edited question. The generator's explanation names its answer ("It was
 * X."), so once a teacher changes which choice is right, or rewrites the right choice's text,
 * it would contradict the key; it is then rewritten around the new answer, still quoting the
 * source statement. Unchanged answers keep the generator's wording.
 */
export function explanationAfterEdit(
  original: { explanation: string; choices: Choice[]; answerId: string },
  edited: { choices: Choice[]; answerId: string },
  sourceText: string,
): string {
  const before = original.choices.find((c) => c.id === original.answerId)?.text;
  const after = edited.choices.find((c) => c.id === edited.answerId)?.text;
  if (after === undefined || before === after) return original.explanation;
  return `The answer is ${after}. The briefing says: “${sourceText.replace(/^“(.*)”$/, '$1')}”`;
}
