// Quote completion: a short quoted phrase is blanked inside its quote marks.

import type { StatementAnalysis } from '../analysis/document';
import { blankPrompt, BLANK, explain, fromRandomOffset, memo, mentions, wordCount, type Candidate, type Context, MAX_PER_KIND, offer } from './common';

export function quoteQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  // Short quotes of the whole briefing (the first few hundred) and of the library, deduplicated.
  const pools = memo(ctx, 'quotes', () => {
    const fits = (t: string) => { const m = wordCount(t); return m >= 2 && m <= 9 && t.length <= 70; };
    const own = [...new Set(ctx.analysis.statements.flatMap((s) => (s.usable ? s.quotes.map((q) => q.text) : [])).filter(fits))].slice(0, 300).sort();
    const lib = [...new Set(ctx.library.flatMap((l) => l.quotes ?? []).filter(fits))].slice(0, 300).sort();
    return [own, lib];
  });
  for (const q of st.quotes) {
    if (out.length >= MAX_PER_KIND) break;
    const n = wordCount(q.text);
    if (n < 2 || n > 9 || q.text.length > 70) continue;
    const prompt = blankPrompt(st.text, q.start + 1, q.end - 1);
    if (!prompt) continue;
    const answer = q.text;
    const lowerAnswer = answer.toLowerCase();
    const chosen: string[] = [];
    const seen = new Set([lowerAnswer]);
    for (const list of pools) {
      for (const t of fromRandomOffset(list, ctx.random)) {
        if (chosen.length >= 3) break;
        const lower = t.toLowerCase();
        if (seen.has(lower)) continue;
        if (lower.includes(lowerAnswer) || lowerAnswer.includes(lower)) continue;
        if (mentions(prompt, t)) continue;
        // A phrase ending a sentence inside the quote would not fit the blank's grammar.
        if (/[.!?]$/.test(t) !== /[.!?]$/.test(answer)) continue;
        chosen.push(t);
        seen.add(lower);
      }
    }
    if (chosen.length < 3) continue;
    offer(out, ctx, {
      kind: 'quote', statementIndex: st.index, prompt, answer, distractors: chosen,
      explanation: explain(st, `The quoted words are “${answer}”.`),
      score: 0.74 + (st.subject?.entity ? 0.04 : 0),
      difficulty: 0.5,
    });
  }
  return out.filter((c) => c.prompt.includes(BLANK));
}
