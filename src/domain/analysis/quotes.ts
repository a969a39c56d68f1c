// Direct and partial quotes inside one statement.

export interface Quote {
  /** span including the quote marks */
  start: number;
  end: number;
  /** the words inside the marks */
  text: string;
  open: string;
  close: string;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
];

/** Quotes with balanced marks. Single curly quotes count only when they clearly open and close
 * around words (so apostrophes are not mistaken for them). */
export function findQuotes(s: string): Quote[] {
  const out: Quote[] = [];
  if (!/[“"‘]/.test(s)) return out;
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const a = s.indexOf(open, from);
      if (a < 0) break;
      const b = s.indexOf(close, a + 1);
      if (b < 0) break;
      const text = s.slice(a + 1, b);
      from = b + 1;
      if (open === '‘') {
        if ((a > 0 && !/[\s(—–]/.test(s[a - 1])) || (b + 1 < s.length && !/[\s.,;:!?)—–]/.test(s[b + 1]))) continue;
      }
      if (!/\p{L}/u.test(text) || text.length > 400) continue;
      out.push({ start: a, end: b + 1, text: text.trim(), open, close });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Straight and curly double quotes are balanced, and curly ones open before they close. */
export function balancedQuotes(s: string): boolean {
  let depth = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d) {
      depth--;
      if (depth < 0) return false;
    } else if (c === 34) straight++;
  }
  return depth === 0 && straight % 2 === 0;
}

/**
 * A quote of several sentences leaves its first sentence with an opening mark only and its last
 * with a closing one: where the mark is the only one, where it sits (start or end), else null.
 */
export function loneQuoteMark(s: string): 'start' | 'end' | null {
  let marks = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 34) marks++;
  }
  if (marks !== 1) return null;
  if (/^[“"]/.test(s)) return 'start';
  if (/[.!?][”"]$/.test(s)) return 'end';
  return null;
}

/** Whether `at` falls inside a quotation a text opens before it. */
export function insideQuote(text: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** Whether a quote is still open after a statement; a mark opening a statement always opens. */
export function quoteOpenAfter(source: string, wasOpen: boolean): boolean {
  let open = wasOpen;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (i === 0 && (c === '“' || c === '"')) open = true;
    else if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** A sentence that reports speech is the reporter's own. */
const REPORTED = /\b(?:said|says|told|tells|added|adds|according to)\b/;

/**
 * The sentences without a mark inside a quote that runs on: opened and left open ("…said: “If
 * …"), maybe reopened by each paragraph, and closed by a sentence with a closing mark only or by a
 * paragraph that reopens the quote and closes it. A
 * quote the source never closes that way is not taken to run on: many sources forget the mark.
 */
export function insideQuoteRuns(sources: readonly string[]): boolean[] {
  const inside = sources.map(() => false);
  for (let i = 0; i < sources.length; i++) {
    if (!quoteOpenAfter(sources[i], false)) continue;
    const middle: number[] = [];
    let j = i + 1;
    for (; j < sources.length; j++) {
      const s = sources[j];
      // "Councillor Rondon told Newsday …" between two quotes: the reporter's, and the first quote was left open.
      if (!/[“”"]/.test(s)) {
        if (REPORTED.test(s)) break;
        middle.push(j);
      } else if (loneQuoteMark(s) !== 'start') break;
    }
    // A paragraph that reopens the quote and closes it ("“I believe … growth.”") ends the run as a closing mark does.
    const closes = j < sources.length && (loneQuoteMark(sources[j]) === 'end' || (/^[“"]/.test(sources[j]) && !quoteOpenAfter(sources[j], false)));
    if (closes) for (const k of middle) inside[k] = true;
    i = j - 1;
  }
  return inside;
}
