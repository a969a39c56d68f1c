// CSV for spreadsheets: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF, RFC 4180 quoting,
// and cells that a spreadsheet would run as a formula defused.
import { LETTERS, oneLine, type ExportQuiz } from './types';

export const BOM = '\uFEFF';

/**
 * One cell. A cell starting with = + - @, a tab or a carriage return is prefixed with `'`
 * (OWASP's advice against CSV injection), then quoted when it holds a delimiter, quote or break.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `${BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The quiz's questions, one row each, with up to six choices and the correct letter. */
export function questionsCsv(quiz: ExportQuiz): string {
  const width = 6;
  const header = [
    'number',
    'kind',
    'prompt',
    ...Array.from({ length: width }, (_, i) => `choice_${LETTERS[i].toLowerCase()}`),
    'answer',
    'answer_text',
    'explanation',
    'source',
  ];
  const rows = quiz.questions.map((q) => {
    const answerIndex = q.choices.findIndex((c) => c.id === q.answerId);
    return [
      q.number,
      q.kind,
      oneLine(q.prompt),
      ...Array.from({ length: width }, (_, i) => (q.choices[i] ? oneLine(q.choices[i].text) : '')),
      LETTERS[answerIndex] ?? '',
      oneLine(q.choices[answerIndex]?.text ?? ''),
      oneLine(q.explanation),
      oneLine(q.sourceText),
    ];
  });
  return toCsv([header, ...rows]);
}
