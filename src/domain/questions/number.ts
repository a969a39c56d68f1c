// Number questions: a figure is blanked; wrong options keep its unit, scale and format.

import { guessPair } from './true-false-claim';
import type { StatementAnalysis } from '../analysis/document';
import { formatLike, NUMBER_WORDS, type NumberMention } from '../analysis/numbers';
import { shuffle } from '../random';
import { blankPrompt, bothBounds, ceiling, CLOCK, explain, memo, mentions, type Candidate, type Context, offer } from './common';
import { focusOn, isFigure, repeated } from './focus';
import { partsAddUp, shareGivesWhole } from './number-parts';
import { bound } from './true-false-words';

/** How far back the sentence shown before a question may be (as the bank shows leads). */
const LEAD_REACH = 4;
/** Figures of one sentence asked, each in a prompt without the others. */
const MAX_FIGURES = 3;

/** Plausible wrong values near the answer's magnitude, never equal to a figure in the text. */
/** Shares a text writes in words: an option equal to one of them is ruled out or ruled in by it. */
export function fractionsIn(text: string): Set<number> {
  const out = new Set<number>();
  const words: [RegExp, number][] = [
    [/\bhalf\b/i, 50],
    [/\bone[- ]third\b/i, 33],
    [/\btwo[- ]thirds\b/i, 67],
    [/\b(?:one[- ])?quarter\b/i, 25],
    [/\bthree[- ](?:fourths|quarters)\b/i, 75],
    [/\bone[- ]fifth\b/i, 20],
    [/\btwo[- ]fifths\b/i, 40],
    [/\bthree[- ]fifths\b/i, 60],
    [/\bfour[- ]fifths\b/i, 80],
  ];
  for (const [re, v] of words) if (re.test(text)) out.add(v);
  return out;
}

