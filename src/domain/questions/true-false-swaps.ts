// False versions by substitution: one part of a statement replaced by another of its kind that the
// text refutes — a share in words, a day of a month, a country where a thing happened, a member of
// a closed list, or the subject of a parallel statement with other figures.

import type { StatementAnalysis } from '../analysis/document';
import type { Mention } from '../analysis/entities/types';
import { COUNTRIES, NEIGHBOUR_REGIONS, stripArticle } from '../facts/countries';
import { MONTHS } from '../facts/months';
import { looksFinite } from '../facts/verbs';
import { NUMBER_WORDS } from '../analysis/numbers';
import { memo, mentions, NAMED_EDITION, type Context, wholeText } from './common';
import { titleGivesDate } from './date';
import { NEGATIVE } from './negation';
import { BASE_OR_DEADLINE, LOWER_BOUND, ongoingAround, SHORT_YEAR, UPPER_BOUND, yearStep } from './true-false-words';

/** [from, to) of the statement's text written `wrong`; `because` ends "False: …". */
export interface Edit {
  from: number;
  to: number;
  wrong: string;
  because: string;
  /** the true words: another prompt must not show them */
  hidden?: string;
  /** the statement whose subject was put in: a question on it and this one answer each other */
  pairedWith?: number;
}

// "the second half of 2024" is a period, not a share.
const SHARE =
  /\b(?<!\b(?:first|second|latter|last|other|former|back|front) )(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|three[- ]fourths|one[- ]fourth)(?= of\b)/gi;
const OTHER_SHARE: Record<string, string> = {
  half: 'a quarter',
  'a third': 'two thirds',
  'one third': 'two thirds',
  'two thirds': 'one third',
  'a quarter': 'three quarters',
  'one quarter': 'three quarters',
  'three quarters': 'a quarter',
  'three fourths': 'one fourth',
  'one fourth': 'three fourths',
};

/**
 * "accounting for nearly half of spending" → "nearly a quarter of": a share in words moved far
 * from what the text says. A bound ("more than half") allows too much to be refuted.
 */
export function shareChanged(st: StatementAnalysis): Edit | null {
  const found = [...st.text.matchAll(SHARE)];
  if (found.length !== 1 || st.numbers.some((n) => n.percent)) return null;
  // "HUF 20.1 bln, close to two-thirds of the HUF 32.6 bln total": the two figures give the share.
  if ((st.text.match(/\d[\d,.]*\d|\d/g) ?? []).filter((n) => !/^(?:1[5-9]|20)\d\d$/.test(n)).length >= 2) return null;
  const m = found[0];
  const at = m.index ?? 0;
  const before = st.text.slice(0, at);
  if (LOWER_BOUND.test(before) || UPPER_BOUND.test(before) || /\b(?:just|well|barely|only)\s+(?:over|under)?\s*$/i.test(before)) return null;
  const hyphen = m[1].includes('-');
  const key = m[1].toLowerCase().replace('-', ' ');
  let wrong = OTHER_SHARE[key];
  if (!wrong) return null;
  // "three-quarters" → "a quarter", never "a-quarter": only a number word takes the hyphen.
  if (hyphen) wrong = wrong.replace(/(?<!^an?) (?=third|quarter|fourth)/, '-');
  if (/^\p{Lu}/u.test(m[1])) wrong = wrong[0].toUpperCase() + wrong.slice(1);
  return { from: at, to: at + m[1].length, wrong, because: `it was ${m[1].toLowerCase()}, not ${wrong.toLowerCase()}.`, hidden: m[1] };
}

/** A verb of the future before the date: "will be debriefed on …", "is due to open on …". */
const FUTURE_BEFORE = /\b(?:will|shall|is to|are to|(?:is|are) (?:expected|due|scheduled|set|planned) to|plans? to)\b/;

/**
 * "The exercise began on June 5" → "on May 29": a day of a month, moved a week or a few days to
 * one the text never names and not after the briefing's own date (nor, for a day still to come, before it).
 */
