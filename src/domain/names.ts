// Player names: normalised, checked for hidden characters, length and offensive words.

export const MAX_NAME_GRAPHEMES = 24;

export type NameCheck =
  | { ok: true; name: string; key: string }
  | { ok: false; code: 'invalid_input' | 'name_rejected'; reason: string };

// Control (Cc), format (Cf: zero-width, bidi, soft hyphen), private-use, surrogate and unassigned.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\u2028\u2029]/u;
// More than a few stacked combining marks is "Zalgo" text that spills over other rows.
const STACKED_MARKS = /\p{M}{3,}/u;

// Stems matched inside the folded name (spacing and punctuation removed).
const BLOCKED_STEMS = [
  'fuck', 'fuk', 'fck', 'shit', 'cunt', 'bitch', 'whore', 'slut', 'nigger', 'nigga', 'faggot', 'fagot',
  'retard', 'rapist', 'nazi', 'hitler', 'twat', 'wank', 'pussy', 'penis', 'vagina', 'asshole', 'arsehole',
  'bastard', 'dildo', 'porn', 'tranny', 'jizz',
];
// Whole-word matches only: these letters occur inside innocent names.
const BLOCKED_WORDS = ['ass', 'arse', 'fag', 'sex', 'cum', 'tit', 'tits', 'kkk', 'dick', 'cock', 'spic', 'chink', 'kike', 'coon', 'paki'];
// Innocent words that contain a stem (the Scunthorpe problem); removed before matching.
const ALLOWED = ['scunthorpe', 'therapist', 'shitake', 'shiitake', 'penistone', 'cockburn', 'peacock', 'hancock', 'dickens', 'dickinson', 'wankel'];

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '!': 'i', '|': 'i', '3': 'e', '4': 'a', '@': 'a', '5': 's', '$': 's', '7': 't',
  '8': 'b', '9': 'g', '+': 't', '€': 'e', '¡': 'i',
};

function graphemeCount(s: string): number {
  const Segmenter = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => { segment(s: string): Iterable<unknown> } }).Segmenter;
  if (!Segmenter) return [...s].length;
  let n = 0;
  for (const _ of new Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) n++;
  return n;
}

/** Folds a name to letters only: case, accents, leetspeak, spacing and punctuation removed. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[0-9!|@$+€¡]/g, (ch) => LEET[ch] ?? ch)
    .replace(/[^a-z]/g, '');
}

function isOffensive(name: string): boolean {
  let folded = foldName(name);
  for (const w of ALLOWED) folded = folded.split(w).join('');
  // Repeated letters ("fuuuck") collapse too.
  const squeezed = folded.replace(/(.)\1+/g, '$1');
  if (BLOCKED_STEMS.some((w) => folded.includes(w) || squeezed.includes(w.replace(/(.)\1+/g, '$1')))) return true;
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[0-9!|@$+€¡]/g, (ch) => LEET[ch] ?? ch)
    .split(/[^a-z]+/);
  return words.some((w) => BLOCKED_WORDS.includes(w));
}

/**
 * Checks a player's name. NFKC-normalised and trimmed, internal spaces collapsed; 1–24
 * graphemes; no control, format or bidi characters; nothing offensive. `key` is the
 * case-folded form used for uniqueness.
 */
export function checkName(raw: string): NameCheck {
  if (HIDDEN.test(raw)) {
    return { ok: false, code: 'invalid_input', reason: 'Names cannot contain invisible, control or direction-changing characters.' };
  }
  const name = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (!name) return { ok: false, code: 'invalid_input', reason: 'Enter a name.' };
  if (HIDDEN.test(name)) {
    return { ok: false, code: 'invalid_input', reason: 'Names cannot contain invisible, control or direction-changing characters.' };
  }
  if (STACKED_MARKS.test(name.normalize('NFD'))) return { ok: false, code: 'invalid_input', reason: 'Names cannot stack accents on one letter.' };
  if (graphemeCount(name) > MAX_NAME_GRAPHEMES) {
    return { ok: false, code: 'invalid_input', reason: `Names are at most ${MAX_NAME_GRAPHEMES} characters.` };
  }
  if (isOffensive(name)) return { ok: false, code: 'name_rejected', reason: 'Please choose a different name.' };
  return { ok: true, name, key: name.toLowerCase().normalize('NFKC') };
}
