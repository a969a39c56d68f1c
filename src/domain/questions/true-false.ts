// True or false: the statement as written (true), or a false version the text refutes: a figure, count, run, date or
// month changed, a movement turned, the sides of a one-way claim exchanged, or a simple claim negated.

import { endsWithQuestion } from '../text';
import { claimEnd, claimOf, inRange, mainClause, TF } from './true-false-claim';
import type { StatementAnalysis } from '../analysis/document';
import { capitalise, ceiling, explain, MAX_PROMPT, NAMED_EDITION, type Candidate, type Context, wholeText } from './common';
import { formatLike, NUMBER_WORDS } from '../analysis/numbers';
import { computable, CONVENTIONAL, countedByList, fractionsIn, numberDistractors, ofItsSize, yearLike } from './number';
import { dateDistractors, dateNotAsked, titleGivesDate } from './date';
import { MONTH_ALTERNATION, MONTHS } from '../facts/months';
import { NEGATIVE, negate, negatePredicate } from './negation';
import {
  OPPOSITE,
  PAST,
  DIRECTION,
  ANY_DIRECTION,
  ORDINALS,
  ORDINAL_WORD,
  SYMMETRIC,
  COUNT_WORD,
  MONTH_WORD,
  NOT_A_CLAIM,
  PROMOTIONAL,
  COMPOUND,
  UPPER_BOUND,
  LOWER_BOUND,
  MULTIPLE,
  notAMovement,
  BASE_OR_DEADLINE,
  WINDOW,
  otherYear,
  DESCRIBING,
  ongoingAround,
  APPROXIMATE,
  yearStep,
  labelOrTime,
} from './true-false-words';
import {
  authorSwapped,
  dayMoved,
  forecast,
  listMemberSwapped,
  placeSwapped,
  scoreChanged,
  shareChanged,
  subjectExchanged,
  yearMoved,
  type Edit,
} from './true-false-swaps';

/** "June and July": a month with another beside it. */
const MONTH_PAIR = new RegExp(`^(?: (?:and|or|to|through) |[-–])(?:${MONTH_ALTERNATION})\\b`);

export { mainClause };

const MONTHLY_MOVE =
  /\b(?:rose|rise|risen|rising|fell|fall|fallen|falling|increased?|increasing|decreased?|declined?|climbed|dropped|slipped|surged|plunged|gained|retreated|rebounded|contraction|contracted|expanded|grew|growth|was up|were up|was down|were down|build|draw)\b/i;