export function dayMoved(st: StatementAnalysis, ctx: Context): Edit | null {
  if (st.dates.length !== 1) return null;
  const d = st.dates[0];
  // A year the date line gave ("June 14, 2025" for the text's "June 14") is no claim of the text's own.
  const yearWrittenIn = d.year !== null && !st.source.includes(d.text);
  if ((d.year && !yearWrittenIn) || !d.day || !d.month || !['dm', 'md', 'dmy', 'mdy'].includes(d.format) || titleGivesDate(ctx.headline, d)) return null;
  // "dropped into the red today" written out from the date line: a day the text itself never states.
  if (!st.source.includes(MONTHS[d.month - 1].slice(0, 3))) return null;
  const before = st.text.slice(0, d.start);
  // A comparison's base and a weekday beside the date ("Monday, June 8") are left alone.
  if (BASE_OR_DEADLINE.test(before) || /\b(?:through|to)\s+$/i.test(before) || /\([^)]*$/.test(before)) return null;
  if (/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? $/.test(before)) return null;
  // "Field work continues on 5 February": a state still going on held on the day before too.
  if (ongoingAround(st.text, d.start, d.end)) return null;
  if (/^\s*(?:[-–]|to|and|through|until)\s/.test(st.text.slice(d.end)) || /\b(?:between|and|to|through|until)\s+$/i.test(before)) return null;
  const year = Number((ctx.briefingDate ?? '').slice(0, 4)) || 2000;
  const latest = ctx.briefingDate ?? '9999-12-31';
  const whole = wholeText(ctx);
  const month = MONTHS[d.month - 1];
  const last = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
  // "All teams will be debriefed on 12 April" in a report of 7 April: moved to 5 April, the future gives it away.
  const ahead = FUTURE_BEFORE.test(before);
  for (const k of [-7, 7, -4, 4, -10, 10]) {
    const day = d.day + k;
    if (day < 1 || day > last) continue;
    if (`${year}-${String(d.month).padStart(2, '0')}-${String(day).padStart(2, '0')}` > latest !== ahead) continue;
    const wrong = d.text.replace(new RegExp(`\\b${d.day}\\b`), String(day));
    if (wrong === d.text || !wrong.includes(month.slice(0, 3))) continue;
    if (mentions(whole, wrong) || new RegExp(`\\b${day}(?:st|nd|rd|th)? ${month}|${month} ${day}\\b`).test(whole)) continue;
    return { from: d.start, to: d.end, wrong, because: `the date is ${d.text}, not ${wrong}.`, hidden: d.text };
  }
  return null;
}

/** Every name, alias and demonym of a country, for "does the text name it?". */
function namesOf(c: (typeof COUNTRIES)[number]): string[] {
  return [stripArticle(c.name), c.demonym, ...(c.aliases ?? [])];
}

/** A country of the same region (or one beside it) the text never names, not a territory. */
const NAMED_SINCE: Record<string, number> = {
  'North Macedonia': 2019,
  Eswatini: 2018,
  Czechia: 2016,
  'South Sudan': 2011,
  Kosovo: 2008,
  Montenegro: 2006,
  'Timor-Leste': 2002,
};
/** Countries no reader would take for a partner in anything the United States or NATO does. */
const UNLIKELY_ALLIES = new Set(['North Korea', 'Iran', 'Syria', 'Cuba', 'Belarus', 'Eritrea']);

function otherCountry(name: string, ctx: Context, st: StatementAnalysis, exclude: Set<string> = new Set()): string | null {
  const own = COUNTRIES.find((c) => stripArticle(c.name) === stripArticle(name) || (c.aliases ?? []).includes(stripArticle(name)));
  if (!own) return null;
  const whole = wholeText(ctx);
  const pool = (region: string) =>
    COUNTRIES.filter((c) => c.region === region && c !== own && !c.territory && !c.partOf && own.partOf !== c.name && !exclude.has(c.name)).filter(
      (c) => !namesOf(c).some((n) => mentions(whole, n)),
    );
  // "North Macedonia" in a text of 2010, "North Korea" among the United States' partners: guessed without reading.
  const year = Number((ctx.briefingDate ?? '').slice(0, 4)) || Infinity;
  const candidates = [...pool(own.region), ...(NEIGHBOUR_REGIONS[own.region] ?? []).flatMap(pool)].filter(
    (c) => !(year < (NAMED_SINCE[c.name] ?? 0)) && !(UNLIKELY_ALLIES.has(c.name) && /\b(?:United States|U\.S\.|US|NATO)\b/.test(st.text)),
  );
  if (!candidates.length) return null;
  // The pick depends on the statement only, so a bank stays the same for a seed.
  return candidates[st.index % Math.min(3, candidates.length)].name;
}

