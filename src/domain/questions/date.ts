// Date questions from explicit dates only. The briefing's own date line is not a statement, so it
// is never asked about; weekdays and "today" are never turned into dates.

import type { StatementAnalysis } from '../analysis/document';
import { formatDate, type DateMention } from '../analysis/dates';
import { shuffle } from '../random';
import { blankPrompt, explain, mentions, type Candidate, type Context, MAX_PER_KIND, offer } from './common';

export function dateDistractors(d: DateMention, prompt: string, random: () => number): string[] {
  const variants: { day: number | null; month: number | null; year: number | null }[] = [];
  const dim = (m: number, y: number | null) => new Date(Date.UTC(y ?? 2024, m, 0)).getUTCDate();
  if (d.format === 'y') {
    for (const k of [1, 2, 3, -1, -2, -3]) variants.push({ day: null, month: null, year: d.year! + k });
  } else if (d.format === 'm') {
    for (const k of [1, 2, 3, -1, -2, -3]) variants.push({ day: null, month: ((d.month! - 1 + k + 12) % 12) + 1, year: null });
  } else {
    for (const k of [1, -1, 2, -2]) {
      const month = ((d.month! - 1 + k + 12) % 12) + 1;
      if (d.day && d.day > dim(month, d.year)) continue;
      variants.push({ day: d.day, month, year: d.year });
    }
    if (d.day) for (const k of [7, -7, 10, -10, 3]) {
      const day = d.day + k;
      if (day >= 1 && day <= dim(d.month!, d.year)) variants.push({ day, month: d.month, year: d.year });
    }
    if (d.year) for (const k of [1, -1]) variants.push({ day: d.day, month: d.month, year: d.year + k });
  }
  const out: string[] = [];
  const seen = new Set([d.text]);
  for (const v of shuffle(variants, random)) {
    const t = formatDate(v, d.format);
    if (seen.has(t) || mentions(prompt, t)) continue;
    seen.add(t);
    out.push(t);
    if (out.length === 3) break;
  }
  return out;
}

export function dateQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  for (const d of st.dates) {
    if (out.length >= MAX_PER_KIND) break;
    const prompt = blankPrompt(st.text, d.start, d.end);
    if (!prompt) continue;
    const ds = dateDistractors(d, prompt, ctx.random);
    if (ds.length < 3) continue;
    offer(out, ctx, {
      kind: 'date', statementIndex: st.index, prompt, answer: d.text, distractors: ds,
      explanation: explain(st, `The date is ${d.text}.`),
      score: 0.7 + (d.format === 'dmy' || d.format === 'mdy' ? 0.04 : 0), difficulty: 0.55,
    });
  }
  return out;
}
