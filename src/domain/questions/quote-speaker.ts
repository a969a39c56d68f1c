// "Who said: “…”?" asked on the quote alone. Only the speaker's words are shown, so the sentence
// around them may lean on its neighbours ("he said", "last month"); the words themselves must
// stand alone and must not name the speaker. With fewer than three sound wrong options, the
// question becomes a true-or-false on the speaker.

import type { BriefingAnalysis } from '../analysis/document';
import { FIRST_NAMES } from '../facts/first-names';
import type { Entity } from '../analysis/entities';
import { findSpokenQuotes, type SpokenQuote } from '../analysis/quote-runs';
import type { StatementAnalysis } from '../analysis/statement';
import { createRandom, hashString } from '../random';
import { escapeRegExp, explain, fromRandomOffset, MAX_PROMPT, memo, mentions, type Candidate, type Context, wholeText } from './common';
import { entityDistractors, NOT_PERSON, officeHolders, type Option, notAPerson } from './distractors';
import { verbless } from './standalone-shapes';

/** Openers that lean on words the reader never sees; "It seems", "It is vital to" lean on none. */
const LEANING_OPENER =
  /^(?:But|And|Or|So|Yet|Still|Then|Thus|Hence|Therefore|Instead|Indeed|Also|However|Meanwhile|Moreover|Furthermore|Besides|Otherwise|Now|That|This|These|Those|It(?! (?:seems|is (?:not )?(?:\p{Ll}+ ){0,2}(?:to|that)\b))|Its|He|She|His|Her|Him|They|Their|Them|Such|Here|There(?! (?:is|are|was|were|will be|has been|have been)\b)|Both|Another|The other|The latter|The former)\b/u;
// "For this activity, …": a thing the speaker's earlier words named.
const PRESUPPOSING =
  /^(?:for|with|by|through) (?:this|these|that|those) [a-z]+,|\b(?:despite|given|in spite of|after|because of) (?:these|those|this|that|such)\b|^the same\b|\b(?:also|too|as well|the latter|the former|aforementioned|either|neither|there(?! (?:is|are|was|were|will|would|has|have|had|may|might|could|must|seems?)\b))\b/i;
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|they|them|their|theirs)\b/i;
/** "I, as the minister", "as head of the agency": a role that names the speaker. */
const SELF_NAMING =
  /\bI,? (?:as )?(?:the|your) \p{Ll}+|\bas (?:the |a |an )?(?:minister|president|prime minister|chair\w*|secretary|chief|head|director|spokes\w+|governor|mayor|coach|captain|economist|author|judge)\b/iu;
/** "We Ostlanders have rejected …": a people the speaker names as their own. */
const OWN_PEOPLE = /\b[Ww]e \p{Lu}\p{Ll}+(?:ans|ese|ish|is|ers)\b/u;
/** Words that tell the speaker's sex, which the options would have to share. */
const GENDER_CUE = /\b(?:my|our) (?:wife|husband)\b|\bas a (?:woman|man|mother|father)\b/i;
/** A person named only in a past setting ("in the memory of", "the murder of") said nothing now. */
const PAST_SETTING = /\b(?:memory|murder|death|funeral|late|contemporary|founder|founded|legacy|former)\b[^.]{0,20}$/i;
const PAST_AFTER = /^[^.;]{0,20}\bin the (?:early |mid-?|late )?\d{1,2}(?:st|nd|rd|th) century\b/;
const MIN_WORDS = 6;
const MAX_WORDS = 40;
const MAX_QUOTE = 215;

