// Wrong options of the same type and context as the answer: from the briefing first, then the
// library of earlier briefings, then the built-in fact lists.

import type { Entity } from '../analysis/entities';
import { COUNTRIES, NEIGHBOUR_REGIONS, stripArticle } from '../facts/countries';
import { ORGANISATIONS } from '../facts/organisations';
import { MONTHS } from '../facts/months';
import { NAME_STYLES, STYLE_BY_COUNTRY, STYLE_BY_REGION, STYLE_BY_LETTER, STYLE_BY_SURNAME_ENDING, surnameFor, type NameStyle } from '../facts/name-styles';
import { officeGroup, PEOPLE, type PersonFact } from '../facts/people';
import { NAME_TITLES } from '../facts/titles';
import { createRandom, hashString, shuffle } from '../random';
import { fromRandomOffset, memo, mentions, sharesKey, type Context } from './common';

export interface Option {
  text: string;
  keys: string[];
  tier: number;
  /** a made-up person, who takes the answer's title */
  invented?: boolean;
  /** named in this briefing: part of the story's own world */
  story?: boolean;
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));
const countryKeys = (name: string) => {
  const partOf = COUNTRY_BY_NAME.get(name)?.partOf;
  return partOf ? [`c:${stripArticle(name)}`, `c:${stripArticle(partOf)}`] : [`c:${stripArticle(name)}`];
};

function regionRank(answerRegion: string | undefined, region: string | undefined): number {
  if (!answerRegion || !region) return 2;
  if (region === answerRegion) return 0;
  return NEIGHBOUR_REGIONS[answerRegion]?.includes(region) ? 1 : 3;
}

const TITLES_LONGEST_FIRST = [...NAME_TITLES].sort((a, b) => b.length - a.length);
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

/** International bodies stand in the country slot of their officials; their offices compare only with each other. */
const officeOf = (country: string, title: string) => (COUNTRY_BY_NAME.has(country) ? officeGroup(title) : 'intl');

const STYLE_BY_ID = new Map(NAME_STYLES.map((s) => [s.id, s]));
const SURNAME_FIRST = new Set(NAME_STYLES.filter((s) => s.surnameFirst).flatMap((s) => s.surnames));
const STYLE_OF_SURNAME = new Map<string, NameStyle>();
const STYLE_OF_GIVEN = new Map<string, { style: NameStyle; gender: 'm' | 'f' }>();
for (const s of NAME_STYLES) {
  for (const n of s.surnames) if (!STYLE_OF_SURNAME.has(n)) STYLE_OF_SURNAME.set(n, s);
  for (const n of s.male) if (!STYLE_OF_GIVEN.has(n)) STYLE_OF_GIVEN.set(n, { style: s, gender: 'm' });
  for (const n of s.female) if (!STYLE_OF_GIVEN.has(n)) STYLE_OF_GIVEN.set(n, { style: s, gender: 'f' });
}

function surnameOf(name: string): string {
  const parts = name.split(' ');
  return SURNAME_FIRST.has(parts[0]) ? parts[0] : parts[parts.length - 1];
}

