// Explicit calendar dates inside a statement. Bare weekdays and relative words ("today",
// "on Tuesday") are never turned into dates.

import { MONTHS, monthNumber } from '../facts/months';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  day: number | null;
  month: number | null;
  year: number | null;
  /** 'dmy' "5 February 2026", 'mdy' "February 5, 2026", 'dm', 'md', 'my', 'y', 'm' */
  format: 'dmy' | 'mdy' | 'dm' | 'md' | 'my' | 'y' | 'm';
}

const M = MONTHS.join('|');
const PATTERNS: [RegExp, DateMention['format']][] = [
  [new RegExp(`\\b(\\d{1,2}) (${M}) (\\d{4})\\b`, 'g'), 'dmy'],
  [new RegExp(`\\b(${M}) (\\d{1,2}), (\\d{4})\\b`, 'g'), 'mdy'],
  [new RegExp(`\\b(\\d{1,2}) (${M})\\b`, 'g'), 'dm'],
  [new RegExp(`\\b(${M}) (\\d{1,2})\\b(?!,? \\d{4})`, 'g'), 'md'],
  [new RegExp(`\\b(${M}) (\\d{4})\\b`, 'g'), 'my'],
  [/\b(?<=(?:in|since|until|by|from|of|before|after) )(1[89]\d\d|20\d\d)\b(?![–\-/]\d)/g, 'y'],
  [new RegExp(`(?<=\\b(?:in|since|until|by|from|early|late|mid|last|next|before|after) )(${M})\\b(?! \\d)`, 'g'), 'm'],
];

function valid(day: number | null, month: number | null, year: number | null): boolean {
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null) {
    const dim = new Date(Date.UTC(year ?? 2024, month ?? 1, 0)).getUTCDate();
    if (day < 1 || day > dim) return false;
  }
  return year === null || (year >= 1800 && year <= 2100);
}

const RANGE_DASH = ['-', '–', '—'];
const MONTH_WORD = new RegExp(`\\b(?:${M})\\b`);
const YEAR = /\b(?:1[89]|20)\d\d\b/;

export function findDates(s: string): DateMention[] {
  const out: DateMention[] = [];
  // Every pattern but a bare year needs a month name; most statements have neither.
  const month = MONTH_WORD.test(s);
  if (!month && !YEAR.test(s)) return out;
  const taken = new Uint8Array(s.length + 1);
  for (const [re, format] of PATTERNS) {
    if (!month && format !== 'y') continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const start = m.index;
      const end = start + m[0].length;
      // One end of a range ("May 3-4", "3–4 May"): a blank there would split an X–Y compound.
      if (RANGE_DASH.includes(s[end]) && /\d/.test(s[end + 1] ?? '')) continue;
      if (RANGE_DASH.includes(s[start - 1]) && /\d/.test(s[start - 2] ?? '')) continue;
      // The second part of a range or pair: "3–4 May", "21 and 22 February"; "31st January 2015" read as "January 2015".
      const before = s.slice(Math.max(0, start - 14), start);
      if (/\d(?:st|nd|rd|th)?(?:[-–—]\d{1,2})? $/.test(before) || /\d{1,2} (?:and|or|to|through) $/.test(before)) continue;
      let overlap = false;
      for (let k = start; k < end; k++)
        if (taken[k]) {
          overlap = true;
          break;
        }
      if (overlap) continue;
      let day: number | null = null,
        month: number | null = null,
        year: number | null = null;
      if (format === 'dmy') {
        day = +m[1];
        month = monthNumber(m[2]);
        year = +m[3];
      } else if (format === 'mdy') {
        month = monthNumber(m[1]);
        day = +m[2];
        year = +m[3];
      } else if (format === 'dm') {
        day = +m[1];
        month = monthNumber(m[2]);
      } else if (format === 'md') {
        month = monthNumber(m[1]);
        day = +m[2];
      } else if (format === 'my') {
        month = monthNumber(m[1]);
        year = +m[2];
      } else if (format === 'y') year = +m[1];
      else month = monthNumber(m[1]);
      if (!valid(day, month, year)) continue;
      // "May" is also a verb and a name: only with a day or year.
      if (format === 'm' && month === 5) continue;
      for (let k = start; k < end; k++) taken[k] = 1;
      out.push({ start, end, text: m[0], day, month, year, format });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function formatDate(d: { day: number | null; month: number | null; year: number | null }, format: DateMention['format']): string {
  const mon = d.month ? MONTHS[d.month - 1] : '';
  switch (format) {
    case 'dmy':
      return `${d.day} ${mon} ${d.year}`;
    case 'mdy':
      return `${mon} ${d.day}, ${d.year}`;
    case 'dm':
      return `${d.day} ${mon}`;
    case 'md':
      return `${mon} ${d.day}`;
    case 'my':
      return `${mon} ${d.year}`;
    case 'y':
      return `${d.year}`;
    case 'm':
      return mon;
  }
}
