// What one question shows and another asks: the checks the bank makes between questions, so
// that no two of them answer each other or ask one fact twice.

import type { BriefingAnalysis } from '../analysis/document';
import { NUMBER_WORDS } from '../analysis/numbers';
import { mentions, type Candidate } from './common';

/** Number questions of one statement whose prompts show none of the others' answers, best first. */
export function compatibleFigures(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    if (c.kind !== 'number') continue;
    const shown = shownBy(c);
    if (out.some((o) => o.answer === c.answer || mentions(shown, o.answer) || mentions(shownBy(o), c.answer))) continue;
    out.push(c);
  }
  return out;
}

/**
 * A statement's words without the names in it: two sentences about one health agency share its
 * name, not a fact. Capitalised words past the first are names, months aside.
 */
export function withoutNames(st: BriefingAnalysis['statements'][number]): string {
  return st.text.replace(NAME_WORD, (w, at: number) => (at === 0 || MONTH.test(w) ? w : ' '));
}
const NAME_WORD = /\p{Lu}[\p{L}’'.&-]*/gu;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The figures a statement states, years aside. */
export function figuresOf(st: BriefingAnalysis['statements'][number]): string[] {
  return st.numbers.filter((n) => !/^(?:1[5-9]|20)\d\d$/.test(n.text)).map((n) => n.text.replace(/[^\d.]/g, ''));
}

/** Who a statement is about: its subject, or the capitalised words it opens with ("Bharti Airtel has …"). */
export function subjectOf(st: BriefingAnalysis['statements'][number]): string | undefined {
  if (st.subject) return st.subject.entity.id;
  const lead = /^(?:\p{Lu}[\p{L}&.’'-]*(?: |$))+/u.exec(st.text)?.[0].trim();
  return lead?.includes(' ') ? lead : undefined;
}

/** What a question shows a player before they answer: "Which of these did Jane Doe do?" shows other statements in its options. */
export function shownBy(c: Candidate): string {
  return spelledOut(c.kind === 'position' ? [c.prompt, c.answer, ...c.distractors].join('\n') : c.prompt);
}

const NUMBER_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?= (?:million|billion|thousand|hundred|per ?cent|percent))/gi;
/** "Three billion" as "3 billion", so a prompt that spells a figure out is seen to show it. */
function spelledOut(text: string): string {
  return text.replace(NUMBER_WORD, (w) => String(NUMBER_WORDS.indexOf(w.toLowerCase())));
}

export const COMMON = new Set([
  'the',
  'and',
  'for',
  'said',
  'says',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'that',
  'with',
  'from',
  'this',
  'its',
  'their',
  'will',
  'been',
  'than',
  'after',
  'before',
  'over',
  'into',
]);