/** The naming tradition and, when the given name tells, the gender an invented name should share. */
function styleFor(answer: Entity): { style: NameStyle; gender?: 'm' | 'f' } {
  const parts = answer.name.split(' ');
  const surnameFirst = parts.length > 1 && SURNAME_FIRST.has(parts[0]) ? STYLE_OF_SURNAME.get(parts[0]) : undefined;
  // A single name may be a given name used alone ("Shahriar").
  const given = STYLE_OF_GIVEN.get(surnameFirst ? parts[parts.length - 1] : parts[0]);
  const surname = surnameFirst ? parts[0] : answer.surname ?? parts[parts.length - 1];
  // The surname tells the tradition best; many given names ("Elena", "David") cross borders.
  const plain = surname.normalize('NFD').replace(/\p{M}/gu, '');
  const ending = STYLE_BY_SURNAME_ENDING.find(([re]) => re.test(surname) || re.test(plain));
  const letter = STYLE_BY_LETTER.find(([re]) => re.test(answer.name));
  // "al-Abadi", "bin Salman", "Abu Bakr": an Arabic name.
  const arabic = /^(?:al|el|bin|ibn|abu)[-‑ ]/i.test(parts.slice(1).join(' ')) ? 'arabic' : undefined;
  const byCountry = answer.country ? STYLE_BY_COUNTRY[answer.country] ?? STYLE_BY_REGION[COUNTRY_BY_NAME.get(answer.country)?.region ?? ''] : undefined;
  const style =
    surnameFirst ?? STYLE_OF_SURNAME.get(surname) ?? STYLE_BY_ID.get(ending?.[1] ?? letter?.[1] ?? arabic ?? '') ??
    given?.style ?? STYLE_BY_ID.get(byCountry ?? '');
  return { style: style ?? NAME_STYLES[0], gender: given?.gender };
}

