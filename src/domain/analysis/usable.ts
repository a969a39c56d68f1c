// Whether a sentence can carry a question at all: whole prose of a sensible length, no code or
// markup, quotes that close (or the lone mark of a quote that runs over several sentences).
import { ASIDE_URL } from './leads';
import { balancedQuotes, loneQuoteMark } from './quotes';

// Code and addresses, not prose (plain words such as "window" are fine).
/** Every CODE_LIKE match holds one of these: a cheap test first. */
export const MAYBE_CODE = /[{}<>=\\|:@(]|www\./;
export const CODE_LIKE = /[{}<>=\\|]|https?:|www\.|\w@\w|\w\(\)|\w\.\w+\(/;

/** Ends with . ! or ?, maybe followed by closing quotes or a bracket (/[.!?]["”’)]*$/). */
export function endsLikeSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && (s[i] === '"' || s[i] === '”' || s[i] === '’' || s[i] === ')')) i--;
  return i >= 0 && (s[i] === '.' || s[i] === '!' || s[i] === '?');
}

export function isUsable(source: string): boolean {
  const s = source.includes('://') || source.includes('www.') ? source.replace(ASIDE_URL, '') : source;
  if (s.length < 25 || s.length > 700) return false;
  if (!/^[“"‘(]?\p{Lu}/u.test(s)) return false;
  if (!endsLikeSentence(s)) return false;
  if (s.startsWith('(')) return false;
  if (MAYBE_CODE.test(s) && CODE_LIKE.test(s)) return false;
  // The sentences of a quote that runs on are the speaker's statements too; the lone mark goes.
  if (!balancedQuotes(s) && !loneQuoteMark(s)) return false;
  // One pass: words, capitalised words, letters.
  let words = 0;
  let caps = 0;
  let letters = 0;
  let spaces = 0;
  let atWordStart = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 32) {
      spaces++;
      atWordStart = true;
      continue;
    }
    let isLetter: boolean;
    let isUpper: boolean;
    if (code < 128) {
      isUpper = code >= 65 && code <= 90;
      isLetter = isUpper || (code >= 97 && code <= 122);
    } else {
      const c = s[i];
      isLetter = c.toLowerCase() !== c.toUpperCase();
      isUpper = isLetter && c === c.toUpperCase();
    }
    if (isLetter) letters++;
    if (atWordStart) {
      words++;
      if (isUpper) caps++;
      atWordStart = false;
    }
  }
  if (words < 5) return false;
  // Title Case lines are headlines or captions, not statements.
  if (caps / words > 0.8) return false;
  // Text that is not prose: too many digits or symbols ("Beef was up by 3.1% while eggs rose
  // 8.2%." is prose, so spaces do not count against it).
  return letters / (s.length - spaces) > 0.6;
}
