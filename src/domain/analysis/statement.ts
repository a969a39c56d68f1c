// A statement's analysis and the clause-level readings that build it: who speaks after a quote,
// where the predicate starts, whom a pronoun may stand for, and spans moved by a rewrite.
import { negateVerb } from '../facts/verbs';
import type { DateMention } from './dates';
import { type Entity, type Mention, SPEECH_VERBS } from './entities';
import type { NumberMention } from './numbers';
import type { Quote } from './quotes';
import { IRREGULAR, ROLE_WORDS } from './words';

export interface StatementAnalysis {
  index: number;
  /** the source statement, untouched */
  source: string;
  /** the statement as a prompt may show it: a leading pronoun replaced by the name it stands for */
  text: string;
  usable: boolean;
  mentions: Mention[];
  quotes: Quote[];
  numbers: NumberMention[];
  dates: DateMention[];
  /** the grammatical subject when it opens the statement (after an "According to …," lead) */
  subject: { start: number; end: number; entity: Entity; pair?: Entity } | null;
  /** the subject, when followed by a verb: [verbStart, text end) is what it did or said */
  predicate: { verbStart: number; verb: string; speech: boolean } | null;
  /** the text still opens with a pronoun or a vague reference no rewrite could resolve */
  dangling: boolean;
  /** A sentence of a quote that runs over several: the speaker's words, with no speaker named. */
  quoteFragment?: boolean;
  /** Surnames of the "Ros Barber" pairs this statement names, so a later bare "Barber" is known. */
  surnames: string[];
  /** “…,” said X / “…,” X said: a whole quote and the named speaker after it */
  quoteSpeaker: { entity: Entity; quote: string } | null;
}

export const SAID = '(?:said|says|added|adds|told reporters|warned|insisted|noted)';
const AFTER_QUOTE = new RegExp(`^[“"](.{8,200}?)[,.?!]?[”"],? (?:${SAID} (.+?)|(.+?) ${SAID})(?:,? [^“”"]*)?\\.$`, 'u');