const isWordChar = (ch: string | undefined) => !!ch && (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9'));

/** Names are written capitalised: a case-sensitive search is enough, and far cheaper than words. */
function written(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}

/**
 * Made-up people in the answer's naming tradition, seeded by the answer: no word of them is
 * written anywhere in the briefing, so none can be someone the briefing names or an alias of the
 * answer.
 */
function inventedPeople(answer: Entity, surnameForm: boolean, ctx: Context): Option[] {
  const text = memo(ctx, 'briefing-text', () => ctx.analysis.statements.map((st) => st.source).join(' \n '));
  const { style, gender } = styleFor(answer);
  const random = createRandom(hashString(answer.name) ^ ctx.seed);
  const given = shuffle(gender === 'f' ? style.female : gender === 'm' ? style.male : [...style.male, ...style.female], random);
  const surnames = shuffle(style.surnames, random);
  const answerWords = answer.name.split(' ');
  const out: Option[] = [];
  // Four are enough: three options and a spare for one the prompt rules out.
  for (let i = 0; i < surnames.length && out.length < 4; i++) {
    const first = given[i % given.length];
    const last = surnameFor(style, surnames[i], style.female.includes(first) ? 'f' : 'm');
    if (answerWords.includes(first) || answerWords.includes(last) || written(text, first) || written(text, last)) continue;
    const full = style.surnameFirst ? `${last} ${first}` : `${first} ${last}`;
    out.push({ text: surnameForm ? last : full, keys: [`p:${full}`], tier: 2, invented: true });
  }
  return out;
}

function personPool(answer: Entity, surnameForm: boolean, ctx: Context): Option[] {
  const out: Option[] = [];
  const famous = famousFigure(answer);
  for (const p of ctx.analysis.registry.people.values()) {
    // Beside a president, the briefing's press secretary is ruled out at a glance: only people
    // who share an office with a famous answer, or are famous themselves.
    if (famous && p !== answer && !famousFigure(p) && !p.titles.some((t) => t === famous.title || answer.titles.includes(t))) continue;
    // A person known by one word only may be a ship or a place read as a name ("the USS Ross").
    if (surnameForm && !p.name.includes(' ') && p.surname === p.name) {
      continue;
    } else if (!surnameForm && p.name.includes(' ')) {
      out.push({ text: p.name, keys: p.keys, tier: 0, story: true });
    } else if (surnameForm && p.surname) {
      out.push({ text: p.surname, keys: p.keys, tier: 0, story: true });
    }
  }
  // Only the story's own people are offered (entityDistractors drops every other option): the
  // library, built-in and invented names below are not worth building.
  if (STORY_ONLY) return out;
  if (!famous) {
    // Beside a local official, a head of state is ruled out at a glance: only people as little
    // known as the answer, from other briefings, then invented ones.
    for (const lib of ctx.library) {
      for (const name of lib.people ?? []) {
        if (!name.includes(' ') || PEOPLE_BY_NAME.has(name)) continue;
        out.push({ text: surnameForm ? surnameOf(name) : name, keys: [`p:${name}`], tier: 1 });
      }
    }
    out.push(...inventedPeople(answer, surnameForm, ctx));
    return out;
  }
  const field = answer.field ?? famous.field;
  const titles = new Set([famous.title, ...answer.titles]);
  const country = answer.country ?? famous.country;
  const office = officeOf(famous.country, famous.title);
  for (const b of PEOPLE) {
    if (b.field !== field) continue;
    // "May" or "Lee" alone read as a month or a first name.
    if (surnameForm && (MONTHS.includes(b.surname) || b.surname.length < 3)) continue;
    const sameCountry = b.country === country;
    const sameTitle = titles.has(b.title);
    // Same office in the same country first (a president for a president), then the same
    // country (a Chinese official for a Chinese official), then a comparable office elsewhere;
    // a famous name of an unrelated office or country is as easy to rule out as an unknown one.
    const comparable = field !== 'politics' || officeOf(b.country, b.title) === office;
    // A central banker or an agency head beside heads of government is out of place: for those
    // offices the same office abroad comes before other officials at home.
    const officeFirst = field === 'politics' && !['leader', 'foreign'].includes(office);
    const tier = sameCountry && sameTitle ? 1 : officeFirst ? (comparable ? (sameCountry ? 2 : 3) : sameCountry ? 4 : -1) : sameCountry ? 2 : comparable ? 3 : -1;
    if (tier > 0) out.push({ text: surnameForm ? b.surname : b.name, keys: [`p:${b.name}`], tier });
  }
  return out;
}

const STORY_ONLY = true;

/** Candidate options for an entity answer, best tier first (not yet filtered). */
function pool(answer: Entity, surnameForm: boolean, ctx: Context): Option[] {
  const out: Option[] = [];
  const { registry } = ctx.analysis;
  if (answer.type === 'person') return personPool(answer, surnameForm, ctx);
  if (STORY_ONLY) {
    for (const e of registry.entities.values()) {
      if (e.type !== answer.type) continue;
      if (e.type === 'org' && !kindred(e.subtype, answer.subtype)) continue;
      out.push({ text: e.name, keys: e.keys, tier: e.type === 'org' ? (e.subtype === answer.subtype ? 0 : 1) : regionRank(answer.region, e.region) === 0 ? 0 : 2, story: true });
    }
    return out;
  }
  // Places come from the answer's region or a neighbouring one: a far-off country is an
  // off-topic filler. Places the briefing itself names stay, as part of the story.
  if (answer.type === 'country') {
    const answerIsNation = !!COUNTRY_BY_NAME.get(answer.name)?.partOf;
    for (const e of registry.entities.values()) {
      if (e.type === 'country') out.push({ text: e.name, keys: e.keys, tier: regionRank(answer.region, e.region) === 0 ? 0 : 2, story: true });
    }
    for (const lib of ctx.library) {
      for (const place of lib.places ?? []) {
        const c = COUNTRY_BY_NAME.get(place);
        if (!c || c.territory || (c.partOf && !answerIsNation)) continue;
        const rank = regionRank(answer.region, c.region);
        if (rank <= 1) out.push({ text: c.name, keys: countryKeys(c.name), tier: 1 + rank });
      }
    }
    for (const c of COUNTRIES) {
      if (c.territory || (c.partOf && !answerIsNation)) continue;
      const rank = regionRank(answer.region, c.region);
      if (rank <= 1) out.push({ text: c.name, keys: countryKeys(c.name), tier: 1 + rank });
    }
  } else if (answer.type === 'capital') {
    for (const e of registry.entities.values()) {
      if (e.type === 'capital') out.push({ text: e.name, keys: e.keys, tier: regionRank(answer.region, e.region) === 0 ? 0 : 2, story: true });
    }
    const answerInNation = !!COUNTRIES.find((c) => c.capital === answer.name)?.partOf;
    for (const c of COUNTRIES) {
      if (!c.capital || c.territory || (c.partOf && !answerInNation)) continue;
      const rank = regionRank(answer.region, c.region);
      if (rank <= 1) out.push({ text: c.capital, keys: [`cap:${c.capital}`, ...countryKeys(c.name)], tier: 1 + rank });
    }
  } else if (answer.type === 'org') {
    // The briefing's own bodies may be of a kindred subtype (the Arab League beside the General
    // Assembly); built-in ones only of the same subtype, so a court is never a filler for a bloc.
    for (const e of registry.entities.values()) {
      if (e.type === 'org' && kindred(e.subtype, answer.subtype)) out.push({ text: e.name, keys: e.keys, tier: e.subtype === answer.subtype ? 0 : 1, story: true });
    }
    // Famous clubs, companies or charities beside a little-known one are ruled out at a glance:
    // built-in bodies stand in only for institutions, or for a body that is itself built in.
    const institutional = ['government', 'intergovernmental', 'un-body', 'alliance', 'central-bank', 'court', 'legislature', 'agency'].includes(answer.subtype ?? '');
    const famousBody = ORGANISATIONS.some((o) => o.name === answer.name);
    for (const o of ORGANISATIONS) {
      if (!institutional && !famousBody) break;
      if (orgFamily(o.subtype) !== orgFamily(answer.subtype)) continue;
      const keys = [`o:${stripArticle(o.name)}`];
      if (o.country) keys.push(...countryKeys(o.country));
      out.push({ text: o.name, keys, tier: 2 });
    }
  }
  return out;
}

/** Blocs and alliances are one kind of body for a player: NATO is a fair option beside the EU. */
const orgFamily = (subtype?: string) => (subtype === 'alliance' ? 'intergovernmental' : subtype);
const POLITICAL = ['intergovernmental', 'un-body', 'alliance'];
const kindred = (a?: string, b?: string) => a === b || (POLITICAL.includes(a ?? '') && POLITICAL.includes(b ?? ''));

function sharesNameWord(a: string, b: string): boolean {
  const words = new Set(b.split(/[\s-]+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)));
  return a.split(/[\s-]+/).some((w) => words.has(w));
}

