// Shared pieces of question building: candidate shape, blanks, prompt shortening, choice ids.

import type { BriefingAnalysis, StatementAnalysis } from '../analysis/document';
import { hashString } from '../random';
import type { QuestionKind } from '../types';

export const BLANK = '_____';
export const MAX_PROMPT = 240;
/** Candidates a kind proposes per statement: only one of a kind is kept, so the first that passes. */
export const MAX_PER_KIND = 1;

/** A question before ids and order are fixed. */
export interface Candidate {
  kind: QuestionKind;
  statementIndex: number;
  prompt: string;
  answer: string;
  distractors: string[];
  explanation: string;
  /** ranking within the bank, higher first */
  score: number;
  difficulty: number;
  /** conflict keys of the answer and of each distractor, for the final gate */
  answerKeys?: string[];
  distractorKeys?: string[][];
  /** set once the quality gate has judged it */
  accepted?: boolean;
  /** the figure or date a false version changed: another prompt must not show it */
  hidden?: string;
  /** a False that put another statement's subject in: a question on that statement answers it */
  pairedWith?: number;
  /** the sentence before, shown first because this one leans on it, and its index */
  lead?: string;
  leadIndex?: number;
  /** "X said: “…”" as a true-or-false: who is named and the words, for the key's own check */
  speakerClaim?: { speaker: string; quote: string };
}

export interface Context {
  analysis: BriefingAnalysis;
  random: () => number;
  seed: number;
  /** set while a statement already has a candidate: a true-or-false is then wanted only false */
  falseOnly?: boolean;
  /** the briefing's headline, which a quiz shows as its title */
  headline?: string;
  /** the briefing's own date (YYYY-MM-DD), when it has one */
  briefingDate?: string | null;
  /** per-briefing memo of candidate pools, so long texts stay linear */
  cache: Map<string, unknown>;
  /** the quality gate, so a kind can stop at its first sound candidate */
  accept?: (c: Candidate) => boolean;
}

/** Keeps a candidate only if the quality gate passes it. */
export function offer(out: Candidate[], ctx: Context, c: Candidate): void {
  if (!ctx.accept || ctx.accept(c)) out.push(c);
}

/** A text to match literally inside a built pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function memo<T>(ctx: Context, key: string, make: () => T): T {
  if (ctx.cache.has(key)) return ctx.cache.get(key) as T;
  const v = make();
  ctx.cache.set(key, v);
  return v;
}

/** Visits a list from a seeded offset: a cheap stand-in for shuffling long pools. */
export function* fromRandomOffset<T>(list: readonly T[], random: () => number): Generator<T> {
  const n = list.length;
  if (!n) return;
  const start = Math.floor(random() * n);
  // An odd stride that is coprime with n spreads consecutive picks apart.
  let stride = 1;
  for (const cand of [7, 5, 3, 11, 13])
    if (n % cand !== 0 && cand < n) {
      stride = cand;
      break;
    }
  for (let k = 0; k < n; k++) yield list[(start + k * stride) % n];
}

export type KindGenerator = (st: StatementAnalysis, ctx: Context) => Candidate[];

export function explain(st: StatementAnalysis, lead: string): string {
  return `${lead} The briefing says: “${st.source.replace(/^“(.*)”$/, '$1')}”`;
}

/**
 * Replaces [start, end) of a statement's display text with a blank and fits the prompt into
 * MAX_PROMPT characters by dropping parentheses and trailing clauses; null when it cannot.
 */
export function blankPrompt(text: string, start: number, end: number, blank = BLANK): string | null {
  const prompt = text.slice(0, start) + blank + text.slice(end);
  return fitPrompt(prompt, prompt.indexOf(blank) + blank.length);
}

const CLAUSE_BREAK =
  /(, and (?=\p{Ll}+ed |said |told |made |gave |took |held |won |lost )|, but |, while |, which |, who |, as |, amid |, after |, saying |, adding |, noting |, including |, with |; |, given |, such as |, calling |, urging |, citing |, underlining |, in a |, following |, (?:killing|leaving|causing|bringing|forcing|prompting|located|situated) |, (?:some|about|roughly|approximately|nearly) (?=\d))/gu;

