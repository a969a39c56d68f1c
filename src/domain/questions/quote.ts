// Quote completion: a short quoted phrase is blanked inside its quote marks. Its wrong options
// come from the same story only: other quotes of the briefing that fit the same slot, then the
// briefing's key noun phrases for a noun-phrase quote. A quote from another briefing is off-topic
// and gives itself away, so when the story offers too few the question has three options or none.

import { isNounPhrase, keyPhrases, phraseShape } from '../analysis/phrases';
import type { StatementAnalysis } from '../analysis/document';
import { blankPrompt, BLANK, explain, fromRandomOffset, memo, mentions, wordCount, type Candidate, type Context, MAX_PER_KIND, offer } from './common';

const fits = (t: string) => { const m = wordCount(t); return m >= 2 && m <= 9 && t.length <= 70; };
/** "We expect delays," ends where the statement resumes; the comma is not part of the phrase. */
/** “regular contacts.” at a sentence's end: a lower-case fragment keeps its words, the stop stays outside the blank. */
const trimQuote = (t: string) => {
  const s = t.replace(/[,;:]+$/, '');
  return /^\p{Ll}/u.test(s) ? s.replace(/\.$/, '') : s;
};
/** Content words, singular, for telling whether two phrases say nearly the same thing. */
const stems = (t: string) => (t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/s$/, ''));

interface PoolEntry {
  text: string;
  lower: string;
  shape: string;
  /** ends a sentence inside the quote marks */
  closes: boolean;
}

/** Neither part of nor containing the answer or an option already taken, and not in the prompt. */
function usable(t: string, lower: string, taken: string[], prompt: string): boolean {
  for (const x of taken) if (lower.includes(x) || x.includes(lower)) return false;
  return !mentions(prompt, t);
}

export function quoteQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const pool = memo(ctx, 'quotes', () => {
    const statements = ctx.analysis.statements.filter((s) => s.usable);
    const own = [...new Set(statements.flatMap((s) => s.quotes.map((q) => trimQuote(q.text))).filter(fits))].slice(0, 300).sort();
    return own.map((text): PoolEntry => ({ text, lower: text.toLowerCase(), shape: phraseShape(text), closes: /[.!?]$/.test(text) }));
  });
  // A fragment of another quote ("usual rhythm" of "back to its usual rhythm") is left out: it
  // would sit beside its own quote or read as a misquotation.
  const phrases = () => memo(ctx, 'key-phrases', () => {
    const statements = ctx.analysis.statements.filter((s) => s.usable);
    const quoted = statements.flatMap((s) => s.quotes.map((q) => q.text.toLowerCase()));
    return keyPhrases(statements.map((s) => s.text)).sort()
      .map((text) => ({ text, lower: text.toLowerCase(), stems: stems(text) }))
      .filter((p) => !quoted.some((q) => q.includes(p.lower)));
  });
  for (const q of st.quotes) {
    if (out.length >= MAX_PER_KIND) break;
    // The blank stops before a comma that closes the quote: “_____,” said Olsson.
    const inner = st.text.slice(q.start + 1, q.end - 1);
    const answer = trimQuote(inner.trim());
    const n = wordCount(answer);
    if (n < 2 || n > 9 || answer.length > 70) continue;
    const at = q.start + 1 + inner.indexOf(answer);
    const prompt = blankPrompt(st.text, at, at + answer.length);
    if (!prompt) continue;
    const lowerAnswer = answer.toLowerCase();
    const shape = pool.find((p) => p.text === answer)?.shape ?? phraseShape(answer);
    const closes = /[.!?]$/.test(answer);
    const chosen: string[] = [];
    const taken = [lowerAnswer];
    for (const p of fromRandomOffset(pool, ctx.random)) {
      if (chosen.length >= 3) break;
      // A phrase ending a sentence, or of another grammatical shape, would not fit the blank.
      if (p.shape !== shape || p.closes !== closes || !usable(p.text, p.lower, taken, prompt)) continue;
      chosen.push(p.text);
      taken.push(p.lower);
    }
    if (chosen.length < 3 && isNounPhrase(answer)) {
      const answerStems = new Set(stems(answer));
      for (const p of fromRandomOffset(phrases(), ctx.random)) {
        if (chosen.length >= 3) break;
        // Far shorter or longer than the answer, an option stands out by its length alone.
        if (p.text.length * 2 < answer.length || p.text.length > answer.length * 2) continue;
        // "core Chinese interest" beside "core interests" is the same answer in other words.
        if (p.stems.some((w) => answerStems.has(w)) || !usable(p.text, p.lower, taken, prompt)) continue;
        chosen.push(p.text);
        taken.push(p.lower);
      }
    }
    if (chosen.length < 2) continue;
    offer(out, ctx, {
      kind: 'quote', statementIndex: st.index, prompt, answer, distractors: chosen,
      explanation: explain(st, `The quoted words are “${answer}”.`),
      score: 0.74 + (st.subject?.entity ? 0.04 : 0) - (chosen.length < 3 ? 0.06 : 0),
      difficulty: chosen.length < 3 ? 0.4 : 0.5,
    });
  }
  return out.filter((c) => c.prompt.includes(BLANK));
}
