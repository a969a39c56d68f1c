// Briefing → question bank. Each kind proposes candidates per statement; the quality gate drops
// doubtful ones; the bank keeps the best few per statement, best first, deterministic for a seed.

import { analyseBriefing, type BriefingAnalysis } from '../analysis/document';
import { guessLanguage } from '../analysis/language';
import { createRandom, hashString, shuffle } from '../random';
import { UnprocessableBriefing, type GeneratedQuestion, type GenerateOptions, type LibraryFacts, type ParsedBriefing } from '../types';
import { clozeQuestions } from './cloze';
import { bothBounds, choiceId, mentions, round2, type Candidate, type Context, type KindGenerator } from './common';
import { dateQuestions } from './date';
import { bankTitle, frameDate, framedPrompt, recasedTitle, yearless, yearlessUnframed } from './frame';
import { numberQuestions } from './number';
import { positionQuestions } from './position';
import { loneSpeaker, quoteSpeakerQuestions, speakerClaimHolds } from './quote-speaker';
import { rejectReason } from './quality';
import { leadResolves } from './lead';
import { standaloneVerdicts } from './standalone';
import { mainClause, trueFalseQuestions } from './true-false';
import { libraryFacts } from './library-facts';
import { COMMON, compatibleFigures, figuresOf, partsGive, shownBy, subjectOf, withoutNames } from './overlap';

export const GENERATOR_VERSION = 'gen-2.8.0';
/** A question that needs the sentence before it shown is longer to read: it yields to one that does not. */
const LEAD_COST = 0.05;
/** How far back the sentence that names a thing may be. */
const LEAD_REACH = 4;

/**
 * Questions kept per statement: a quiz asks at most one of them, the rest let teachers filter by
 * kind. Long statements carry more facts and may hold one more.
 */
/**
 * Candidates of two kinds per statement, of which the bank keeps one: two from one sentence
 * answer each other (the fill-in shows the date the other blanks), and blind reviewers failed
 * the second of such pairs. The other kind, when it is a false version of the statement, lets
 * the bank trade a fill-in for a False where it has far more True than False.
 */
const perStatement = (_source: string) => 2;
/** The bank never grows past this, however long the briefing. */
export const MAX_BANK = 150;
/** Statements beyond this many usable ones are not turned into questions (a quiz asks at most 50). */
const MAX_SOURCE_STATEMENTS = 50;
/** Statements that may hold several questions; later ones hold one. */
const FULL_STATEMENTS = 25;

/** In order of the scores they usually earn, so a statement stops once it has enough kinds. */
// Quote blanks are not asked: their wrong options (phrases of other quotes) rarely fit the
// blank's grammar, and no reviewer passed one. Nor is "Who did …?" on a statement's subject:
// reviewers passed 7 of 31 (options a dead president, a coach beside players, the one person
// the clause fits); "Who said: “…”?" on quoted words stays (14 of 14).
const KINDS: KindGenerator[] = [numberQuestions, dateQuestions, clozeQuestions, trueFalseQuestions];

/** The bank and the library facts look at the same opening stretch of a long text. */
function analysisOf(parsed: ParsedBriefing): BriefingAnalysis {
  return analyseBriefing(parsed, MAX_SOURCE_STATEMENTS);
}

function checkLanguage(parsed: ParsedBriefing) {
  // A few thousand characters tell the language as well as the whole text.
  let sample = '';
  for (let i = 0; i < parsed.statements.length && i < 40 && sample.length < 3000; i++) sample += (i ? ' ' : '') + parsed.statements[i];
  sample = sample.slice(0, 3000);
  const guess = guessLanguage(sample);
  if (!guess.english) {
    throw new UnprocessableBriefing(
      `The briefing seems to be written in ${guess.other ?? 'a language other than English'}; questions can only be made from English text.`,
    );
  }
}