/** Shortens a prompt, keeping everything before index `keep` (e.g. the blank). */
function fitPrompt(prompt: string, keep: number): string | null {
  if (prompt.length <= MAX_PROMPT) return prompt;
  // A marker rides along through the edits so we always know where "keep" ended up.
  const MARK = '\u0001';
  let p = prompt.slice(0, keep) + MARK + prompt.slice(keep);
  const len = () => p.length - 1;
  const done = () => p.replace(MARK, '');
  // Parenthetical asides rarely matter to the question.
  p = p.replace(/\s\([^()\u0001]{1,200}\)/g, '');
  if (len() <= MAX_PROMPT) return done();
  // A leading adverbial clause ("Adopting a resolution by …, the Assembly expressed …") can go
  // when what must stay is after it: what remains is still a whole sentence.
  const lead =
    /^(?!According\b)(?:\p{Lu}\p{Ll}+ly \p{Ll}+ing|\p{Lu}\p{Ll}+ing|After|Before|While|Following|Despite|Amid|Speaking|In a|In an|In the)\b[^,“”"\u0001]{0,200}?, (?=(?:the|a|an) |\p{Lu}|_)/u.exec(
      p,
    );
  if (lead && !p.slice(0, lead[0].length).includes(BLANK)) {
    p = capitalise(p.slice(lead[0].length));
    if (len() <= MAX_PROMPT) return done();
  }
  const keepAt = p.indexOf(MARK);
  let cut = -1;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(p))) {
    if (m.index > keepAt && m.index <= MAX_PROMPT - 1) cut = m.index;
  }
  if (cut >= 0) {
    const out = `${p
      .slice(0, cut)
      .replace(/[,;:\s]+$/, '')
      .replace(MARK, '')}.`;
    if (balanced(out)) return out;
  }
  // Last resort: end at a comma after what must stay, marked as cut with an ellipsis.
  const comma = p.slice(0, MAX_PROMPT - 2).lastIndexOf(', ');
  if (comma > keepAt && comma > MAX_PROMPT * 0.5) {
    const out = `${p.slice(0, comma).replace(MARK, '')}, …`;
    if (balanced(out)) return out;
  }
  return null;
}

function balanced(s: string): boolean {
  return s.split('“').length === s.split('”').length && (s.split('"').length - 1) % 2 === 0 && s.split('(').length === s.split(')').length;
}

export function capitalise(s: string): string {
  return s.replace(/^(["“‘(]?)(\p{Ll})/u, (_, q: string, c: string) => q + c.toUpperCase());
}

/** A short, stable choice id that reveals neither the answer nor the order. */
export function choiceId(questionHash: number, text: string): string {
  const h1 = Math.imul(hashString(text) ^ questionHash, 0x9e3779b1) >>> 0;
  const h2 = Math.imul(h1 ^ (h1 >>> 15), 0x85ebca6b) >>> 0;
  return ((h1 % 46656) * 46656 + (h2 % 46656)).toString(36).padStart(6, '0').slice(-6);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string) => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(c);
};
let lastHay = '';
let lastHayLower = '';

/** Word-boundary, case-insensitive containment: does `hay` mention `needle`? ("the" ignored) */
export function mentions(hay: string, needle: string): boolean {
  const n = (needle.charCodeAt(0) === 116 || needle.charCodeAt(0) === 84 ? needle.replace(/^the\s+/i, '') : needle).trim().toLowerCase();
  if (!n) return false;
  if (hay !== lastHay) {
    lastHay = hay;
    lastHayLower = hay.toLowerCase();
  }
  const h = lastHayLower;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const before = at > 0 ? h[at - 1] : ' ';
    const after = at + n.length < h.length ? h[at + n.length] : ' ';
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

export function entityKeysInText(st: StatementAnalysis, exceptStart = -1, exceptEnd = -1): Set<string> {
  const keys = new Set<string>();
  for (const m of st.mentions) {
    if (m.start >= exceptStart && m.end <= exceptEnd) continue;
    for (const k of m.entity.keys) keys.add(k);
  }
  if (st.subject?.pair && !(st.subject.start >= exceptStart && st.subject.end <= exceptEnd)) {
    for (const k of st.subject.entity.keys) keys.add(k);
    for (const k of st.subject.pair.keys) keys.add(k);
  }
  return keys;
}

export function sharesKey(a: readonly string[], b: ReadonlySet<string> | readonly string[]): boolean {
  if (Array.isArray(b)) {
    for (const x of a) if ((b as readonly string[]).includes(x)) return true;
    return false;
  }
  for (const x of a) if ((b as ReadonlySet<string>).has(x)) return true;
  return false;
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function round2(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/**
 * "a weekly maximum of €73.56 … and a weekly minimum of _____": a figure the other bounds, whose
 * options the prompt rules out on one side.
 */
export function bothBounds(text: string): boolean {
  return /\b(?:maximum|highest)\b/i.test(text) && /\b(?:minimum|lowest)\b/i.test(text);
}

/** "a magnitude of 8.0": no earthquake measures 10, so no option may. */
export function ceiling(text: string, n: { value: number; start: number; end: number }): number {
  return n.value < 10 && /\b(?:magnitude|Richter)\b/i.test(text.slice(Math.max(0, n.start - 40), n.end + 30)) ? 9.5 : Infinity;
}

/** The headline and every statement, as the player's text: for "does the text name this anywhere?". */
export function wholeText(ctx: Context): string {
  return memo(ctx, 'all-text', () => `${ctx.headline}\n${ctx.analysis.statements.map((x) => x.source).join('\n')}`);
}

/** "14.50", "19:10": hours and minutes, with nothing after them that makes the figure a quantity. */
export const CLOCK = /^(?:[01]?\d|2[0-4])[.:][0-5]\d\b(?!\s?(?:%|per|percent|million|billion|trillion|bn|m\b|points?|mb|kb|[a-zA-Z]{1,4}\/))/;

/** "the final of the Varn Winter Olympics in 2018": a named edition of a world event is dated by what anyone knows. */
export const NAMED_EDITION = /\b(?:Olympics|Olympic Games|Games|World Cup|Expo|World Championships?) (?:in|of) $/;
