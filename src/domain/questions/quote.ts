// Quote completion: a short quoted phrase is blanked inside its quote marks.

import type { StatementAnalysis } from '../analysis/document';
import { blankPrompt, BLANK, explain, mentions, wordCount, type Candidate, type Context } from './common';

export function quoteQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const all = ctx.analysis.statements.flatMap((s) => (s.usable ? s.quotes.map((q) => q.text) : []));
  for (const q of st.quotes) {
    const n = wordCount(q.text);
    if (n < 2 || n > 9 || q.text.length > 70) continue;
    const prompt = blankPrompt(st.text, q.start + 1, q.end - 1);
    if (!prompt) continue;
    const answer = q.text;
    const lowerAnswer = answer.toLowerCase();
    const pool: { text: string; tier: number }[] = [];
    for (const t of all) pool.push({ text: t, tier: 0 });
    for (const lib of ctx.library) for (const t of lib.quotes ?? []) pool.push({ text: t, tier: 1 });
    const chosen: string[] = [];
    const seen = new Set([lowerAnswer]);
    for (const tier of [0, 1]) {
      const list = pool.filter((p) => p.tier === tier).map((p) => p.text).sort();
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(ctx.random() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
      for (const t of list) {
        if (chosen.length >= 3) break;
        const lower = t.toLowerCase();
        const m = wordCount(t);
        if (seen.has(lower) || m < 2 || m > 9 || t.length > 70) continue;
        if (lower.includes(lowerAnswer) || lowerAnswer.includes(lower)) continue;
        if (mentions(prompt, t)) continue;
        // A phrase ending a sentence inside the quote would not fit the blank's grammar.
        if (/[.!?]$/.test(t) !== /[.!?]$/.test(answer)) continue;
        chosen.push(t);
        seen.add(lower);
      }
    }
    if (chosen.length < 3) continue;
    out.push({
      kind: 'quote', statementIndex: st.index, prompt, answer, distractors: chosen,
      explanation: explain(st, `The quoted words are “${answer}”.`),
      score: 0.74 + (st.subject?.entity ? 0.04 : 0),
      difficulty: 0.5,
    });
  }
  return out.filter((c) => c.prompt.includes(BLANK));
}