/** Every candidate that passes the gate, grouped by statement. */
function candidates(analysis: BriefingAnalysis, ctx: Context, headline: string, trace?: GenerateOptions['trace']): Map<number, Candidate[]> {
  const byStatement = new Map<number, Candidate[]>();
  const accept = (c: Candidate) => {
    if (c.accepted === undefined) {
      // A statement that leans on the one before is asked with that one shown first.
      if (lead && c.lead === undefined) {
        // Reviewers read a sentence shown before a true-or-false or a "who" as a stray preamble;
        // before a figure or a date to fill in, as the context it is.
        if (
          (c.kind !== 'number' && c.kind !== 'date') ||
          (c.kind === 'number' && (partsGive(lead, analysis.statements[c.statementIndex], c.answer) || bothBounds(`${lead.text} ${c.prompt}`)))
        ) {
          c.accepted = false;
          trace?.(c.statementIndex, `${c.kind} ${c.answer}: no lead before this kind, or one whose total gives the part`);
          return false;
        }
        c.lead = lead.text;
        c.leadIndex = lead.index;
        c.prompt = `${lead.text} ${c.prompt}`;
        c.score -= LEAD_COST;
      }
      const reason =
        rejectReason(c, analysis.statements[c.statementIndex].source) ??
        (answerStated(c, analysis) ? null : 'answer not stated') ??
        (loneSpeaker(c, ctx) ? 'the only person credited' : null) ??
        (yearlessUnframed(c, headline) ? 'a month with no year under a title that gives the answer away' : null);
      c.accepted = !reason;
      if (reason) trace?.(c.statementIndex, `${c.kind} ${c.answer}: ${reason} | ${c.prompt}`);
    }
    return c.accepted;
  };
  ctx.accept = accept;
  const add = (c: Candidate) => {
    if (!accept(c)) return;
    const list = byStatement.get(c.statementIndex) ?? [];
    list.push(c);
    byStatement.set(c.statementIndex, list);
  };
  let used = 0;
  let lead: BriefingAnalysis['statements'][number] | null = null;
  const verdicts = standaloneVerdicts(analysis, headline);
  /**
   * The sentence to show first: the one just before; for a thing named ("the fire", "the two
   * hydrants"), the nearest of the few before that names it.
   */
  const leadFor = (st: BriefingAnalysis['statements'][number], why: string) => {
    const named = /points back$|^a group counted before$/.test(why);
    for (let i = st.index - 1; i >= Math.max(0, st.index - (named ? LEAD_REACH : 1)); i--) {
      const before = analysis.statements[i];
      if (!verdicts[i] && leadResolves(why, st, before)) return before;
    }
    return null;
  };
  // Only the quoted words are shown: the sentence around them need not stand alone. Asked after
  // the other kinds, so those draw the same options as without them.
  const quoteQuestions = (st: BriefingAnalysis['statements'][number]) => {
    lead = null;
    for (const c of quoteSpeakerQuestions(st, ctx)) add(c);
  };
  for (const st of analysis.statements) {
    const dependence = verdicts[st.index];
    lead = dependence ? leadFor(st, dependence) : null;
    if (dependence && !lead) {
      trace?.(st.index, `gate: ${dependence}`);
      quoteQuestions(st);
      continue;
    }
    // Far more statements than the bank can hold add cost, not quality.
    if (++used > MAX_SOURCE_STATEMENTS) break;
    // A long text already gives a bank far larger than a quiz: past the first stretch, one
    // question per statement, the kind tried first turning with the statement so kinds stay mixed.
    const long = used > FULL_STATEMENTS;
    const limit = long ? 1 : perStatement(st.source);
    for (let k = 0; k < KINDS.length; k++) {
      const kind = KINDS[long ? (k + used) % KINDS.length : k];
      // Beside a fill-in, only a false version of the statement is worth keeping.
      ctx.falseOnly = !!byStatement.get(st.index)?.length;
      for (const c of kind(st, ctx)) add(c);
      const kinds = new Set((byStatement.get(st.index) ?? []).map((c) => c.kind));
      if (kinds.size >= limit) break;
    }
    quoteQuestions(st);
  }
  lead = null;
  for (const c of positionQuestions(ctx)) add(c);
  return byStatement;
}

/**
 * A second, independent check of the key: the answer must be written in the source statement
 * (figures, dates, quoted words) or be a name of the entity the question was built on.
 */
