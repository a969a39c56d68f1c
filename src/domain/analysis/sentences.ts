// Sentence splitting for one paragraph of plain text. Errs on the side of not splitting: a
// missed boundary makes a long statement (which the generator may skip), a wrong one makes a
// fragment that reads as nonsense.

/** Words that end with a dot without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  // "Det. Sgt. Ann Lee", "Supt. Tom Ray": police ranks.
  'det',
  'insp',
  'supt',
  // "Deputy Mayor Cr. Ann Lee", "Cllr. Tom Ray": a councillor.
  'cr',
  'cllr',
  'clr',
  // "Clk. Waggener asked for roll call: Chr. Ray", "Road Dist. #9": a county board's minutes.
  'chr',
  'rd',
  'clk',
  'dist',
  'commr',
  'cpl',
  'capt',
  // "Lieut. Colonel Ann Lee", "Datuk Mohd. Ray": a rank and a Malay name's short form.
  'lieut',
  'mohd',
  'cmdr',
  'adm',
  'maj',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'vs',
  // "Dorn v. Avery": a case's parties.
  'v',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'approx',
  'cf',
  'al',
  'pres',
  'gov',
  'govt',
  'univ',
  'assn',
  'bros',
  'messrs',
  'mme',
  'mlle',
]);
/** Whether a word ends with a dot without ending a sentence, before a number or anywhere. */
export function isShortForm(word: string): boolean {
  return ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word);
}
/** Abbreviations that only hold before a number ("No. 10", "Art. 5"). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'fig', 'vol', 'p', 'pp', 'para', 'ch', 'sec', 'rs', 'rp', 'ksh', 'approx']);

// "has warned.The Vienna-based institute", "in 1984.Prime Minister": a sentence glued to the next one by a lost space.
// "… join the committee. £250 had been received": a sentence may open on a sum.
const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+|(?<=(?:\p{Ll}{3}|\b(?:1[5-9]|20)\d\d)\.)(?=\p{Lu}\p{Ll}+\s))(?=["“‘([]?[\p{Lu}\p{N}£$€¥₹])/gu;

const MONTH_AFTER = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Splits a paragraph into sentences, keeping abbreviations, initials and decimals intact. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(paragraph))) {
    const end = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && !m[2]) {
      const before = paragraph.slice(start, m.index);
      const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["“‘([]+/, '');
      const lower = lastWord.toLowerCase();
      const next = paragraph.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // After "U.S.", "Inc." and the like a clear sentence opener still splits.
      const opener =
        /^(u\.s|u\.k|u\.n|e\.u|inc|ltd|corp|co|etc|jr|sr|a\.m|p\.m)$/.test(lower) && /^(The|This|It|He|She|They|We|But|In|On|At|A|An)\s/.test(next);
      if (!opener) {
        if (ABBREVIATIONS.has(lower)) continue;
        // "costing approx. £600", "costingapprox. £600": a sum after an abbreviation, glued or not.
        if ((NUMBER_ABBREVIATIONS.has(lower) || lower.endsWith('approx')) && /^[\d£$€¥₹]/.test(next)) continue;
        // Initials: "J. K. Rowling", "George W. Bush".
        if (/^\p{Lu}$/u.test(lastWord)) continue;
        // Dotted acronyms other than the listed ones, e.g. "N.A.T.O."
        if (/^(\p{L}\.)+\p{L}$/u.test(lastWord)) continue;
        // "a letter of the date 16th. January demanding …": a day's ordinal before its month.
        if (/^\d{1,2}(?:st|nd|rd|th)$/.test(lower) && MONTH_AFTER.test(next)) continue;
      }
    }
    // An ellipsis inside a sentence followed by a lower-case word never reaches here (lookahead),
    // but a closing quote followed by a lower-case attribution ("…?” he asked") neither.
    out.push(paragraph.slice(start, end).trim());
    start = end + m[3].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}
