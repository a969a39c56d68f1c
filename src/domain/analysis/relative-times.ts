// Periods a report's own date and headline fix ("over the month" in a report on May 2018, "the
// prior-year period" beside the second quarter of 2024, "for the year as a whole"), written out so
// a lone sentence says when; and the time words that stay relative, which the standalone gate
// refuses. Both live here so what is written out and what is refused are one rule.
import { MONTH_ALTERNATION, MONTHS, WEEKDAY_ALTERNATION } from '../facts/months';
import { insideQuote } from './quotes';

/** Time words that only the dateline makes precise ("Thirty-seven years ago … in 1983" counts from the writing, not from 1983). */
export const HARD_RELATIVE_TIME =
  /\b(?:yesterday|today|today[’']s|tomorrow|tonight|this (?:morning|afternoon|evening|week|weekend)|last (?:night|week|weekend)|next (?:week|weekend)|(?:late|early|on|last|this|overnight) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:night|morning|afternoon|evening)|(?:earlier|later) this (?:week|month|year)|(?:a |one )?fortnight ago|(?:\d{1,2}|a few|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?) (?:days|weeks|months|years|decades) ago|(?:by|at) (?:the )?(?:week|month|year)['’]s end)\b/i;
/** "will ban them from Tuesday": a weekday no date was written beside (one still to come). */
const MAYBE_WEEKDAY = /day\b/;
const BARE_WEEKDAY = new RegExp(
  `\\b(?:from|until|till|by|starting|beginning|for|to) (?:${WEEKDAY_ALTERNATION})\\b(?![’',]?\\s*(?:\\(?\\d|(?:${MONTH_ALTERNATION})\\b))`,
);
/** Time words a named month or year in the same sentence makes precise ("for November … for the month"). */
export const SOFT_RELATIVE_TIME = new RegExp(
  '\\b(?:currently|recently|lately|so far|to date|' +
    '(?:this|last|next|that|the previous|the following|the same|the next|the prior|the past|the current|the latest|a previous|the coming) ' +
    '(?:day|month|months|year|years|quarter|season|period|time|decade|summer|winter|spring|autumn)|' +
    'the month|the year|the quarter|the week|the day|the period|a year (?:ago|earlier)|a month (?:ago|earlier)|' +
    '(?:the )?(?:last|past|previous|next|coming) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)(?: to (?:\\d+|three|four|five|six|ten))? (?:days|weeks|months|years|quarters)|' +
    '(?:weeks|months|years|days|decades|centuries) (?:ago|earlier|later)|the previous|the prior|' +
    // "On the morning of the 21st", "By midday": a day or an hour of a day another sentence named.
    'the \\d{1,2}(?:st|nd|rd|th)(?![ -](?:century|anniversary|of\\b|[a-z]))|(?:by|at|before|after|until|around) (?:midday|noon|nightfall|dawn|dusk))\\b',
  'i',
);
/** A year, fiscal year or month named in a sentence: what a soft time word there is read against. */
export const ANCHOR = new RegExp(`\\b(?:1[5-9]\\d\\d|20\\d\\d|FY ?\\d{2,4}|${MONTH_ALTERNATION})\\b`);

/** "its highest since May 6, 2022", "its first increase since October": since when, not when. */
export const SINCE_PHRASE = /\bsince (?:[^,;]|, (?=\d))*/g;

/** Whether a sentence holds a time word a reader of it alone cannot place. */
export function relativeTime(text: string): boolean {
  return HARD_RELATIVE_TIME.test(text) || (SOFT_RELATIVE_TIME.test(text) && !ANCHOR.test(text)) || (MAYBE_WEEKDAY.test(text) && BARE_WEEKDAY.test(text));
}

/** A period a report is about, or one a sentence names. */
export interface Period {
  kind: 'month' | 'quarter' | 'span' | 'fy' | 'year' | 'day';
  year: number;
  /** 1-12 for a month, 1-4 for a quarter */
  part?: number;
  /** "the first six months of": a span's own words before its year */
  words?: string;
}

const ORDINAL = ['first', 'second', 'third', 'fourth'];
const COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const QUARTER = /\b(first|second|third|fourth) quarter(?: of)? ((?:19|20)\d\d)\b|\bQ([1-4]) ?((?:19|20)\d\d)\b/gi;
const SPAN = /\b(the (?:first|second) half of|the first (?:three|six|nine) months of) ((?:19|20)\d\d)\b/gi;
const FISCAL = /\bFY ?((?:19|20)\d\d)\b/g;
const DAY = new RegExp(`\\b(?:\\d{1,2} (?:${MONTH_ALTERNATION}),? (?:19|20)\\d\\d|(?:${MONTH_ALTERNATION}) \\d{1,2},? (?:19|20)\\d\\d)\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_ALTERNATION}) ((?:19|20)\\d\\d)\\b`, 'g');
const YEAR = /\b(?:1[5-9]|20)\d\d\b/g;
/** "in May", "for November", "- June": a month named as a report's subject, not "May" the verb. */
const BARE_MONTH = new RegExp(`(?:\\b(?:in|for|of|during)|[-–—:]) (${MONTH_ALTERNATION})\\b(?! \\d)`, 'g');

