// A figure asked in a sentence of several figures: the sentence without the figures that would
// give it away or that another question asks. "Sales decreased 0.4 percent to 5.43 million from
// 5.45 million" holds three facts, any two of which compute the third; "Sales decreased _____
// percent in May" and "Sales decreased to _____ million in May" ask two of them, each alone.

import type { StatementAnalysis } from '../analysis/document';
import { findDates, type DateMention } from '../analysis/dates';
import { findNumbers, type NumberMention } from '../analysis/numbers';
import { ANCHOR, SINCE_PHRASE } from '../analysis/relative-times';
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from '../facts/months';
import { hasVerb } from './standalone-shapes';

/** The sentence around one figure, with the figure's place in it. */
export interface Focus {
  text: string;
  numbers: NumberMention[];
  dates: DateMention[];
  start: number;
  end: number;
}

const CHANGE_VERB =
  /\b(?:rose|rising|fell|falling|increased|increasing|decreased|decreasing|declined|declining|climbed|climbing|dropped|dropping|gained|grew|growing|jumped|slipped|slid|surged|plunged|edged (?:up|down)|was up|were up|was down|were down|is up|are up|is down|are down|up|down|increase of|decrease of|rise of|fall of|drop of|growth of)$/;
/** A unit written after a figure that the figure parser leaves out ("520 kb/d", "48.2 mb"). */
const UNIT_AFTER = /^(?: ?(?:kb\/d|mb\/d|b\/d|mb|kb|bbl|\/bbl|tonnes|tons|points?|basis points|units))\b/;
/** Where a phrase that carries a figure ends: the next clause mark, or a word that starts another part. */
const PHRASE_END =
  /,|;|(?<!\b\p{Lu})\.(?=\s|$)|\s\(|\s(?:from|compared|versus|as|while|but|and|after|since|during)\b|\s(?:in|for|on|at|by|over|through) (?:the |a |an )?(?:\p{Lu}|\d|first|second|third|fourth|last|previous|same|prior|current|year|month|quarter|week|end)/gu;
/** ", which are transactions of homes, flats and co-ops, fell": up to the comma before the main verb. */
const RELATIVE_ASIDE =
  /, (?:which|who) [^;()]{3,200}?,(?= (?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|can|could|rose|fell|grew|stood|remained|rise|fall|says|said)\b)/gu;
const DANGLING_CHANGE =
  /\b(?:rose|fell|increased|decreased|declined|climbed|dropped|gained|grew|jumped|slipped|slid|surged|plunged|was up|were up|was down|were down)(?: by)?(?:[.,;]| for the (?:biggest|largest|sharpest|steepest|best|worst)\b)/;
const UP_OVER =
  /\b(?:up|down)(?: by)? (?:over|on|against|compared|versus|vs\.?)\b|\b(?:fell|rose|increased|decreased|grew|dropped|declined|climbed) in [^.;,]{1,30} and by\b/;
const MOVE_THEN_TIME = /\b(?:is|are|was|were|been)(?: now| still)? (?:up|down) (?:in|for|over|since|during|this|so far)\b/;
/** A last word that needs what follows it ("estimated at _____ up.", "_____ shares valued.", "growth at _____ and sequential growth."). */
const WANTS_COMPLEMENT =
  /\b(?:up|down|valued|worth|priced|compared|against|versus|totall?ing|amounting|registered|recorded)\.$|\band (?:[\p{Ll}-]+ )?(?:growth|decline|increase|decrease|rise|fall|gain|loss|margin|rate)\.$/u;
/** "accounted for in damage": two prepositions side by side, a word lost between them. */
const TWO_PREPOSITIONS = /\b(?:for|of|to|at|by|with|from) (?:in|of|for|to|at|by|with|from)\b/;
/** "late on Friday, 20 February 2009" right after a base: the day the base was. */
const BARE_BASE_DAY = new RegExp(`^\\s(?:(?:late|early)\\s)?(?:on\\s)?(?:${WEEKDAY_ALTERNATION})\\b(?! \\d| (?:${MONTH_ALTERNATION}))`);
const BASE_MONTH = new RegExp(`^\\s(?:in|for|during)\\s(?:${MONTH_ALTERNATION})(?:\\s(?:1[5-9]|20)\\d\\d)?\\b(?=\\s(?:to|and)\\b)`);
const BASE_DAY = new RegExp(`^\\s(?:(?:late|early)\\s)?(?:on\\s)?(?:(?:${WEEKDAY_ALTERNATION}),?\\s)?$`);
const YEAR_LIKE = /^(?:1[5-9]|20)\d\d$/;
const FINITE_IN = /\s(?:are|is|were|was|have|has|had|will|would)[\s,.]/;

/** A figure a question could ask: not a year, not a day of a date. */
export function isFigure(x: NumberMention, dates: readonly DateMention[]): boolean {
  return !YEAR_LIKE.test(x.text) && !dates.some((d) => d.start <= x.start && d.end >= x.end);
}

function phraseEnd(text: string, from: number): number {
  PHRASE_END.lastIndex = from;
  const m = PHRASE_END.exec(text);
  return m ? m.index : text.length;
}

/** The figure with a unit the parser left out. */
function figureEnd(text: string, n: NumberMention): number {
  const unit = UNIT_AFTER.exec(text.slice(n.end));
  return n.end + (unit ? unit[0].length : 0);
}

/**
 * The statement without every figure but `n` (years and dates aside), or null when the figure
 * cannot be asked alone: it sits in a tail the sentence cannot lose, or a figure that relates to
 * it would stay.
 */
export function focusOn(st: Pick<StatementAnalysis, 'text' | 'numbers' | 'dates'>, n: NumberMention): Focus | null {
  const text = st.text;
  const cuts: [number, number][] = [];
  const covers = (a: number, b: number) => a <= n.start && b >= n.end;
  // Asides: brackets and non-restrictive clauses ("sales, which are completed transactions, fell").
  for (const m of text.matchAll(/\s\([^()]*\)/g)) if (!covers(m.index, m.index + m[0].length)) cuts.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(RELATIVE_ASIDE)) if (!covers(m.index, m.index + m[0].length)) cuts.push([m.index, m.index + m[0].length]);
  const others = st.numbers.filter((x) => x !== n && isFigure(x, st.dates));
  for (const m of others) {
    if (cuts.some(([a, b]) => a <= m.start && b >= m.end)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    // ", an all-time high and up 4.9 percent from May 2017": a tail after the asked figure's clause.
    if (m.start > n.end) {
      const comma = text.lastIndexOf(',', m.start);
      // A clause or a phrase of its own ("an all-time high", "accounting for"), not an item of a list.
      if (comma >= n.end && !text.slice(n.end, comma).includes(';') && /^, (?:\p{Ll}{2,}|an?|the)\b/u.test(text.slice(comma))) {
        cuts.push([comma, text.length - (/[.!?]$/.test(text) ? 1 : 0)]);
        continue;
      }
    }
    // "from downwardly revised 5.45 million in April", ", compared with $14.9 million for the same quarter"
    // "net income from continuing operations was $295 million": a "from" with a verb before the figure is no base.
    const base =
      /(,?\s(?:from|compared with|compared to|versus|against)\s(?:(?!(?:was|were|is|are|has|have|had|totalled|totaled|reached|stood)\s)[\p{L}-]+\s){0,3})$/u.exec(
        before,
      );
    if (base) {
      // "for the year ended 30 June 2012 – from $2.1 million …": a dash that opened the base goes with it.
      const a = m.start - base[1].length - (/\s[–—]$/.test(before.slice(0, before.length - base[1].length)) ? 2 : 0);
      let b = phraseEnd(text, figureEnd(text, m));
      // The base's own time ("in April", "for the second quarter of 2023") goes with it.
      // "from $1.3 million in the second quarter of 2000 reflects …": a period named up to its year goes too.
      // "from 1,000 miles in 1860 to 45,000 miles by 1917": the clause's end holds the level, its year does not.
      const time = [
        /^\s(?:in|for|of|at)\s[^,;()]{0,45}?(?=,|;|\.(?:\s|$)|$)/.exec(text.slice(b)),
        /^\s(?:in|for|during)\s(?:the\s)?[^,;.()]{0,40}?\b(?:1[5-9]\d\d|20\d\d)\b/.exec(text.slice(b)),
        // "from $2.1 million in the prior year to …": a period named by its place before the asked one.
        /^\s(?:in|for|during|over)\s(?:the\s)?(?:prior|previous|preceding|last|same)\s(?:financial\s|fiscal\s)?(?:year|quarter|period|month|half)\b/.exec(
          text.slice(b),
        ),
      ].find((t) => t && !/\d/.test(t[0].replace(/(?:1[5-9]|20)\d\d/g, '')) && !/\s(?:and|but|while|as)\s/.test(t[0]));
      if (time) b += time[0].length;
      // "from 1.2 per cent in January to 0.9 per cent": a month alone, before the level.
      else b += BASE_MONTH.exec(text.slice(b))?.[0].length ?? 0;
      // "from 2.79 percent late on Friday, 20 February 2009": the base's day goes with it, or the
      // asked figure would read as Friday's.
      const day = st.dates.find((d) => d.start >= b && BASE_DAY.test(text.slice(b, d.start)));
      if (day) b = day.end;
      // "from 17 million levs on Tuesday": a weekday the text left bare goes the same way.
      else b += BARE_BASE_DAY.exec(text.slice(b))?.[0].length ?? 0;
      // "Some 3,500 personnel from 17 countries are taking part": the verb after it is the sentence's own.
      if (covers(a, b) || FINITE_IN.test(text.slice(a, b + 1))) return null;
      // "personnel from 26 countries, including Ostland": the list names what the cut took away.
      if (/^,? including\b/.test(text.slice(b))) return null;
      cuts.push([a, b]);
      continue;
    }
    // "decreased 0.4 percent to _____": the change goes when the level is asked.
    // "hopes of locating at least 537 people": "at least" bounds a figure, it sets no level.
    const to = /\s(?:to|at(?! (?:least|most)\b))\s(?:[\p{L}-]+\s){0,6}$/u.exec(before);
    const changed = CHANGE_VERB.test(
      text
        .slice(0, m.start)
        .replace(/\s(?:by\s)?$/, '')
        .replace(/\s+$/, ''),
    );
    if (changed) {
      const by = /\sby\s$/.test(text.slice(m.start - 4, m.start)) ? 3 : 0;
      const a = m.start - 1 - by;
      const b = figureEnd(text, m);
      // Only when what follows is the level ("… to", "… in May to") or the sentence's end.
      const rest = text.slice(b);
      if (!/^(?:\s(?:in|for|over)\s[^,;]{0,30})?\s(?:to|at)\s/.test(rest) && !/^(?:[,;.]|\s(?:in|for|over)\s)/.test(rest)) return null;
      if (covers(a, b)) return null;
      cuts.push([a, b]);
      continue;
    }
    // "a _____ grant to build the capacity of 23 boards": an infinitive's object, not a level; it stays.
    if (
      to &&
      m.start > n.start &&
      /^\sto\s(?!(?:a|an|the|about|around|nearly|almost|roughly|some|just|over|under|more|less|record|new|its|their|his|her)\s)\p{Ll}+\s/u.test(to[0])
    )
      continue;
    if (to && m.start > n.start) {
      // "… climbed _____ percent to 1.85 million existing homes": the level goes when the change is asked.
      // "bid at _____ and the R207 at 8.91%": the other thing goes with its figure, not left dangling.
      const own = /,?\s(?:and|while|but)\s(?:the\s)?[\p{L}\d-]+$/u.exec(text.slice(0, m.start - to[0].length));
      const a = own ? own.index : m.start - to[0].length;
      const b = phraseEnd(text, figureEnd(text, m));
      if (covers(a, b)) return null;
      cuts.push([a, b]);
      continue;
    }
    return null;
  }
  if (!cuts.length) return { text, numbers: st.numbers, dates: st.dates, start: n.start, end: n.end };
  // Overlapping cuts merge; the text is rebuilt from the right so offsets stay valid.
  cuts.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const c of cuts) {
    const last = merged[merged.length - 1];
    if (last && c[0] <= last[1]) last[1] = Math.max(last[1], c[1]);
    else merged.push([...c]);
  }
  let out = text;
  let start = n.start;
  for (let i = merged.length - 1; i >= 0; i--) {
    const [a, b] = merged[i];
    out = out.slice(0, a) + out.slice(b);
    if (b <= n.start) start -= b - a;
  }
  out = out
    .replace(/\s+([,.;])/g, '$1')
    .replace(/,\s*\./, '.')
    .replace(/\s{2,}/g, ' ');
  // "total assets were _____ and grew.": a change cut from under its verb leaves the verb hanging.
  // "… and Price Earnings Ratio was recorded.": the other half lost its figure and kept its verb.
  // "estimated at _____ up.", "a volume of _____ shares valued.": the cut took the word's complement.
  if (DANGLING_CHANGE.test(out) || /\b(?:was|were|is|are) (?:recorded|registered|reported|estimated|put|set|seen|observed)\.$/.test(out)) return null;
  // "… a turnover of _____ lei, Kessel Power.": the cut took the next item's figure and left its name.
  if (/, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}\.$/u.test(out) && !/, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}\.$/u.test(text)) return null;
  // "The index is now up in 2025, while …": the cut left a move with no amount before its time.
  if (MOVE_THEN_TIME.test(out) && !MOVE_THEN_TIME.test(text)) return null;
  // "and operating profit up over last year", "unemployment fell in the EU-28 and by _____ in the
  // Euro Area": the other half lost its amount and kept its base or its place.
  if (UP_OVER.test(out) && !UP_OVER.test(text)) return null;
  if (WANTS_COMPLEMENT.test(out) && !WANTS_COMPLEMENT.test(text)) return null;
  // "Andersen, who prevailed on stage _____.": the main verb went with the tail, a relative clause is left.
  if (/, (?:who|which|whose) [^,]+\.$/.test(out)) return null;
  // "The robbery at the Ayr store, _____ miles from Kessel.": the tail cut was the main verb's.
  if (!hasVerb(out) && hasVerb(text)) return null;
  // "raised its estimate for 2022 to _____ and for 2023.": the other half's figure went, its words stayed.
  if (/\b(?:and|or) (?:for|in) [^,.;]{1,25}\.$/.test(out)) return null;
  // "killed _____ people and accounted for in damage": a figure cut from between two words that needed it.
  if (TWO_PREPOSITIONS.test(out) && !TWO_PREPOSITIONS.test(text)) return null;
  // "The Dow descended _____ points" from "… to close on Tuesday, 3 October 2023 at …": the cut took the day with it.
  // "A reduction in expenses to _____ reflects …": a figure stripped of every time the sentence gave it.
  if (!ANCHOR.test(out) && ANCHOR.test(text.replace(SINCE_PHRASE, ''))) return null;
  // The clean-up may move the figure: find it again at or before where it should be.
  const numbers = findNumbers(out);
  const again = numbers.find((x) => x.text === n.text && Math.abs(x.start - start) <= 3);
  if (!again) return null;
  // What is left must not relate the figure to another of its kind.
  const dates = findDates(out);
  if (numbers.some((x) => x !== again && isFigure(x, dates))) return null;
  return { text: out, numbers, dates, start: again.start, end: again.end };
}

/**
 * "a dividend of _____ of the share's value (QAR0.33 per share)": the same figure elsewhere in the
 * prompt, or its share of one, gives it away ("2.9 billion … 29%" is two figures).
 */
export function repeated(text: string, n: NumberMention, at: { start: number; end: number }): boolean {
  const same = (x: string) => {
    const v = Number(x.replace(/,/g, ''));
    return v === n.value || (n.percent !== '' && Math.abs(v * 100 - n.value) < 1e-9);
  };
  return n.value >= 10 && [...text.matchAll(/\d[\d.,]*\d/g)].some((x) => (x.index < at.start || x.index >= at.end) && same(x[0]));
}