export function numberDistractors(n: NumberMention, inText: Set<string>, random: () => number, fractions?: Set<number>, max = Infinity): string[] {
  const v = n.value;
  const cands: number[] = [];
  if (!n.decimals && v <= 12 && !n.scale) {
    for (const d of [1, 2, 3, -1, -2, 4]) if (v + d > 0) cands.push(v + d);
  } else {
    // "$29.99", "$10,260.00": a price's cents stay the key's, or the one .99 among odd cents stands out.
    const scaleOf = 10 ** (n.decimals ?? 0);
    const cents = n.decimals ? Math.round(v * scaleOf) % scaleOf : 0;
    const fixedCents = !!n.decimals && n.decimals === 2 && n.currency !== '' && (cents === 0 || cents === 99 || cents === 95 || cents === 49);
    // Offsets of about a tenth keep the answer's granularity: 137 → 117, 127, 147, 157.
    const step = n.decimals && !fixedCents ? 10 ** -n.decimals : 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
    // A round step near a tenth of the value: 4.25 → 0.5, 137 → 10, 61,400 → 5,000.
    const raw = v * 0.1;
    const p = 10 ** Math.floor(Math.log10(raw));
    const m = raw / p;
    const nice = (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    let unit = Math.max(step, Math.round(nice / step) * step);
    // "approximately 3,000" among 3,400 and 2,600 is the one round figure: options as round as the key.
    const round = fixedCents || n.decimals ? 1 : 10 ** Math.floor(Math.log10(v));
    // "about 30 countries" among 26, 28 and 36: a key in tens gets options in fives at least.
    const roundness = [round, round / 10, round / 100].find((r) => r >= 100 && v % r === 0) ?? (v >= 20 && v < 100 && v % 10 === 0 ? 10 : 0);
    if (roundness > unit) unit = roundness / 2;
    // 4638 beside 4138, 5138 and 6138 stands out by its last digits: an odd key gets odd options.
    const base = fixedCents ? Math.floor(v) : v;
    const odd = unit >= step * 5 && Math.abs(base / unit - Math.round(base / unit)) > 1e-9;
    for (const k of [1, -1, 2, -2, 3, -3]) {
      const jitter = odd ? Math.round(((random() - 0.5) * 0.8 * unit) / step) * step : 0;
      const whole = fixedCents ? Math.floor(v) + k * unit + jitter : v + k * unit + jitter;
      const c = Number((fixedCents ? Math.floor(whole) + cents / scaleOf : whole).toFixed(n.decimals));
      if (c > 0) cands.push(c);
    }
  }
  const out: string[] = [];
  const values: number[] = [];
  const seen = new Set([n.text]);
  const far: number[] = [];
  // A share below the whole is never offered as all of it ("around 100 percent of abortions").
  const consider = (c: number, near: boolean) => {
    if ((n.percent && (v < 100 ? c >= 100 : v <= 100 && c > 100)) || c > max) return;
    // "102.5 mb/d" beside 70.6 and 128.6: an option that far off is ruled out without the text;
    // it is kept aside, used only where nearer ones run out.
    if (near && (v > 12 || (n.decimals && v >= 1)) && Math.abs(c - v) / v > (n.decimals ? 0.2 : 0.3)) {
      far.push(c);
      return;
    }
    // "10 programs make up more than three-fourths": 75% beside it is ruled out by the prompt.
    if (n.percent && fractions?.has(c)) return;
    // "1 health facilities" fails on grammar alone.
    if (!n.percent && !n.currency && !n.scale && (c === 1) !== (v === 1)) return;
    const t = formatLike(c, n);
    if (seen.has(t) || inText.has(formatLike(c, { ...n, currency: '', percent: '', scale: '' }))) return;
    seen.add(t);
    out.push(t);
    values.push(c);
  };
  for (const c of shuffle(cands, random)) consider(c, true);
  for (const c of far.sort((a, b) => Math.abs(a - v) - Math.abs(b - v))) if (out.length < 3) consider(c, false);
  // The key never the only one on its side ("$1.87 billion" among three above two billion): one
  // option below and one above it where both exist, then the rest in drawn order.
  const below = values.findIndex((x) => x < v);
  const above = values.findIndex((x) => x > v);
  const picked = [below, above].filter((i) => i >= 0);
  for (let i = 0; i < out.length && picked.length < 3; i++) if (!picked.includes(i)) picked.push(i);
  return picked.slice(0, 3).map((i) => out[i]);
}

/** "the past 12 months", "over the last ten years": a period, not a finding. */
const PERIOD = /\b(?:the|past|last|next|first|over|previous|coming)\s+$/i;
const TIME_UNIT = /^\s(?:months?|years?|days?|weeks?|hours?|minutes?|quarters?|decades?)\b/;
/** Words that set the blank against another figure of the prompt: the answer may follow from it. */
const RELATION =
  /\b(?:from|compared with|compared to|than|versus|vs\.?|up|down|increase|decrease|rise|fall|rose|fell|higher|lower|gained|lost|out of|of the total|of all|total|sum|difference|accounting for|share)\b/i;

const YEAR = /(?<=\b(?:in|In|since|Since|of|from|to|by|until|and|year|FY) )(?:1[6-9]|20)\d\d\b(?![\d.,%]\d| ?%)/g;

const unitClass = (n: NumberMention) => (n.percent ? '%' : n.currency ? n.currency : '#');
/** "from 6.5 to 43 per cent", "3.5 to 4 percent": a bare first figure takes the unit of the second. */
const sameUnit = (n: NumberMention, x: NumberMention) => unitClass(x) === unitClass(n) || (unitClass(n) === '#' && x.start > n.end);

/** What lies between the base of a change and its level: "27 in January to". */
const FROM_TO =
  /^(?:\s?%|\s(?:per ?cent|percent)|\s\p{Ll}{2,12})?(?:\s(?:of|in|on|for|at)\s[^,;]{1,30}?)?(?:\s\([^()]{1,30}\))?\sto\s(?:more than\s|over\s|about\s|nearly\s|almost\s)?$/u;
/** "a high of 81,967 … a low of 81,529": another figure within a twentieth of this one, not a year. */
export function ofItsSize(text: string, x: NumberMention, n: NumberMention): boolean {
  return x !== n && !yearLike(text, x) && Math.abs(x.value - n.value) / n.value < 0.05;
}

/** "In 799, Pope Leo III …", "800 A.D.": an early year written as a bare number is a year, not an amount. */
export function yearLike(text: string, n: NumberMention): boolean {
  if (!/^\d{3,4}$/.test(n.text)) return false;
  return (
    /\b(?:in|since|by|from|until|before|after)\s$/i.test(text.slice(Math.max(0, n.start - 8), n.start)) ||
    /^\s?(?:A\.?D\.?|B\.?C\.?|CE|BCE)\b/.test(text.slice(n.end, n.end + 6))
  );
}

/** "$4 billion to $5 billion", "between 10 and 12": two figures that are the ends of one range ("from 2.6% to 2.7%" is a change). */
function ranged(text: string, a: NumberMention, b: NumberMention): boolean {
  const join = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  if (/^\s*(?:-|–)\s*[$€£¥]?$/.test(join)) return true;
  if (/^\s+to\s+[$€£¥]?$/.test(join)) return !/\bfrom\s+[$€£¥]?$/.test(before);
  return /^\s+and\s+[$€£¥]?$/.test(join) && /\bbetween\s+[$€£¥]?$/.test(before);
}

/**
 * Whether the statement's other figures give this one away: two others of its unit (a sum, a
 * share), or one beside a word that relates them (“up 10% from $200m”, “2371 of 4647”).
 */
export function computable(st: StatementAnalysis, n: NumberMention, strict = true): boolean {
  const sameUnit = st.numbers.filter((x) => x !== n && unitClass(x) === unitClass(n)).length;
  // Figures the number parser does not read ("1,50,173 crore") count too.
  let plain = st.text;
  for (const d of st.dates) plain = plain.slice(0, d.start) + ' '.repeat(d.end - d.start) + plain.slice(d.end);
  // "In 2025, supply is forecast to rise by 1.8 mb/d": a year is when, not an operand.
  plain = plain.replace(YEAR, ' ');
  const raw = (plain.match(/\d[\d,.]*\d|\d/g) ?? []).length;
  if (sameUnit >= 2) return true;
  // "up from its low of $33.50 … a gain of _____ cents to $33.82": the difference of two others.
  if (differenceOfOthers(st, n)) return true;
  if (partsAddUp(st.text, n) || shareGivesWhole(st.text, n)) return true;
  // "There are 12 Concordes — seven with British Airways and five at Air France": the parts after a dash give the whole.
  if (PARTS_AFTER.test(st.text.slice(n.end))) return true;
  // "descended _____ points, or 1.3%, to 33,002.38": any two of points, share and level give the third.
  if (
    /\bpoints?\b/.test(st.text) &&
    st.numbers.some((x) => x !== n && x.percent) !== !!n.percent &&
    st.numbers.filter((x) => x !== n && !x.percent).length >= (n.percent ? 2 : 1)
  )
    return true;
  // "averaged LL20,900 — a _____ appreciation on January's LL26,500": a change its two levels give.
  if (n.percent && LEVEL_CHANGE.test(st.text)) {
    const levels = new Map<string, number>();
    for (const x of st.numbers) if (x !== n && !x.percent) levels.set(unitClass(x), (levels.get(unitClass(x)) ?? 0) + 1);
    if ([...levels.values()].some((k) => k >= 2)) return true;
  }
  // A false version only needs the changed figure not to contradict the rest of the prompt:
  // "rose by 620 kb/d to 102.5 mb/d" gives nothing away without the figure before.
  if (!strict) return RELATION.test(st.text) && raw >= 3;
  // "rose _____ in November, accounting for nearly 40% of the increase": one share says nothing of
  // another, unless the two make up the whole ("60% women, 40% men").
  if (n.percent && sameUnit === 1 && st.numbers.length === 2 && raw === 2) {
    const other = st.numbers.find((x) => x !== n)!;
    return Math.abs(other.value + n.value - 100) <= 1;
  }
  // "increased _____ to $567.7 million from $511.6 million": two figures and a word relating them.
  return RELATION.test(st.text) && (sameUnit >= 1 || st.numbers.length >= 3 || raw >= 3);
}

function differenceOfOthers(st: StatementAnalysis, n: NumberMention): boolean {
  const others = st.numbers.filter((x) => x !== n && x.value > 0 && !/^(?:1[5-9]|20)\d\d$/.test(x.text));
  for (const a of others)
    for (const b of others) {
      const d = a.value - b.value;
      if (d <= 0) continue;
      for (const scale of [1, 100]) if (Math.abs(d * scale - n.value) <= Math.max(0.005 * n.value, 1e-9)) return true;
    }
  return false;
}

const PARTS_AFTER =
  /^[^—–:]{0,40}[—–:]\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^,;]{0,40}(?:,|\band ?)\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/;
