import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/domain/analysis/entities';
import { cleanLine } from '../../src/domain/briefing';
import { dropFinalStop, endsWithQuestion } from '../../src/domain/text';
import { guessLanguage } from '../../src/domain/analysis/language';
import { createRandom } from '../../src/domain/random';

// The tokenizer scans by hand for speed; its definition is this regular expression.
const TOKEN = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?/gu;
const reference = (s: string) => [...s.matchAll(TOKEN)].map((m) => m.index);

const ALPHABET = ['a', 'Z', '9', '.', "'", '’', '-', ' ', 'é', '中', '𝒜', '٣', '\ud800', '—', 'ß', 'İ', '\u0301', 's', 'S', '“'];
function randomTexts(n: number): string[] {
  const random = createRandom(42);
  return Array.from({ length: n }, () => {
    let t = '';
    const len = 1 + Math.floor(random() * 30);
    for (let i = 0; i < len; i++) t += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return t;
  });
}

describe('tokenize', () => {
  it('finds the words the regular expression finds, on thousands of random strings', () => {
    for (const s of randomTexts(5000))
      expect(
        tokenize(s).map((t) => t.start),
        JSON.stringify(s),
      ).toEqual(reference(s));
  });

  it('keeps abbreviations, inner marks and possessives', () => {
    const tokens = tokenize('Gen. Smith’s U.S. X-37B plan, the Allies’ view and Mr. O’Neill.');
    expect(tokens.map((t) => [t.text, t.possessive])).toEqual([
      ['Gen.', false],
      ['Smith', true],
      ['U.S.', false],
      ['X-37B', false],
      ['plan', false],
      ['the', false],
      ['Allies', true],
      ['view', false],
      ['and', false],
      ['Mr.', false],
      ['O’Neill', false],
    ]);
  });
});

describe('guessLanguage word count', () => {
  it('counts the letter runs /\\p{L}+/gu finds', () => {
    for (const s of randomTexts(2000).map((t) => t.repeat(3))) {
      expect(guessLanguage(s).words, JSON.stringify(s)).toBe((s.toLowerCase().match(/\p{L}+/gu) ?? []).length);
    }
  });
});

describe('cleanLine', () => {
  // The plain pipeline the fast paths must match.
  const reference = (line: string) =>
    line
      .normalize('NFC')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g, '')
      .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .split(' ')
      .filter((w) => w.length <= 60)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const PIECES = [
    'a',
    'Z',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u2003',
    'e\u0301',
    'é',
    '’',
    '“',
    '\u200b',
    '\u202e',
    'ﬁ',
    'Å',
    'A\u030a',
    '\n',
    'x'.repeat(58),
    '—',
    '한',
    '\u1100\u1161',
  ];
  it('gives what normalising, stripping and collapsing would give, on random lines', () => {
    const random = createRandom(7);
    for (let k = 0; k < 5000; k++) {
      let line = '';
      const n = Math.floor(random() * 12);
      for (let i = 0; i < n; i++) line += PIECES[Math.floor(random() * PIECES.length)];
      expect(cleanLine(line), JSON.stringify(line)).toBe(reference(line));
    }
  });
});

describe('end of sentence', () => {
  it('drops the final stop as the regular expression would, and spots a final question', () => {
    const random = createRandom(11);
    const PIECES = ['a', ' ', '.', '!', '?', '"', '”', '’', ')', '“', 'b'];
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const n = Math.floor(random() * 8);
      for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)];
      expect(dropFinalStop(s), JSON.stringify(s)).toBe(s.replace(/[.!]+(["”’)]*)$/, '$1'));
      expect(endsWithQuestion(s), JSON.stringify(s)).toBe(/\?["”’)]*$/.test(s));
    }
  });
});