function label(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `${MONTHS[p.part! - 1]} ${p.year}`;
    case 'quarter':
      return `the ${ORDINAL[p.part! - 1]} quarter of ${p.year}`;
    case 'span':
      return `${p.words} ${p.year}`;
    case 'fy':
      return `FY${p.year}`;
    default:
      return String(p.year);
  }
}
const key = (p: Period) => `${p.kind}:${p.year}:${p.part ?? ''}:${p.words ?? ''}`;
const yearBefore = (p: Period): Period => ({ ...p, year: p.year - 1 });

/** Every period a text names, each once: a day's date counts too, so it makes others ambiguous. */
export function periodsIn(text: string): Period[] {
  const out = new Map<string, Period>();
  const taken: [number, number][] = [];
  const add = (m: RegExpMatchArray, p: Period) => {
    const at = m.index ?? 0;
    if (taken.some(([a, b]) => at < b && at + m[0].length > a)) return;
    taken.push([at, at + m[0].length]);
    out.set(key(p), p);
  };
  for (const m of text.matchAll(DAY)) add(m, { kind: 'day', year: Number(/\d{4}/.exec(m[0])![0]) });
  for (const m of text.matchAll(QUARTER)) {
    const part = m[1] ? ORDINAL.indexOf(m[1].toLowerCase()) + 1 : Number(m[3]);
    add(m, { kind: 'quarter', year: Number(m[2] ?? m[4]), part });
  }
  for (const m of text.matchAll(SPAN)) add(m, { kind: 'span', year: Number(m[2]), words: m[1].toLowerCase() });
  for (const m of text.matchAll(FISCAL)) add(m, { kind: 'fy', year: Number(m[1]) });
  for (const m of text.matchAll(MONTH_YEAR)) add(m, { kind: 'month', year: Number(m[2]), part: MONTHS.indexOf(m[1]) + 1 });
  for (const m of text.matchAll(YEAR)) add(m, { kind: 'year', year: Number(m[0]) });
  return [...out.values()];
}

/**
 * The period a report is about, from its headline ("Second Quarter 2024", "FY2008-FY2009",
 * "… in May"), else its lede: null unless one period stands out. A month without a year is of
 * the briefing's year, or the year before when the month is still to come.
 */
export function reportedPeriod(headline: string, lede: string, iso: string | null): Period | null {
  const found = reportedIn(headline, lede, iso);
  return found && recent(found, iso) ? found : null;
}

/**
 * "founded in March 2019" in a lede dated 2026 is no report's month: a report's month ended at
 * most two months before its date, its quarter or year at most a year before, none after it.
 */
function recent(p: Period, iso: string | null): boolean {
  // "since 1970" in a lede of 2019: a year a story looks back to, not the one it reports.
  if (p.kind === 'year') return !!iso && Number(iso.slice(0, 4)) - p.year <= 1 && Number(iso.slice(0, 4)) >= p.year;
  if (p.kind !== 'month' && p.kind !== 'quarter') return true;
  if (!iso) return false;
  const last = p.year * 12 + (p.kind === 'month' ? p.part! : p.part! * 3);
  const now = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return last <= now && now - last <= (p.kind === 'month' ? 2 : 12);
}

function reportedIn(headline: string, lede: string, iso: string | null): Period | null {
  for (const text of [headline, lede]) {
    const found = periodsIn(text).filter((p) => p.kind !== 'day');
    const fiscal = found.filter((p) => p.kind === 'fy');
    // "FY2008-FY2009": a report over two fiscal years is about the later.
    if (fiscal.length && fiscal.length === found.length) return fiscal.reduce((a, b) => (b.year > a.year ? b : a));
    if (found.length === 1) return found[0];
    const precise = found.filter((p) => p.kind !== 'year');
    if (precise.length === 1 && found.every((p) => p === precise[0] || p.year === precise[0].year)) return precise[0];
    if (found.length) return null;
    const months = new Set([...text.matchAll(BARE_MONTH)].map((m) => m[1]));
    if (months.size > 1 || !iso) return null;
    if (months.size === 1) {
      const part = MONTHS.indexOf([...months][0]) + 1;
      const year = Number(iso.slice(0, 4));
      return { kind: 'month', part, year: part > Number(iso.slice(5, 7)) ? year - 1 : year };
    }
  }
  return null;
}

