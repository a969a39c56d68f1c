// What the exporters read: a quiz's own copy of its questions, in order.
import type { Choice } from '../types';

export interface ExportQuestion {
  /** 1-based position in the quiz */
  number: number;
  kind: string;
  prompt: string;
  choices: Choice[];
  answerId: string;
  explanation: string;
  sourceText: string;
}

export interface ExportQuiz {
  code: string;
  title: string;
  questions: ExportQuestion[];
}

/** One line of text: exchange formats treat a line break as the end of a field or question. */
export function oneLine(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export const LETTERS = 'ABCDEFGHIJ';
