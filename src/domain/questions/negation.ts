// Negation of a simple claim at its main verb: "X has described" → "X has not described",
// "Xi told Trump …" → "Xi did not tell Trump …", or nothing where that would read two ways.

import { looksFinite, negateVerb } from '../facts/verbs';

export const NEGATIVE =
  /\b(not|no(?!\.\s*\d)|never|none|nor|neither|nothing|nobody|without|cannot|n['’]t|fail(ed|s)?|refus(ed|es)|den(y|ied|ies)|lack(ed|s)?|unable)\b/i;
// Modals are left out: "must not" forbids rather than denies, "could not" changes the claim.
const AUX =
  /\b(is|are|was|were|has|have|had|will|would)\s+(?!not\b|to\b|also\b|long\b|already\b|never\b|yet\b|just\b|still\b|now\b|soon\b|only\b|even\b|ever\b|again\b|then\b|further\b|been\s+no\b)(\p{Ll}+)/u;
const SUBORDINATE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'if',
  'because',
  'while',
  'although',
  'though',
  'when',
  'where',
  'whether',
  'as',
  'since',
  'unless',
  'until',
]);
const SUBORDINATE = /\b(that|which|who|whom|whose|if|because|while|although|though|when|where|whether|as|since|unless|until)\b|[,;:“"(]/i;

/**
 * "The agency is continuing its investigation" → "… is not continuing …": a False anyone rules out
 * without the text, since the story is about that work going on.
 */
const ONGOING = /\b(?:continu(?:e|es|ed|ing)|ongoing|remains? (?:in|on|at|under))\b/i;
/** "Investors are hoping to …" → "… are not hoping …": a hope or a fear denied is no fact anyone can check. */
// "The agency is saddened by …": a feeling, which "not" turns into an absurdity anyone can see.
const STATE_OF_MIND =
  /\b(?:hop(?:e|es|ed|ing)|wish\w*|want\w*|fear\w*|worr\w*|believ\w*|expect\w*|think\w*|feel\w*|saddened|grieved|shocked|delighted|pleased|proud|honou?red|deeply)\b/i;

/** "not in short supply due to global demand": scarce, or plentiful for another reason? A cause beside "not" reads two ways. */
const CAUSED = /\b(?:due to|because of|owing to|thanks to)\b/;

/** "X has described" → "X has not described"; only in the main clause, only once. */
export function negate(text: string): string | null {
  if (NEGATIVE.test(text) || ONGOING.test(text) || STATE_OF_MIND.test(text) || CAUSED.test(text)) return null;
  const m = AUX.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  if (SUBORDINATE.test(before) || before.split(/\s+/).length > 10) return null;
  // "Ann Lee already had made a name" → "already had not made": an adverb before the aux the "not" cannot follow.
  if (/\b(?:already|still|also|just|only|even|long)\s+$/.test(before)) return null;
  // "has long been" style adverbs after the aux, and aux used as a main verb ("has a policy").
  if (/ly$/.test(m[2]) || /^(a|an|the|its|his|her|their|some|many|more|no|one|two|three)$/.test(m[2])) return null;
  // "The British had zero tanks" → "had not zero tanks": a possession's "had" needs "did not have".
  if (/^ha(?:s|ve|d)$/.test(m[1]) && !looksFinite(m[2]) && !/^(?:been|become|come|run)$|(?:en|wn|ne|lt|nt|pt|ght|ung|ade|ot|un|id)$/.test(m[2])) return null;
  // "has not voted overwhelmingly": no vote, or a narrow one? The manner after the verb blurs the claim.
  if (/^\s+\p{Ll}+ly\b/u.test(text.slice(m.index + m[0].length))) return null;
  // "A vote of thanks was not expressed by Tom Ray": none given, or given by someone else?
  if (/^(?:is|are|was|were)$/.test(m[1]) && /(?:ed|en|wn|ne|lt|nt|pt)$/.test(m[2]) && /^[^,;]*? by \p{Lu}/u.test(text.slice(m.index + m[0].length)))
    return null;
  const at = m.index + m[1].length;
  return `${text.slice(0, at)} not${text.slice(at)}`;
}

/**
 * "Xi told Trump …" → "Xi did not tell Trump …", "Taiwan remains …" → "Taiwan does not remain …":
 * the first verb of the main clause, when it is in the known list and nothing subordinate or
 * quoted comes before it.
 */
export function negatePredicate(text: string): string | null {
  // "Both sides did not say" reads as "not both"; quantified subjects are left alone.
  if (
    NEGATIVE.test(text) ||
    ONGOING.test(text) ||
    STATE_OF_MIND.test(text) ||
    CAUSED.test(text) ||
    /^(Both|All|Every|Each|Either|Many|Most|Some|Several)\b/.test(text)
  )
    return null;
  // "will not make it cheaper by lowering costs": the result or only the means denied, it reads two ways.
  // "The dream had not been realized—Ostland were champions": a clause joined by a dash contradicts it.
  if (/\bby (?:\p{Ll}+ly )?\p{Ll}{3,}ing\b/u.test(text) || /[—–]/.test(text)) return null;
  const words = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  let count = 0;
  let scanned = 0;
  let previous = '';
  while ((m = words.exec(text)) && count++ < 10) {
    // What SUBORDINATE.test(text.slice(0, m.index)) says, from the part not yet looked at.
    if (SUBORDINATE_WORDS.has(previous.toLowerCase()) || /[,;:“"(]/.test(text.slice(scanned, m.index))) return null;
    scanned = m.index + m[0].length;
    previous = m[0];
    const before = text.slice(0, m.index);
    // "did not say he lent the money to …": a report turned reads as a claim about the speaker.
    // "The Korean won rose": the currency, not a win.
    const replacement = /^(?:said|says|stated|explained|claimed)$/.test(m[0]) || (m[0] === 'won' && /\bKorean\s$/.test(before)) ? null : negateVerb(m[0]);
    // A verb we cannot negate comes first ("shared the message he gave"): the main verb is past.
    if (!replacement) {
      if (count > 1 && looksFinite(m[0])) return null;
      continue;
    }
    // The verb needs a subject before it, and an auxiliary before it means it is not finite;
    // "firmly does not oppose" reads badly, so an adverb before the verb stops it too.
    if (!before.trim() || /\p{L}+ly\s+$/u.test(before) || /\b(has|have|had|is|are|was|were|be|been|will|would|to)\s+$/i.test(before)) return null;
    // "did not confer … and agreed …" mixes a negated and a plain verb: leave such sentences.
    const rest = text.slice(m.index + m[0].length);
    const joined = /\s(?:and|but)\s+(\p{Ll}+)\b/u.exec(rest);
    if (joined && looksFinite(joined[1])) return null;
    // "also did not discuss" reads as a double claim; the negation alone is clearer.
    return before.replace(/\balso\s+$/, '') + replacement + text.slice(m.index + m[0].length);
  }
  return null;
}
