// Positions across statements: which of these things did a given speaker say or do? The wrong
// options are what other speakers in the same briefing said or did.

import { dropFinalStop } from '../text';
import type { StatementAnalysis } from '../analysis/document';
import type { Entity } from '../analysis/entities';
import { shuffle } from '../random';
import { capitalise, explain, mentions, sharesKey, type Candidate, type Context } from './common';

interface Position {
  st: StatementAnalysis;
  speaker: Entity;
  /** what the speaker said or did, as a verb phrase */
  phrase: string;
}

const PRONOUNS = /\b(he|she|him|her|his|hers|they|them|their|theirs|it|its|we|us|our|i|me|my|this|these|those)\b/i;
/** Only this many statements are considered, so the cost stays flat on long texts. */
const MAX_POSITIONS = 60;

function positionsOf(statements: StatementAnalysis[]): Position[] {
  const out: Position[] = [];
  for (const st of statements) {
    if (out.length >= MAX_POSITIONS) break;
    if (!st.usable || st.dangling || !st.subject || st.subject.pair || !st.predicate?.speech) continue;
    const e = st.subject.entity;
    if (!['person', 'org', 'country', 'capital'].includes(e.type)) continue;
    const phrase = dropFinalStop(st.text.slice(st.predicate.verbStart)).replace(/^(also|again|later|then|further)\s+/, '');
    const words = phrase.split(/\s+/).length;
    if (words < 4 || words > 20 || phrase.length > 120 || PRONOUNS.test(phrase)) continue;
    if (/[“"]/.test(phrase) && !/[”"]/.test(phrase.slice(phrase.search(/[“"]/) + 1))) continue;
    out.push({ st, speaker: e, phrase });
  }
  return out;
}

/** One question per speaker, anchored at that speaker's first usable position. */
export function positionQuestions(ctx: Context): Candidate[] {
  const positions = positionsOf(ctx.analysis.statements);
  const out: Candidate[] = [];
  const done = new Set<string>();
  for (const p of positions) {
    if (done.has(p.speaker.id)) continue;
    done.add(p.speaker.id);
    const others = positions.filter((o) => !sharesKey(o.speaker.keys, p.speaker.keys) && o.speaker.type !== 'other');
    const ownTexts = new Set(positions.filter((o) => o.speaker === p.speaker).map((o) => o.phrase.toLowerCase()));
    const name = p.speaker.name;
    const picked: string[] = [];
    for (const o of shuffle(others, ctx.random)) {
      if (picked.length >= 3) break;
      const t = capitalise(o.phrase);
      if (ownTexts.has(o.phrase.toLowerCase()) || picked.includes(t)) continue;
      if (mentions(o.phrase, name) || (p.speaker.surname && mentions(o.phrase, p.speaker.surname))) continue;
      picked.push(t);
    }
    if (picked.length < 2) continue;
    const answer = capitalise(p.phrase);
    if (mentions(p.phrase, name)) continue;
    const article = /^the /.test(name) ? name.replace(/^the/, 'the') : name;
    out.push({
      kind: 'position',
      statementIndex: p.st.index,
      prompt: `According to the briefing, which of these did ${article} do?`,
      answer,
      distractors: picked,
      explanation: explain(p.st, `${capitalise(name)} ${p.phrase}.`.replace(/\.\s*$/, '.')),
      score: 0.7 - (picked.length < 3 ? 0.08 : 0),
      difficulty: 0.6,
    });
  }
  return out;
}
