// Character tests by code unit, for scans that run over every statement: a Unicode regular
// expression per character costs far more, above all where regular expressions are interpreted.

const isCloser = (ch: string) => ch === '"' || ch === '”' || ch === '’' || ch === ')';

/** s.replace(/[.!]+(["”’)]*)$/, '$1'): the final full stop or exclamation goes, closing quotes stay. */
export function dropFinalStop(s: string): string {
  let end = s.length;
  while (end > 0 && isCloser(s[end - 1])) end--;
  let k = end;
  while (k > 0 && (s[k - 1] === '.' || s[k - 1] === '!')) k--;
  return k === end ? s : s.slice(0, k) + s.slice(end);
}

/** /\?["”’)]*$/: ends with a question mark, maybe inside closing quotes. */
export function endsWithQuestion(s: string): boolean {
  let end = s.length;
  while (end > 0 && isCloser(s[end - 1])) end--;
  return s[end - 1] === '?';
}

/** The characters /\s/ matches. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the text holds any of the words, without copying the set into an array first. */
export function holdsAny(text: string, words: Iterable<string>): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}
