// The sentence shown before a question whose statement leans on it: only where that sentence
// names what the statement points at ("the fire", "he", "these islands").

import type { StatementAnalysis } from '../analysis/document';
import { THIRD_PERSON_HUMAN } from './standalone';
import { ADJECTIVE } from './standalone-words';

/** Words that point at a thing named just before: "this rule", "these islands", "additional cases". */
const LEAD_DETERMINER = /^(?:this|these|those|such|same|remaining|additional|another|further)$/i;

/**
 * Whether a text introduces the noun itself, singular or plural ("island" in "two islands"), other
 * than as a bare "the committee" that would itself point further back.
 */
function namesNoun(text: string, noun: string): boolean {
  const base = noun.toLowerCase().replace(/(?:es|s)$/, '');
  if (base.length < 3) return false;
  for (const m of text.matchAll(new RegExp(`\\b${base.replace(/[^\p{L}-]/gu, '')}(?:s|es)?\\b`, 'giu'))) {
    if (!/\b[Tt]he\s+$/.test(text.slice(0, m.index))) return true;
  }
  return false;
}
/** Longest sentence shown before a question as its context. */
const MAX_LEAD = 220;

/**
 * Whether the sentence just before, shown first, gives a statement what it leans on: "The fire
 * broke out …" after "The Argo mill … caught fire …", "It is loved in 85 countries" after
 * "REJOICE has a strong global heritage". `why` is the statement's own verdict; `lead` the
 * sentence before, which must stand alone itself. Only the dependences a sentence just before
 * can resolve qualify: a dateline, a relative day or a cut sentence stays what it is.
 */
export function leadResolves(why: string, st: StatementAnalysis, lead: StatementAnalysis): boolean {
  const text = lead.text;
  // A speaker's words with no marks around them ("A law which encroaches …" opening a quote) read as the reporter's.
  if (text.length > MAX_LEAD || !/[.!?]["”’)]*$/.test(text) || text.includes('_') || lead.quoteFragment) return false;
  const people = new Set(lead.mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.id));
  const points = /points back$/.test(why) ? /(\p{L}+)” points back$/u.exec(why) : null;
  if (points) return namesNoun(text, points[1]);
  const pre = /^presupposes an earlier sentence \(“(.+)”\)$/.exec(why);
  if (pre) {
    if (!LEAD_DETERMINER.test(pre[1])) return false;
    // "this final rule": the thing's own noun, the first plain noun after the word.
    const after = new RegExp(`\\b${pre[1]}\\b((?:\\s+[\\p{L}-]+){1,3})`, 'iu').exec(st.text)?.[1] ?? '';
    const noun = after
      .trim()
      .split(/\s+/)
      .find((w) => /^\p{Ll}{4,}$/u.test(w) && !ADJECTIVE.test(w));
    return !!noun && namesNoun(text, noun);
  }
  const pronoun = /^pronoun “(.+)”$/.exec(why);
  if (pronoun) {
    const p = pronoun[1].toLowerCase();
    if (THIRD_PERSON_HUMAN.has(p)) return people.size === 1;
    // "It was too late …" after a sentence naming a fleet and a colony: which one "it" is, the reader must guess.
    return false;
  }
  // "The actor made his Broadway debut in _____" after a sentence about one actor.
  if (why === 'an epithet for someone named elsewhere') return people.size === 1;
  if (why === 'dangling reference') {
    if (/^(?:He|She|His|Her)\b/.test(st.text) || /[”"],? (?:he|she) (?:said|says|added)\b/.test(st.text)) return people.size === 1;
    return false;
  }
  if (why === 'a group counted before') {
    // "the four health habits": the lead must have counted the habits.
    const group = /\b[Tt]he (?:two|three|four|five)((?:\s+[\p{L}-]+){1,3})/u.exec(st.text)?.[1] ?? '';
    const nouns = group
      .trim()
      .split(/\s+/)
      .filter((w) => /^\p{Ll}{4,}$/u.test(w));
    return nouns.length > 0 && namesNoun(text, nouns[nouns.length - 1]);
  }
  // "Its sales rose 5%" after a sentence that names no company: the lead must name whose.
  if (why === 'whose figures' || why === 'whose figure')
    return lead.mentions.some((m) => m.entity.type === 'org' || m.entity.type === 'person' || m.entity.type === 'country');
  return why === 'growth of what' || why === 'a ranking led elsewhere' || why === 'demonstrative';
}
