// The last gate before a question enters the bank. Each rule stands for a failure seen before;
// a question that breaks any of them is dropped, never repaired here.

import { MALFORMED_NAME } from '../analysis/document';
import { CLEFT } from '../analysis/words';
import { hasVerb, verbless } from './standalone-shapes';
import { balancedQuotes } from '../analysis/quotes';
import { isSpace } from '../text';
import { BLANK, MAX_PROMPT, mentions, sharesKey, wordCount, type Candidate } from './common';

const DANGLING = /^(?:True or false: )?(He|She|They|It|His|Her|Their|Its|This|These|Those|Him|Them)\b/;
/** Markup, addresses and hidden characters, in one pass over the text. */
const MARKUP_OR_HIDDEN = /[<>{}\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|&[a-z#0-9]+;|https?:|javascript:/i;
const BLANK_KINDS = new Set(['cloze', 'quote', 'number', 'date']);

/**
 * The markup test in one pass by hand: a character that is markup or hidden by itself, or one
 * that starts an entity or an address ("&", ":"), which the full pattern then confirms.
 */
function markupOrHidden(s: string): boolean {
  let suspect = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c === 60 ||
      c === 62 ||
      c === 123 ||
      c === 125 ||
      c === 92 ||
      c <= 0x1f ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2060 && c <= 0x206f) ||
      c === 0xfeff
    )
      return true;
    // "&" may open an entity; ":" after "p", "s" or "t" may end "http", "https" or "javascript".
    if (c === 38) suspect = true;
    else if (c === 58 && i > 0) {
      const b = s.charCodeAt(i - 1) | 32;
      if (b === 112 || b === 115 || b === 116) suspect = true;
    }
  }
  return suspect && MARKUP_OR_HIDDEN.test(s);
}

/** /^(["“‘]?\p{Lu}|_____)/u without a regular expression. */
function startsWithCapital(p: string): boolean {
  if (p.startsWith(BLANK)) return true;
  const first = p[0] === '"' || p[0] === '“' || p[0] === '‘' ? 1 : 0;
  const cp = p.codePointAt(first);
  if (cp === undefined) return false;
  return cp < 128 ? cp >= 65 && cp <= 90 : /^\p{Lu}/u.test(String.fromCodePoint(cp));
}

/** /\s{2,}/: two whitespace characters in a row. */
function doubleSpace(p: string): boolean {
  for (let i = 1; i < p.length; i++) if (isSpace(p.charCodeAt(i)) && isSpace(p.charCodeAt(i - 1))) return true;
  return false;
}

const GENDERED = /\b(?:he|him|his|she|her|hers|himself|herself)\b/i;

/** A capitalised word of the prompt starting like a word of the answer ("Iran" → "Iranian"). */
function sharesNameStem(prompt: string, answer: string): boolean {
  const hay = prompt.replace(BLANK, ' ');
  for (const w of answer.split(/[\s-]+/)) {
    if (w.length < 4 || !/^\p{Lu}/u.test(w)) continue;
    const head = w.slice(0, 4);
    for (const m of hay.matchAll(/\b\p{Lu}[\p{L}]+/gu)) if (m[0].startsWith(head)) return true;
  }
  return false;
}

