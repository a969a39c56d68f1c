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
const MONTH_IN = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
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
  if (c.kind === 'position') return spelledOut([c.prompt, c.answer, ...c.distractors].join('\n'));
  // "24 September" among three other September days shows the month a later "in _____" asks.
  const month = c.kind === 'date' ? MONTH_IN.exec(c.answer)?.[0] : undefined;
  return spelledOut(month && c.distractors.every((d) => d.includes(month)) ? `${c.prompt}\n${month}` : c.prompt);
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

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** The counts a sentence writes, in figures or in words ("Forty-four", "three"), years aside. */
function countsIn(st: BriefingAnalysis['statements'][number]): number[] {
  const out = st.numbers.filter((n) => !/^(?:1[5-9]|20)\d\d$/.test(n.text)).map((n) => n.value);
  for (const m of st.text.matchAll(/\b([A-Za-z]+)(?:-([a-z]+))?\b/g)) {
    const [tens, unit] = [m[1].toLowerCase(), m[2]];
    const t = TENS.indexOf(tens);
    const u = NUMBER_WORDS.indexOf(unit ?? '');
    if (t >= 0 && (!unit || (u >= 1 && u <= 9))) out.push(20 + 10 * t + (unit ? u : 0));
    else if (!unit && NUMBER_WORDS.indexOf(tens) >= 2) out.push(NUMBER_WORDS.indexOf(tens));
  }
  return out;
}

/**
 * "Forty-four convictions …" shown before "Twenty-three …, _____ under …, three … and two …": the
 * total the sentence before gives, less the parts the prompt shows, is the answer.
 */
export function partsGive(lead: BriefingAnalysis['statements'][number], st: BriefingAnalysis['statements'][number], answer: string): boolean {
  const asked = st.numbers.find((n) => answer.includes(n.text));
  if (!asked) return false;
  const parts = countsIn(st);
  const at = parts.indexOf(asked.value);
  if (at < 0) return false;
  parts.splice(at, 1);
  if (parts.length < 2) return false;
  const rest = parts.reduce((a, b) => a + b, 0);
  return countsIn(lead).some((total) => Math.abs(total - rest - asked.value) < 1e-9);
}
