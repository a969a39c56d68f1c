// "yesterday", "on Monday", "this year": days only the briefing's date line fixes, and how to
// write them out.
import { MONTHS } from '../facts/months';

/** Every RELATIVE_DAYS pattern holds one of these words: a cheap test first. */
export const MAYBE_RELATIVE = /yesterday|today|tonight|this (?:morning|afternoon|evening|year|month)|last (?:year|month)|day\b/i;
/** The ISO date `iso` moved by `days`, written "9 January 1904". */
function dayOf(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function monthOf(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
}
/** Relative days and their absolute form; group 1 is kept, group 2 a part of the day. */
export const RELATIVE_DAYS: [RegExp, (iso: string, part?: string) => string][] = [
  // "There are 2.9 billion fewer birds today": a state as of the day, not an event on it.
  [/(\b(?:is|are)\b(?:[^,.;“”"]|[.,](?=\d)){0,80}? )today\b(?![’'])/i, (iso) => `as of ${dayOf(iso, 0)}`],
  [/(\b)yesterday(?: (morning|afternoon|evening|night))?\b(?![’'])/i, (iso, part) => (part ? `on the ${part} of ${dayOf(iso, -1)}` : `on ${dayOf(iso, -1)}`)],
  [/(\b)(?:today|this (morning|afternoon|evening)|tonight)\b(?![’'])/i, (iso, part) => (part ? `on the ${part} of ${dayOf(iso, 0)}` : `on ${dayOf(iso, 0)}`)],
  [/(\bin |\b)this year\b(?![’'])/i, (iso) => `in ${iso.slice(0, 4)}`],
  [/(\bin |\b)last year\b(?![’'])/i, (iso) => `in ${Number(iso.slice(0, 4)) - 1}`],
  [/(\bin |\b)last month\b(?![’'])/i, (iso) => `in ${monthOf(iso, -1)}`],
  [/(\bin |\b)this month\b(?![’'])/i, (iso) => `in ${monthOf(iso, 0)}`],
  // "the Pentagon said Monday", "ended on Monday": the last such day up to the briefing's date,
  // the weekday kept so the reader sees the text's own word.
  [
    /(\b)(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![’',]?\s*(?:\d|the \d|January|February|March|April|May|June|July|August|September|October|November|December))(?![’'])/,
    (iso, day) => `on ${day![0].toUpperCase()}${day!.slice(1)}, ${dayOf(iso, -weekdaysBack(iso, day!))}`,
  ],
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Days from the last `day` (on or before the date) to the date. */
function weekdaysBack(iso: string, day: string): number {
  const today = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return (today - WEEKDAYS.indexOf(day.toLowerCase()) + 7) % 7;
}

/** "in November", "since October": a month with neither day nor year beside it. */
const BARE_MONTH =
  /(\b(?:in|for|during|since|until|through|by|of) )(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ ,]*\d)(?![’'])/;
const YEAR = /\b(?:1[5-9]|20)\d\d\b/g;

/**
 * "were up in November" in a report dated December 2024: the month is of the briefing's own year
 * when the sentence names no year, the month is not after the briefing's, and the sentence before
 * names no other year. Where to write the year in, and which.
 */
export function bareMonthYear(text: string, iso: string, before: string): { at: number; year: string } | null {
  const m = BARE_MONTH.exec(text);
  if (!m || text.match(YEAR)) return null;
  const year = iso.slice(0, 4);
  if (MONTHS.indexOf(m[2]) + 1 > Number(iso.slice(5, 7))) return null;
  if ((before.match(YEAR) ?? []).some((y) => y !== year)) return null;
  return { at: m.index + m[0].length, year };
}
