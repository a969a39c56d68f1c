// Numbers with their units inside a statement: "137", "€4.2 million", "12.5%", "3,400 troops".

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  decimals: number;
  currency: string;
  scale: string;
  percent: string;
  grouped: boolean;
}

const NUMBER =
  /(^|[\s(])([$€£¥]|US\$)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s?%|\s(?:per cent|percent))?(\s?(?:million|billion|trillion|thousand))?(?=$|[\s.,;:!?)”"’])/g;

/** Numbers written as words, each at its value's index. */
// biome-ignore format: a table reads best packed, several entries a line
export const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

const JOINERS = ['–', '—', '-', '/', '+', ':'];
const DASHES = ['–', '—', '-', '/'];
const MONTH_NAMES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
/** Capitalised words that may open a sentence right before a figure ("About 40 …"). */
const NUMBER_LEADS = new Set([
  'In',
  'On',
  'By',
  'At',
  'Of',
  'About',
  'Some',
  'Nearly',
  'Almost',
  'Over',
  'Under',
  'The',
  'Around',
  'Only',
  'Just',
  'With',
  'Approximately',
  'Roughly',
  'More',
  'Less',
  'Fewer',
  'Up',
  'Down',
  'To',
  'From',
  'Since',
  'After',
  'Before',
  'Between',
]);

const isDigit = (c: number) => c >= 48 && c <= 57;

const UPPER = /\p{Lu}/u;
function hasUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER.test(word[i])) return true;
  }
  return false;
}

/** The run of non-space characters that ends one space before `at`. */
function tokenBefore(s: string, at: number): string {
  if (at < 2 || !isSpaceChar(s[at - 1])) return '';
  let k = at - 1;
  while (k > 0 && !isSpaceChar(s[k - 1])) k--;
  return s.slice(k, at - 1);
}

/** The word (letters and dots) that ends one space before `at`, or '' ("Flight 17" → "Flight"). */
function wordBefore(s: string, at: number): string {
  if (at < 2 || !isSpaceChar(s[at - 1])) return '';
  let k = at - 1;
  while (k > 0 && isWordPart(s, k - 1)) k--;
  return s.slice(k, at - 1);
}

/** The ASCII word (as \b sees words) starting at `at`. */
function wordAfter(s: string, at: number): string {
  let k = at;
  for (let c = s.charCodeAt(k); (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95; c = s.charCodeAt(++k));
  return s.slice(at, k);
}

const LETTER = /^\p{L}/u;
function isWordPart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  return LETTER.test(s[i]);
}
const isSpaceChar = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\n';

/**
 * Numbers that can be asked about. Skips years (a date question's business), numbers glued to
 * names ("Flight 17", "G20", "Group of 20"), scores and ranges ("7–2", "2011-12") and ordinals.
 */
export function findNumbers(s: string): NumberMention[] {
  const out: NumberMention[] = [];
  if (!/\d/.test(s)) return out;
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(s))) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    const [, , currency = '', int, dec = '', percent = '', scale = ''] = m;
    const value = Number(int.replace(/,/g, '') + (dec ? `.${dec}` : ''));
    if (!Number.isFinite(value)) continue;
    // Only the whole part of a figure the pattern could not take whole ("1.5-3.5%" → "1").
    if ((s[end] === '.' || s[end] === ',') && isDigit(s.charCodeAt(end + 1))) continue;
    // Scores and ranges: "7–2", "2011-12", "+3", "10:30".
    if (JOINERS.includes(s[start - 1]) || (JOINERS.includes(s[end]) && (DASHES.includes(s[end]) || isDigit(s.charCodeAt(end + 1))))) continue;
    const prev = wordBefore(s, start);
    // A capitalised word right before: part of a name ("Flight 17", "Resolution 2254", "iPhone 15").
    // A sum is never part of a name: "lent the Railway Company $6 million".
    if (!currency && hasUpper(prev) && !NUMBER_LEADS.has(tokenBefore(s, start))) continue;
    // "15 cases per 100,000 population": the base of a rate is its unit, not a figure of the story.
    if (prev === 'per') continue;
    // "the Group of 20 economies", "the Club of 50": the figure names the body.
    if (!currency && prev === 'of' && /\b(?:Group|Club|Gang|Council|Committee|Bloc) of $/.test(s.slice(Math.max(0, start - 14), start))) continue;
    if (!currency && !percent && !scale && !dec && !int.includes(',') && value >= 1000 && value <= 2100) continue;
    // Day of a date ("5 February", "February 5").
    if (MONTH_NAMES.has(prev) || (s[end] === ' ' && MONTH_NAMES.has(wordAfter(s, end + 1)))) continue;
    const after = s.slice(end, end + 24);
    if (/^(st|nd|rd|th)\b/.test(after)) continue;
    // First day of a range: "from 14 to 16 April", "on 21 and 22 February".
    if (/^\s(?:to|and|or|-|–)\s\d{1,2}\s(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) continue;
    // "4million" with no currency is a typo inside a word, not a sum ("£4million" is a sum).
    if (scale && !/^\s/.test(scale) && !currency) continue;
    out.push({
      start,
      end,
      text: s.slice(start, end),
      value,
      decimals: dec.length,
      currency,
      // As written, with or without its space: options follow the key's spelling ("£4million").
      scale,
      percent: percent,
      grouped: int.includes(','),
    });
  }
  return out;
}

/** Formats a value like a sample mention: same currency, decimals, grouping, percent and scale. */
export function formatLike(value: number, like: NumberMention): string {
  let body = value.toFixed(like.decimals);
  // "25000" among "31,000" and "19,000" stands out by its writing: a key of five digits or more
  // written without commas keeps its options so.
  if (like.grouped || (value >= 10000 && !like.decimals && like.value < 10000)) {
    const [i, d] = body.split('.');
    body = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d ? `.${d}` : '');
  }
  return `${like.currency}${body}${like.percent}${like.scale}`;
}
