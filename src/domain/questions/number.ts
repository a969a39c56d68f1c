// Number questions: a figure is blanked; wrong options keep its unit, scale and format.

import type { StatementAnalysis } from '../analysis/document';
import { formatLike, type NumberMention } from '../analysis/numbers';
import { shuffle } from '../random';
import { blankPrompt, explain, type Candidate, type Context, MAX_PER_KIND, offer } from './common';

/** Plausible wrong values near the answer's magnitude, never equal to a figure in the text. */
export function numberDistractors(n: NumberMention, inText: Set<string>, random: () => number): string[] {
  const v = n.value;
  const cands: number[] = [];
  if (!n.decimals && v <= 12 && !n.scale) {
    for (const d of [1, 2, 3, -1, -2, 4]) if (v + d > 0) cands.push(v + d);
  } else {
    // Offsets of about a tenth keep the answer's granularity: 137 → 117, 127, 147, 157.
    const step = n.decimals ? Math.pow(10, -n.decimals) : Math.pow(10, Math.max(0, Math.floor(Math.log10(v)) - 1));
    // A round step near a tenth of the value: 4.25 → 0.5, 137 → 10, 61,400 → 5,000.
    const raw = v * 0.1;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    const m = raw / p;
    const nice = (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    const unit = Math.max(step, Math.round(nice / step) * step);
    for (const k of [1, -1, 2, -2, 3, -3]) {
      const c = Number((v + k * unit).toFixed(n.decimals));
      if (c > 0) cands.push(c);
    }
  }
  const answerText = n.text;
  const out: string[] = [];
  const seen = new Set([answerText]);
  for (const c of shuffle(cands, random)) {
    if (n.percent && c > 100 && v <= 100) continue;
    const t = formatLike(c, n);
    if (seen.has(t) || inText.has(formatLike(c, { ...n, currency: '', percent: '', scale: '' }))) continue;
    seen.add(t);
    out.push(t);
    if (out.length === 3) break;
  }
  return out;
}

export function numberQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const inText = new Set(st.numbers.map((x) => formatLike(x.value, { ...x, currency: '', percent: '', scale: '' })));
  for (const n of st.numbers) {
    if (out.length >= MAX_PER_KIND) break;
    if (n.value === 0) continue;
    const prompt = blankPrompt(st.text, n.start, n.end);
    if (!prompt) continue;
    const ds = numberDistractors(n, inText, ctx.random);
    if (ds.length < 3) continue;
    offer(out, ctx, {
      kind: 'number', statementIndex: st.index, prompt, answer: n.text, distractors: ds,
      explanation: explain(st, `The figure is ${n.text}.`),
      score: 0.72 + (n.currency || n.percent || n.scale ? 0.04 : 0), difficulty: 0.55,
    });
  }
  return out;
}
