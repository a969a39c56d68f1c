// A cheap language check: English prose is full of a few function words.

const ENGLISH = new Set(
  'the of and to in a is that for on was with as by at from it has have are be were an its this which said will their not or but had been after also would more who than they about over he she his her'.split(
    ' ',
  ),
);
const SPANISH = new Set(
  'el la los las de del que en y por para con una un se su al es lo como más pero sus le ya o fue este sí porque esta entre cuando muy sin sobre también'.split(
    ' ',
  ),
);
const FRENCH = new Set('le la les de des du et en un une est que qui dans pour pas sur au aux par avec ce il elle sont été'.split(' '));
const GERMAN = new Set('der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass'.split(' '));
const PORTUGUESE = new Set('o a os as de do da dos das e em um uma que para com não por mais se foi ao na no'.split(' '));

export interface LanguageGuess {
  english: boolean;
  /** the likeliest other language when not English */
  other?: string;
  words: number;
}

const LETTER = /^\p{L}/u;

/** The runs of letters in a text, as /\p{L}+/gu finds them, with ASCII checked without a regex. */
function letterRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      letter = LETTER.test(text.slice(i, i + 2));
      if (letter && start < 0) start = i;
      if (letter) {
        i++;
        continue;
      }
    } else letter = LETTER.test(text[i]);
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Ratio of English function words among all words; prose in English sits well above 0.25. */
export function guessLanguage(text: string): LanguageGuess {
  const words = letterRuns(text.toLowerCase());
  if (words.length < 12) return { english: true, words: words.length };
  let en = 0;
  const scores: Record<string, number> = { Spanish: 0, French: 0, German: 0, Portuguese: 0 };
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    if (SPANISH.has(w)) scores.Spanish++;
    if (FRENCH.has(w)) scores.French++;
    if (GERMAN.has(w)) scores.German++;
    if (PORTUGUESE.has(w)) scores.Portuguese++;
  }
  const ratio = en / words.length;
  const [other, best] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0];
  const english = ratio >= 0.15 && en >= best * 0.8;
  return { english, other: english ? undefined : best > en ? other : undefined, words: words.length };
}

const OTHER_WORDS = [SPANISH, FRENCH, GERMAN, PORTUGUESE];
/**
 * "Y para quien no pueda dormir, las actas al completo": a line too short for guessLanguage that
 * holds two function words of another language and none of English.
 */
export function inAnotherLanguage(line: string): boolean {
  const words = letterRuns(line.toLowerCase());
  if (words.some((w) => ENGLISH.has(w))) return false;
  return words.filter((w) => OTHER_WORDS.some((set) => set.has(w))).length >= 2;
}
