// A statement as a true-or-false claim: a long one by its first clause, asides dropped, with what
// that clause holds at its places in the clause's text; and the range bounds no change may move.

import { hasVerb } from './standalone-shapes';
import { balancedQuotes } from '../analysis/quotes';
import type { StatementAnalysis } from '../analysis/document';
import { MAX_PROMPT } from './common';

export const TF = 'True or false: ';

/** "…, with the exception of operations to Ayr": words a claim holds only with. */
const EXCEPTION = /\b(?:with the exception of|except|excepting|excluding|other than|apart from|save for|but not|unless)\b/;

/**
 * A long statement's first claim: "Inventory climbed 2.8 percent to 1.85 million, but is still
 * lower than …" → "Inventory climbed 2.8 percent to 1.85 million." Asides in brackets go first.
 */
export function mainClause(text: string): string | null {
  let t = text.replace(/\s\([^()]{1,120}\)/g, '');
  if (t.length + TF.length <= MAX_PROMPT) return t;
  // "Actor Tim Moss, the leading man who starred in …, died in his sleep": the description goes.
  const described = APPOSITIVE.exec(t);
  if (described) {
    t = `${described[1]} ${t.slice(described[0].length)}`;
    if (t.length + TF.length <= MAX_PROMPT) return t;
  }
  // "Following the declaration of cholera, MSF is scaling up …": the setting goes, the claim stays.
  const setting = LEAD_CLAUSE.exec(t);
  if (setting) {
    const rest = t.slice(setting[0].length);
    const claim = rest[0].toUpperCase() + rest.slice(1);
    // What the setting named ("the disease", "its spread") would point at nothing once it is gone.
    const pronoun =
      /\b(?:he|she|it|its|they|them|their|we|our|i|you|this|that|these|those|his|her|such|there)\b/i.test(claim) ||
      [...claim.matchAll(/\bthe (\p{Ll}{3,})/giu)].some((m) => setting[0].toLowerCase().includes(m[1].toLowerCase().slice(0, 5)));
    if (!pronoun && claim.length + TF.length <= MAX_PROMPT && claim.split(/\s+/).length >= 8 && balancedQuotes(claim)) return claim;
  }
  const m = CUT.exec(t.slice(60));
  if (!m) return null;
  // "…, with the exception of operations to Santiago": the claim holds only with what the cut would drop.
  if (EXCEPTION.test(t.slice(60 + m.index))) return null;
  // "the main purposes are: strengthening trust; developing …", "across Ostland, Ayr, and Kessel": a list's first items are not the claim.
  if (m[0] === '; ' && t.slice(0, 60 + m.index).includes(': ')) return null;
  if (m[0] === ', and ' && /, [^,;]{1,30}$/.test(t.slice(0, 60 + m.index))) return null;
  // "a decision … terminating, with effect from …, a dispensation": the cut would leave a verb without its object.
  const last = /\p{Ll}{3,}ing$/u.exec(t.slice(0, 60 + m.index))?.[0];
  if (last && !ING_NOUN.test(last)) return null;
  t = t.slice(0, 60 + m.index).replace(/[,;:\s]+$/, '');
  // "… a clinical finish by Tom Ray but, with time running out, …": a cut after a conjunction leaves it hanging.
  if (/\b(?:but|and|or|nor|yet|so|because|while|as|although|though)$/.test(t)) return null;
  // "at 6:24 p.m.": an abbreviation's full stop ends the sentence too.
  if (!t.endsWith('.')) t += '.';
  if (t.length + TF.length > MAX_PROMPT || t.split(/\s+/).length < 8 || !balancedQuotes(t) || t.split('(').length !== t.split(')').length) return null;
  // "Eight geologists, along with colleagues from Ayr, the Survey of Varn.": a cut inside a list, before its verb.
  if (m[0].startsWith(', and') && /,.*,/.test(t) && !hasVerb(t)) return null;
  return t;
}

/** Words in -ing that are nouns ("the morning", "a meeting"), not a clause's verb. */
const ING_NOUNS =
  'something|nothing|anything|everything|morning|evening|spring|king|string|wing|building|meeting|painting|ceiling|clothing|funding|housing|training|spending';
