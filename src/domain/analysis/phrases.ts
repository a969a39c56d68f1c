// Key noun phrases ("strategic ambiguity", "defensive weapons") and the grammatical shape of a
// quoted phrase, so a blanked quote can be offered wrong options from its own story that fit the
// same slot.

import { COUNTRIES } from '../facts/countries';
import { negateVerb } from '../facts/verbs';
import { SPEECH_VERBS } from './entities';

const FUNCTION_WORDS = new Set(
  `a an the this that these those its his her their our my your of to in on at by for with from into onto over under
and or but nor so yet as than then while when where which who whom whose that if because although though since until
after before during between among about against without within across through is are was were be been being am has
have had do does did will would can could should may might must shall not no also very more most less least such
it he she they we you i there here all any some each every both either neither other another own same only just even
still again already soon now how what why`.split(/\s+/),
);

const ADJECTIVES = new Set(
  `key core major minor firm concrete further new full open long strong deep grave wide clear serious broad close direct
joint shared main high low real great early late recent common nuclear military foreign public civil senior free fair
fresh rapid steady sharp heavy large small total top vital urgent stable secure safe modest tight bold quick slow huge
vast mutual annual human armed allied fragile hostile hard soft firmer wider deeper closer stronger higher lower
usual unusual remarkable significant important relevant dominant constant brilliant vibrant abundant`.split(/\s+/),
);
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|less|able|ible|ary|ent|ian|ish)$/;
const NOUN_ENDING = /(?:tion|sion|ity|ness|ment|ence|ance|ship|ism|ure|ist|er|or)$/;
const DEMONYMS = new Set(COUNTRIES.map((c) => c.demonym));
const AUXILIARIES = /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|won['’]t|don['’]t|isn['’]t)\b/i;
const SUBJECT_START = /^(?:I|we|you|he|she|they|it|this|that|there)\b/i;
const DETERMINER_START = /^(?:a|an|the|its|his|her|their|our|this|these|those|some|no)\s/i;

function isModifier(w: string): boolean {
  if (ADJECTIVES.has(w) || DEMONYMS.has(w)) return true;
  if (w.length < 4 || FUNCTION_WORDS.has(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w) || /ment$/.test(w)) return false;
  return (w.includes('-') && w.length > 4) || ADJECTIVE_ENDING.test(w);
}

function isHeadNoun(w: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(w) || FUNCTION_WORDS.has(w) || ADJECTIVES.has(w)) return false;
  if (/(?:ly|ed)$/.test(w) || SPEECH_VERBS.has(w) || negateVerb(w)) return false;
  return true;
}

/**
 * Adjective + noun phrases of 2–4 words in the given sentences, first seen first. Only phrases
 * whose head is followed by punctuation or a function word, so no noun is cut off its compound.
 */
export function keyPhrases(sentences: string[], max = 200): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const tokens = s.match(/\p{L}[\p{L}’'-]*|[^\s\p{L}]/gu) ?? [];
    const mod = tokens.map(isModifier);
    for (let i = 0; i < tokens.length && out.length < max; i++) {
      if (!mod[i] || (i > 0 && mod[i - 1])) continue;
      let j = i;
      while (j + 1 < tokens.length && j - i < 2 && mod[j + 1]) j++;
      const head = tokens[j + 1];
      const after = tokens[j + 2];
      if (!head || !isHeadNoun(head)) continue;
      if (after !== undefined && /^\p{L}/u.test(after) && !FUNCTION_WORDS.has(after.toLowerCase())) continue;
      const phrase = tokens.slice(i, j + 2).join(' ');
      const k = phrase.toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(phrase);
    }
  }
  return out;
}

export type PhraseShape = 'infinitive' | 'clause' | 'phrase';

/** "to stop all violence" · "we expect delays" · "a long and tiring wait" */
export function phraseShape(text: string): PhraseShape {
  const t = text.trim();
  if (/^to\s/i.test(t)) return 'infinitive';
  if (SUBJECT_START.test(t) || AUXILIARIES.test(t)) return 'clause';
  const words = t.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.some((w) => negateVerb(w) || SPEECH_VERBS.has(w))) return 'clause';
  // "stopped playing": a past form opening the quote is a predicate, not an adjective.
  const [first = '', second = ''] = words;
  if (/ed$/.test(first) && /(?:ing|ly)$|^(?:the|a|an|it|them|us|him|her)$/.test(second)) return 'clause';
  return 'phrase';
}

/**
 * A quoted phrase that is plainly a noun phrase, so other noun phrases fit its slot: it opens
 * with a determiner, or ends in a noun by its form, and has no list of adjectives in it.
 */
export function isNounPhrase(text: string): boolean {
  if (phraseShape(text) !== 'phrase' || /[,;:]/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/[.!?]+$/, '');
  if (/ly$/.test(last) || ADJECTIVES.has(last) || (ADJECTIVE_ENDING.test(last) && !NOUN_ENDING.test(last))) return false;
  if (DETERMINER_START.test(text.trim())) return true;
  return NOUN_ENDING.test(last) || (/[^s]s$/.test(last) && !/(?:ous|ss|is|us)$/.test(last)) || isModifier(words[0]);
}