/**
 * Up to `count` distractors for an entity answer: same type, never sharing a conflict key with
 * the answer, with each other or with anything named in the prompt, and never named in the prompt.
 */
export function entityDistractors(
  answer: Entity, answerText: string, surnameForm: boolean, ctx: Context, prompt: string,
  promptKeys: Set<string>, count = 3,
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
  const chosen: Option[] = [];
  const usedText = new Set([answerText.toLowerCase()]);
  const blocked = new Set([...answer.keys, ...promptKeys]);
  // "Dr Lena Hart" is matched by "Dr Nils Haugen", not by a bare name.
  const title = answer.type === 'person' ? TITLES_LONGEST_FIRST.find((t) => answerText.charCodeAt(t.length) === 32 && answerText.startsWith(t)) : undefined;
  for (const list of tiers) {
    for (const option of fromRandomOffset(list, ctx.random)) {
      if (chosen.length >= count) break;
      // Built-in, library and invented names were judged out of place far more often than not
      // (a former president beside the sitting one, a made-up name beside real people): only
      // the story's own actors stand beside the answer, and with fewer than three the question
      // is not asked.
      if (!option.story) continue;
      const c = title && option.invented ? { ...option, text: `${title} ${option.text}` } : option;
      const lower = c.text.toLowerCase();
      if (usedText.has(lower) || sharesKey(c.keys, blocked)) continue;
      if (mentions(prompt, c.text)) continue;
      // A distractor that contains the answer or is contained in it reads as a near-synonym.
      if (lower.includes(answerText.toLowerCase()) || answerText.toLowerCase().includes(lower)) continue;
      // "Man-of-the-match Senior" beside "Keith Senior": one shared name word makes an alias.
      if (sharesNameWord(c.text, answerText)) continue;
      chosen.push(c);
      usedText.add(lower);
      for (const k of c.keys) blocked.add(k);
    }
    if (chosen.length >= count) break;
  }
  return chosen;
}
