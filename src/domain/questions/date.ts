// Date questions from explicit dates only. The briefing's own date line is not a statement, so it
// is never asked about; weekdays and "today" are never turned into dates.

import { SHORT_YEAR, yearStep } from './true-false-words';
import type { StatementAnalysis } from '../analysis/document';
import { formatDate, type DateMention } from '../analysis/dates';
import { MONTHS } from '../facts/months';
import { shuffle } from '../random';
import { BLANK, blankPrompt, explain, memo, mentions, type Candidate, type Context, MAX_PER_KIND, NAMED_EDITION, offer, wholeText } from './common';

export function dateDistractors(
  d: DateMention,
  prompt: string,
  random: () => number,
  latestYear = Infinity,
  latestMonth = 12,
  latestDay = 31,
  yearsApart = 1,
): string[] {
  const variants: { day: number | null; month: number | null; year: number | null }[] = [];
  const dim = (m: number, y: number | null) => new Date(Date.UTC(y ?? 2024, m, 0)).getUTCDate();
  /** Whether a day lies after the briefing's date (a day of no year stands in the briefing's). */
  const ahead = (day: number, month: number, year = d.year ?? latestYear) =>
    year > latestYear || (year === latestYear && (month > latestMonth || (month === latestMonth && day > latestDay)));
  if (d.format === 'y') {
    // A year after the briefing's own date cannot be when something it reports happened, and a
    // forecast's year ("growth … in 2025" in a 2024 report) stands among the report's own year and
    // the years to come.
    const future = d.year! > latestYear;
    for (const k of [1, 2, 3, -1, -2, -3, -4, -5]) {
      const y = d.year! + k * yearsApart;
      if (future ? y >= latestYear : y <= latestYear) variants.push({ day: null, month: null, year: y });
    }
  } else if (d.format === 'm') {
    for (const k of [1, 2, 3, -1, -2, -3]) variants.push({ day: null, month: ((d.month! - 1 + k + 12) % 12) + 1, year: null });
  } else if (!d.day) {
    // Nearby months of the same year, none after the briefing's date ("July" in a June report);
    // for a month still to come ("will open in September"), none before it, or the key is the
    // only one ahead.
    const ahead = (month: number) => {
      const y = d.year ?? latestYear;
      return y > latestYear || (y === latestYear && month > latestMonth);
    };
    const future = ahead(d.month!);
    for (const k of [-1, 1, -2, 2, -3, 3, -4, -5]) {
      const month = d.month! + k;
      if (month < 1 || month > 12) continue;
      if (ahead(month) !== future) continue;
      variants.push({ day: null, month, year: d.year });
    }
  } else if (d.year && d.month! % 3 === 0 && d.day === dim(d.month!, d.year)) {
    // "from 30 June 2023": a period's end, beside which mid-month days are no periods at all; the
    // options are other quarters' ends, on the key's side of the briefing's date.
    const future = ahead(d.day, d.month!, d.year);
    for (const k of [-3, 3, -6, 6, -12, -9, 9]) {
      const index = d.year * 12 + d.month! - 1 + k;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const day = dim(month, year);
      if (ahead(day, month, year) !== future) continue;
      variants.push({ day, month, year });
    }
  } else if (d.day === 1) {
    // "effective January 1, 2006": a first of a month, beside which mid-month days are no start at all.
    const future = ahead(1, d.month!);
    for (const k of [1, -1, 2, -2, 3, -3, 6, -6]) {
      const month0 = d.month! - 1 + k;
      if (!d.year && (month0 < 0 || month0 > 11)) continue;
      const index = (d.year ?? 0) * 12 + month0;
      const year = d.year ? Math.floor(index / 12) : null;
      const month = (((index % 12) + 12) % 12) + 1;
      if (ahead(1, month, year ?? undefined) !== future) continue;
      variants.push({ day: 1, month, year });
    }
  } else {
    const key = d.day;
    // Two other days of the key's month and one of a month beside it, none after the briefing:
    // the key is then neither the latest option nor the one the others are variations of. A day
    // still to come ("contacted by letter from 10 June" in a 1 June notice) has options to come too.
    const future = ahead(key, d.month!);
    const after = (day: number, month: number) => ahead(day, month) !== future;
    const sameMonth: typeof variants = [];
    for (const k of [-7, 5, -12, 9, -4, 13, -16, 3]) {
      const day = key + k;
      if (day < 1 || day > dim(d.month!, d.year) || after(day, d.month!)) continue;
      sameMonth.push({ day, month: d.month, year: d.year });
    }
    const otherMonth: typeof variants = [];
    const farMonth: typeof variants = [];
    for (const k of [-1, 1, -2]) {
      const month = d.month! + k;
      if (month < 1 || month > 12) continue;
      for (const day of [((key + 10) % 28) + 1, ((key + 3) % 28) + 1]) {
        if (day === key || after(day, month)) continue;
        (k === -2 ? farMonth : otherMonth).push({ day, month, year: d.year });
      }
    }
    const a = shuffle(sameMonth, random);
    const o = shuffle(otherMonth, random);
    // A month beside the key's first: "6 January" beside a cyclone of 12 to 30 March is ruled out
    // without the text; one two months off only where nearer days run out.
    variants.push(...a.slice(0, 2), ...o.slice(0, 1), ...a.slice(2), ...o.slice(1), ...shuffle(farMonth, random));
  }
  const out: string[] = [];
  const seen = new Set([d.text]);
  // Full dates keep the order chosen above (two of the key's month, one beside it).
  for (const v of d.day && d.month ? variants : shuffle(variants, random)) {
    // "09 November 2022": the options write their days the way the key does.
    const padded = /^0\d/.test(d.text) && v.day !== null && v.day < 10;
    const t = padded ? `0${formatDate(v, d.format)}` : formatDate(v, d.format);
    if (seen.has(t) || mentions(prompt, t)) continue;
    seen.add(t);
    out.push(t);
    if (out.length === 3) break;
  }
  return out;
}