const LEVEL_CHANGE = /\b(?:appreciation|depreciation|increase|decrease|rise|fall|drop|gain|growth|decline|jump|plunge)\b/;
/** Figures a convention fixes (a 99-year lease, a 14-day period): options around them are guessable. */
// "at 10 am" is trivia a teacher would not ask; "aged 18 and over" is a convention.
// "started around 0350", "0400 hours": a time on the twenty-four-hour clock; "the 2% target" of a central bank.
// "the 30-share Sensex", "Of 30 Sensex stocks": an index's size, known without the text.
export const CONVENTIONAL =
  /^(?:(?:999|911|112)(?= (?:call|emergency|number|line))|99 years?|14[- ]days?|7[- ]days?|(?:24|48|72)[- ]hours?|90 minutes|12[- ]months?|30[- ]days?|100%|100 per ?cent|\d{1,2}(?:[.:]\d\d)? ?(?:(?:am|pm|o'clock)\b|a\.m\.|p\.m\.)|18 (?:years )?(?:and|or) (?:over|older)|2 ?(?:%|per ?cent|percent) (?:inflation )?target|9[059] ?% (?:confidence|CI|credible)\b|0\d[0-5]\d\b|(?:[01]\d|2[0-3])[0-5]\d\s?(?:hours|hrs|GMT|UTC)\b|\d{2,3}(?:[- ](?:share|stock|scrip)\b| (?:[A-Z][\w-]* )+(?:stocks|shares|scrips|constituents)\b))/;

const countOf = (w: string) => ['one', 'two', 'three', 'four', 'five'].indexOf(w.toLowerCase()) + 1 || Number(w.replace(/,/g, ''));
const WORD_NUMBER =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) (?!(?:of|to|or|and|other|more|times|per|percent|million|billion|thousand|hundred|dozen|days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?)\b)(\p{Ll}{3,}s)\b/giu;

/**
 * "Four firms are in the fray": a count written in words, asked with counts beside it in words.
 * Only a count of a plural noun, alone in a statement with no other figure to relate it to.
 */
/** "Tunisia and Algeria are the only _____ states": names listed before a count of two or three give it away. */
/** "a basket of five currencies—the euro, …", "five flights a week (Mondays, Thursdays, Saturdays)",
 * "three pillars, the Ayr Council, the Varn Court and the Kessel Office", "three columns, a coastal, central and a mobile column", "signed two documents, the
 * Ayr Declaration and a final communique": the list after a count gives it (`after` starts just after the count). */
export const countedByList = (after: string) =>
  /^(?: [\p{L}'’/-]+){1,7}\s?(?:[—–:]|\([^()]*,[^()]*\))/u.test(after) ||
  // "five divisions Local Relations, Publicity, Visits, and Administration": a list run on with its colon lost.
  /^ \p{Ll}+ \p{Lu}[^,;.:]{0,40}, \p{Lu}[^,;.:]{0,40}, (?:\p{Lu}[^,;.:]{0,40}, )*(?:and )?\p{Lu}/u.test(after) ||
  /^(?: [\p{L}-]+){1,4},? (?:namely |including |such as )?(?:the )?\p{Lu}[^,;.]{0,40}, (?:the )?\p{Lu}[^,;.]{0,40},? and (?:the )?\p{Lu}/u.test(after) ||
  /^(?: [\p{L}-]+){1,3}, (?:the |an? )?\p{Lu}[^,;.\d]{0,40} and (?:the |an? )?[^,;.\d]{1,40}\.?$/u.test(after) ||
  /^(?: [\p{L}-]+){1,3}, (?:the |an? )?[\p{L}-]+(?: [\p{L}-]+){0,3}, (?:the |an? )?[\p{L}-]+(?: [\p{L}-]+){0,3},? and (?:the |an? )?[^,;.\d]{1,40}\.?$/u.test(
    after,
  );

function listedCount(before: string, value: number, after = '', headline = ''): boolean {
  // "the boards of the _____ banks" under "… for Union, Polaris, Keystone banks": the title lists them.
  const noun = /^\s(\p{Ll}+s)\b/u.exec(after)?.[1];
  const titled = noun && new RegExp(`((?:\\p{Lu}[\\p{L}&.-]*,? )+(?:and |& )?)\\p{Lu}[\\p{L}&.-]* ${noun}\\b`, 'u').exec(headline);
  if (titled && titled[1].split(/,\s*|\s(?:and|&)\s/).filter(Boolean).length + 1 === value) return true;
  // "flags from the _____ countries" in a story of two: the pair is the story, not a fact to recall.
  if (value === 2 && /^\s(?:countries|nations|sides|neighbours|neighbors)\b/.test(after)) return true;
  return (value === 2 && /\p{Lu}\p{L}+ and \p{Lu}\p{L}+/u.test(before)) || (value === 3 && /\p{Lu}\p{L}+, \p{Lu}\p{L}+,? and \p{Lu}\p{L}+/u.test(before));
}

function wordNumberQuestion(st: StatementAnalysis, ctx: Context, avoid = ''): Candidate | null {
  let plain = st.text;
  for (const d of st.dates) plain = plain.slice(0, d.start) + ' '.repeat(d.end - d.start) + plain.slice(d.end);
  if (st.numbers.length || /\b\d+\b/.test(plain)) return null;
  const all = [...st.text.matchAll(WORD_NUMBER)];
  if (
    all.length !== 1 ||
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|dozen|both|all|none|several|many|few)\b/i.test(st.text.replace(all[0][0], ''))
  )
    return null;
  const m = all[0];
  const start = m.index ?? 0;
  const word = m[1];
  const value = NUMBER_WORDS.indexOf(word.toLowerCase());
  // "nearly two thirds of its victims": a fraction; "hinged on three things: aliya, …": the list counts it.
  // "our two peoples", "the two countries": a pair the story is about gives its count away.
  if (value === 2 && /^(?:peoples|countries|nations|sides|governments|neighbou?rs|leaders|states)$/.test(m[2])) return null;
  if (/^(?:thirds|quarters|fifths|halves)$/.test(m[2]) || countedByList(st.text.slice(start + word.length))) return null;
  const before = st.text.slice(Math.max(0, start - 24), start);
  if (bound(before) || /[-–]$/.test(before) || st.text[start + word.length] === '-') return null;
  if (ctx.headline && new RegExp(`\\b${word}\\b`, 'i').test(ctx.headline)) return null;
  if (/\b(?:if|unless)\b/i.test(st.text)) return null;
  if (listedCount(st.text.slice(0, start), value, st.text.slice(start + word.length), ctx.headline)) return null;
  const prompt = blankPrompt(st.text, start, start + word.length);
  if (!prompt) return null;
  const cap = (w: string) => (word[0] === word[0].toUpperCase() ? w[0].toUpperCase() + w.slice(1) : w);
  const ds: string[] = [];
  for (const d of [1, -1, 2, 3, -2, 4, 5]) {
    const v = value + d;
    if (v >= 2 && v < NUMBER_WORDS.length && ds.length < 3 && !(avoid && mentions(avoid, NUMBER_WORDS[v]))) ds.push(cap(NUMBER_WORDS[v]));
  }
  if (ds.length < 3) return null;
  return {
    kind: 'number',
    statementIndex: st.index,
    prompt,
    answer: word,
    distractors: ds,
    explanation: explain(st, `The number is ${word.toLowerCase()}.`),
    score: 0.7,
    difficulty: 0.5,
  };
}

const ORDINAL =
  /\b(?:the|its|their|his|her) (\d{1,3})(st|nd|rd|th) (?=(?:straight|consecutive|successive|annual|year|month|week|season|edition|anniversary|time)\b)/g;
const suffix = (v: number) => (v % 100 >= 11 && v % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][v % 10] ?? 'th'));

/** "the 75th straight month", "now in its 43rd year": a count of runs, asked among its neighbours. */
function ordinalQuestion(st: StatementAnalysis, ctx: Context): Candidate | null {
  const all = [...st.text.matchAll(ORDINAL)];
  if (all.length !== 1 || st.numbers.length > 1) return null;
  const m = all[0];
  const value = Number(m[1]);
  if (value < 4) return null;
  const start = (m.index ?? 0) + m[0].indexOf(m[1]);
  const answer = m[1] + m[2];
  if (ctx.headline?.includes(answer)) return null;
  // "was in her 91st year": an age, whose near ordinals run past any life.
  if (/^\s+year\b/.test(st.text.slice(start + answer.length)) && /\b(?:his|her|their)\s+$/.test(st.text.slice(0, start))) return null;
  const prompt = blankPrompt(st.text, start, start + answer.length);
  if (!prompt) return null;
  const unit = value < 20 ? 2 : value < 60 ? 5 : 10;
  const ds: string[] = [];
  for (const k of shuffle([1, -1, 2, -2], ctx.random)) {
    const v = value + k * unit;
    if (v >= 2 && ds.length < 3) ds.push(`${v}${suffix(v)}`);
  }
  if (ds.length < 3) return null;
  return {
    kind: 'number',
    statementIndex: st.index,
    prompt,
    answer,
    distractors: ds,
    explanation: explain(st, `It is the ${answer}.`),
    score: 0.7,
    difficulty: 0.5,
  };
}

export function numberQuestions(st: StatementAnalysis, ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const worded = wordNumberQuestion(st, ctx) ?? ordinalQuestion(st, ctx);
  if (worded) offer(out, ctx, worded);
  // A question may be shown after the sentence before it: an option that sentence states is
  // ruled out (or in) by it, so a dropped question is tried again without such options.
  const previous = () => memo(ctx, `before:${st.index}`, () => ctx.analysis.statements.slice(Math.max(0, st.index - LEAD_REACH), st.index));
  if (worded && !out.length) {
    const again = wordNumberQuestion(
      st,
      ctx,
      previous()
        .map((x) => x.text)
        .join('\n'),
    );
    if (again) offer(out, ctx, again);
  }
  const inText = new Set(st.numbers.map((x) => formatLike(x.value, { ...x, currency: '', percent: '', scale: '' })));
  // A sentence of several figures may hold a question for each, each asked without the others.
  for (const n of st.numbers) {
    if (out.length >= MAX_FIGURES) break;
    if (n.value === 0) continue;
    const before = st.text.slice(Math.max(0, n.start - 24), n.start);
    if (bound(before)) continue;
    if (PERIOD.test(before) && TIME_UNIT.test(st.text.slice(n.end, n.end + 12))) continue;
    // "403 errors", "HTTP 500": a code names a kind of error; a near number is no believable option.
    if (/^\s?(?:errors?|status|error codes?|response)\b/.test(st.text.slice(n.end, n.end + 14)) || /\b(?:HTTP|status|code|error)\s$/i.test(before)) continue;
    if (yearLike(st.text, n)) continue;
    // "nearly _____ thirds of its victims": a fraction's numerator; "hinged on _____ things: aliya, …": the list counts it.
    if (/^\s(?:thirds?|quarters?|fifths?|halves)\b|^\s\p{Ll}+:\s/u.test(st.text.slice(n.end))) continue;
    // "Beef's _____ represented": a figure owned by the word before it is a thing, not a count of one.
    if (/\p{L}['’]s\s(?:US)?[$€£]?\s?$/u.test(before) && /^,|^\s(?:was|is|were|are|represented|accounted|amounted|rose|fell)\b/.test(st.text.slice(n.end)))
      continue;
    // "the days of February 23 and _____, 1848": a day of a month, whose near figures are no days.
    if (/\b\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:st|nd|rd|th)? (?:and|or|to|-|–) ?$/u.test(before)) continue;
    // "grew 7.9 percent compared to _____ in 2021": a base asked without its level says nothing.
    if (/\b(?:compared (?:to|with)|versus|against)\s$/.test(before) && st.numbers.some((x) => x.end <= n.start && unitClass(x) === unitClass(n))) continue;
    // "rose from _____ in January to 43 in February": the base of a change is asked through its level.
    if (
      /\bfrom\s(?:approximately\s|about\s|around\s|nearly\s|some\s|roughly\s)?$/.test(before) &&
      st.numbers.some((x) => x.start > n.end && sameUnit(n, x) && FROM_TO.test(st.text.slice(n.end, x.start)))
    )
      continue;
    // "$4 billion to $5 billion", "10-12 people": one end of a range is no answer of its own.
    if (st.numbers.some((x) => x !== n && sameUnit(n, x) && (x.start > n.end ? ranged(st.text, n, x) : ranged(st.text, x, n)))) continue;
    // "approved by 842 votes to 653": a tally asked without its other side reads cut.
    if (/^ votes? to \d/.test(st.text.slice(n.end, n.end + 12))) continue;
    // "about nine or _____ metres": either of two figures a reader takes as one guess gives the other.
    if (guessPair(st.text, n.start, n.end)) continue;
    const focus = st.numbers.some((x) => x !== n && isFigure(x, st.dates)) ? focusOn(st, n) : null;
    if (!focus && (out.length || computable(st, n))) continue;
    const text = focus?.text ?? st.text;
    const at = focus ? focus.numbers.find((x) => x.start === focus.start) : n;
    if (!at || (focus && computable({ ...st, text, numbers: focus.numbers, dates: focus.dates }, at))) continue;
    if (repeated(text, n, at)) continue;
    // "Measles cases rise to 53" over the quiz: the headline gives the figure away.
    if (ctx.headline && mentions(ctx.headline, n.text)) continue;
    // "supply falls by _____ if cuts are maintained": a figure under a condition.
    // (on the whole sentence: a cut may have taken the "if" away with another figure)
    if (/\b(?:if|unless)\b/i.test(st.text.replace(/“[^”]*”/g, '')) || bothBounds(text)) continue;
    // "About _____ people (some sources say 36,417)": a figure in brackets beside it.
    if (/\([^)]*\d[^)]*\)|\[[^\]]*\d[^\]]*\]/.test(text.slice(Math.max(0, at.start - 40), at.end + 40))) continue;
    // "decreased by _____ or more": a bound, which any smaller option meets as well.
    if (/^\s?(?:%|percent|per cent)?\s(?:or (?:more|less|greater|higher|lower|over|above)|and (?:above|over))\b/.test(text.slice(at.end))) continue;
    // "at the round of 16": a stage of a cup, named by a convention.
    if (CONVENTIONAL.test(text.slice(at.start)) || /\bround of $/.test(text.slice(0, at.start))) continue;
    // "at 14.50 China Standard time", "opened the meeting at 19.10": a clock time, whose near
    // figures are no times; "on Monday, 27 th April": a day of a month.
    if (CLOCK.test(text.slice(at.start)) && /\b(?:at|from|until|till|by|before|after|to)\s$/i.test(text.slice(Math.max(0, at.start - 8), at.start))) continue;
    // "As of 17.48 GMT": a clock time, whose wrong options may be no time at all.
    if (CLOCK.test(text.slice(at.start)) && /^\S+\s?(?:GMT|UTC|local time|hrs|h\b)/.test(text.slice(at.start))) continue;
    // "defeating Ray 64 _____ 64": figures run together with no word between are a score or a code, not a count.
    if (/^\d{1,2}\s?(?:st|nd|rd|th)\b/.test(text.slice(at.start)) || /\d $/.test(text.slice(0, at.start)) || /^ \d/.test(text.slice(at.end))) continue;
    // "Sections 164 and _____ of the Penal Code", "lower berth _____": a number that names a thing counts nothing.
    if (
      /\b(?:[Ss]ections?|[Aa]rticles?|[Cc]lauses?|[Cc]hapters?|[Rr]ules?|[Pp]aragraphs?|[Ii]tems?|[Rr]egulations?|[Bb]erths?|[Rr]ooms?|[Ss]eats?|[Pp]latforms?|[Ff]lights?|[Rr]outes?|[Gg]ates?|[Ww]ards?|[Pp]ages?)(?: \d+[\w()]*,?)*(?: and| or| to)? $/.test(
        text.slice(Math.max(0, at.start - 40), at.start),
      )
    )
      continue;
    // "closed down, or _____": the points the cut took away leave the share dangling.
    if (/\b(?:up|down|higher|lower),? or $/.test(text.slice(Math.max(0, at.start - 14), at.start))) continue;
    // "Tunisia and Algeria are the only _____ states": the names listed count the answer.
    if (listedCount(text.slice(0, at.start), n.value, text.slice(at.end), ctx.headline)) continue;
    // "the state of war between the _____ countries": "between" says two.
    if (n.value === 2 && /\bbetween (?:the |its |their )?$/.test(text.slice(Math.max(0, at.start - 14), at.start))) continue;
    // "traded at 109.13, against the last close of _____": a figure of its size in the prompt leaves
    // only the option nearest to it.
    if ((focus?.numbers ?? st.numbers).some((x) => x !== at && unitClass(x) === unitClass(n) && ofItsSize(text, x, n))) continue;
    const prompt = blankPrompt(text, at.start, at.end);
    if (!prompt) continue;
    const ask = (ds: string[]): Candidate => ({
      kind: 'number',
      statementIndex: st.index,
      prompt,
      answer: n.text,
      distractors: ds,
      explanation: explain(st, `The figure is ${n.text}.`),
      score: 0.72 + (n.currency || n.percent || n.scale ? 0.04 : 0),
      difficulty: 0.55,
    });
    const had = out.length;
    // "_____ of the 18 states": no option above the whole it is part of.
    const whole = /^\s(?:of|out of) (?:the |its |all )?(\d[\d,]*)\b/.exec(text.slice(at.end));
    // "started at _____ PM": an hour of the twelve-hour clock.
    const cap = whole ? Number(whole[1].replace(/,/g, '')) : /^\s?(?:[ap]\.m\.|[AP]M)(?!\w)/.test(text.slice(at.end)) ? 12 : Infinity;
    // "16 of the _____ states", "a growth of 6.5 to _____", "Three in _____ youths": no option at or below the part.
    const part = /(\d[\d,.]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive) (?:of|out of|to|in) (?:the |its |all )?$/.exec(text.slice(0, at.start));
    const floor = part && !/^(?:1[5-9]|20)\d\d$/.test(part[1]) ? countOf(part[1]) : -Infinity;
    const value = (d: string) => Number(d.replace(/[^\d.]/g, ''));
    // "questioned about _____ people", 10 the key: beside 8, 11 and 12 a round estimate stands out.
    const estimate = n.value === 10 && !n.decimals && /\b(?:about|around|roughly|approximately|some)\s$/i.test(text.slice(0, at.start));
    const ds = (
      estimate
        ? [5, 15, 20].map((v) => formatLike(v, n)).filter((d) => !inText.has(d))
        : numberDistractors(n, inText, ctx.random, fractionsIn(st.text), ceiling(st.text, n))
    ).filter((d) => !(value(d) > cap) && !(value(d) <= floor));
    if (ds.length < 3) continue;
    offer(out, ctx, ask(ds));
    if (out.length === had) {
      const near = new Set(inText);
      for (const o of previous()) for (const x of o.numbers) near.add(formatLike(x.value, { ...x, currency: '', percent: '', scale: '' }));
      if (near.size === inText.size) continue;
      const again = numberDistractors(n, near, ctx.random, fractionsIn(st.text), ceiling(st.text, n));
      if (again.length === 3) offer(out, ctx, ask(again));
    }
  }
  return out;
}
