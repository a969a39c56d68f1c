// Player names: normalised, checked for hidden characters, markup, length and offensive words.

import { nameMatcher } from './name-filter';

export const MAX_NAME_GRAPHEMES = 24;
/** Emoji sequences take several code points each; this bounds the stored string however it is built. */
const MAX_NAME_CODE_POINTS = 100;

export type NameCheck = { ok: true; name: string; key: string } | { ok: false; code: 'invalid_input' | 'name_rejected'; reason: string };

// Control (Cc), format (Cf: zero-width, bidi, soft hyphen, tags), private-use, surrogate and unassigned.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\u2028\u2029]/u;
// Letters and symbols that render as nothing: Hangul fillers, the braille blank, Khmer inherent
// vowels, the combining grapheme joiner. A name made of them looks empty on the host screen.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks listed to be matched one by one
const BLANK = /[\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5\u034f\u180b-\u180d\ufe00-\ufe0e]/gu;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
// Whole emoji as Unicode recommends them (RGI): joiners (👩‍🚀), variation selectors (🏳️‍🌈) and
// tag sequences (🏴󠁧󠁢󠁳󠁣󠁴󠁿) are parts of one picture there. Taken out before the hidden-character
// checks, so the same characters alone or between letters are still refused. Built with
// RegExp: the v flag is newer than the TypeScript target, not than the runtime.
// biome-ignore lint/complexity/useRegexLiterals: the v flag is newer than the TypeScript target
const EMOJI = new RegExp('\\p{RGI_Emoji}', 'gv');
const withoutEmoji = (s: string) => s.replace(EMOJI, '');
// More than a few stacked combining marks is "Zalgo" text that spills over other rows.
const STACKED_MARKS = /\p{M}{3,}/u;
// Markup never belongs in a name; refusing it keeps exports and other people's tools safe too.
const MARKUP = /[<>]/;

// Offensive words come from a maintained library (obscenity's English data set, which handles
// leetspeak, look-alike letters and repeated letters); these add what a name filter for a
// classroom also needs: hate symbols and a few spellings the data set leaves out.
export const EXTRA_BLOCKED = ['nazi', 'hitler', 'siegheil', 'swastika', 'killyourself', 'kys', 'porn', 'rape', 'jiz', 'phuck', 'phuk'];
// Real names (and words) that contain a blocked word: the Scunthorpe problem. Each of these was
// refused by an earlier, hand-written filter or by the data set on its own.
export const REAL_NAMES = [
  'bob',
  'watson',
  'swank',
  'ignazio',
  'matt watts',
  'mattwatts',
  'dickson',
  'dickens',
  'dickinson',
  'dick van dyke',
  'dickvandyke',
  'fukuda',
  'pornchai',
  'penistone',
  'analise',
  'nazir',
  'nazim',
  'nazia',
  'nazif',
  'nazih',
  'scunthorpe',
  'hancock',
  'cockburn',
  'peacock',
  'glasscock',
  'therapist',
  'shitake',
  'shiitake',
  'yamashita',
  'matsushita',
  'kshitij',
  'phuket',
  'sussex',
  'titus',
  'arsenal',
  'cassandra',
  'grape',
  'drape',
  'wankel',
  'boobook',
];

let matcher: ReturnType<typeof nameMatcher> | null = null;
const offensiveMatcher = () => {
  matcher ??= nameMatcher(EXTRA_BLOCKED, REAL_NAMES);
  return matcher;
};

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '|': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '+': 't',
  '€': 'e',
  '¡': 'i',
  '£': 'l',
  '¥': 'y',
  '(': 'c',
  '<': 'c',
  '%': 'x',
};
const LEET_CHARS = /[0-9!|@$+€¡£¥(<%]/g;

// Letters of other scripts drawn like Latin ones (Cyrillic, Greek, a few IPA), the usual way
// round a word filter and the usual way to pass as another player.
const CONFUSABLE: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  ʀ: 'r',
  ɪ: 'i',
  ᴋ: 'k',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  ß: 'ss',
  ƒ: 'f',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'gu');

