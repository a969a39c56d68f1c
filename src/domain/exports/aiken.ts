// Aiken: the plainest LMS import. A question line, lettered choices, an ANSWER line.
import { LETTERS, oneLine, type ExportQuiz } from './types';

/**
 * Aiken has no escapes; the only hazard is a line that looks like a choice or an answer,
 * which cannot happen once each field is one line and begins with its own prefix.
 */
export function toAiken(quiz: ExportQuiz): string {
  return `${quiz.questions
    .map((q) => {
      const lines = [oneLine(q.prompt)];
      for (const [i, c] of q.choices.entries()) lines.push(`${LETTERS[i]}. ${oneLine(c.text)}`);
      const answer = q.choices.findIndex((c) => c.id === q.answerId);
      lines.push(`ANSWER: ${LETTERS[answer]}`);
      return lines.join('\n');
    })
    .join('\n\n')}\n`;
}
