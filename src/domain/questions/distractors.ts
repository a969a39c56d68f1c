// Wrong options of the same type and context as the answer, from the story itself: built-in,
// library and invented names were judged out of place far more often than not (a former
// president beside the sitting one, a made-up name beside real people), so only the briefing's
// own actors stand beside the answer, and with fewer than three the question is not asked.

import type { Entity } from '../analysis/entities';
import { COUNTRIES, NEIGHBOUR_REGIONS, stripArticle } from '../facts/countries';
import { comparableOffices, termOf, termsAt } from '../facts/offices';
import { PEOPLE, type PersonFact } from '../facts/people';
import { escapeRegExp, fromRandomOffset, memo, mentions, sharesKey, type Context, wholeText } from './common';

export interface Option {
  text: string;
  keys: string[];
  tier: number;
}

function regionRank(answerRegion: string | undefined, region: string | undefined): number {
  if (!answerRegion || !region) return 2;
  if (region === answerRegion) return 0;
  return NEIGHBOUR_REGIONS[answerRegion]?.includes(region) ? 1 : 3;
}

const PEOPLE_BY_NAME = new Map(PEOPLE.map((p) => [p.name, p]));

/**
 * The built-in well-known figure a person is, if any: by full name, or by a surname written with
 * the figure's title or country ("President Obama").
 */
function famousFigure(e: Entity): PersonFact | undefined {
  if (e.type !== 'person') return undefined;
  const full = PEOPLE_BY_NAME.get(e.name);
  if (full || e.name.includes(' ')) return full;
  return PEOPLE.find((b) => b.surname === e.name && (e.titles.includes(b.title) || (!!e.country && b.country === e.country)));
}

/** Titles that tie a blank to one office: only its holder at the time could fill it. */
const TITLE_IN_PROMPT =
  /\b(?:President|Prime Minister|Premier|Chancellor|Secretary|Minister|Governor|Director|Chair(?:man|woman)?|King|Queen|Leader|Speaker)\b/;

/** Names, aliases, demonym and capital of a country: a prompt with any of them points at it. */
function countryWords(country: string): string[] {
  const c = COUNTRIES.find((x) => x.name === country);
  return c ? [stripArticle(c.name), ...(c.aliases ?? []), c.demonym, ...(c.capital ? [c.capital] : [])] : [stripArticle(country)];
}

/**
 * Other people in office on the briefing's date: beside a leader whose country the prompt names,
 * that country's other office holders; otherwise holders of a like office elsewhere. None where a
 * title in the prompt ties the blank to one office.
 */
export function officeHolders(answer: Entity, ctx: Context, prompt: string): Option[] {
  const date = ctx.briefingDate;
  const term = date ? termOf(answer.name, date) : undefined;
  if (!date || !term || TITLE_IN_PROMPT.test(prompt)) return [];
  const named = (country: string) => countryWords(country).some((w) => mentions(prompt, w));
  const home = named(term.country);
  const out: Option[] = [];
  for (const t of termsAt(date)) {
    if (t.name === answer.name || out.some((o) => o.text === t.name)) continue;
    if (home ? t.country !== term.country : t.country === term.country || !comparableOffices(t, term) || named(t.country)) continue;
    out.push({ text: t.name, keys: [`p:${t.name}`], tier: home ? 1 : 2 });
  }
  return out;
}

/**
 * A "person" the text shows is none: a team or a body it writes with "the" ("the Washington
 * Wizards"), a role an actor played ("as Jessica Fletcher"), a description read as a first name
 * ("Unheralded Sporting Braga", "Right-back Silvio").
 */
export function notAPerson(e: Entity, ctx: Context): boolean {
  if (e.type !== 'person') return false;
  // Asked for each pool and each quote's options: the text is searched once per person.
  return memo(ctx, `not-a-person:${e.id}`, () => describedNotNamed(e, ctx));
}

/** A word of a company's, a body's or a region's name: "Ayr Holdings", "Kessel Council" are no people. */
export const NOT_PERSON =
  /\b(?:PJSC|Inc|Ltd|Limited|Group|Bank|Corp|Corporation|Company|plc|PLC|SA|AG|LLC|Holdings|East|West|North|South|Secretariat|Ministry|Department|Office|Council|Committee|Agency|Commission|Authority|Board|Bureau|Institute|University|Association|Federation|Union|Party|Court|Government|Service)\b/;

function describedNotNamed(e: Entity, ctx: Context): boolean {
  // "Michael Hill International": a first name that opens a company's name.
  if (/^\p{Lu}\p{Ll}+(?:ed|ing)\s|^\p{Lu}\p{Ll}+-\p{Ll}|\s(?:International|Partners|Industries)$/u.test(e.name) || NOT_PERSON.test(e.name)) return true;
  const text = wholeText(ctx);
  if (!e.name.includes(' ') || !text.includes(e.name)) return false;
  const name = escapeRegExp(e.name);
  return new RegExp(`\\b(?:the|(?:as|played|character)(?: the)?(?: \\p{Ll}+){0,2}) ${name}`, 'u').test(text);
}

/** Roles a name is written after: "spokesman Mark Toner", "Rockets guard James Harden", "Fulham goalkeeper Bernd Leno". */
const ROLE =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}.’'-]+ ){0,2}(?:spokes(?:man|woman|person)|guard|forward|centre|center|striker|midfielder|defender|goalkeeper|keeper|winger|substitute|captain|coach|manager|pitcher|quarterback|driver|rider|runner|minister|secretary|envoy|ambassador|counterpart|correspondent|reporter|analyst|economist|chief|head|director|governor|commander|judge|senator|mayor|councillor|member|chairman|chairwoman|chair|president|premier))\s$/u;