const ING_NOUN = new RegExp(
  `^(?:${ING_NOUNS}|thing|ring|ruling|hearing|finding|offering|opening|beginning|ending|setting|being|listing|crossing|landing|gathering|shooting|bombing|uprising)$`,
);
/** Where a long sentence's first claim ends: before a clause, an aside or a second claim. */
const CUT = new RegExp(
  String.raw`(?:, but |, while |, which |, although |, whereas |; |, as (?!well as|amended|follows|such|(?:its |the |a |an )?(?:prime minister|president|chair(?:man|woman)?|head|director|minister|secretary|governor|ambassador|leader|chief|captain|coach|manager|member|deputy)\b)|, with |, according to |, and (?=the |a |an |\p{Lu})|, (?:less|more) than \d+ (?:hours|days|weeks|months) |, (?:just |only )?(?:(?:a|one|two|three|four|five|six|\d+) )?(?:hours?|days?|weeks?|months?) (?:after|before|ahead of) |, (?:after|following|amid|despite) (?=the |a |an |\p{Lu})| (?:in|amid|during) (?:a|an) (?:[\p{Ll}-]+ ){1,2}(?:that|which) |, during which |, (?!(?:during|including|taking|according|following|regarding|concerning|${ING_NOUNS}|earnings|savings|holdings|findings|rulings)\b)\p{Ll}{3,}ing | after (?=\p{Ll}+ing\b)|, (?:his|her|their|its|the) \p{Ll}+ (?:told|said) )`,
  'u',
);

/** A named subject's description between commas, before its verb. */
// ("In Djakarta, the Indonesian government …, followed": a place, not a name.)
const APPOSITIVE =
  /^(?!(?:In|On|At|For|From|By|With|After|Before|During|Since|Under|Over|Through|Across|Near|To|Of|As|Outside|Inside|Within|Beyond) )((?:[\p{L}-]+ ){0,3}\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+), (?:the|a|an) [^;()]{10,200}?,[”"]? (?=(?:has |had |was )?(?:died|dies|said|says|won|wins|announced|resigned|\p{Ll}{3,}ed)\b)/u;
/** A leading clause of time or circumstance, up to the comma before the main clause. */
const LEAD_CLAUSE =
  /^(?:Following|After|Before|While|As|Despite|Amid|In (?:a|an)(?= ))\b[^,“”"();]{10,200}?, (?=(?:the|a|an) |\p{Lu}|\p{Ll}+ (?:\p{Ll}+ )?(?:with|of|from|in)\b)/u;

/**
 * "aged 45 to 79", "between 10 February and 27 April": a bound of a range. Moved outwards the range
 * still holds what the text says, so the changed version is not refuted.
 */
export function inRange(text: string, start: number, end: number): boolean {
  return (
    /^\s*(?:to|and|through|until|-|–)\s*\D{0,3}\d/.test(text.slice(end, end + 12)) ||
    /\d[\d,.]*\s*(?:%|per ?cent|\p{L}+)?\s*(?:to|and|through|until|-|–)\s*\D{0,3}$/u.test(text.slice(Math.max(0, start - 30), start)) ||
    guessPair(text, start, end) ||
    /\bbetween\s+\S*\s*$/i.test(text.slice(Math.max(0, start - 16), start))
  );
}

/** "three or four days", "nine or 10 metres": either of two figures a reader takes as one guess. */
export function guessPair(text: string, start: number, end: number): boolean {
  return WORD_PAIR_AFTER.test(text.slice(end, end + 16)) || WORD_PAIR_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

const SMALL = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)';
const WORD_PAIR_AFTER = new RegExp(`^ or ${SMALL}\\b`, 'i');
const WORD_PAIR_BEFORE = new RegExp(`\\b${SMALL} or $`, 'i');

const ASIDE = /\s\([^()]{1,120}\)/g;

/** Where the changeable part of a claim ends: all of it, or all but the full stop a cut added. */
export function claimEnd(st: StatementAnalysis, claim: string): number {
  const stripped = st.text.replace(ASIDE, '');
  return claim === stripped ? claim.length : stripped.startsWith(claim.slice(0, -1)) ? claim.length - 1 : 0;
}

/**
 * The statement as its claim (asides dropped, cut after its first clause): what the claim holds,
 * at its places in the claim's text; null when the claim is not the statement's own words.
 */
export function claimOf(st: StatementAnalysis, claim: string): StatementAnalysis | null {
  const end = claimEnd(st, claim);
  if (!end) return null;
  const asides = [...st.text.matchAll(ASIDE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const shift = (at: number) => asides.reduce((d, [a, b]) => d + (b <= at ? b - a : 0), 0);
  function moved<T extends { start: number; end: number }>(x: T): T | null {
    if (asides.some(([a, b]) => x.start < b && x.end > a)) return null;
    const d = shift(x.start);
    return x.end - d <= end ? { ...x, start: x.start - d, end: x.end - d } : null;
  }
  const all = <T extends { start: number; end: number }>(list: T[]) => list.map(moved).filter((x): x is T => x !== null);
  const subject = st.subject && moved(st.subject);
  return {
    ...st,
    text: claim,
    numbers: all(st.numbers),
    dates: all(st.dates),
    mentions: all(st.mentions).map((m) => ({ ...m, nameStart: m.nameStart - shift(m.start) })),
    quotes: all(st.quotes),
    subject,
    predicate:
      st.predicate && subject && st.predicate.verbStart - shift(st.predicate.verbStart) < end
        ? { ...st.predicate, verbStart: st.predicate.verbStart - shift(st.predicate.verbStart) }
        : null,
  };
}
