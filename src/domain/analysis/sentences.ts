// Sentence splitting for one paragraph of plain text.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'st',
  'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k',
  'u.n', 'e.u', 'a.m', 'p.m', 'approx', 'fig', 'vol', 'pp', 'cf', 'al',
]);

/** Splits a paragraph into sentences, keeping abbreviations, initials and decimals intact. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const end = m.index + m[1].length + m[2].length;
    const before = paragraph.slice(start, m.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["“‘(\[]+/, '').toLowerCase();
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^(\p{L}\.)*\p{L}$/u.test(lastWord))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end + m[3].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