export function rejectReason(c: Candidate, source: string): string | null {
  const p = c.prompt;
  if (!p || p.length - (c.lead ? c.lead.length + 1 : 0) > MAX_PROMPT) return 'prompt length';
  if (markupOrHidden(p)) return 'markup in prompt';
  if (!startsWithCapital(p)) return 'prompt does not start with a capital';
  const claim = p.replace(/^True or false: /, '');
  if (DANGLING.test(p) && !CLEFT.test(claim)) return 'dangling pronoun';
  // "The Ayr laser, a project co-financed with _____ euro.": an aside left where the verb was cut away.
  const aside = /^([^,]{3,60}), an? [^,]+\.$/.exec(claim);
  if (verbless(claim) || (aside && verbless(aside[1]))) return 'no verb';
  // "After meeting for _____ minutes on the sidelines …", "While inflation inched up _____.": a clause with no sentence around it.
  // "During a procession, being held to welcome Tom Ray, whose term has expired.": a relative clause's verb is not the sentence's.
  const main = claim.replace(/^\S+ \p{Ll}+ing\b|,? (?:whose|which|who|where) [^,]*|\bbeing \p{Ll}+/gu, '');
  if ((/^(?:After|Before|In|For|With|During|Since|Following)\b/.test(claim) && !hasVerb(main)) || /^_____, when\b/.test(claim)) return 'no verb';
  if (/^(?:While|Although|Though|Whereas|Because)\b[^,]*$/.test(claim)) return 'no verb';
  if (!balancedQuotes(p)) return 'unbalanced quotes';
  // "… not because it was worse than the earlier one." with its "but because …" cut away; "leading to death, displacement,
  // destruction." with its "and …" cut away.
  if (/\bnot (?:because|only)\b(?![^.]*\bbut\b)|\b\p{Ll}+(?: \p{Ll}+)?, \p{Ll}+(?: \p{Ll}+)?, \p{Ll}+\.$/u.test(claim)) return 'cut prompt';
  // A sentence the source left unfinished ("… of $0.12 (See the end of press release") reads cut.
  if (!/[.!?…]["”’)]*$/.test(p.trimEnd())) return 'no full stop';
  if (doubleSpace(p)) return 'double space';
  const blank = p.indexOf(BLANK);
  if (blank >= 0 && p.indexOf(BLANK, blank + BLANK.length) >= 0) return 'two blanks';
  if (BLANK_KINDS.has(c.kind) && blank < 0) return 'no blank';
  // Cut prompts ("…") and gender words beside person options give the answer away or read badly.
  if (p.includes('…') && !source.includes('…')) return 'cut prompt';
  if ((c.kind === 'attribution' || c.kind === 'cloze') && c.answerKeys?.some((k) => k.startsWith('p:')) && GENDERED.test(p.replace(/“[^”]*”/g, '')))
    return 'gender cue';
  // "Iranian representatives" beside "the Iranian Ministry": a word of the answer in the prompt.
  if ((c.kind === 'attribution' || c.kind === 'cloze') && sharesNameStem(p, c.answer)) return 'answer word in prompt';
  // "Jenni Fagan's The Panopticon (_____)": an aside in brackets is a publisher, a ticker, a note.
  if (/\(\s*_{5}|_{5}\s*\)/.test(p)) return 'blank in brackets';
  // "declined eight basis points, or _____ percentage point": the one figure says the other.
  if (blank >= 0 && /\bbasis points?,? or _{5}|_{5} basis points?,? or\b/.test(p)) return 'the units give it';
  // "Gasoline was up _____ seasonally adjusted": too short to say what it is about.
  if (blank >= 0 && wordCount(p) < 7) return 'prompt too short';
  const choices = [c.answer, ...c.distractors];
  if (choices.some((x) => MALFORMED_NAME.test(x))) return 'malformed name';
  if (c.kind === 'true_false') {
    if (choices.length !== 2 || !choices.includes('True') || !choices.includes('False')) return 'true/false choices';
  } else {
    if (choices.length < 3) return 'too few choices';
    const lower = new Set(choices.map((x) => x.trim().toLowerCase()));
    if (lower.size !== choices.length) return 'duplicate choice';
    const hay = p.replace(BLANK, ' ');
    for (const x of choices) {
      if (!x.trim() || x.length > 140 || markupOrHidden(x)) return 'bad choice text';
      if (c.kind !== 'position' && mentions(hay, x)) return 'choice appears in prompt';
      // "Rafael Augusto" beside a prompt that names "Raphael Augusto": one person, spelt two ways.
      const last = c.kind === 'attribution' || c.kind === 'cloze' ? /\s(\p{Lu}\p{Ll}{3,})$/u.exec(x) : null;
      if (last && mentions(hay, last[1])) return 'choice appears in prompt';
    }
    if (c.answerKeys && c.distractorKeys) {
      const all = [c.answerKeys, ...c.distractorKeys];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (sharesKey(all[i], all[j])) return 'two options of one alias group';
    }
  }
  const quoted = source.length > 1 && source.startsWith('“') && source.endsWith('”') ? source.slice(1, -1) : source;
  if (!c.explanation.includes(quoted)) return 'explanation does not quote the source';
  return null;
}