/** A year, a month or another date left in the prompt narrows the blank ("compared with … 2023"). */
const DATE_WORD =
  /\b(?:[1-4]Q\d{2}|Q[1-4]|H[12]|1[5-9]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|FY ?\d+|quarter|month|year|week|yesterday|today|tomorrow|ago|later|earlier|previous|prior|next|following)\b/i;

/** "Krakatoa erupted …": a capitalised first word the text never writes in lower case is a name. */
function namedFirst(prompt: string, source: string): boolean {
  const first = /^\p{Lu}\p{Ll}+\b/u.exec(prompt)?.[0];
  return !!first && !OPENERS.test(first) && !source.includes(` ${first.toLowerCase()} `);
}
const OPENERS =
  /^(?:A|An|The|Due|In|On|At|For|By|With|From|After|Before|During|Since|Under|Over|Some|Many|Most|All|Each|Every|No|Several|This|That|These|Those|It|There|Its|Their|Our|His|Her)$/;

/**
 * "The Gold Rush of 1849", "the Revolution of 1848": a year the event's name carries, known
 * without the text. "scarcely known even in 2015": "even" says other dates hold as well.
 */
/** The title the player sees names the date: "… (as of 21 May 2015)", "… Disaster of Christmas Eve 1953". */
export function titleGivesDate(headline: string | undefined, d: DateMention): boolean {
  if (!headline) return false;
  if (mentions(headline, d.text)) return true;
  if (!d.day || !d.month) return false;
  const month = MONTHS[d.month - 1];
  if (mentions(headline, `${d.day} ${month}`) || mentions(headline, `${month} ${d.day}`)) return true;
  const feast = /\b(Christmas|New Year['’]s) (Day|Eve)\b/.exec(headline);
  if (!feast) return false;
  const [m, day] = feast[1] === 'Christmas' ? [12, feast[2] === 'Eve' ? 24 : 25] : feast[2] === 'Eve' ? [12, 31] : [1, 1];
  return d.month === m && d.day === day;
}

export function dateNotAsked(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 50), d.start).trimEnd();
  return (d.format === 'y' && /\p{Lu}\p{Ll}+ of$/u.test(before)) || /\beven (?:in|by|until|as late as) (?:[\p{Ll} ]{0,30})?$/u.test(before);
}

