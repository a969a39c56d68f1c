// Character tests by code unit, for scans that run over every statement: a Unicode regular
// expression per character costs far more, above all where regular expressions are interpreted.

/** The characters /\s/ matches. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
