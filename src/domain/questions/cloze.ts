// Entity cloze: a name in the statement is blanked; the options are names of the same type.

import type { StatementAnalysis } from '../analysis/document';
import type { Mention } from '../analysis/entities';
import { BLANK, blankPrompt, entityKeysInText, explain, type Candidate, type Context, MAX_PER_KIND, offer } from './common';
import { entityDistractors, roleBefore, notAPerson } from './distractors';

/** The text an entity mention is answered with: the written surname, or the canonical name. */
function answerTextFor(m: Mention): { text: string; surname: boolean } {
  if (m.entity.type === 'person') {
    const written = m.text.slice(m.nameStart - m.start);
    const surname = !written.includes(' ');
    return { text: surname ? written : m.entity.name, surname };
  }
  return { text: m.entity.name, surname: false };
}

function blankable(m: Mention): boolean {
  return !m.bound && ['person', 'country', 'capital', 'org'].includes(m.entity.type);
}

export function clozeQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  // People first, then organisations, then places: the most telling blanks.
  const order = { person: 0, org: 1, capital: 2, country: 3, other: 4 } as const;
  const ranked = [...st.mentions].sort((a, b) => order[a.entity.type] - order[b.entity.type] || a.start - b.start);
  for (const m of ranked) {
    // Only one question per kind is kept for a statement; a spare covers the quality gate.
    if (out.length >= MAX_PER_KIND) break;
    if (!blankable(m)) continue;
    // Countries of one story are partners as often as rivals ("tensions with ___": Finland?).
    if (m.entity.type === 'country' || m.entity.type === 'capital') continue;
    // The subject of a predicate is not asked: "Who did …?" on it failed blind review (see KINDS).
    if (st.subject && st.predicate && m.entity === st.subject.entity) continue;
    if (st.quoteSpeaker && m.entity === st.quoteSpeaker.entity) continue;
    // Keep the title, blank the name: "Prime Minister _____ of the United Kingdom".
    const start = m.entity.type === 'person' ? m.nameStart : m.start;
    const { text: answer, surname } = answerTextFor(m);
    const prompt0 = blankPrompt(st.text, start, m.end);
    if (!prompt0) continue;
    // Another mention of the same thing left in the prompt gives the answer away.
    const others = entityKeysInText(st, m.start, m.end);
    if (m.entity.keys.some((k) => others.has(k))) continue;
    if (st.quotes.some((q) => q.start < m.start && q.end > m.end)) continue;
    const prompt = prompt0.replace(new RegExp(`^${BLANK}`), BLANK);
    // A person is asked only after a role the text gives three others too: "Rockets guard _____"
    // beside players of the other team, or a reporter beside the spokesman, is ruled out at a glance.
    const role = m.entity.type === 'person' ? roleBefore(prompt.slice(0, prompt.indexOf(BLANK))) : null;
    if (m.entity.type === 'person' && (!role || notAPerson(m.entity, ctx))) continue;
    const ds = entityDistractors(m.entity, answer, surname, ctx, prompt, others, 3, role);
    if (ds.length < 3) continue;
    const typeBonus = m.entity.type === 'person' ? 0.1 : m.entity.type === 'org' ? 0.05 : 0;
    offer(out, ctx, {
      kind: 'cloze',
      statementIndex: st.index,
      prompt,
      answer,
      distractors: ds.map((d) => d.text),
      answerKeys: m.entity.keys,
      distractorKeys: ds.map((d) => d.keys),
      explanation: explain(st, `The missing name is ${answer}.`),
      score: 0.62 + typeBonus - (prompt.length > 200 ? 0.05 : 0) - ds.filter((d) => d.tier >= 3).length * 0.02,
      difficulty: 0.35 + ds.filter((d) => d.tier === 0).length * 0.1,
    });
  }
  return out;
}