export function dateQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  // "champion in _____, '90 and '91": the short years rule out the options beside them.
  if (st.dates.length !== 1 || SHORT_YEAR.test(st.text)) return out;
  const latestYear = memo(ctx, 'latest-year', () => Number((ctx.briefingDate ?? '').slice(0, 4)) || Infinity);
  const latestMonth = Number((ctx.briefingDate ?? '').slice(5, 7)) || 12;
  const latestDay = Number((ctx.briefingDate ?? '').slice(8, 10)) || 31;
  for (const d of st.dates) {
    if (out.length >= MAX_PER_KIND) break;
    const prompt = blankPrompt(st.text, d.start, d.end);
    if (!prompt) continue;
    if (DATE_WORD.test(prompt.replace(BLANK, ' '))) continue;
    // "On Christmas Day, _____": a feast names its own day.
    if (/\b(?:Christmas|New Year['’]s|Independence|Bastille|Armistice|Boxing) (?:Day|Eve)\b/.test(prompt)) continue;
    // "A joint press communiqué was issued on _____": whose, with nothing named?
    if (!st.mentions.length && !/\s\p{Lu}/u.test(prompt) && !namedFirst(prompt, st.source)) continue;
    if (/\b(?:if|unless)\b/i.test(st.text.replace(/“[^”]*”/g, ''))) continue;
    // The month or year the headline names ("… in November") is no question at all.
    if (titleGivesDate(ctx.headline, d)) continue;
    if (dateNotAsked(st.text, d)) continue;
    // "By _____, three vents were erupting": any later date is true as well.
    if (/\b(?:[Bb]y|before|after|since|[Aa]s of|[Ss]ince)\s+$/.test(st.text.slice(0, d.start))) continue;
    // "on _____ and 29": a day beside it in the text leaves one month that fits.
    if (/^,? (?:and|or|to|-|–) \d{1,2}\b/.test(st.text.slice(d.end))) continue;
    if (NAMED_EDITION.test(st.text.slice(0, d.start))) continue;
    // A date given with its weekday ("Saturday 14 February") is checkable from the weekday.
    if (/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? $/.test(st.text.slice(0, d.start))) continue;
    // "has released the report into the disappearance of the flight on _____": a present perfect
    // takes no past date, so the date is of something else than the verb, and reads as the verb's.
    if (
      /\b(?:has|have) (?:\p{Ll}+ly )?\p{Ll}+(?:ed|en|wn|ne|ht|lt|nt|id|ld)\b(?:(?! (?:was|were|and|who|which|that|since) )[^,;])*\bon $/u.test(
        st.text.slice(0, d.start),
      )
    )
      continue;
    // "Exploration will continue in _____" in a January 2008 review: only years still to come fit "will".
    const ahead =
      d.format === 'y' &&
      d.year === latestYear &&
      /\b(?:will|shall|is expected to|are expected to|plans? to|is set to|hopes? to|aims? to|intends? to)\b/.test(st.text);
    const ds = dateDistractors(d, prompt, ctx.random, ahead ? latestYear - 1 : latestYear, latestMonth, latestDay, yearStep(wholeText(ctx)));
    if (ds.length < 3) continue;
    // "Floods - Aug 2023" over "On _____": the month a title gives as its period rules out options of another.
    const month = d.month ? MONTHS[d.month - 1] : '';
    if (
      month &&
      new RegExp(`(?<!\\d,? ?)\\b${month.slice(0, 3)}(?:${month.slice(3)})?\\b(?! \\d{1,2}\\b)`).test(ctx.headline ?? '') &&
      ds.some((x) => !x.includes(month))
    )
      continue;
    // A forecast's year below all the others is the first one a forecast could name: guessed, not read.
    if (d.format === 'y' && d.year! > latestYear && ds.every((x) => Number(x) > d.year!)) continue;
    offer(out, ctx, {
      kind: 'date',
      statementIndex: st.index,
      prompt,
      answer: d.text,
      distractors: ds,
      explanation: explain(st, `The date is ${d.text}.`),
      score: 0.7 + (d.format === 'dmy' || d.format === 'mdy' ? 0.04 : 0),
      difficulty: 0.55,
    });
  }
  return out;
}