type Segmenter = { segment(s: string): Iterable<unknown> };
// Made once: building a segmenter costs more than segmenting a name (a class joining at once checks hundreds).
let segmenter: Segmenter | null | undefined;
function graphemeCount(s: string): number {
  if (segmenter === undefined) {
    const Make = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
    segmenter = Make ? new Make(undefined, { granularity: 'grapheme' }) : null;
  }
  if (!segmenter) return [...s].length;
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

/** Lower case, compatibility forms, accents and look-alike letters of other scripts folded to Latin. */
export function skeleton(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(CONFUSABLE_CHARS, (ch) => CONFUSABLE[ch] ?? ch);
}

// A number standing alone ("Player 17") is a number, not leetspeak for "it"; so is the number of
// a code, one letter and its number ("P155", "B52", "A380"), not "piss".
const NUMBER = /(?<![\p{L}\p{N}])(\p{L}?)\p{N}{2,}(?![\p{L}\p{N}])/gu;
const numbersAsNumbers = (s: string) => s.replace(NUMBER, '$1 ');

function deLeet(name: string): string {
  return numbersAsNumbers(skeleton(name)).replace(LEET_CHARS, (ch) => LEET[ch] ?? ch);
}

/** Folds a name to letters only: case, accents, look-alikes, leetspeak, spacing and punctuation removed. */
export function foldName(name: string): string {
  return deLeet(name).replace(/[^a-z]/g, '');
}

/**
 * Offensive in any of its readings: as typed, with leetspeak and look-alikes folded, with letters
 * typed apart joined ("k k k", "a.s.s"), and with all spacing and punctuation removed ("cu nt").
 */
function isOffensive(name: string): boolean {
  const words = deLeet(name)
    .split(/[^a-z]+/)
    .filter(Boolean);
  const joined: string[] = [];
  let run = '';
  for (const w of words) {
    if (w.length === 1) run += w;
    else {
      if (run) joined.push(run);
      run = '';
      joined.push(w);
    }
  }
  if (run) joined.push(run);
  const folded = foldName(name);
  // The data set collapses repeated letters, so three of a kind is checked here.
  if (joined.includes('kkk') || folded === 'kkk') return true;
  const m = offensiveMatcher();
  // The data set reads leetspeak itself, so it sees numbers as numbers too.
  const plain = numbersAsNumbers(name);
  // 1 and | stand for l as often as for i ("s1ut").
  const asL = plain.replace(/[1|]/g, 'l');
  // Most names read the same in several of these forms: each distinct one is matched once.
  return [...new Set([plain, deLeet(name), joined.join(' '), folded, deLeet(asL), foldName(asL)])].some((form) => m.hasMatch(form));
}

const hidden = (): NameCheck => ({
  ok: false,
  code: 'invalid_input',
  reason: 'Names cannot contain invisible, control or direction-changing characters.',
});

// Letters and digits drawn alike in common fonts, after case folding (the idea of Unicode's
// confusables skeleton, for Latin): capital I and small l, 0 and o, rn and m, vv and w.
const SAME_SHAPE: [RegExp, string][] = [
  [/[il1|!]/g, 'l'],
  [/0/g, 'o'],
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/5/g, 's'],
];

/**
 * The key two names share when a reader could not tell them apart: case, width, accents,
 * look-alike letters of other scripts and look-alike shapes ("LIam HaIl" and "Liam Hall").
 */
export function nameKey(name: string): string {
  let k = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/I/g, 'l');
  k = skeleton(k).replace(/\s+/g, ' ');
  for (const [re, to] of SAME_SHAPE) k = k.replace(re, to);
  return k;
}

/**
 * Checks a player's name. NFKC-normalised and trimmed, internal spaces collapsed; 1–24
 * graphemes; no control, format, bidi or blank-looking characters, no markup; nothing
 * offensive. `key` is the folded form used for uniqueness: case, width, accents and
 * look-alike letters do not make two names different.
 */
export function checkName(raw: string): NameCheck {
  if (HIDDEN.test(withoutEmoji(raw))) return hidden();
  const name = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (!name) return { ok: false, code: 'invalid_input', reason: 'Enter a name.' };
  const bare = withoutEmoji(name);
  if (HIDDEN.test(bare)) return hidden();
  if (bare.replace(BLANK, '') !== bare) return hidden();
  if (!VISIBLE.test(name)) return { ok: false, code: 'invalid_input', reason: 'Enter a name with letters or digits.' };
  if (MARKUP.test(name)) return { ok: false, code: 'invalid_input', reason: 'Names cannot contain < or >.' };
  if (STACKED_MARKS.test(name.normalize('NFD'))) return { ok: false, code: 'invalid_input', reason: 'Names cannot stack accents on one letter.' };
  if (graphemeCount(name) > MAX_NAME_GRAPHEMES || [...name].length > MAX_NAME_CODE_POINTS) {
    return { ok: false, code: 'invalid_input', reason: `Names are at most ${MAX_NAME_GRAPHEMES} characters.` };
  }
  if (isOffensive(name)) return { ok: false, code: 'name_rejected', reason: 'Please choose a different name.' };
  // The results mark a player removed from a live game so: no one may play under a name that reads as one.
  if (REMOVED_MARK.test(name)) return { ok: false, code: 'name_rejected', reason: 'Choose a name without “(removed)”.' };
  return { ok: true, name, key: nameKey(name) };
}
const REMOVED_MARK = /\(\s*removed\s*\)/i;

/**
 * A title as the home page and other people's screens show it: NFKC, no control, format, bidi,
 * private-use or blank-looking characters (emoji sequences kept whole), spaces collapsed, at most
 * `max` characters. Empty when nothing visible is left.
 */
export function cleanTitle(raw: string, max = 200): string {
  const EVERY_HIDDEN = new RegExp(HIDDEN.source, 'gu');
  let out = '';
  let last = 0;
  const normal = raw.normalize('NFKC');
  // Hidden characters go, except inside whole emoji (👩‍🚀 keeps its joiner).
  for (const m of normal.matchAll(EMOJI)) {
    out += normal.slice(last, m.index).replace(EVERY_HIDDEN, ' ') + m[0];
    last = m.index + m[0].length;
  }
  out += normal.slice(last).replace(EVERY_HIDDEN, ' ');
  out = out.replace(BLANK, ' ').replace(/\s+/gu, ' ').trim();
  if (!VISIBLE.test(out)) return '';
  return [...out].slice(0, max).join('').trim();
}