/** "…, down from 27 days", "up from $252,500": the base a figure is compared with, and on which side. */
const COMPARED_BASE = /^[^.;]*?\b(up|down|higher|lower|more|less|fewer|above|below) (?:from|than) \(?[$€£]?([\d,]+(?:\.\d+)?)/;
/** "well outpacing 2017’s average of 182,000": a figure the sentence ranks above (or below) another. */
const OUTRANKS = /\b(?:outpac|exceed|surpass|topp|overtak|trail|lagg)\w*\b/;
const MEASURE_AFTER = /^\s?(?:[kMGT]?Hz|[kMG]W|km|kg|mb|kb|tonnes?|units|people|homes|cases|bushels|troops|feet|metres|meters|miles|acres|hectares)\b/;

/** An all-capital word of six letters or more that the text writes only once: shouting, not a name. */
function shouted(text: string, ctx: Context): boolean {
  const words = text.match(/\b\p{Lu}{6,}\b/gu);
  if (!words) return false;
  const whole = wholeText(ctx);
  return words.some((w) => whole.split(w).length < 3);
}

/**
 * True or false, about half each across a bank: the statement as written, or a false version
 * made by one substitution the text refutes (another actor of the same story, a figure moved
 * outside what the text allows), or, for a short single claim, its negation.
 */
export function trueFalseQuestions(statement: StatementAnalysis, ctx: Context): Candidate[] {
  let st = statement;
  // A speaker's view cut from its quote would be judged as the text's own claim.
  if (st.quoteFragment) return [];
  // Too long to judge whole: its first claim, asked as written, and changed within it.
  let body = st.text;
  const long = st.text.length + TF.length > MAX_PROMPT;
  if (long) {
    const claim = mainClause(st.text);
    if (!claim || NOT_A_CLAIM.test(claim.replace(/“[^”]*”/g, '')) || /^[“"]/.test(claim)) return [];
    body = claim;
  } else {
    if (endsWithQuestion(st.text)) return [];
    // "… were down 3.2% (in May 2019); in January-May, arrivals were 42% lower": two claims, one verdict.
    if (/; /.test(st.text.replace(/[“"][^”"]*[”"]|\([^()]*\)/g, ''))) return [];
    if (NOT_A_CLAIM.test(st.text.replace(/“[^”]*”/g, ''))) return [];
    // "REJOICE has a strong global heritage": a boast, not a fact to judge (a speaker's own praise in quotation marks
    // is what they said, not the text's boast); "Gasoline was up 0.4% seasonally adjusted": too short to say when or where.
    if (PROMOTIONAL.test(st.text.replace(/“[^”]*”|"[^"]*"/g, '')) || st.text.split(/\s+/).length < 8) return [];
    // "… remains committed to sustainable management": a pledge any body makes, true without the text.
    if (/\b(?:remains?|is|are|stays?) (?:fully |firmly |strongly )?committed to\b/.test(st.text) && !st.numbers.length && !st.dates.length) return [];
    // "Many animals are threatened with extinction": with no name, figure or date it is a truism,
    // judged without reading the text.
    if (!st.mentions.length && !st.numbers.length && !st.dates.length && !/\s\p{Lu}/u.test(st.text) && !shareChanged(st)) return [];
    // Press-release marks ("Realtors®") and a word shouted once ("the world's FIRST") read as an
    // advertisement; a name in capitals the text keeps using ("REJOICE", "EBITDA") does not.
    if (/[®™©]/.test(st.text) || shouted(st.text, ctx)) return [];
  }
  // Where a change may fall: inside the statement, or inside the opening words a long one is asked by.
  // A long statement's changes are judged on its opening claim alone, as if it were the statement.
  const claim = long && !PROMOTIONAL.test(body) && !shouted(body, ctx) ? claimOf(statement, body) : null;
  if (claim) st = claim;
  const end = !long ? body.length : claim ? claimEnd(statement, body) : 0;
  const base = { kind: 'true_false' as const, statementIndex: st.index };
  /** The statement with [from, to) written `wrong`: False, with `hidden` (the true words) kept out of other prompts. */
  const replaced = (from: number, to: number, wrong: string, because: string, score: number, difficulty: number, hidden?: string): Candidate | null =>
    to > end
      ? null
      : {
          ...base,
          prompt: TF + body.slice(0, from) + wrong + body.slice(to),
          answer: 'False',
          distractors: ['True'],
          explanation: explain(st, `False: ${because}`),
          score,
          difficulty,
          ...(hidden === undefined ? {} : { hidden }),
        };
  /** A false version from a substitution another module finds. */
  const edited = (find: () => Edit | null) => (): Candidate | null => {
    const e = find();
    const c = e && replaced(e.from, e.to, e.wrong, e.because, 0.51, 0.4, e.hidden);
    if (c && e.pairedWith !== undefined) c.pairedWith = e.pairedWith;
    return c;
  };
  const share = edited(() => shareChanged(st));
  const day = edited(() => dayMoved(st, ctx));
  const place = edited(() => placeSwapped(st, ctx));
  const member = edited(() => listMemberSwapped(st, ctx));
  const parallel = edited(() => subjectExchanged(st, ctx));
  const year = edited(() => yearMoved(st, ctx));
  const score = edited(() => scoreChanged(st, ctx));
  const author = edited(() => authorSwapped(st, ctx));
  const truth: Candidate = {
    ...base,
    prompt: TF + body,
    answer: 'True',
    distractors: ['False'],
    explanation: explain(st, 'True.'),
    score: long ? 0.48 : 0.5,
    difficulty: 0.2,
  };
  // Swapping in another actor of the story was judged out of place too often (a French diplomat
  // as the British prime minister, a ship as a speaker): substitutions the text refutes only.
  const builders: (() => Candidate | null)[] = [
    figureChanged,
    countChanged,
    ordinalChanged,
    dateChanged,
    day,
    year,
    share,
    score,
    flipped,
    monthChanged,
    exchanged,
    parallel,
    place,
    member,
    author,
    negated,
  ];
  if (ctx.falseOnly) {
    // Beside a fill-in, the first false version in this order that passes, sides and negation aside.
    for (const build of builders) {
      if (build === exchanged || build === negated) continue;
      const c = build();
      if (c && (!ctx.accept || ctx.accept(c))) return [c];
    }
    return [];
  }
  // Both versions when the text refutes a false one: the bank keeps about as many False as True.
  const start = Math.floor(ctx.random() * builders.length);
  for (let k = 0; k < builders.length; k++) {
    const c = builders[(start + k) % builders.length]();
    if (c && (!ctx.accept || ctx.accept(c))) return [truth, c];
  }
  return [truth];

  /** Another statement of the briefing says the same of the other side: not refuted. */
  function saidElsewhere(name: string): boolean {
    return ctx.analysis.statements.some(
      (o) =>
        o.index !== st.index &&
        o.source.includes(name) &&
        st.predicate &&
        o.source.includes(st.text.slice(st.predicate.verbStart, st.predicate.verbStart + 25)),
    );
  }

  // "New Zealand have drawn first blood against Great Britain" → "Great Britain have … against New Zealand".
  function exchanged(): Candidate | null {
    if (long) return null;
    if (!st.subject || st.subject.pair || SYMMETRIC.test(st.text) || NEGATIVE.test(st.text)) return null;
    const subject = st.subject;
    const a = st.mentions.find((m) => m.start === subject.start && m.entity === subject.entity);
    if (!a || a.possessive || a.bound || !['country', 'org'].includes(a.entity.type)) return null;
    const sameType = st.mentions.filter((m) => m !== a && m.entity.type === a.entity.type);
    if (sameType.length !== 1) return null;
    const b = sameType[0];
    if (b.start < a.end || b.possessive || b.bound || b.entity === a.entity || a.entity.keys.some((k) => b.entity.keys.includes(k))) return null;
    if (st.quotes.some((q) => q.start < b.end && q.end > a.start)) return null;
    const textA = st.text.slice(a.start, a.end);
    const textB = st.text.slice(b.start, b.end);
    if (/^the /i.test(textA) || /^the /i.test(textB)) return null;
    const prompt = st.text.slice(0, a.start) + textB + st.text.slice(a.end, b.start) + textA + st.text.slice(b.end);
    // "Ostland thump Kessel" framing a later statement tells which side did it (a lede opening on a side goes unframed).
    if (saidElsewhere(textB) || (st.index > 0 && [textA, textB].every((t) => ctx.headline?.includes(t)))) return null;
    return {
      ...base,
      prompt: TF + prompt,
      answer: 'False',
      distractors: ['True'],
      explanation: explain(st, `False: it was ${textA}, not ${textB}.`),
      score: 0.51,
      difficulty: 0.35,
    };
  }

  // "fell for the second straight month" → "the fourth straight month": a run or a rank in words.
  function ordinalChanged(): Candidate | null {
    const found = [...st.text.matchAll(ORDINAL_WORD)];
    if (found.length !== 1) return null;
    const m = found[0];
    const at = m.index ?? 0;
    const value = ORDINALS.indexOf(m[1].toLowerCase());
    const wrong = ORDINALS[value + 2] ?? ORDINALS[value - 2];
    if (!wrong || value < 0) return null;
    const replacement = m[1][0] === m[1][0].toUpperCase() ? capitalise(wrong) : wrong;
    return replaced(at, at + m[1].length, replacement, `it was the ${m[1].toLowerCase()}, not the ${wrong}.`, 0.51, 0.4, m[1]);
  }

  // "Four of the six indexes were up" → "Two of the six …": a count in words the text refutes.
  function countChanged(): Candidate | null {
    const words = [...st.text.matchAll(COUNT_WORD)];
    if (words.length !== 1 || /\d/.test(st.text.replace(/\b(?:19|20)\d\d\b/g, ''))) return null;
    const m = words[0];
    const at = m.index ?? 0;
    if (UPPER_BOUND.test(st.text.slice(0, at)) || LOWER_BOUND.test(st.text.slice(0, at)) || APPROXIMATE.test(st.text.slice(0, at))) return null;
    // "for the second time in two months": a window, which any longer one holds as well.
    if (WINDOW.test(st.text.slice(Math.max(0, at - 24), at)) || inRange(st.text, at, at + m[1].length)) return null;
    // "the men's four sculls", "the women's eight": a boat or an event named by its count.
    if (/\b(?:men|women|boys|girls)['’]s (?:\p{Ll}+ )?$/u.test(st.text.slice(Math.max(0, at - 24), at))) return null;
    // "Although the two countries were not at war": a group already known, not a count the sentence claims.
    if (countedByList(st.text.slice(at + m[1].length)) || /\bthe $/i.test(st.text.slice(Math.max(0, at - 4), at))) return null;
    const value = NUMBER_WORDS.indexOf(m[1].toLowerCase());
    // "Four of the six": the count stays below its whole.
    const whole = /^\S+ of (?:the |its |their )?(\p{Ll}+)\b/u.exec(st.text.slice(at))?.[1];
    const limit = whole ? NUMBER_WORDS.indexOf(whole) : NUMBER_WORDS.length;
    if (whole && limit < 0) return null;
    const wrongValue = [2, -2, 3, 1, -1].map((d) => value + d).find((v) => v >= 2 && v < limit && v < NUMBER_WORDS.length && v !== value);
    if (wrongValue === undefined) return null;
    const word = NUMBER_WORDS[wrongValue];
    const wrong = m[1][0] === m[1][0].toUpperCase() ? capitalise(word) : word;
    return replaced(at, at + m[1].length, wrong, `it was ${m[1].toLowerCase()}, not ${word}.`, 0.51, 0.4, m[1]);
  }

  function negated(): Candidate | null {
    if (long) return null;
    // "Approximately 20% of the wells have not been damaged" flips a share into its complement;
    // "Four of the six indexes were not up" reads two ways.
    if (/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Many|Most|Some|Several|Few|All|Both|Each|None|No)\b|\b(?:of the|of its|of their)\b/.test(st.text))
      return null;
    if (COMPOUND.test(st.text.slice(0, -1)) || /\d/.test(st.text) || st.text.split(/\s+/).length > 20) return null;
    const neg = negate(st.text) ?? negatePredicate(st.text);
    if (!neg) return null;
    return {
      ...base,
      prompt: TF + neg,
      answer: 'False',
      distractors: ['True'],
      explanation: explain(st, 'False: the briefing says the opposite.'),
      score: 0.5,
      difficulty: 0.3,
    };
  }

  // "Brent crude futures fell by $6/bbl in May" → "rose by …": the one movement the statement
  // reports, turned the other way. Two movements ("rose 2.7% after rising 2.6%") are left alone.
  function flipped(): Candidate | null {
    // "reduces the risk …, compared with not wearing a mask": the "not" is the comparison's base.
    if (NEGATIVE.test(st.text.replace(/,? compared (?:with|to) [^,;.]*/g, ''))) return null;
    // "Brent fell as inventory builds pointed to ample supply": turned, the movement contradicts its reason.
    // "Although prices fell …, they remained above …": turned, the concession no longer concedes.
    if (
      /\b(?:although|though|even though|while|whereas|despite|as|because|amid|due to|thanks to|driven by|led by|on the back of|following|after|since|given|(?:hit|hurt|helped|boosted|lifted|weighed down|dragged down|held back|supported) by)\b/i.test(
        st.text,
      )
    )
      return null;
    const plain = st.text.replace(/[“"][^”"]*[”"]/g, (q) => ' '.repeat(q.length));
    // "decreased 11.0% to $567.7 million from $511.6 million", "to Rwf2.930 trillion yesterday, from Rwf2.925": the two figures say which way.
    if (/\b(?:to|from)\b[^,;]*\d(?:[^,;]*\b(?:from|to)\b[^,;]*\d|[^;]*\b(?:from|to)\s\p{L}{0,4}\d)/u.test(plain)) return null;
    // "were $553.4 million and grew $13.3 million from $540.1 million", "increased to 6.3%, compared to
    // 6.6%": the level and its base say which way.
    if (/\b(?:from|compared (?:with|to)|versus)\s[^;]{0,40}\d/.test(plain) && st.numbers.length >= 2) return null;
    const all = [...plain.matchAll(DIRECTION)];
    if (all.length !== 1 || MULTIPLE.test(plain) || ANY_DIRECTION.test(plain.replace(all[0][0], ' '))) return null;
    const m = all[0];
    const word = m[0];
    const opposite = OPPOSITE[word.toLowerCase()];
    if (!opposite) return null;
    const at = m.index ?? 0;
    // "Victoria Falls", "Sioux Falls": a capital inside the sentence makes the word part of a name.
    if (at > 0 && /^\p{Lu}/u.test(word)) return null;
    if (notAMovement(word, plain.slice(at + word.length), plain)) return null;
    if (/(?:ed|ing)$/.test(word) && DESCRIBING.test(plain.slice(0, at)) && /^ \p{Ll}{3,}\b/u.test(plain.slice(at + word.length))) return null;
    const replacement = word[0] === word[0].toUpperCase() ? capitalise(opposite) : opposite;
    return replaced(at, at + word.length, replacement, `it ${PAST[word.toLowerCase()] ?? word}, not ${opposite}.`, 0.51, 0.35);
  }

  // "The exercise began in June" → "in March": a month the text never names.
  function monthChanged(): Candidate | null {
    const found = [...st.text.matchAll(MONTH_WORD)];
    if (found.length !== 1) return null;
    const m = found[0];
    const at = (m.index ?? 0) + m[1].length;
    // The month may be read as a date of its own; any other date is another claim.
    if (st.dates.some((d) => d.year || d.day || d.start !== at)) return null;
    const after = st.text.slice(at + m[2].length, at + m[2].length + 6);
    if (/^,? ?\d/.test(after) || /\d ?$/.test(st.text.slice(0, at))) return null;
    // "in June and July": one month of a pair moved reads as a slip, not a claim.
    if (MONTH_PAIR.test(st.text.slice(at + m[2].length))) return null;
    if (ctx.headline?.includes(m[2])) return null;
    // "Brent fell $6 in May" → "in January": prices move every month, and the text is silent on
    // January's, so the False is not refuted. Only a one-off ("began in June") moves.
    if (MONTHLY_MOVE.test(st.text)) return null;
    const index = MONTHS.indexOf(m[2]);
    const whole = wholeText(ctx);
    const wrong = [2, 3, 4].map((k) => MONTHS[(index - k + 12) % 12]).find((w) => !whole.includes(w));
    if (!wrong) return null;
    return replaced(at, at + m[2].length, wrong, `it was ${m[2]}, not ${wrong}.`, 0.51, 0.4, m[2]);
  }

  // Another date for the one the statement gives, changing more than one part of it.
  function dateChanged(): Candidate | null {
    if (st.dates.length !== 1) return null;
    const d = st.dates[0];
    // "were up in January" with no year is not refuted by a text about November: only a date with its year is a claim the text settles.
    if (!d.year || dateNotAsked(st.text, d) || titleGivesDate(ctx.headline, d)) return null;
    // "fell $6/bbl in May 2024" → "in January 2024": a month's move the text does not give is not refuted.
    if (!d.day && MONTHLY_MOVE.test(st.text)) return null;
    // "this year" written out as "2022", "last night" as "the night of 3 November 2009": the text says nothing of other days.
    if ((d.format === 'y' && !st.source.includes(d.text)) || (d.day && !st.source.includes(d.text.replace(/,? \d{4}$/, '')))) return null;
    // A comparison's base ("up from May 2017", "(… a year ago)") is a detail, not the claim; a named Games is dated by all.
    const before = st.text.slice(0, d.start);
    if (BASE_OR_DEADLINE.test(before) || /\([^)]*$/.test(before) || NAMED_EDITION.test(before)) return null;
    if (inRange(st.text, d.start, d.end) || ongoingAround(st.text, d.start, d.end) || otherYear(st.text, d.text)) return null;
    if (forecast(st.text, d.year, Number((ctx.briefingDate ?? '').slice(0, 4)) || Infinity)) return null;
    // "in 1800 MHz, 2100 MHz": a figure with a unit, read as a year.
    if (d.format === 'y' && MEASURE_AFTER.test(st.text.slice(d.end))) return null;
    // "on Sunday, 23 August 2015": another Sunday, or the weekday would give the change away.
    const weekday = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? $/.test(st.text.slice(0, d.start));
    if (weekday) {
      // "released on Wednesday": the date only the date line gives is no claim of the text's own.
      if (!d.day || !d.month || !st.source.includes(d.text)) return null;
      const last = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
      const briefing = ctx.briefingDate ?? '9999-12-31';
      const day = [d.day - 7, d.day + 7, d.day - 14].find(
        (x) => x >= 1 && x <= last && `${d.year}-${String(d.month).padStart(2, '0')}-${String(x).padStart(2, '0')}` <= briefing,
      );
      const wrong = day && new RegExp(`\\b${d.day}\\b`).test(d.text) ? d.text.replace(new RegExp(`\\b${d.day}\\b`), String(day)) : null;
      if (!wrong) return null;
      return replaced(d.start, d.end, wrong, `the date is ${d.text}, not ${wrong}.`, 0.52, 0.4, d.text);
    }
    // "fell in March 2024" beside a text that says nickel fell in March: a month the text names
    // elsewhere may be true of this too, so a month-only date moves to one it never names.
    const whole = wholeText(ctx);
    const wrong = dateDistractors(
      d,
      st.text,
      ctx.random,
      Number((ctx.briefingDate ?? '').slice(0, 4)) || Infinity,
      Number((ctx.briefingDate ?? '').slice(5, 7)) || 12,
      Number((ctx.briefingDate ?? '').slice(8, 10)) || 31,
      yearStep(whole),
    ).find((w) => d.day || !MONTHS.some((m) => w.includes(m) && whole.includes(m)));
    if (!wrong) return null;
    return replaced(d.start, d.end, wrong, `the date is ${d.text}, not ${wrong}.`, 0.52, 0.4, d.text);
  }

  // A figure moved outside what the text allows: below "more than", above "up to", far from "about".
  function figureChanged(): Candidate | null {
    const inText = new Set(st.numbers.map((x) => formatLike(x.value, { ...x, currency: '', percent: '', scale: '' })));
    for (const n of st.numbers) {
      if (n.value === 0 || computable(st, n, false) || CONVENTIONAL.test(st.text.slice(n.start)) || inRange(st.text, n.start, n.end)) continue;
      // A figure inside a quotation or beside another in brackets ("(some sources say 36,417)").
      if (st.quotes.some((q) => q.start <= n.start && q.end >= n.end) || /\([^)]*\d[^)]*\)/.test(st.text)) continue;
      // "two hours and 23 minutes": a part of a duration changed past its unit reads as false by itself.
      if (/\band\s$/.test(st.text.slice(0, n.start)) && /^\s(?:minutes?|seconds?|months?|hours?)\b/.test(st.text.slice(n.end))) continue;
      // "won 49.51 percent, while … 44.92 percent, … 5.17 percent": shares that make up the whole give a change away.
      const shares = [...st.text.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/g)].map((x) => Number(x[1]));
      if (n.percent && shares.length >= 3 && Math.abs(shares.reduce((t, x) => t + x, 0) - 100) <= 2) continue;
      const before = st.text.slice(Math.max(0, n.start - 20), n.start);
      const wrongs = numberDistractors(n, inText, ctx.random, fractionsIn(st.text), ceiling(st.text, n));
      const amount = (t: string) => Number(t.replace(/[^\d.]/g, ''));
      const far = (t: string) => Math.abs(amount(t) - n.value) / n.value >= (APPROXIMATE.test(before) ? 0.25 : 0.1);
      // "more than 60%", "within 10 days": no other figure under a bound is refuted by it ("more than 40%" is as true), so none is changed.
      if (LOWER_BOUND.test(before) || UPPER_BOUND.test(before) || WINDOW.test(before)) continue;
      // "In 799, Pope Leo III …": an early year is a year, not an amount; "type 2 diabetes", "Category 4", a label; "just after 21.45" a time.
      if (yearLike(st.text, n) || labelOrTime(before, st.text.slice(n.start))) continue;
      // "211,000, well outpacing 2017's 182,000": the figure outpaced is changed only with its ranking, never.
      if (OUTRANKS.test(st.text.slice(Math.max(0, n.start - 60), n.start))) continue;
      // "26 days, unchanged from April and down from 27 days a year ago": a changed figure keeps the
      // side of the base the sentence puts it on, or the sentence refutes itself.
      const base = COMPARED_BASE.exec(st.text.slice(n.end, n.end + 80));
      let baseValue = base ? Number(base[2].replace(/,/g, '')) : NaN;
      let below = base ? /^(?:down|lower|less|fewer|below)$/.test(base[1]) : false;
      const outranks = base ? null : OUTRANKS.exec(st.text.slice(n.end, n.end + 60));
      if (outranks) {
        // The first figure after the verb that is not a year ("2017’s") is what it is ranked against.
        const other = st.numbers.find((x) => x.start > n.end + outranks.index && x.start - n.end < 140 && !/^(?:1[5-9]|20)\d\d$/.test(x.text));
        if (!other) continue;
        baseValue = other.value;
        below = /^(?:trail|lagg)/.test(outranks[0]);
      }
      // "whose 80-year career …, died at age 96": no age the career outlasts; "won 21 of the 25": no part above its whole, nor a whole below its part.
      const wholeOf = /^\s(?:\p{Ll}+\s)?of (?:the |its |their )?(?:\p{Ll}+ )?(\d[\d,]*)\b/u.exec(st.text.slice(n.end));
      const cap = wholeOf ? Number(wholeOf[1].replace(/,/g, '')) : Infinity;
      const partOf = /(\d[\d,]*) (?:out )?of (?:the |its |their )?$/.exec(before);
      const aged = /\b(?:age(?: of)?|aged)\s$/.test(before);
      const span = aged ? Math.max(0, ...[...st.text.matchAll(/\b(\d+)-year\b/g)].map((x) => Number(x[1]))) : 0;
      // "died at age 92" → 112: an age past a life's length is refuted without the text.
      const fits = (t: string) =>
        far(t) &&
        amount(t) > Math.max(span, partOf ? Number(partOf[1].replace(/,/g, '')) : 0) &&
        amount(t) <= cap &&
        (!aged || (amount(t) <= 100 && Math.abs(amount(t) - n.value) <= 10)) &&
        (!Number.isFinite(baseValue) || (below ? amount(t) < baseValue : amount(t) > baseValue));
      // Far enough to be refuted, near enough to be believed: a 40.5-hour week is not made 24.1.
      // "a high of 81,967 against a low of 81,529", "86.34 against a last close of 109.41": beside a
      // figure of its own size, a level moved by a fifth is absurd without the text.
      const sibling = st.numbers.some((x) => ofItsSize(st.text, x, n));
      const near = (t: string) => Math.abs(amount(t) - n.value) / n.value <= (sibling ? 0.1 : APPROXIMATE.test(before) ? 0.45 : 0.3);
      const fitting = wrongs.filter(fits).sort((a, b) => Math.abs(amount(b) - n.value) - Math.abs(amount(a) - n.value));
      const wrong = fitting.find(near) ?? (sibling ? undefined : fitting[fitting.length - 1]);
      if (!wrong || !Number.isFinite(amount(wrong))) continue;
      return replaced(n.start, n.end, wrong, `the figure is ${n.text}, not ${wrong}.`, 0.52, 0.4, n.text);
    }
    return null;
  }
}