export interface TimeContext {
  /** the briefing's date, ISO */
  iso: string | null;
  reported: Period | null;
  /** the last year the text named before this sentence */
  lastYear: number | null;
}

/** Hypotheses and conditions: a period there may be one that never came. */
const CONDITIONAL = /\b(?:if|unless|whether|would|could|might|should|suppose|supposing|assuming)\b/i;
/** A preposition after which a period's bare name reads well ("from May 2017", "than in May 2017"). */
const BEFORE_NAME = /\b(?:from|below|above|since|over|versus|vs\.?|with|to|against)\s$/i;

/** A figure compared with another time: "below …", "lower than …", "from 27 days …", "(3.3 months …". */
const COMPARED = /(?:\b(?:than|from|below|above|compared (?:with|to)|versus|vs\.?|against)\b[^,;()]{0,30}|\([^()]{0,30})$/i;

type Rule = [RegExp, (m: RegExpExecArray, text: string, ctx: TimeContext, base: Period | null, plain: boolean) => string | null];

/** A report's month that is over by its date: "over the month" can only mean it. */
function pastMonth(ctx: TimeContext): Period | null {
  const r = ctx.reported;
  if (r?.kind !== 'month' || !ctx.iso) return null;
  return r.year * 12 + r.part! < Number(ctx.iso.slice(0, 4)) * 12 + Number(ctx.iso.slice(5, 7)) ? r : null;
}

/** `name` where the phrase at `m` stood, with a preposition the sentence needs. */
function asPlace(name: string, m: RegExpExecArray, text: string): string {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  if (BEFORE_NAME.test(before)) return name;
  if (/\bthan\s$/i.test(before)) return `in ${name}`;
  return /\b(?:in|for|during|of|on|at|by)\s$/i.test(before) ? name : `in ${name}`;
}

const RULES: Rule[] = [
  // "over the month", "for the month": the month a monthly report is on, once it is over.
  [
    /\b(over|in|during|for) the month\b(?![’'-])/i,
    (m, _t, ctx, _b, plain) => (plain && pastMonth(ctx) ? `${m[1].toLowerCase() === 'for' ? 'for' : 'in'} ${label(pastMonth(ctx)!)}` : null),
  ],
  // "last month’s decline" in a report on May 2018 dated June: May's.
  [
    /\blast month([’'])s\b/i,
    (m, _t, ctx, _b, plain) => {
      const r = pastMonth(ctx);
      if (!plain || !r || !ctx.iso) return null;
      const month = Number(ctx.iso.slice(0, 4)) * 12 + Number(ctx.iso.slice(5, 7)) - 1;
      return r.year * 12 + r.part! === month ? `${label(r)}${m[1]}s` : null;
    },
  ],
  // "over the last 12 months", "over the last year": the twelve months up to the report's month.
  [
    /\b(?:last|past) (?:(\d{1,2}|twelve) months|year)\b(?![’'])/i,
    (m, text, ctx, _b, plain) =>
      plain && pastMonth(ctx) && /\bthe $/i.test(text.slice(0, m.index)) ? `${m[1] ?? '12'} months to ${label(pastMonth(ctx)!)}` : null,
  ],
  // "For the previous four months": the months before the report's, "From July to October 2024".
  [
    /\b(?:(for|in|over|during) )?the previous (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months\b(?![’'])/i,
    (m, text, ctx, _b, plain) => {
      const r = pastMonth(ctx);
      const n = /\d/.test(m[2]) ? Number(m[2]) : COUNTS.indexOf(m[2].toLowerCase()) + 2;
      // "The previous four months saw …": no preposition to turn into "from".
      if (!plain || !r || n < 2 || !m[1]) return null;
      const end = r.year * 12 + r.part! - 2;
      const start = end - n + 1;
      const name = (i: number) => MONTHS[((i % 12) + 12) % 12];
      const span = Math.floor(start / 12) === Math.floor(end / 12) ? name(start) : `${name(start)} ${Math.floor(start / 12)}`;
      // An opening time frame is set off by a comma, as one written out should be.
      const comma = m.index === 0 && !/^[,;:]/.test(text.slice(m[0].length)) ? ',' : '';
      return `${m[1][0] === m[1][0].toUpperCase() ? 'From' : 'from'} ${span} to ${name(end)} ${Math.floor(end / 12)}${comma}`;
    },
  ],
  // "the prior-year period", "the same period a year ago": the period a year before the one meant.
  [
    /\bthe (?:prior[- ]year|year[- ](?:earlier|ago)) period\b|\bthe same period (?:a year (?:ago|earlier)|last year|of the (?:previous|prior) year|in the (?:previous|prior) year)\b/i,
    (_m, _t, _c, base) => (base && base.kind !== 'day' && base.kind !== 'year' ? label(yearBefore(base)) : null),
  ],
  // "for the year as a whole": the year the report is on.
  [
    /\b(for|in|over) the year as a whole\b/i,
    (m, _t, ctx, _b, plain) => {
      const r = ctx.reported;
      if (!plain || !r || r.kind === 'day') return null;
      return `${m[1]} ${r.kind === 'fy' ? label(r) : r.year} as a whole`;
    },
  ],
  // "$708 billion in FY2009 … the previous year": the year named before it, less one.
  [
    /\b(?:(in|during|for) )?the (?:previous|prior) year\b(?![’'-])/i,
    (m, text, ctx) => {
      const named = periodsIn(text.slice(0, m.index));
      const r = ctx.reported;
      if (named.length !== 1 || !r || (named[0].kind !== 'fy' && named[0].kind !== 'year') || named[0].kind !== r.kind || named[0].year !== r.year) return null;
      const name = label(yearBefore(named[0]));
      return m[1] ? `${m[1]} ${name}` : asPlace(name, m, text);
    },
  ],
  // "earlier that year" after a text that last named the year of its date.
  [
    /\b(earlier|later) that year\b/i,
    (m, _t, ctx, _b, plain) =>
      plain && ctx.lastYear !== null && ctx.iso && ctx.lastYear === Number(ctx.iso.slice(0, 4)) ? `${m[1]} in ${ctx.lastYear}` : null,
  ],
  // "3.0 percent below a year ago" in a report on May 2018: below May 2017. Only a figure's
  // comparison: "the dam failed a year ago" is a year before the date line, not the report's month.
  [
    /\ba year (?:ago|earlier)\b(?![’'])/i,
    (m, text, _c, base) =>
      base && (base.kind === 'month' || base.kind === 'quarter') && COMPARED.test(text.slice(0, m.index)) ? asPlace(label(yearBefore(base)), m, text) : null,
  ],
];

/** The one period a sentence is about: a named one (with the same a year before beside it), else the report's. */
function basePeriod(text: string, ctx: TimeContext): Period | null {
  const named = periodsIn(text);
  const own = named.filter((p) => !named.some((q) => key(q) === key({ ...p, year: p.year + 1 })));
  if (own.length === 1) return own[0];
  // "the six months ended June 30 … the same period a year ago": a period of its own the
  // sentence does not date, not the report's.
  return named.length || OTHER_PERIOD.test(text) ? null : ctx.reported;
}
const OTHER_PERIOD = /\b(?:quarter|half|ended|ending|year-to-date|fiscal)\b|\b(?:first|last|past|previous|three|six|nine|twelve) months\b/i;

/**
 * The edits that write a sentence's report-relative periods out, none when nothing could be:
 * none stands outside quotes and conditions, or a time word left over would still need the
 * date line (then the sentence stays as written, and refused).
 */
export function writePeriods(text: string, ctx: TimeContext): { from: number; to: number; insert: string }[] {
  if (!SOFT_RELATIVE_TIME.test(text) && !/\bas a whole\b|\bprior-year\b/.test(text)) return [];
  const outside = text.replace(/[“"][^“”"]*[”"]/g, (q) => ' '.repeat(q.length));
  if (CONDITIONAL.test(outside)) return [];
  // A sentence that names no period of its own leans on the report's.
  const plain = !ANCHOR.test(text);
  const edits: { from: number; to: number; insert: string }[] = [];
  let now = text;
  for (const [re, make] of RULES) {
    const m = re.exec(now);
    if (!m || insideQuote(now, m.index)) continue;
    const insert = make(m, now, ctx, basePeriod(now.slice(0, m.index) + now.slice(m.index + m[0].length), ctx), plain);
    if (insert === null) continue;
    edits.push({ from: m.index, to: m.index + m[0].length, insert });
    now = now.slice(0, m.index) + insert + now.slice(m.index + m[0].length);
  }
  if (!edits.length) return [];
  // "at the current sales pace (4.2 months in May 2017)": the written-out year-ago figure must
  // not anchor a "current" that is still the date line's.
  let rest = now;
  for (const e of edits) rest = rest.replace(e.insert, ' ');
  if (HARD_RELATIVE_TIME.test(rest) || (plain && (SOFT_RELATIVE_TIME.test(rest) || /\bcurrent\b/i.test(rest)))) return [];
  return edits;
}
