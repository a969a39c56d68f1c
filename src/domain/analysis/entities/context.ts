// The words around a name that tell what it is: a speech verb after it ("Hale said"), a role
// before it ("coach Peter Lindqvist"), an appositive ("Shawn Dahl, a forecaster"), or a plain noun
// after it that makes it a modifier ("US officials").

import { negateVerb } from '../../facts/verbs';
import { AFTER_NOUN_PHRASE, ROLE_WORDS, SPEECH_VERBS } from './lexicon';

const WORD = /\p{L}+/gu;
const FILLERS = new Set(['also', 'again', 'later', 'then', 'has', 'had', 'have']);
/** "Hale said", "Hale also said", "Hale, on Monday, said": a speech verb within a few words. */
export function speechVerbFollows(next: string): boolean {
  if (!/^(?:['’]s)?,?\s/.test(next)) return false;
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; words.length < 4 && (m = WORD.exec(next)); ) words.push(m[0].toLowerCase());
  for (let k = 0; k < words.length; k++) {
    if (SPEECH_VERBS.has(words[k])) return true;
    if (!FILLERS.has(words[k]) && words[k] !== 'on' && !(k > 0 && words[k - 1] === 'on')) return false;
  }
  return false;
}

/** The role word right before a name ("coach Peter Lindqvist"), in lower case, or null. */
export function roleBefore(s: string, at: number): string | null {
  if (at < 2 || s.charCodeAt(at - 1) !== 32) return null;
  let k = at - 1;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  if (k === at - 1) return null;
  // The word must start at a word boundary: "2coach" is not a role.
  if (k > 0) {
    const c = s.charCodeAt(k - 1);
    if ((c >= 48 && c <= 57) || c === 95) return null;
  }
  const word = s.slice(k, at - 1).toLowerCase();
  return ROLE_WORDS.has(word) ? word : null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export const VERB_FOLLOWS =
  /^,?\s+(?:(?:also|then|later|again|has|had|have)\s+)?(?:\p{Ll}{3,}ed|said|told|gave|won|lost|met|made|took|held|led|kept|beat|scored|spoke|wrote|became|left|ran|went|came|saw|found|sent|began|struck|drew|beat|says|won|died|dies|(?:was|were) born|grew up|is survived)\b/u;
export const APPOSITIVE_ROLE =
  /^,\s(?:a|an|the)\s(?:[\p{Ll}-]+\s){0,3}?(?:\p{Ll}+(?:er|or|ist|ian|ant|ent|man|woman|person)|head|chief|member|expert|official)\b/u;
/**
 * "Lawrence Yun, NAR chief economist," / "Miriam Robinson, head of marketing at Foyles,": a role
 * with no article; only nouns that name a post, since "Lake Kivu, after …" has none.
 */
export const BARE_APPOSITIVE_ROLE =
  /^,\s(?:\p{Lu}[\p{L}&.'’-]*\s){0,2}(?:[\p{Ll}-]+\s){0,2}?(?:economist|head|chief|director|coordinator|spokes(?:man|woman|person)|chair(?:man|woman)?|founder|manager|scientist|researcher|professor|analyst|officer|executive|editor|adviser|advisor|commissioner|ambassador|mayor|governor|author|lecturer|curator)\b/u;

/**
 * "US officials", "EU leaders", "China trade": a name followed by a plain noun is a modifier.
 * Verbs are recognised by a closed list, by their endings (-ed, -ing, -ly adverbs before them)
 * or as known present forms; anything else after the name makes it a modifier.
 */
export function modifiesNoun(s: string, end: number, possessive: boolean): boolean {
  if (possessive) return false;
  const m = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(s.slice(end, end + 40));
  if (!m) return false;
  const w = m[1];
  if (AFTER_NOUN_PHRASE.has(w) || SPEECH_VERBS.has(w) || /(ed|ing|ly)$/.test(w) || negateVerb(w)) return false;
  return true;
}
