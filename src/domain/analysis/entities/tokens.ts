// Words of a statement with their offsets, cut by hand for speed.

export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

const ALNUM = /^[\p{L}\p{N}]/u;

/** Length (0, 1 or 2 code units) of the letter or digit at i. */
function alnumAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const wide = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return ALNUM.test(s.slice(i, i + wide)) ? wide : 0;
}

/** End of the run of letters and digits starting at i. */
function alnumRun(s: string, i: number): number {
  for (let n: number; (n = alnumAt(s, i)); ) i += n;
  return i;
}

/**
 * Words with inner dots, apostrophes and hyphens ("U.S.", "Xi’s", "X-37B") and an optional
 * trailing dot, as /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu finds them, scanned by hand:
 * this runs over every statement and a Unicode regex is several times slower.
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    if (!alnumAt(s, i)) {
      i++;
      continue;
    }
    const from = i;
    i = alnumRun(s, i);
    for (;;) {
      const c = s[i];
      if ((c === '.' || c === "'" || c === '’' || c === '-') && alnumAt(s, i + 1)) i = alnumRun(s, i + 1);
      else break;
    }
    if (s[i] === '.') i++;
    let text = s.slice(from, i);
    let end = i;
    if (text.charCodeAt(text.length - 1) === 46 && !/^(\p{L}\.)+$/u.test(text) && !TITLE_ABBREV.has(text)) {
      text = text.slice(0, -1);
      end -= 1;
    }
    let possessive = false;
    // Only capitalised words can be possessive names; most tokens stop at this test.
    if (isCap(text) && text.charCodeAt(text.length - 1) === 115 /* s */) {
      const q = text[text.length - 2];
      if (text.length > 2 && (q === '’' || q === "'")) {
        possessive = true;
        text = text.slice(0, -2);
      } else if (s[end] === '’' || s[end] === "'") {
        // "the Allies’ plan": plural possessive
        possessive = true;
      }
    }
    out.push({ text, start: from, end: from + text.length, possessive });
  }
  return out;
}

/** Starts with a capital letter: ASCII without a regular expression, the rest by Unicode case. */
export function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(t.codePointAt(0)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// biome-ignore format: a table reads best packed
const TITLE_ABBREV = new Set(['Gen.', 'Sen.', 'Rep.', 'Gov.', 'Adm.', 'Col.', 'Capt.', 'Lt.', 'Sgt.', 'Det.', 'Insp.', 'Supt.', 'Cpl.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.']);