/** Whether the speaker's words make sense shown alone, without naming or hinting at the speaker. */
export function quoteStandsAlone(q: SpokenQuote): boolean {
  const { quote } = q;
  const words = quote.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS || quote.length > MAX_QUOTE) return false;
  if (!/^\p{Lu}/u.test(quote) || /[?!;:]$|[“”"…]|\.\.\.|\(|\)/u.test(quote)) return false;
  // "A sale agreement in April for a 50% exit from Ayrcool.": words with no verb say nothing to credit; "U. S." is no one who speaks.
  if ((verbless(quote) && !/\b(?:I|[Ww]e|[Yy]ou|[Tt]hey) \p{Ll}{2,}/u.test(quote)) || /^(?:\p{Lu}\. ?){1,3}$/u.test(q.speaker.name)) return false;
  if (LEANING_OPENER.test(quote) || PRESUPPOSING.test(quote) || SELF_NAMING.test(quote) || OWN_PEOPLE.test(quote) || GENDER_CUE.test(quote)) return false;
  // "he", "their" with a name before them in the quote point at it; without one, at nobody shown.
  const pronoun = THIRD_PERSON.exec(quote);
  if (pronoun && !/\s\p{Lu}\p{Ll}/u.test(quote.slice(0, pronoun.index))) return false;
  return !q.giveaways.some((w) => mentions(quote, w));
}

function spokenAt(ctx: Context): Map<number, SpokenQuote> {
  return memo(ctx, 'spoken', () => {
    const { statements, registry } = ctx.analysis;
    return new Map(findSpokenQuotes(statements, registry.people.values()).map((q) => [q.statementIndex, q]));
  });
}

/** The story's other people fit to have spoken: other speakers first, then people it sets in the present. */
function otherPeople(q: SpokenQuote, ctx: Context, spoken: Map<number, SpokenQuote>): Option[][] {
  const speakers = new Set([...spoken.values()].map((s) => s.speaker));
  const present = new Map<Entity, boolean>();
  for (const st of ctx.analysis.statements)
    for (const m of st.mentions) {
      if (m.entity.type !== 'person') continue;
      // Only the words leading to the name, not a quote that ends just before it.
      const before = st.text
        .slice(Math.max(0, m.start - 40), m.start)
        .split(/[“”"]/)
        .pop()!;
      // A name in brackets is a publisher or a source; in a past setting, no one who speaks now.
      // "removed by antiquarian Thomas Bruce in the early 19th century": a figure of the past says nothing now.
      const after = st.text.slice(m.end, m.end + 90);
      // "since Mitterrand and Kohl debated … in 1989", in a story of 2015: a figure of a year long gone.
      const year = /^[^.;]{0,80}\b((?:1[5-9]|20)\d\d)\b/.exec(after);
      const gone = year !== null && Number(ctx.briefingDate?.slice(0, 4)) - Number(year[1]) >= 10;
      const fit = !/\($/.test(before) && !PAST_SETTING.test(before) && !PAST_AFTER.test(after) && !gone;
      present.set(m.entity, (present.get(m.entity) ?? false) || fit);
    }
  const tiers: Option[][] = [[], []];
  const speakerWords = q.speaker.name.split(' ');
  for (const [p, fit] of present) {
    if (!fit || p === q.speaker || !p.name.includes(' ') || /-/.test(p.name) || notAPerson(p, ctx)) continue;
    // "Bharti Airtel has made bids" reads like a person: a company must not stand as one.
    if (!speakers.has(p) && !p.titles.length && !p.field && !FIRST_NAMES.has(p.name.split(' ')[0])) continue;
    if (p.keys.some((k) => q.speaker.keys.includes(k)) || p.name.split(' ').some((w) => speakerWords.includes(w))) continue;
    if (mentions(q.quote, p.name) || (p.surname && mentions(q.quote, p.surname))) continue;
    // "Architect David Moss" beside "David Moss": a role read into the name, the same person.
    if ([...present.keys()].some((o) => o !== p && p.name.endsWith(` ${o.name}`))) continue;
    tiers[speakers.has(p) ? 0 : 1].push({ text: p.name, keys: p.keys, tier: speakers.has(p) ? 0 : 1 });
  }
  return tiers.map((t) => t.sort((a, b) => (a.text < b.text ? -1 : 1)));
}

/** Whether the text names someone as a judge: "Circuit Judges Diana Motz and Robert King". */
function onBench(name: string, ctx: Context): boolean {
  // Asked for every option of every quote: the text is searched once per name.
  return memo(ctx, `on-bench:${name}`, () =>
    new RegExp(`\\b(?:Judges?|Justices?|Magistrates?)\\b[^.;]{0,60}\\b${escapeRegExp(name)}\\b`, 'u').test(wholeText(ctx)),
  );
}

/** Up to three wrong options: the story's people first, then holders of a like office at the time. */
function wrongOptions(q: SpokenQuote, ctx: Context, prompt: string, story: Option[][], random: () => number): Option[] {
  if (q.speaker.type === 'org') return entityDistractors(q.speaker, q.speaker.name, false, { ...ctx, random }, prompt, new Set());
  const chosen: Option[] = [];
  for (const list of [...story, ...(onBench(q.speaker.name, ctx) ? [] : [officeHolders(q.speaker, ctx, prompt)])])
    for (const o of fromRandomOffset(list, random)) {
      if (chosen.length < 3 && !chosen.some((c) => c.text === o.text || c.keys.some((k) => o.keys.includes(k)))) chosen.push(o);
    }
  return chosen;
}

const accepted = (ctx: Context, c: Candidate) => !ctx.accept || ctx.accept(c);

/** Questions on who said the statement's quoted words, or none. */
export function quoteSpeakerQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const spoken = spokenAt(ctx);
  const q = spoken.get(st.index);
  // "Economic Policy Secretariat" taken for a person: its words are no one's to swap with a person's.
  if (!q || !quoteStandsAlone(q) || (q.speaker.type === 'person' && NOT_PERSON.test(q.speaker.name))) return [];
  // Drawn apart from the shared source, so the other kinds' questions stay as they were.
  const random = createRandom(hashString(`${ctx.seed}:quote:${st.index}`));
  const answer = q.speaker.name;
  const prompt = `Who said: “${q.quote}”?`;
  const explanation = explain(st, q.namedIn === st.index ? `It was ${answer}.` : `It was ${answer}, whose words run on from an earlier sentence.`);
  let story = q.speaker.type === 'person' ? otherPeople(q, ctx, spoken) : [];
  // A judge's words ("We have held …", "Appellant failed …") rule out anyone not on the bench.
  if (onBench(answer, ctx)) story = story.map((list) => list.filter((o) => onBench(o.text, ctx)));
  const ds = wrongOptions(q, ctx, prompt, story, random);
  // The bank asks one answer twice at most: a speaker's later quotes become true-or-false.
  const asked = memo(ctx, 'quote-speaker-asked', () => new Map<Entity, number>());
  // The story's only person asked as "who" is given away, whatever office holders stand beside them.
  const alone = q.speaker.type === 'person' && !story.some((t) => t.length);
  if (!alone && ds.length >= 3 && (asked.get(q.speaker) ?? 0) < 2 && prompt.length <= MAX_PROMPT) {
    const mc: Candidate = {
      kind: 'attribution',
      statementIndex: st.index,
      prompt,
      answer,
      distractors: ds.map((d) => d.text),
      answerKeys: q.speaker.keys,
      distractorKeys: ds.map((d) => d.keys),
      explanation,
      score: 0.78,
      difficulty: 0.45 + ds.filter((d) => d.tier === 0).length * 0.1,
    };
    if (accepted(ctx, mc)) {
      asked.set(q.speaker, (asked.get(q.speaker) ?? 0) + 1);
      return [mc];
    }
  }
  const claim = (who: string, truth: boolean): Candidate => ({
    kind: 'true_false',
    statementIndex: st.index,
    prompt: `True or false: ${who[0].toUpperCase()}${who.slice(1)} said: “${q.quote}.”`,
    answer: truth ? 'True' : 'False',
    distractors: [truth ? 'False' : 'True'],
    explanation: explain(st, truth ? `True: it was ${answer}.` : `False: it was ${answer}, not ${who}.`),
    score: 0.6,
    difficulty: 0.4,
    speakerClaim: { speaker: who, quote: q.quote },
  });
  const truth = claim(answer, true);
  if (!accepted(ctx, truth)) return [];
  // The False names another of the story's own people, never an outsider.
  // "said Col. Tom Ray, Commander Task Force Ayr": a body the speaker's own title names speaks through them.
  const other = story.flat().find((o) => !mentions(q.quote, o.text) && !mentions(st.text, o.text));
  if (other) return [truth, claim(other.text, false)];
  // The story's only person credited with the words is given away: no other name to doubt.
  // ("Montreal", "Dubai Investments PJSC" or "Middle East" taken for a person is no other name.)
  if (!ctx.analysis.statements.some((s) => s.mentions.some((m) => m.entity !== q.speaker && realPerson(m.entity)))) return [];
  // A lone speaker answers True every time: one such question a briefing is enough.
  const lone = memo(ctx, 'lone-speaker-claims', () => ({ n: 0 }));
  return lone.n++ < 1 ? [truth] : [];
}

/**
 * An independent check of a speaker claim: the quote is the statement's own words and the
 * answer says whether the named one is the speaker the text gives them to.
 */
export function speakerClaimHolds(c: Candidate, analysis: BriefingAnalysis): boolean {
  const st = analysis.statements[c.statementIndex];
  const claim = c.speakerClaim;
  if (!claim || !st.source.includes(claim.quote)) return false;
  const q = findSpokenQuotes(analysis.statements, analysis.registry.people.values()).find((x) => x.statementIndex === c.statementIndex);
  return !!q && q.quote === claim.quote && (q.speaker.name === claim.speaker) === (c.answer === 'True');
}

/** A person of two names or more, none a company's, a body's or a region's word. */
function realPerson(e: Entity): boolean {
  return e.type === 'person' && PERSON_LIKE.test(e.name) && !NOT_PERSON.test(e.name);
}
const PERSON_LIKE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)+$/u;

/**
 * "“We are reaping the benefits …,” Tom Ray said." asked true or false where he is the story's only
 * person: no other name to doubt, so it is True without reading.
 */
export function loneSpeaker(c: Candidate, ctx: Context): boolean {
  const st = ctx.analysis.statements[c.statementIndex];
  if (c.kind !== 'true_false' || !st.quotes.length || !/\b(?:said|says|added|told|stated)\b/.test(st.text.replace(/“[^”]*”|"[^"]*"/g, ''))) return false;
  const people = memo(
    ctx,
    'real-people',
    () => new Set(ctx.analysis.statements.flatMap((s) => s.mentions.filter((m) => realPerson(m.entity)).map((m) => m.entity.name))),
  );
  return people.size <= 1;
}
