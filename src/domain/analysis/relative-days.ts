// "yesterday", "on Monday", "this year": days only the briefing's date line fixes, and how to
// write them out.
import { MONTH_ALTERNATION, MONTHS, WEEKDAY_ALTERNATION } from '../facts/months';

/** Every RELATIVE_DAYS pattern holds one of these words: a cheap test first. */
export const MAYBE_RELATIVE =
  /yesterday|today|tonight|last night|this (?:morning|afternoon|evening|year|month)|(?:last|next) (?:year|month)|day\b|last (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
/** The ISO date `iso` moved by `days`, written "9 January 1904". */
function dayOf(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function monthOf(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}
/**
 * Relative days and their absolute form; group 1 is kept, group 2 a part of the day. `make` gets
 * the whole match and sentence; null leaves the words as written.
 */
/** "the first Saturday", "the last Sunday of the month": a day picked in a span, not dated. */
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|last)\s$/i;
/** "the first Saturday & Sunday": the second day of a pair picked that way. */
const ORDINAL_PAIR = /\b(?:first|second|third|fourth|last|every|each) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:and|&|or) $/i;
export const RELATIVE_DAYS: [RegExp, (iso: string, m: RegExpExecArray, text: string) => string | null][] = [
  // "There are 2.9 billion fewer birds today", "A cleanup is underway tonight": a state as of the day, not an event on it.
  // "is expected to meet today" is an event to come, not a state: the next pattern writes it.
  [
    /(\b(?:is|are)\b(?:[^,.;“”"]|[.,](?=\d)){0,80}? )(?:today|tonight)\b(?![’'])/i,
    // "Oxfam is today launching its appeal": an act of the day, which "as of" would not fit.
    (iso, m, text) =>
      /\b(?:due|set|expected|scheduled|going|about) to\b/.test(m[0]) || /^ \p{Ll}{3,}ing\b/u.test(text.slice(m.index + m[0].length))
        ? null
        : `as of ${dayOf(iso, 0)}`,
  ],
  // "The Government last night suspended …": the night before the paper's day, like "yesterday night".
  [
    /(\b)(?:yesterday(?: (morning|afternoon|evening|night))?|last (night))\b(?![’'])/i,
    (iso, m, text) => dayPart(iso, -1, m[2] ?? m[3], text.slice(0, m.index)),
  ],
  [
    // "inaugurated earlier today": the day alone, "earlier on 18 March 2014" says nothing more.
    /(\b)(?:(?:earlier|later) (?=today\b))?(?:today|this (morning|afternoon|evening)|tonight)\b(?![’'])/i,
    // "today the agency is announcing": a present that a past date would not fit.
    // "no longer existing today", "still used today": nowadays, not a day. "In an order published today,
    // the court held that … are": the past verb before it dates the act, whatever tense follows.
    (iso, m, text) =>
      (PRESENT_TENSE.test(text.slice(m.index)) && !PAST_BEFORE.test(text.slice(0, m.index))) ||
      NOWADAYS.test(text.slice(0, m.index)) ||
      // "at Talikota, today a town in Karnataka": what a place is now, not a day.
      (/,\s$/.test(text.slice(0, m.index + m[1].length)) && /^today,? (?:an?|the|part of|known as|called)\b/i.test(text.slice(m.index + m[1].length))) ||
      // "in Peking (today Beijing)": the place's name now.
      (/[(,]\s?$/.test(text.slice(0, m.index + m[1].length)) && /^today \p{Lu}/u.test(text.slice(m.index + m[1].length))) ||
      // "today continues strenuous efforts", "is today launching", "an alliance that endures today": a present that a date would make "on 23 May continues".
      /^today \p{Ll}{3,}(?:(?<![su])s|ing)\b/u.test(text.slice(m.index + m[1].length)) ||
      /\b\p{Ll}{3,}(?<![su])s $/u.test(text.slice(0, m.index + m[1].length)) ||
      // "has embarked today", "has today released": a present perfect, which a date would make "has embarked on 25 October".
      /\b(?:has|have) \p{Ll}+(?:ed|en|un|wn|ne) $/u.test(text.slice(0, m.index + m[1].length)) ||
      (/\b(?:has|have) $/.test(text.slice(0, m.index + m[1].length)) && /^today \p{Ll}+(?:ed|en|un|wn|ne)\b/u.test(text.slice(m.index + m[1].length))) ||
      // "upgraded this morning (Wednesday, June 13)": the text dates the day beside it already (with a year, the two are merged).
      /^ \((?![^)]*\b(?:1[5-9]|20)\d\d\b)[^)]*\d[^)]*\)/.test(text.slice(m.index + m[0].length))
        ? null
        : dayPart(iso, 0, m[2], text.slice(0, m.index)),
  ],
  // "in March last year": the month keeps its "in", the year follows it bare.
  [new RegExp(`(\\b)(?<=\\b(?:${MONTH_ALTERNATION}) )last year\\b(?![’'])`), (iso) => `${Number(iso.slice(0, 4)) - 1}`],
  // "in November this year": the month keeps its "in", the year follows it bare.
  [new RegExp(`(\\b)(?<=\\b(?:${MONTH_ALTERNATION}) )this year\\b(?![’'])`), (iso) => iso.slice(0, 4)],
  // "in August of this year", "the chairmanship for this year": the year alone after a preposition.
  [
    /(\bin |\b)this year\b(?![’'])/i,
    (iso, m, text) => (/\b(?:of|for|during|throughout|until|since|by|from|over)\s$/i.test(text.slice(0, m.index)) ? iso.slice(0, 4) : `in ${iso.slice(0, 4)}`),
  ],
  // "over the last year" is the twelve months to a report's month, not the calendar year before.
  [/(\bin |\b)(?<!\bthe )last year\b(?![’'])/i, (iso, m, text) => `${inUnlessAfter(text, m)}${Number(iso.slice(0, 4)) - 1}`],
  // "unchanged from last month": "from March 1999", never "from in March 1999".
  [/(\bin |\b)last month\b(?![’'])/i, (iso, m, text) => `${inUnlessAfter(text, m)}${monthOf(iso, -1)}`],
  // "announced last May" in a February paper: the May before it, written with its year.
  [
    new RegExp(`(\\bin |\\b)last (${MONTH_ALTERNATION})\\b(?![’'])`),
    (iso, m) => {
      const month = MONTHS.indexOf(m[2]) + 1;
      const now = Number(iso.slice(5, 7));
      return `in ${m[2]} ${Number(iso.slice(0, 4)) - (month < now ? 0 : 1)}`;
    },
  ],
  // "in June and July next year", "the elections next year": the year to come, written out.
  [new RegExp(`(\\b)(?<=\\b(?:${MONTH_ALTERNATION}) )next year\\b(?![’'])`), (iso) => `${Number(iso.slice(0, 4)) + 1}`],
  [/(\bin |\b)next year\b(?![’'])/i, (iso, m, text) => `${inUnlessAfter(text, m)}${Number(iso.slice(0, 4)) + 1}`],
  // "at the beginning of this month": "of August 1975", never "of in August 1975".
  [/(\bin |\b)this month\b(?![’'])/i, (iso, m, text) => `${inUnlessAfter(text, m)}${monthOf(iso, 0)}`],
  // "the Pentagon said Monday", "ended on Monday": the last such day up to the briefing's date;
  // "will stay closed until Monday": the next one after it. The weekday and its preposition are
  // kept so the reader sees the text's own words.
  [
    /(\b)(?:(on|On|until|Until|till|by|By|from|From|before|Before|after|After|since|Since|through|starting|Starting|as of|As of|next|last|this) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?: (morning|afternoon|evening)\b)?(?! night\b)(?![’',]?\s*(?:\d|the \d|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d))(?![’'])/,
    (iso, m, text) => {
      const [, , word, day, part] = m;
      // "As of Saturday morning, 3,838 people": the part of the day stays with its weekday, undated.
      if (!part && /^ (?:morning|afternoon|evening)\b/.test(text.slice(m.index + m[0].length))) return null;
      // "next Monday", "last Monday": this week's or the one before, the text does not say.
      if (word === 'next' || word === 'last' || word === 'this') return null;
      // "the film Never on Sunday": a title, not a day.
      if (
        /\b(?:(?:film|movie|book|novel|song|album|play|show|series)(?: \p{Lu}[\p{L}'’]*)+|Never|Not|Always|Only|Every) $/u.test(
          text.slice(0, m.index + m[1].length),
        )
      )
        return null;
      const before = text.slice(0, m.index + m[1].length);
      // "volunteers for Thursday", "moved to Friday": no "on" to write the date after.
      // "on a cloudy Sunday afternoon", "a hot and muggy Sunday": a day an article and adjectives describe, not a date to write.
      if (
        !word &&
        (/\b(?:for|to|at|of|per|every|each|a|the|that|next|their|his|her|its|our|this|last)\s$/i.test(before) ||
          /\b(?:a|an) (?:cloudy|sunny|rainy|windy|snowy|stormy|chilly|misty|foggy|frosty|cold|warm|hot|wet|dry|bright|grey|gray|quiet|busy)(?:,? (?:and )?\p{Ll}+)?\s$/u.test(
            before,
          ))
      )
        return null;
      // "took Friday off": the day is what was taken, no "on" fits before it; "shortly after midnight Tuesday" may be
      // the small hours of Wednesday.
      if (/^ off\b/.test(text.slice(m.index + m[0].length)) || /\bmidnight,? $/i.test(before)) return null;
      // "on 30.10.2020 Friday": the text dated the day already.
      if (/(?:(?<![\d.,])\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?<![\d.,])(?:1[5-9]|20)\d\d),? $/.test(before)) return null;
      // "the first Saturday & Sunday of the ski school": an ordinal picks days the text does not date.
      if (ORDINAL_BEFORE.test(before) || ORDINAL_PAIR.test(text.slice(0, m.index))) return null;
      // "on Friday and Saturday": written out, only the first day would carry its date.
      if (DAY_PAIR_AFTER.test(text.slice(m.index + m[0].length)) || DAY_PAIR_BEFORE.test(before)) return null;
      const back = weekdaysBack(iso, day);
      let days = -back;
      if (ahead(text, m.index)) {
        // "will meet on Thursday" on a Thursday: today or a week on.
        if (back === 0) return null;
        days = 7 - back;
      } else if (MAYBE_AHEAD.test(text)) return null;
      // "early Sunday morning": the part of the day before the date, which no part may follow.
      return part ? `${word ?? 'on'} the ${part} of ${day}, ${dayOf(iso, days)}` : `${word ?? 'on'} ${day}, ${dayOf(iso, days)}`;
    },
  ],
];
const DAY_PAIR_AFTER = new RegExp(`^,? (?:and|or|&|to|through|-|–) (?:on )?(?:${WEEKDAY_ALTERNATION})\\b`);
const DAY_PAIR_BEFORE = new RegExp(`\\b(?:${WEEKDAY_ALTERNATION}),? (?:and|or|&|to|through|-|–) $`);
/** The relative days, each able to look past a match it leaves as written. */
export const RELATIVE_DAYS_ALL = RELATIVE_DAYS.map(([re, make]) => [new RegExp(re.source, `${re.flags}g`), make] as const);
// "today the agency is announcing", "today 16 of the 18 states are flooded": a present a past date would not fit.
const PRESENT_TENSE = /\b(?:is|are|am)\b/u;
/** After "by", "until", "as of" the date needs no "on": "by the morning of 21 November 2016". */
const TIME_PREPOSITION = /\b(?:by|until|till|since|from|before|after|as of|through)\s$/i;
function dayPart(iso: string, days: number, part: string | undefined, before: string): string {
  const on = TIME_PREPOSITION.test(before) ? '' : 'on ';
  return part ? `${on}the ${part.toLowerCase()} of ${dayOf(iso, days)}` : `${on}${dayOf(iso, days)}`;
}
const NOWADAYS = /\b(?:existing|living|alive|extinct|known|available|used|common|standing|still|until|till|of)\s$/;
/** A verb of the future in the sentence: "will", "shall", "is due to", "an article to be published", "is to meet". */
const FUTURE =
  /\b(?:will|shall|won[’']t|is (?:due|set|expected|scheduled|going) to|are (?:due|set|expected|scheduled|going) to|plans? to|intends? to|(?<!\b(?:was|were|had|has|have|used|seemed|appeared) )to be [a-z]+(?:ed|en)|(?:is|are) to (?!blame\b)[a-z]+)\b|[’']ll\b/;
/** "said the cut would start on Monday": ahead of the saying, not clearly of the briefing. */
const MAYBE_AHEAD = /\b(?:would|was (?:due|set|expected|scheduled|going) to|were (?:due|set|expected|scheduled|going) to|(?:was|were) to [a-z]+)\b/;
/** "said on Monday that schools will stay closed": a past verb just before the weekday holds it in the past. */
const SAID_BEFORE =
  /\b(?:said|says|told|announced|met|held|signed|spoke|agreed|confirmed|reported|added|stated|noted|revealed|wrote|declared)(?: \p{Ll}+){0,2} $/u;
/** Whether the weekday at `at` is one still to come: the sentence speaks of the future there. */
function ahead(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (SAID_BEFORE.test(before)) return false;
  // "services will be held … for Ann Lee, who died early Sunday morning": the weekday's own clause is past.
  if (PAST_CLAUSE.test(text.slice(Math.max(0, at - 120), at))) return false;
  // "index plunged Thursday …, as concern the crisis will spread": the weekday's own verb is past.
  const past = PAST_BEFORE.exec(before);
  if (past && !/\b(?:will|shall|would|be|been|being|to|is|are|remains?|stays?|gets?|becomes?)\s$/.test(before.slice(0, past.index))) return false;
  return FUTURE.test(text);
}
const PAST_CLAUSE =
  /\b(?:who|which) (?:\p{Ll}+ly )?(?:\p{Ll}{3,}ed|died|was|were|had|came|went|fell|rose|won|lost|began|left|took)\b(?![^,;]*\b(?:will|shall|would)\b)[^,;]*$/u;
/** A past verb just before the weekday: "plunged Thursday", "fell sharply on Monday", "closed lower on Monday". */
const PAST_BEFORE =
  /\b(?:\p{Ll}{3,}ed|fell|rose|sank|won|lost|beat|took|came|went|held|saw|ran|began|broke|drew|gave|left|led|paid|sold|struck|wrote|said|told|met|spoke|made|sent|brought)(?: (?:\p{Ll}+ly|higher|lower|up|down|flat|mixed|firmer|weaker))? (?:on |late |early )?$/u;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Days from the last `day` (on or before the date) to the date. */
function weekdaysBack(iso: string, day: string): number {
  const today = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return (today - WEEKDAYS.indexOf(day.toLowerCase()) + 7) % 7;
}

/** "in November", "since October": a month with neither day nor year beside it. */
const BARE_MONTH =
  /(\b(?:in|for|during|since|until|through|by|of) )(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ ,]*\d)(?![’'])(?![-–]\p{Lu})/u;
const YEAR = /\b(?:1[5-9]|20)\d\d\b/g;

const PREPOSITION = /\b(?:from|since|than|until|till|to|of|over|before|after|by)\s$/;
/** "in 2014", but "unchanged from March 1999", "by 2015": a preposition before the phrase keeps its place. */
function inUnlessAfter(text: string, m: RegExpExecArray): string {
  return PREPOSITION.test(text.slice(0, m.index)) ? '' : 'in ';
}
const AHEAD = /\b(?:will|would|shall|is to|are to|expected|scheduled|due)\b/;
/** "began on June 5", "on 5 June": a day of a month with no year beside it. */
const BARE_DAY = new RegExp(
  `\\b(?:(${MONTH_ALTERNATION}) (\\d{1,2})\\b(?!(?:st|nd|rd|th)?,? ?\\d|[-–]\\d)|(\\d{1,2}) (${MONTH_ALTERNATION})\\b(?![ ,]*\\d))(?![’'])`,
);

/**
 * "The exercise began on June 5" in a briefing dated 8 June 2015: the day is of the briefing's own
 * year when the sentence names no year, the day is not after the briefing's, and the sentence
 * before names no other year. Where to write the year in, and how ("June 5, 2015", "5 June 2015").
 */
export function bareDayYear(text: string, iso: string, before: string): { at: number; insert: string } | null {
  const m = BARE_DAY.exec(text);
  if (!m || !briefingYearFits(text, iso, before) || inBrackets(text, m.index)) return null;
  // "from June 11 to August 31": a yearly span, and a year on one end only would be lopsided.
  if (new RegExp(`^\\s*(?:to|through|until|till|and|-|–)\\s*(?:${MONTH_ALTERNATION}|\\d)`).test(text.slice(m.index + m[0].length))) return null;
  // "would exchange ambassadors January 1" in an October report: the January to come.
  if (AHEAD.test(text)) return null;
  const month = MONTHS.indexOf(m[1] ?? m[4]) + 1;
  const day = Number(m[2] ?? m[3]);
  const [, bm, bd] = iso.split('-').map(Number);
  if (month > bm || (month === bm && day > bd)) return null;
  const year = iso.slice(0, 4);
  return { at: m.index + m[0].length, insert: m[1] ? `, ${year}` : ` ${year}` };
}

/**
 * "were up in November" in a report dated December 2024: the month is of the briefing's own year
 * when the sentence names no year, the month is not after the briefing's, and the sentence before
 * names no other year. Where to write the year in, and which.
 */
export function bareMonthYear(text: string, iso: string, before: string): { at: number; year: string } | null {
  const m = BARE_MONTH.exec(text);
  if (!m || !briefingYearFits(text, iso, before) || inBrackets(text, m.index)) return null;
  // "will be made public until January" in a December report: the January to come, not the one gone.
  if (/^(?:until|through|by) $/.test(m[1]) || AHEAD.test(text)) return null;
  // "Raw sugar for March delivery" in a November report: a contract's month, of the year to come.
  if (/^ (?:delivery|contracts?|futures|options|settlement|expiry)\b/.test(text.slice(m.index + m[0].length))) return null;
  if (MONTHS.indexOf(m[2]) + 1 > Number(iso.slice(5, 7))) return null;
  return { at: m.index + m[0].length, year: iso.slice(0, 4) };
}

/** "celebrated as the Cinco de Mayo (5th of May)": a gloss in brackets names a day of every year, not of one. */
function inBrackets(text: string, at: number): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
}

/** The sentence names no year, and the one before names none but the briefing's. */
function briefingYearFits(text: string, iso: string, before: string): boolean {
  if (text.match(YEAR)) return false;
  const year = iso.slice(0, 4);
  return !(before.match(YEAR) ?? []).some((y) => y !== year);
}

const MONTH_ABBREVIATION = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/**
 * "LONDON, Feb. 29." over a paper of 2 March: the dispatch's own day, which its "to-night" and
 * "to-day" mean. Only a day up to ten days before the briefing's date counts; otherwise null.
 */
/**
 * The day "yesterday" and "today" count from: the dateline's, else the date line's; none ('') where
 * a dispatch of another day heads some statements ("Napier, Dec. 30. … yesterday morning" in a
 * paper of 2 January), as the paper's date would give it wrongly.
 */
export function storyDay(first: string, statements: readonly string[], iso: string): string {
  const dayline = datelineDay(first, iso);
  return dayline || !(otherDispatchDay(statements, iso) || ownDayAhead(statements, iso)) ? (dayline ?? iso) : '';
}
/** "San Francisco, April 22.—Governor Ray ordered … tonight" in a paper of 23 April: a dispatch of its own day, run into the paragraph. */
export function ownDatelineElse(text: string, iso: string): boolean {
  const m = INNER_DATELINE.exec(text);
  return m !== null && `${m[1]} ${Number(m[2])}` !== `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
}
const INNER_DATELINE = new RegExp(`^\\p{Lu}[\\p{L}'’ .-]{1,30}, (${MONTHS.join('|')}) (\\d{1,2})\\.?\\s?[—–-]`, 'u');
/** "a complete stoppage starting on Monday" in a paper of Monday: written days before the paper's date. */
function ownDayAhead(statements: readonly string[], iso: string): boolean {
  const day = WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()];
  const name = day[0].toUpperCase() + day.slice(1);
  const ahead = new RegExp(`\\b(?:starting|beginning)\\s+(?:on\\s+)?${name}\\b`);
  return statements.some((s) => s.includes(name) && ahead.test(s));
}
/** A statement that is a dispatch's dateline alone ("Napier, December 30.") of a day other than `iso`'s. */
function otherDispatchDay(statements: readonly string[], iso: string): boolean {
  const own = `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
  return statements.some((s) => {
    const m = DISPATCH_LINE.exec(s);
    return m !== null && m[1] !== own;
  });
}
const DISPATCH_LINE = new RegExp(`^(?:\\p{Lu}[\\p{L}'’ .-]{1,30}, )?((?:${MONTHS.join('|')}) \\d{1,2})\\.?$`, 'u');
/** "(N.Z.P.A.-Reuter) MOSCOW, October 25.": a wire's tag may come before the city; "Ayr (Ostland), Sept. 12:" a city in small letters has its country beside it, or its region ("Ayr, Kessel, August 14 -"). */
function datelineDay(first: string, iso: string): string | null {
  const m =
    /^(?:[^()]{0,4}\([^()]{0,40}\)\s*|[^()]{0,40}\)\s*)?(?:\p{Lu}{3,}[\p{Lu} .'’-]*|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?= \([^()]{1,15}\),? |, \p{Lu}[\p{L}.]+, \p{Lu}\p{Ll}{2,8}\.? \d{1,2}\b))(?:, | \([^()]{1,15}\),? )(?:\p{Lu}[\p{L}.]+, )?(?:(\p{Lu}\p{Ll}{2,8})\.? (\d{1,2})|(\d{1,2}) (\p{Lu}\p{Ll}{2,8}))\b/u.exec(
      first,
    );
  const abbreviation = m ? MONTH_ABBREVIATION.exec(m[1] ?? m[4]) : null;
  if (!m || !abbreviation) return null;
  const month = MONTHS.findIndex((x) => x.startsWith(abbreviation[1]));
  const day = Number(m[2] ?? m[3]);
  let at = Date.UTC(Number(iso.slice(0, 4)), month, day, 12);
  const own = Date.parse(`${iso}T12:00:00Z`);
  if (at > own) at = Date.UTC(Number(iso.slice(0, 4)) - 1, month, day, 12);
  const back = (own - at) / 86_400_000;
  if (back < 1 || back > 10 || new Date(at).getUTCDate() !== day) return null;
  return new Date(at).toISOString().slice(0, 10);
}