function answerStated(c: Candidate, analysis: BriefingAnalysis): boolean {
  const st = analysis.statements[c.statementIndex];
  if (c.speakerClaim) return speakerClaimHolds(c, analysis);
  switch (c.kind) {
    case 'number':
    case 'quote':
      return st.source.includes(c.answer);
    case 'date':
      // "June 5, 2015": the year written in from the date line beside a day, the rest as the text
      // has it. A month's ("in May 2024") stays out: a month's move is asked among months the text
      // is silent on.
      return (
        st.source.includes(c.answer) ||
        (/\b\d{1,2}\b/.test(c.answer.replace(/\d{4}$/, '')) && st.text.includes(c.answer) && st.source.includes(c.answer.replace(/,? \d{4}$/, '')))
      );
    case 'cloze':
    case 'attribution': {
      const id = c.answerKeys?.[0];
      const e = id ? analysis.registry.entities.get(id) : undefined;
      if (!e) return false;
      // The text's own words: "Britain" is never keyed as "the United Kingdom".
      if ((c.kind === 'cloze' || e.type !== 'person') && !st.source.includes(c.answer)) return false;
      return c.answer === e.name || c.answer === e.surname || st.mentions.some((m) => m.entity === e && m.text.endsWith(c.answer));
    }
    case 'true_false': {
      const prompt = c.lead ? c.prompt.slice(c.lead.length + 1) : c.prompt;
      // A changed figure the context sentence states gives the False away.
      if (c.lead && c.hidden && mentions(c.lead, c.hidden)) return false;
      return c.answer === 'True' ? prompt.endsWith(st.text) || prompt === `True or false: ${mainClause(st.text)}` : prompt !== `True or false: ${st.text}`;
    }
    default:
      return true;
  }
}

function finish(c: Candidate, seed: number, title: string, date: string | null): GeneratedQuestion {
  // The hash of `${seed}:${statementIndex}:${kind}:${prompt}`, in two steps (see hashString).
  const keyHash = hashString(c.prompt, hashString(`${seed}:${c.statementIndex}:${c.kind}:`));
  // The gate has made the texts unique, so a text's index finds its id.
  const texts = [c.answer, ...c.distractors];
  const ids: string[] = [];
  for (const t of texts) {
    let id = choiceId(keyHash, t);
    for (let salt = 1; ids.includes(id); salt++) id = choiceId(keyHash + salt, t);
    ids.push(id);
  }
  const order = shuffle(texts, createRandom(keyHash));
  return {
    kind: c.kind,
    prompt: framedPrompt(c, title, date),
    choices: order.map((text) => ({ id: ids[texts.indexOf(text)], text })),
    answerId: ids[0],
    explanation: c.explanation,
    statementIndex: c.statementIndex,
    difficulty: round2(c.difficulty),
    generatorVersion: GENERATOR_VERSION,
  };
}

/**
 * The question bank of a briefing, best questions first, at most PER_STATEMENT per statement and
 * never two of one kind for a statement. Same input, seed and library → the same bank.
 * Throws UnprocessableBriefing for empty text, text without a usable statement, or non-English text.
 */
export function generateQuestions(parsed: ParsedBriefing, options: GenerateOptions): GeneratedQuestion[] {
  return generateBank(parsed, options).questions;
}

/**
 * The bank and the briefing's library facts from one analysis (ingest needs both). Throws like
 * generateQuestions.
 */