export function findQuoteSpeaker(text: string, mentions: Mention[]): StatementAnalysis['quoteSpeaker'] {
  const m = AFTER_QUOTE.exec(text);
  if (!m) return null;
  const who = (m[2] ?? m[3]).trim();
  const at = text.indexOf(who, m[1].length);
  const mention = mentions.find((x) => x.start === at || (x.nameStart === at && x.end === at + who.length));
  if (!mention || (mention.end !== at + who.length && mention.start !== at)) return null;
  if (!['person', 'org', 'country', 'capital'].includes(mention.entity.type)) return null;
  if (/[“”"]/.test(m[1])) return null;
  return { entity: mention.entity, quote: m[1] };
}

const AUX = /^(?:(?:also|again|later|then|further|repeatedly|earlier|previously|only|has|had|have|will|would|on \p{Lu}\w+)\s+){0,3}/u;
export function findPredicate(text: string, from: number): StatementAnalysis['predicate'] {
  let rest = text.slice(from);
  let offset = from;
  // Skip an appositive: "Washington, Taiwan’s most important backer, maintains …"
  const app = /^,\s[^,“”"]{3,80},\s/.exec(rest);
  if (app) {
    rest = rest.slice(app[0].length);
    offset += app[0].length;
  } else if (/^\s/.test(rest)) {
    rest = rest.slice(1);
    offset += 1;
  } else return null;
  const aux = AUX.exec(rest)?.[0] ?? '';
  const verbMatch = /^(\p{Ll}+)\b/u.exec(rest.slice(aux.length));
  if (!verbMatch) return null;
  const verb = verbMatch[1];
  // Plural nouns also end in -s ("US officials"): present forms must be known verbs.
  const isVerb =
    /\b(will|would|has|had|have)\s+$/.test(aux) || SPEECH_VERBS.has(verb) || IRREGULAR.has(verb) || /^[a-z]{3,}ed$/.test(verb) || !!negateVerb(verb);
  if (!isVerb) return null;
  return { verbStart: offset, verb, speech: SPEECH_VERBS.has(verb) };
}

/** A person the sentence describes without a name: "the woman", "the nurse", "the young driver". */
const DESCRIBED_OTHER =
  /\b[Tt]he (?:[\p{Ll}-]+ )?(?:woman|man|girl|boy|nurse|patient|victim|mother|father|wife|husband|child|teenager|driver|pilot|suspect)(?:['’]s)?\b/u;
/** "told the court that Ray became …": a name the finder may not know, the subject of what was told. */
const REPORTED_NAME = /\bthat (?!(?:The|This|These|Those|There|It|In|On|At|A|An|If|When)\b)\p{Lu}\p{Ll}+ \p{Ll}/u;
/** A sentence's first word and the word after it, in lower case: "Andrew thanked …", "Erik Haugane is the founder …". */
const BARE_OPENING = /^(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)? \p{Ll}/u;

/**
 * The person "he" or "she" stands for: the subject of one of the last statements, unless another
 * person comes between. `lowerWords` (the words the text writes in lower case) tells a one-word
 * name the entity finder does not know ("Andrew thanked the auditors. He then explained …") from
 * an ordinary opening word.
 */
export function lastSubjectPerson(prev: StatementAnalysis[], maxBack: number, lowerWords?: ReadonlySet<string>): Entity | null {
  for (let k = prev.length - 1; k >= 0 && k >= prev.length - maxBack; k--) {
    const st = prev[k];
    if (st.subject?.pair) return null;
    // "The woman's only symptom was a fever …, Antonio Alemany said. She is married": someone else is in play.
    if (DESCRIBED_OTHER.test(st.text)) return null;
    // "Prosecutor Ann Lee told the court that Ray became bankrupt. He was discharged …": either could be "he".
    if (st.subject?.entity.type === 'person') {
      const end = st.subject.end;
      const other = st.mentions.some((m) => m.entity.type === 'person' && m.entity !== st.subject?.entity && m.start > end);
      return other || REPORTED_NAME.test(st.text.slice(end)) ? null : st.subject.entity;
    }
    // Another person mentioned first makes the reference unsafe.
    if (st.mentions.some((m) => m.entity.type === 'person')) return null;
    const bare = BARE_OPENING.exec(st.text)?.[1];
    if (bare && lowerWords && !lowerWords.has(bare.toLowerCase()) && !st.mentions.some((m) => m.start === 0)) return null;
  }
  return null;
}

export function lastPair(prev: StatementAnalysis[], maxBack: number): [Entity, Entity] | null {
  for (let k = prev.length - 1; k >= 0 && k >= prev.length - maxBack; k--) {
    const st = prev[k];
    if (st.subject?.pair) return [st.subject.entity, st.subject.pair];
    const people: Entity[] = [];
    for (const m of st.mentions) if (m.entity.type === 'person' && !people.includes(m.entity)) people.push(m.entity);
    if (people.length === 2) return [people[0], people[1]];
    if (people.length > 0) return null;
  }
  return null;
}

/** The short name a rewrite uses: the surname once the full name is known. */
export function shortName(e: Entity): string {
  return e.type === 'person' && e.surname && e.name.includes(' ') ? e.surname : e.name;
}

/** Moves the spans at or after `at` by `by`, every offset of them (a mention's name start too). */
export function shiftAll<T extends { start: number; end: number; nameStart?: number }>(items: T[], at: number, by: number): T[] {
  return items.map((x) => {
    if (x.start < at) return x;
    const moved = { ...x, start: x.start + by, end: x.end + by };
    if (x.nameStart !== undefined) moved.nameStart = x.nameStart + by;
    return moved;
  });
}

/** The entity a statement opens on as its subject ("Chinese President Xi Jinping", "The former Ostland President, Tom Ray, …"), or null. */
export function subjectOf(text: string, ms: Mention[]): StatementAnalysis['subject'] {
  const lead = /^According to [^,]{3,80}, /.exec(text);
  const at = lead ? lead[0].length : 0;
  const fi = ms.findIndex((m) => m.start === at);
  const first = fi >= 0 ? ms[fi] : undefined;
  const next = fi >= 0 ? ms[fi + 1] : undefined;
  if (first && !first.bound && !first.possessive && first.entity.type !== 'other') return { start: first.start, end: first.end, entity: first.entity };
  // "Chinese President Xi Jinping", "China’s President Xi Jinping"
  if (
    first &&
    (first.bound || first.possessive) &&
    first.entity.type === 'country' &&
    next?.entity.type === 'person' &&
    next.start - first.end <= 2 &&
    next.title
  )
    return { start: first.start, end: next.end, entity: next.entity };
  // "Republican leader Mitch McConnell", "Mission director Lena Hart": a person after a short lead
  // of capitalised words and role nouns.
  const person = ms.find((m) => m.entity.type === 'person' && m.start > at && m.start - at <= 50);
  if (!person || person.possessive) return null;
  const words = text.slice(at, person.start).trim().split(/\s+/);
  if (words.length <= 5 && words.every((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w) || ROLE_WORDS.has(w)))
    return { start: at, end: person.end, entity: person.entity };
  // "The former Ostland President, Tom Ray, died …": the name set off after its role.
  if (/^The [^,]{3,60}, $/.test(text.slice(at, person.start)) && text[person.end] === ',')
    return { start: person.start, end: person.end, entity: person.entity };
  return null;
}