/** Where the first finite verb stands ("Gamble announces"), or -1. */
function verbStart(text: string): number {
  // "announces the launch": a present verb is known by the article after it ("prices in" is a noun).
  for (const w of text.matchAll(/(?<=\p{L} )(\p{Ll}{2,})\b(?=( (?:the|a|an|its|their|his|her)\b)?)/gu))
    if (looksFinite(w[1]) || (w[2] && /^\p{Ll}{3,}s$/u.test(w[1]))) return w.index ?? -1;
  return -1;
}

const PLACE_TYPES = new Set(['country', 'capital']);

/**
 * "P&G announces the launch of the shampoo in India" → "in Pakistan": where a reported act took
 * place, after its verb, moved to a country of the same region the text never names. A place
 * before the verb ("Inflation in Canada rose") says what is measured, not where: left alone.
 */
export function placeSwapped(st: StatementAnalysis, ctx: Context): Edit | null {
  const places = st.mentions.filter((m) => PLACE_TYPES.has(m.entity.type));
  if (places.length !== 1 || NEGATIVE.test(st.text)) return null;
  // "CARE works for poor people in Afghanistan": what a body does in one place says nothing of another.
  if (/\b(?:is|are|works?|operates?|provides?|serves?|helps?|supports?|collaborates?|has|have)\b/.test(st.text) && !/\b(?:1[5-9]|20)\d\d\b/.test(st.text))
    return null;
  const m = places[0];
  if (m.entity.type !== 'country' || m.bound || m.possessive || m.form !== 'name') return null;
  // "in Morobe and Madang Provinces … in Papua New Guinea": the country's own provinces name it.
  if (/\b(?:Provinces?|(?<!United )States|Districts?|Regions?|Counties|Prefectures?|Governorates?|Departments)\b/.test(st.text)) return null;
  // After the verb: "Gamble announces the launch … in India", not "Inflation in Canada rose".
  const verbAt = st.predicate?.verbStart ?? verbStart(st.text.slice(0, m.start));
  if (verbAt < 0 || verbAt > m.start) return null;
  if (!/\bin $/.test(st.text.slice(0, m.start)) || /^\s*(?:,\s*\p{Lu}|and\b|or\b|\(|’s|'s)/u.test(st.text.slice(m.end))) return null;
  // A quotation is the speaker's wording: a place changed inside it is a misquote, not a claim.
  if (st.quotes.some((q) => q.start < m.end && q.end > m.start)) return null;
  const name = st.text.slice(m.start, m.end);
  // "Bird flu claims 3rd Ostlandish child" over the quiz: the title names the country the False changes.
  const own = COUNTRIES.find((c) => stripArticle(c.name) === stripArticle(name));
  if (ctx.headline && own && namesOf(own).some((n) => mentions(ctx.headline!, n))) return null;
  const wrong = otherCountry(name, ctx, st);
  if (!wrong) return null;
  // Written as the country is named: "the Philippines" keeps its article, "Canada" has none.
  return { from: m.start, to: m.end, wrong, because: `it was ${name}, not ${stripArticle(wrong)}.` };
}

/** "Sixteen other nations, including A, B, …" names all sixteen: a closed list after all. */
function listIsClosed(st: StatementAnalysis, start: number, size: number): boolean {
  const before = st.text.slice(0, start);
  if (/\b(?:etc|among others|and others|and more)\b/i.test(st.text)) return false;
  if (!/\b(?:including|such as|like|among|amongst|e\.g\.|for example|for instance|notably|especially)\b/i.test(before)) return true;
  const count = /\b(\p{L}+) (?:other |more |further )?(?:\p{L}+ ){0,4}\p{L}+s,? including\s+$/iu.exec(before);
  return !!count && NUMBER_WORDS.indexOf(count[1].toLowerCase()) === size;
}

/**
 * A closed list of countries ("take place in Poland, Sweden, Germany and the Baltic Sea"), one
 * member in the middle changed for a country of its region the text never names.
 */
export function listMemberSwapped(st: StatementAnalysis, ctx: Context): Edit | null {
  if (NEGATIVE.test(st.text)) return null;
  const list = countryList(st);
  if (!list || !listIsClosed(st, list.start, list.size)) return null;
  const member = list.members[Math.floor(list.members.length / 2)];
  if (st.quotes.some((q) => q.start < member.end && q.end > member.start)) return null;
  const name = st.text.slice(member.start, member.end);
  const wrong = otherCountry(name, ctx, st);
  if (!wrong) return null;
  return { from: member.start, to: member.end, wrong, because: `${stripArticle(wrong)} is not among those the briefing lists.` };
}

const NAME = String.raw`(?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
const LIST = new RegExp(`${NAME}(?:, ${NAME}){1,}(?:,? and ${NAME})`, 'gu');

/**
 * A run of three or more capitalised names joined by commas and a last "and", at least three of
 * them countries: its country members, in order (names the built-in facts lack stay members).
 */
function countryList(st: StatementAnalysis): { members: Mention[]; start: number; size: number } | null {
  for (const m of st.text.matchAll(LIST)) {
    const at = m.index ?? 0;
    const members = st.mentions.filter(
      (x) => x.start >= at && x.end <= at + m[0].length && x.entity.type === 'country' && !x.bound && !x.possessive && x.form === 'name',
    );
    const size = m[0].split(/, |,? and /).length;
    if (members.length >= 3) return { members, start: at, size };
  }
  return null;
}

/** Who a statement opens with: its subject, or a run of two or more capitalised words before a verb. */
function opener(st: StatementAnalysis): { end: number; name: string; type?: string; id?: string; keys: string[] } | null {
  const s = st.subject;
  if (s && s.start === 0 && !s.pair) {
    const own = st.mentions.find((m) => m.start === 0 && m.entity === s.entity);
    if (!own || own.bound || own.possessive || !['org', 'person', 'country'].includes(own.entity.type)) return null;
    return { end: s.end, name: st.text.slice(0, s.end), type: s.entity.type, id: s.entity.id, keys: s.entity.keys };
  }
  const m = /^(?:\p{Lu}[\p{L}&’'-]*\s){2,4}(?=(?:has|have|had|is|are|was|were)\s\p{Ll})/u.exec(st.text);
  if (!m || st.mentions.some((x) => x.start < m[0].length)) return null;
  return { end: m[0].length - 1, name: m[0].trim(), keys: [] };
}

/** The first three words after the opener: "has made bids", the shape parallel statements share. */
function predicateHead(st: StatementAnalysis, end: number): string | null {
  const words = st.text.slice(end).trim().split(/\s+/).slice(0, 3);
  return words.length === 3 && !words.some((w) => /[\d“”"]/.test(w)) ? words.join(' ').toLowerCase() : null;
}

/**
 * "Bharti Airtel has made bids to acquire 19867.8 MHz …" beside "Reliance Jio has made bids to
 * acquire 24,740 MHz …": the opener of a parallel statement, whose own figures the text gives, put
 * in place of this one's.
 */
export function subjectExchanged(st: StatementAnalysis, ctx: Context): Edit | null {
  const me = opener(st);
  if (!me || !st.numbers.length || NEGATIVE.test(st.text)) return null;
  const head = predicateHead(st, me.end);
  if (!head) return null;
  const mine = new Set(st.numbers.map((n) => n.value));
  const lead = st.numbers[0];
  const first = (name: string) => name.replace(/^the /i, '').split(/\s+/)[0].toLowerCase();
  // Each statement's opener and the words after it, found once per briefing.
  const parallels = memo(ctx, 'openers', () =>
    ctx.analysis.statements.map((o) => {
      const them = o.numbers.length ? opener(o) : null;
      return them && { statement: o, them, head: predicateHead(o, them.end) };
    }),
  );
  // The next parallel statement after this one, not always the first: each gets another subject.
  const after = parallels.findIndex((p) => p?.statement.index === st.index) + 1;
  for (const p of [...parallels.slice(after), ...parallels.slice(0, after)]) {
    if (!p || p.statement.index === st.index || p.head !== head) continue;
    const { statement: other, them } = p;
    // One thing under two names ("Reliance Jio", "Reliance Jio Infocomm Limited") is no swap.
    if ((me.id && me.id === them.id) || them.keys.some((k) => me.keys.includes(k)) || first(them.name) === first(me.name)) continue;
    if (me.type && them.type && me.type !== them.type) continue;
    // The other's own figures refute this one's: each leads with a figure the other does not give.
    if (mine.has(other.numbers[0].value) || other.numbers.some((n) => n.value === lead.value)) continue;
    if (/^the /i.test(them.name) !== /^the /i.test(me.name) || mentions(st.text, them.name)) continue;
    return { from: 0, to: me.end, wrong: them.name, because: `it was ${me.name}, not ${them.name}.`, pairedWith: other.index };
  }
  return null;
}

const FORECAST =
  /\b(?:forecasts?|forecast(?:ed|ing)|expect\w*|project(?:ed|ion|ions|s)|will|shall|seen at|outlook|predict\w*|plan(?:s|ned)?|targets?|is held back|is set to|to be)\b/i;
/** A claim about a year to come, or a forecast: moved to another year it is not refuted, only not made. */
export function forecast(text: string, year: number, latest: number): boolean {
  return FORECAST.test(text) || (year > latest && !/\b(?:was|were|had|did|\p{Ll}+ed)\b/u.test(text));
}

// "By 1889, the mills had drawn …" is a bound: by 1887 is not refuted, only not said; "Since 2008
// Ayr have lost once" no more refuted since 2004.
const BARE_YEAR = /\b(?:in|In) ((?:1[5-9]|20)\d\d)\b(?![-–]|\s*(?:to|and|through)\s+\d)/g;

/**
 * "In 1875, the banking house advanced £4 million" → "In 1873": the one year a statement gives,
 * when the date finder has not read it as a date, moved to one the text never names.
 */
export function yearMoved(st: StatementAnalysis, ctx: Context): Edit | null {
  if (st.dates.length) return null;
  const years = st.text.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? [];
  const found = [...st.text.matchAll(BARE_YEAR)];
  // "champion in 1988, '90 and '91": a year in a list its short forms continue.
  if (found.length !== 1 || years.length !== 1 || SHORT_YEAR.test(st.text)) return null;
  const m = found[0];
  const at = (m.index ?? 0) + m[0].length - m[1].length;
  // "in 2016/17": a financial year, which a moved first half turns into no span at all ("2014/17");
  // "In 2017, 600 cases have been detected": the story's year, which a past one would not fit.
  if (st.text.slice(at + m[1].length).startsWith('/') || /\b(?:has|have) been\b/.test(st.text) || NAMED_EDITION.test(st.text.slice(0, at))) return null;
  const year = Number(m[1]);
  const latest = Number((ctx.briefingDate ?? '').slice(0, 4)) || Infinity;
  const whole = wholeText(ctx);
  // "Growth of 1 mb/d in 2025 is forecast": a forecast for another year is not refuted, only not
  // made. A history's date line may come before the years it tells of: those are past all the same.
  if (forecast(st.text, year, latest)) return null;
  const steps = yearStep(whole) === 4 ? [-4, 4, -8, 8] : [-2, 3, -3, 2, -4, 4];
  for (const k of steps) {
    const y = year + k;
    if (y > latest && year <= latest) continue;
    if (new RegExp(`\\b${y}\\b`).test(whole)) continue;
    return { from: at, to: at + m[1].length, wrong: String(y), because: `the year is ${m[1]}, not ${y}.`, hidden: m[1] };
  }
  return null;
}

/**
 * "after a pulsating 22-16 victory" → "a 28-16 victory": the winning side's score of a result or
 * a lead, raised to one the text never gives. A draw ("12-12") is left alone.
 */
export function scoreChanged(st: StatementAnalysis, ctx: Context): Edit | null {
  const found = [
    ...st.text.matchAll(/\b(?:a|an|the) (?:[\p{Ll}-]+ ){0,2}(\d{1,3})[-–](\d{1,3}) (?:victory|win|defeat|loss|lead|triumph|success|home win|away win)\b/gu),
  ];
  if (found.length !== 1) return null;
  const m = found[0];
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a <= b) return null;
  const at = m.index ?? 0;
  const dash = m[0].includes('–') ? '–' : '-';
  const whole = wholeText(ctx);
  const step = a >= 10 ? 6 : 2;
  // "a 21-6 victory" in badminton: a game is won at a set score, so the loser's points move instead.
  const capped = [11, 15, 21, 25].includes(a);
  const options = capped ? [b + 4, b + 2, b - 2].filter((x) => x >= 0 && x <= a - 2) : [a + step, a + 2 * step];
  for (const wrong of options) {
    const score = capped ? `${a}${dash}${wrong}` : `${wrong}${dash}${b}`;
    if (whole.includes(score)) continue;
    // "an 18-2 lead", "a 28-16 victory": the article follows the new figure's sound.
    const lead = capped ? a : wrong;
    const article = /^8/.test(String(lead)) || lead === 11 || lead === 18 ? 'an' : 'a';
    let phrase = m[0].replace(`${m[1]}${dash}${m[2]}`, score);
    if (/^an? /.test(phrase)) phrase = phrase.replace(/^an? /, `${article} `);
    return { from: at, to: at + m[0].length, wrong: phrase, because: `the score was ${m[1]}${dash}${m[2]}, not ${score}.`, hidden: `${m[1]}${dash}${m[2]}` };
  }
  return null;
}

const WORK_NOUN =
  '(?:debut |first |new |latest |second |third )?(?:novel|book|film|album|song|play|poem|collection|memoir|story|series|painting|opera|symphony|thriller|biography)(?: in verse)?';
const OFFICE =
  /^(?:Chief|President|Prime|Minister|Secretary|Director|Head|CEO|Executive|Chairman|Chair|Senior|Deputy|General|Vice|Board|Foreign|Finance|Managing|Spokesman|Spokeswoman)\b/;
/** "Jenni Fagan's The Panopticon", "Ros Barber's novel in verse The Marlowe Papers": an author and a work. */
const AUTHOR = new RegExp(String.raw`\b(\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,2})['’]s (?:${WORK_NOUN} )?(?=\p{Lu})`, 'gu');

/**
 * "Ros Barber's novel … has been named the winner" → "Jenni Fagan's novel …": another author of
 * the story, whose own work the text names the same way, in place of the author of this one.
 */
export function authorSwapped(st: StatementAnalysis, ctx: Context): Edit | null {
  if (NEGATIVE.test(st.text)) return null;
  const works = (text: string) => [...text.matchAll(AUTHOR)].filter((m) => !OFFICE.test(text.slice((m.index ?? 0) + m[0].length)));
  const own = works(st.text);
  if (own.length !== 1) return null;
  const name = own[0][1];
  const at = own[0].index ?? 0;
  const others = memo(ctx, 'authors', () => [...new Set(ctx.analysis.statements.flatMap((o) => works(o.text).map((m) => m[1])))]);
  const surname = (n: string) => n.split(' ').pop() ?? n;
  const other = others.find((a) => surname(a) !== surname(name) && !mentions(st.text, surname(a)));
  if (!other) return null;
  return { from: at, to: at + name.length, wrong: other, because: `it was ${name}, not ${other}.` };
}