export function generateBank(parsed: ParsedBriefing, options: GenerateOptions): { questions: GeneratedQuestion[]; facts: LibraryFacts } {
  if (!parsed.statements.length) throw new UnprocessableBriefing('The briefing is empty: add statements below the date line.');
  checkLanguage(parsed);
  const analysis = analysisOf(parsed);
  if (!analysis.statements.some((s) => s.usable)) {
    throw new UnprocessableBriefing('The briefing has no usable statement: it needs whole sentences of plain English prose.');
  }
  const seed = options.seed >>> 0;
  const ctx: Context = { analysis, random: createRandom(seed), seed, briefingDate: parsed.date, headline: parsed.headline, cache: new Map() };
  const byStatement = candidates(analysis, ctx, parsed.headline, options.trace);

  const choices: { main: Candidate; alt?: Candidate }[] = [];
  const positions: Candidate[] = [];
  const extras: Candidate[] = [];
  for (const index of [...byStatement.keys()].sort((a, b) => a - b)) {
    // Ties in code-unit order: the same in every runtime, whatever its locale data.
    const list = byStatement.get(index)!.sort((a, b) => b.score - a.score || (a.prompt < b.prompt ? -1 : a.prompt > b.prompt ? 1 : 0));
    const kinds = new Set<string>();
    const kept: Candidate[] = [];
    const limit = perStatement(analysis.statements[index].source);
    for (const c of list) {
      if (kinds.has(c.kind)) continue;
      // A cross-statement question does not take a slot of the statement it is anchored to.
      if (c.kind !== 'position' && kept.filter((k) => k.kind !== 'position').length >= limit) continue;
      kinds.add(c.kind);
      kept.push(c);
    }
    const own = kept.filter((c) => c.kind !== 'position');
    positions.push(...kept.filter((c) => c.kind === 'position'));
    if (!own.length) continue;
    const falseVersion = list.find((c) => c.kind === 'true_false' && c.answer === 'False');
    const trueVersion = list.find((c) => c.kind === 'true_false' && c.answer === 'True');
    // A statement asked as true-or-false starts as True; the balance below turns some to False.
    let main = own[0].kind === 'true_false' && trueVersion ? trueVersion : own[0];
    // Figures asked each in a prompt without the others are several questions, where one
    // true-or-false would show them all.
    const figures = compatibleFigures(list);
    if (figures.length >= 2) {
      main = figures[0];
      extras.push(...figures.slice(1));
    }
    choices.push({ main, alt: falseVersion });
  }
  // Not mostly True: while Trues outnumber Falses by more than one, a statement with a fill-in
  // gives its False version instead, from the last statements up; the lede keeps its question.
  const isTf = (c: Candidate, answer: string) => c.kind === 'true_false' && c.answer === answer;
  let balance = choices.filter((c) => isTf(c.main, 'True')).length - choices.filter((c) => isTf(c.main, 'False')).length;
  for (let i = choices.length - 1; i >= 1 && balance > 1; i--) {
    const c = choices[i];
    if (c.alt && c.main.kind !== 'true_false') {
      c.main = c.alt;
      balance--;
    }
  }
  const chosen = [...choices.map((c) => c.main), ...extras, ...positions];
  // The lede and the first statements carry the story's main facts: they come first.
  const weight = (c: Candidate) => c.score + 0.15 * Math.max(0, 1 - c.statementIndex / 12);
  const rank = (a: Candidate, b: Candidate) => weight(b) - weight(a) || a.statementIndex - b.statementIndex;
  // One answer asked again and again makes a dull quiz and a guessable one.
  const answered = new Map<string, number>();
  const fresh = (c: Candidate) => {
    if (c.kind === 'true_false') return true;
    const n = answered.get(c.answer.toLowerCase()) ?? 0;
    // "closing at _____ points" asked of two sentences on one close: a figure of four digits or more is one fact.
    if (n >= (/\d[\d.,]{3,}/.test(c.answer) ? 1 : 2)) return false;
    answered.set(c.answer.toLowerCase(), n + 1);
    return true;
  };
  // Two statements that say nearly the same thing ("Energy prices were up 0.2% in November" twice)
  // would ask one fact twice and answer each other: the better ranked one keeps its questions.
  const wordsOf = new Map<number, Set<string>>();
  const words = (i: number) => {
    let w = wordsOf.get(i);
    if (!w)
      wordsOf.set(
        i,
        (w = new Set(
          (
            withoutNames(analysis.statements[i])
              .toLowerCase()
              .match(/[\p{L}\d](?:[\p{L}\d.%]*[\p{L}\d%])?/gu) ?? []
          ).filter((x) => x.length >= 3 && !COMMON.has(x)),
        )),
      );
    return w;
  };
  const overlap = (a: Set<string>, b: Set<string>) => {
    let n = 0;
    for (const x of a) if (b.has(x)) n++;
    // Two short statements about one dam share its name, not a fact.
    return n < 4 ? 0 : n / Math.min(a.size, b.size || 1);
  };
  // "adjusted net income … $1.35" beside "net income … $18.1 million": other figures, another fact.
  const figuresAt = new Map<number, string[]>();
  const figures = (i: number) => {
    let f = figuresAt.get(i);
    if (!f) figuresAt.set(i, (f = figuresOf(analysis.statements[i])));
    return f;
  };
  const otherFigures = (a: number, b: number) => {
    const fa = figures(a);
    const fb = figures(b);
    return fa.length > 0 && fb.length > 0 && !fa.some((x) => fb.includes(x));
  };
  // Each statement's subject once, not once per pair of statements compared.
  const subjects = new Map<number, string | undefined>();
  const subjectAt = (i: number) => {
    if (!subjects.has(i)) subjects.set(i, subjectOf(analysis.statements[i]));
    return subjects.get(i);
  };
  const keptStatements: number[] = [];
  const distinct = (c: Candidate) => {
    if (keptStatements.includes(c.statementIndex)) return true;
    // "Bharti Airtel has made bids …" beside "Vodafone Idea has made bids …": two subjects, two facts.
    const subject = subjectAt(c.statementIndex);
    const same = (k: number) => {
      const other = subjectAt(k);
      return !subject || !other || subject === other;
    };
    if (keptStatements.some((k) => same(k) && !otherFigures(k, c.statementIndex) && overlap(words(k), words(c.statementIndex)) >= 0.5)) return false;
    keptStatements.push(c.statementIndex);
    return true;
  };
  // A figure or date one question asks must not stand in another's prompt ("Three billion was a
  // pretty astounding number" beside "lost nearly _____ birds").
  // Every prompt shown so far in one string, so each check is one search, not one per prompt.
  let shown = '';
  const asked: string[] = [];
  const revealing = (c: Candidate) => {
    const prompt = shownBy(c);
    if (asked.length && asked.some((a) => mentions(prompt, a))) return true;
    const secret = c.kind === 'number' || c.kind === 'date' ? c.answer : c.hidden;
    if (secret && shown && mentions(shown, secret)) return true;
    shown += (shown ? '\n' : '') + prompt;
    if (secret) asked.push(secret);
    return false;
  };
  // A question shown after the sentence before it, and a question on that sentence, answer each other.
  const askedAt = new Set<number>();
  const shownAsLead = new Set<number>();
  // "Reliance Jio has made bids worth Rs 43,084 crore" (False) beside Reliance Jio's own bids: the
  // one answers the other.
  const pairedTo = new Set<number>();
  const leadClash = (c: Candidate) =>
    (c.leadIndex !== undefined && askedAt.has(c.leadIndex)) ||
    shownAsLead.has(c.statementIndex) ||
    (c.pairedWith !== undefined && askedAt.has(c.pairedWith)) ||
    pairedTo.has(c.statementIndex);
  const trace = options.trace;
  const keep = (c: Candidate) => {
    const why = !distinct(c)
      ? 'says what another says'
      : !fresh(c)
        ? 'answer asked twice'
        : leadClash(c)
          ? 'shown with the sentence another asks'
          : revealing(c)
            ? 'revealed by another prompt'
            : null;
    if (why) trace?.(c.statementIndex, `${c.kind} ${c.answer}: ${why}`);
    else {
      askedAt.add(c.statementIndex);
      if (c.leadIndex !== undefined) shownAsLead.add(c.leadIndex);
      if (c.pairedWith !== undefined) pairedTo.add(c.pairedWith);
    }
    return !why;
  };
  const bank = chosen.sort(rank).filter(keep).slice(0, MAX_BANK);
  // A True whose statement has a sound False version turns False, from a place the seed picks,
  // until the bank holds about as many of each; an odd one left over goes either way with the seed.
  const falseOf = new Map(choices.filter((c) => c.alt).map((c) => [c.alt!.statementIndex, c.alt!]));
  let tf = bank.filter((c) => isTf(c, 'True')).length - bank.filter((c) => isTf(c, 'False')).length;
  for (let k = 0, from = seed % Math.max(1, bank.length); k < bank.length && tf > (seed & 1); k++) {
    const i = (from + k) % bank.length;
    const alt = falseOf.get(bank[i].statementIndex);
    if (!alt || !isTf(bank[i], 'True')) continue;
    // The figure the False version changes must not stand in another prompt.
    if (alt.hidden && bank.some((c, j) => j !== i && mentions(shownBy(c), alt.hidden!))) continue;
    // Nor may it show what another question asks.
    if (bank.some((c, j) => j !== i && (c.kind === 'number' || c.kind === 'date') && mentions(shownBy(alt), c.answer))) continue;
    if (bank.some((c, j) => j !== i && (c.statementIndex === alt.pairedWith || c.pairedWith === alt.statementIndex))) continue;
    bank[i] = alt;
    tf -= 2;
  }
  const title = bankTitle(bank, recasedTitle(parsed.headline, parsed.statements.slice(0, MAX_SOURCE_STATEMENTS)));
  const date = frameDate(
    bank,
    parsed.date,
    title,
    analysis.statements.map((st) => st.source),
  );
  // A bank whose title is withheld frames nothing: a month with no year would reach the player undated.
  const dated = title ? bank : bank.filter((c) => c.kind === 'position' || !yearless(c));
  return { questions: dated.map((c) => finish(c, seed, title, date)), facts: libraryFacts(analysis) };
}

/** Compact facts of a briefing that later briefings draw distractors from. */
export function extractLibraryFacts(parsed: ParsedBriefing): LibraryFacts {
  return libraryFacts(analysisOf(parsed));
}