/** The role a blank is written after, if any: its options must have been written after the same role. */
export function roleBefore(promptBeforeBlank: string): string | null {
  return ROLE.exec(promptBeforeBlank)?.[1] ?? null;
}

function personPool(answer: Entity, surnameForm: boolean, ctx: Context): Option[] {
  const out: Option[] = [];
  const famous = famousFigure(answer);
  for (const p of ctx.analysis.registry.people.values()) {
    if (notAPerson(p, ctx)) continue;
    // Beside a president, the briefing's press secretary is ruled out at a glance: only people
    // who share an office with a famous answer, or are famous themselves.
    if (famous && p !== answer && !famousFigure(p) && !p.titles.some((t) => t === famous.title || answer.titles.includes(t))) continue;
    // A person known by one word only may be a ship or a place read as a name ("the USS Ross").
    if (!p.name.includes(' ')) continue;
    if (!surnameForm) out.push({ text: p.name, keys: p.keys, tier: 0 });
    else if (p.surname) out.push({ text: p.surname, keys: p.keys, tier: 0 });
  }
  return out;
}

/** The story's entities of the answer's type, best tier first (not yet filtered). */
function pool(answer: Entity, surnameForm: boolean, ctx: Context): Option[] {
  if (answer.type === 'person') return personPool(answer, surnameForm, ctx);
  const out: Option[] = [];
  for (const e of ctx.analysis.registry.entities.values()) {
    if (e.type !== answer.type) continue;
    // A court is never a filler for a bloc; places of the answer's region come first.
    if (e.type === 'org' && !kindred(e.subtype, answer.subtype)) continue;
    const tier = e.type === 'org' ? (e.subtype === answer.subtype ? 0 : 1) : regionRank(answer.region, e.region) === 0 ? 0 : 2;
    out.push({ text: e.name, keys: e.keys, tier });
  }
  return out;
}

const POLITICAL = ['intergovernmental', 'un-body', 'alliance'];
const kindred = (a?: string, b?: string) => a === b || (POLITICAL.includes(a ?? '') && POLITICAL.includes(b ?? ''));

function sharesNameWord(a: string, b: string): boolean {
  const words = new Set(b.split(/[\s-]+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)));
  return a.split(/[\s-]+/).some((w) => words.has(w));
}

/** "C Hale", "J. K. Rowling": a name whose first names are initials. */
const INITIALLED = /^(?:\p{Lu}\.? )+\p{Lu}\p{Ll}/u;

/**
 * Up to `count` distractors for an entity answer: same type, never sharing a conflict key with
 * the answer, with each other or with anything named in the prompt, and never named in the prompt.
 */
export function entityDistractors(
  answer: Entity,
  answerText: string,
  surnameForm: boolean,
  ctx: Context,
  prompt: string,
  promptKeys: Set<string>,
  count = 3,
  /** a role the blank is written after: only people the text writes after the same role */
  role: string | null = null,
): Option[] {
  const byEntity = memo(ctx, 'pools', () => new Map<Entity, Option[][][]>());
  let slots = byEntity.get(answer);
  if (!slots) byEntity.set(answer, (slots = []));
  const tiers = (slots[surnameForm ? 1 : 0] ??= (() => {
    const byTier = new Map<number, Option[]>();
    for (const c of pool(answer, surnameForm, ctx)) {
      const list = byTier.get(c.tier) ?? [];
      list.push(c);
      byTier.set(c.tier, list);
    }
    // Sorted so the result does not depend on insertion order.
    return [...byTier.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)));
  })());
  // The story's own people first, then those in office beside the answer at the time.
  const holders = answer.type === 'person' && !surnameForm ? officeHolders(answer, ctx, prompt) : [];
  // Beside a leader whose country the prompt names, a story actor in office elsewhere is ruled out.
  const home = holders.length && holders[0].tier === 1 ? termOf(answer.name, ctx.briefingDate!)!.country : null;
  const abroad = (o: Option) => {
    const t = home ? termOf(o.text, ctx.briefingDate!) : undefined;
    return !!t && t.country !== home;
  };
  const lists = holders.length
    ? [...tiers.map((list) => list.filter((o) => !abroad(o))), holders.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))]
    : tiers;
  const chosen: Option[] = [];
  const usedText = new Set([answerText.toLowerCase()]);
  const blocked = new Set([...answer.keys, ...promptKeys]);
  for (const list of lists) {
    for (const c of fromRandomOffset(list, ctx.random)) {
      if (chosen.length >= count) break;
      const lower = c.text.toLowerCase();
      if (usedText.has(lower) || sharesKey(c.keys, blocked)) continue;
      if (mentions(prompt, c.text)) continue;
      if (role && !wholeText(ctx).includes(`${role} ${c.text}`)) continue;
      // "the Organization on Security" cut from "… on Security and Cooperation in Europe": half a name.
      if (/ (?:on|of|for) \p{Lu}\p{Ll}+$/u.test(c.text) && wholeText(ctx).includes(`${c.text.replace(/^the /, '')} and `)) continue;
      // A distractor that contains the answer or is contained in it reads as a near-synonym.
      if (lower.includes(answerText.toLowerCase()) || answerText.toLowerCase().includes(lower)) continue;
      // "Man-of-the-match Senior" beside "Keith Senior": one shared name word makes an alias.
      if (sharesNameWord(c.text, answerText)) continue;
      // "C Hale" beside "Ola Brandt": a name written another way gives the answer away.
      if (answer.type === 'person' && INITIALLED.test(c.text) !== INITIALLED.test(answerText)) continue;
      chosen.push(c);
      usedText.add(lower);
      for (const k of c.keys) blocked.add(k);
    }
    if (chosen.length >= count) break;
  }
  return chosen;
}
