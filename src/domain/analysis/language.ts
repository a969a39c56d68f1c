// A cheap language check: English prose is full of a few function words.

const ENGLISH = new Set(
  'the of and to in a is that for on was with as by at from it has have are be were an its this which said will their not or but had been after also would more who than they about over he she his her'.split(' '),
);
const SPANISH = new Set('el la los las de del que en y por para con una un se su al es lo como más pero sus le ya o fue este sí porque esta entre cuando muy sin sobre también'.split(' '));
const FRENCH = new Set('le la les de des du et en un une est que qui dans pour pas sur au aux par avec ce il elle sont été'.split(' '));
const GERMAN = new Set('der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass'.split(' '));
const PORTUGUESE = new Set('o a os as de do da dos das e em um uma que para com não por mais se foi ao na no'.split(' '));

export interface LanguageGuess {
  english: boolean;
  /** the likeliest other language when not English */
  other?: string;
  words: number;
}

/** Ratio of English function words among all words; prose in English sits well above 0.25. */
export function guessLanguage(text: string): LanguageGuess {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
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
