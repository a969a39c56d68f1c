// True or false: the statement as written (true), negated at its main auxiliary (false), or with
// one name swapped for another of the same type (false).

import { endsWithQuestion } from '../text';
import type { StatementAnalysis } from '../analysis/document';
import { capitalise, entityKeysInText, explain, MAX_PROMPT, memo, type Candidate, type Context } from './common';
import { answerTextFor } from './cloze';
import { entityDistractors } from './distractors';
import { formatLike } from '../analysis/numbers';
import { looksFinite, negateVerb } from '../facts/verbs';
import { numberDistractors } from './number';

const NEGATIVE = /\b(not|no|never|none|nor|neither|nothing|nobody|without|cannot|n['’]t|fail(ed|s)?|refus(ed|es)|den(y|ied|ies)|lack(ed|s)?|unable)\b/i;
// Modals are left out: "must not" forbids rather than denies, "could not" changes the claim.
const AUX = /\b(is|are|was|were|has|have|had|will|would)\s+(?!not\b|to\b|also\b|long\b|already\b|never\b|yet\b|just\b|still\b|now\b|soon\b|only\b|even\b|ever\b|again\b|then\b|further\b|been\s+no\b)(\p{Ll}+)/u;
const SUBORDINATE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'because', 'while', 'although', 'though', 'when', 'where', 'whether', 'as', 'since', 'unless', 'until']);
const SUBORDINATE = /\b(that|which|who|whom|whose|if|because|while|although|though|when|where|whether|as|since|unless|until)\b|[,;:“"(]/i;

/** "X has described" → "X has not described"; only in the main clause, only once. */
export function negate(text: string): string | null {
  if (NEGATIVE.test(text)) return null;
  const m = AUX.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  if (SUBORDINATE.test(before) || before.split(/\s+/).length > 10) return null;
  // "has long been" style adverbs after the aux, and aux used as a main verb ("has a policy").
  if (/ly$/.test(m[2]) || /^(a|an|the|its|his|her|their|some|many|more|no|two|three)$/.test(m[2])) return null;
  const at = m.index + m[1].length;
  return text.slice(0, at) + ' not' + text.slice(at);
}

/**
 * "Xi told Trump …" → "Xi did not tell Trump …", "Taiwan remains …" → "Taiwan does not remain …":
 * the first verb of the main clause, when it is in the known list and nothing subordinate or
 * quoted comes before it.
 */
export function negatePredicate(text: string): string | null {
  // "Both sides did not say" reads as "not both"; quantified subjects are left alone.
  if (NEGATIVE.test(text) || /^(Both|All|Every|Each|Either|Many|Most|Some|Several)\b/.test(text)) return null;
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
    const replacement = negateVerb(m[0]);
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

const TF = 'True or false: ';

export function trueFalseQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  if (st.text.length + TF.length > MAX_PROMPT) return [];
  if (endsWithQuestion(st.text)) return [];
  // A quotation alone, with nobody saying it here, is not a claim to judge.
  if (/^[“"]/.test(st.text) && /[”"]$/.test(st.text) && !/[”"][^“”"]*\p{L}/u.test(st.text.slice(0, -1))) return [];
  // Hedged statements make a poor claim to judge.
  if (/\b(reportedly|allegedly|may|might|could|possibly|perhaps|rumou?red)\b/i.test(st.text)) return [];
  const base = { kind: 'true_false' as const, statementIndex: st.index };
  const truth: Candidate = {
    ...base, prompt: TF + st.text, answer: 'True', distractors: ['False'],
    explanation: explain(st, 'True.'), score: 0.44, difficulty: 0.2,
  };
  // Every third true, the rest false (the cycle offset by the seed), so guessing one answer
  // throughout never pays, whatever the luck of the draw.
  const counter = memo(ctx, 'tf-counter', () => ({ n: ctx.seed % 3 }));
  if (counter.n++ % 3 === 0) return [truth];
  // False variants are built lazily, in a seeded order, until one works.
  const builders: (() => Candidate | null)[] = [negated, swapped, pairSwapped, figureChanged];
  const start = Math.floor(ctx.random() * builders.length);
  for (let k = 0; k < builders.length; k++) {
    const c = builders[(start + k) % builders.length]();
    if (c) return [c];
  }
  return [truth];

  /** Named nowhere in this briefing, so a claim about it cannot be true by another statement. */
  function outsider(keys: readonly string[]): boolean {
    const named = memo(ctx, 'briefing-keys', () => {
      const all = new Set<string>();
      for (const e of ctx.analysis.registry.entities.values()) for (const k of e.keys) all.add(k);
      return all;
    });
    return !keys.some((k) => named.has(k));
  }

  function negated(): Candidate | null {
    const neg = negate(st.text) ?? negatePredicate(st.text);
    if (!neg) return null;
    return {
      ...base, prompt: TF + neg, answer: 'False', distractors: ['True'],
      explanation: explain(st, 'False: the briefing says the opposite.'), score: 0.46, difficulty: 0.3,
    };
  }

  // Swap a whole title+name span for another of the same type. Countries only where named
  // people act on them: a swapped country elsewhere can make a claim that is true in the world.
  function swapped(): Candidate | null {
    const peopleAct = st.subject?.entity.type === 'person';
    for (const m of st.mentions) {
      if (m.bound || !['person', 'org', ...(peopleAct ? ['country'] : [])].includes(m.entity.type)) continue;
      if (st.subject && m.start === st.subject.start && m.entity.type === 'country') continue;
      if (st.quotes.some((q) => q.start < m.start && q.end > m.end)) continue;
      const others = entityKeysInText(st, m.start, m.end);
      if (m.entity.keys.some((k) => others.has(k))) continue;
      const { text: answerText, surname } = answerTextFor(m);
      // A name from the same briefing might make the claim true: only outside names swap in.
      const swap = entityDistractors(m.entity, answerText, surname, ctx, st.text, others, 4).find((d) => outsider(d.keys));
      if (!swap) continue;
      let replacement = swap.text;
      if (m.entity.type === 'person' && m.title) replacement = `${m.title} ${swap.text}`;
      if (m.possessive) replacement += '’s';
      if (m.start === 0) replacement = capitalise(replacement);
      // "Xi’s" ends in ’s, "Haas’" in a bare apostrophe: take off exactly what the text has.
      const mark = st.text[m.end] === '’' || st.text[m.end] === "'" ? (st.text[m.end + 1] === 's' ? 2 : 1) : 0;
      const end = m.possessive ? m.end + mark : m.end;
      // The old name's acronym would give the swap away: "the IMF (BNR) building".
      const rest = st.text.slice(end).replace(/^ \(\p{Lu}[\p{Lu}\d&.-]{1,9}\)/u, '');
      return {
        ...base, prompt: TF + st.text.slice(0, m.start) + replacement + rest, answer: 'False', distractors: ['True'],
        explanation: explain(st, `False: it was ${answerText}, not ${swap.text}.`), score: 0.48, difficulty: 0.35,
      };
    }
    return null;
  }

  // "Obama and Cameron agreed …" → "Obama and Merkel agreed …"
  function pairSwapped(): Candidate | null {
    if (!st.subject?.pair) return null;
    const pair = st.subject.pair;
    const subjectText = st.text.slice(st.subject.start, st.subject.end);
    const name = subjectText.split(' and ')[1];
    if (!name) return null;
    const swap = entityDistractors(pair, pair.surname ?? pair.name, true, ctx, st.text, entityKeysInText(st), 4).find((d) => outsider(d.keys));
    if (!swap) return null;
    return {
      ...base, prompt: TF + subjectText.slice(0, subjectText.length - name.length) + swap.text + st.text.slice(st.subject.end),
      answer: 'False', distractors: ['True'],
      explanation: explain(st, `False: it was ${name}, not ${swap.text}.`), score: 0.48, difficulty: 0.35,
    };
  }

  // A changed figure.
  function figureChanged(): Candidate | null {
    const n = st.numbers[0];
    if (!n) return null;
    const inText = new Set(st.numbers.map((x) => formatLike(x.value, { ...x, currency: '', percent: '', scale: '' })));
    const [wrong] = numberDistractors(n, inText, ctx.random);
    if (!wrong) return null;
    return {
      ...base, prompt: TF + st.text.slice(0, n.start) + wrong + st.text.slice(n.end), answer: 'False', distractors: ['True'],
      explanation: explain(st, `False: the figure is ${n.text}, not ${wrong}.`), score: 0.48, difficulty: 0.4,
    };
  }
}
