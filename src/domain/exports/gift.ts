// Moodle GIFT: one multiple-choice question per block, blank lines between them.
import { oneLine, type ExportQuiz } from './types';

/** GIFT gives ~ = # { } : a meaning, so each is escaped with a backslash, as is the backslash. */
export function giftEscape(s: string): string {
  return oneLine(s).replace(/[\\~=#{}:]/g, (ch) => `\\${ch}`);
}

export function toGift(quiz: ExportQuiz): string {
  const blocks = quiz.questions.map((q) => {
    const answers = q.choices.map((c) => `\t${c.id === q.answerId ? '=' : '~'}${giftEscape(c.text)}`);
    const title = giftEscape(`${quiz.code} Q${q.number}`);
    const feedback = q.explanation ? `\t####${giftEscape(q.explanation)}\n` : '';
    return `// question ${q.number} (${oneLine(q.kind)})\n::${title}::${giftEscape(q.prompt)} {\n${answers.join('\n')}\n${feedback}}`;
  });
  // A category line is read raw to its end, and Moodle takes "/" in it as a level of nesting.
  const category = oneLine(quiz.title).replace(/\//g, '-');
  return `$CATEGORY: ${category}\n\n${blocks.join('\n\n')}\n`;
}
