// Named entities in statements: people, countries, capitals and organisations, typed and grouped
// so that every way of naming one thing (Xi Jinping, Xi; the United States, US, Washington) shares
// a conflict key. Two options that share a key are never offered together.

import { COUNTRIES, stripArticle, type CountryFact } from '../facts/countries';
import { MONTHS, WEEKDAYS } from '../facts/months';
import { ORGANISATIONS, ORG_HEAD_WORDS, THING_HEAD_WORDS } from '../facts/organisations';
import { PEOPLE } from '../facts/people';
import { fieldOfTitle, NAME_TITLES, NOT_NAME_WORDS } from '../facts/titles';
import { FIRST_NAMES } from '../facts/first-names';
import { NAME_STYLES } from '../facts/name-styles';
import { negateVerb } from '../facts/verbs';

export type EntityType = 'person' | 'country' | 'capital' | 'org' | 'other';

export interface Entity {
  id: string;
  type: EntityType;
  /** display form offered as a choice: "Xi Jinping", "the United States", "Beijing" */
  name: string;
  surname?: string;
  /** conflict keys: its own group and the government or country it can stand for */
  keys: string[];
  country?: string;
  region?: string;
  subtype?: string;
  titles: string[];
  /** for people: 'politics' | 'sport' | 'science' | 'business', when a title or role says */
  field?: string;
}

export interface Mention {
  /** span a blank replaces: article and title included */
  start: number;
  end: number;
  /** where the bare name starts (after article and title) */
  nameStart: number;
  text: string;
  entity: Entity;
  /** how the text names the entity */
  form: 'name' | 'surname' | 'demonym' | 'alias';
  title?: string;
  possessive: boolean;
  /** a modifier ("US President"), part of an X–Y compound, or otherwise unsafe to blank */
  bound: boolean;
  hasArticle: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

const ALNUM = /^[\p{L}\p{N}]/u;

/** Length (0, 1 or 2 code units) of the letter or digit at i. */
function alnumAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const wide = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return ALNUM.test(s.slice(i, i + wide)) ? wide : 0;
}

/** End of the run of letters and digits starting at i. */
function alnumRun(s: string, i: number): number {
  for (let n; (n = alnumAt(s, i)); ) i += n;
  return i;
}

/**
 * Words with inner dots, apostrophes and hyphens ("U.S.", "Xi’s", "X-37B") and an optional
 * trailing dot, as /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu finds them, scanned by hand:
 * this runs over every statement and a Unicode regex is several times slower.
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    if (!alnumAt(s, i)) { i++; continue; }
    const from = i;
    i = alnumRun(s, i);
    for (;;) {
      const c = s[i];
      if ((c === '.' || c === "'" || c === '’' || c === '-') && alnumAt(s, i + 1)) i = alnumRun(s, i + 1);
      else break;
    }
    if (s[i] === '.') i++;
    let text = s.slice(from, i);
    let end = i;
    if (text.charCodeAt(text.length - 1) === 46 && !/^(\p{L}\.)+$/u.test(text) && !TITLE_ABBREV.has(text)) {
      text = text.slice(0, -1);
      end -= 1;
    }
    let possessive = false;
    // Only capitalised words can be possessive names; most tokens stop at this test.
    if (isCap(text) && text.charCodeAt(text.length - 1) === 115 /* s */) {
      const q = text[text.length - 2];
      if (text.length > 2 && (q === '’' || q === "'")) {
        possessive = true;
        text = text.slice(0, -2);
      } else if (s[end] === '’' || s[end] === "'") {
        // "the Allies’ plan": plural possessive
        possessive = true;
      }
    }
    out.push({ text, start: from, end: from + text.length, possessive });
  }
  return out;
}

/** Starts with a capital letter: ASCII without a regular expression, the rest by Unicode case. */
function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(t.codePointAt(0)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const TITLE_ABBREV = new Set(['Gen.', 'Sen.', 'Rep.', 'Gov.', 'Adm.', 'Col.', 'Capt.', 'Lt.', 'Sgt.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.']);
/** "al-Abadi", "bin-Salman", "el-Sisi": a lower-case particle joined to a surname. */
const PREFIXED_SURNAME = /^(?:al|el|bin|ibn|abu|ben|ould)[-‑](\p{Lu}[\p{L}'’-]*)$/u;
const PARTICLES = new Set(['al', 'bin', 'von', 'van', 'der', 'de', 'da', 'del', 'la', 'le', 'du', 'dos', 'ibn']);
const CONNECTORS = new Set(['of', 'for', 'on']);
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'described', 'describes', 'urged', 'urges',
  'warned', 'warns', 'stressed', 'stresses', 'added', 'adds', 'called', 'calls', 'noted', 'notes',
  'insisted', 'insists', 'argued', 'argues', 'declared', 'declares', 'announced', 'announces',
  'reiterated', 'reiterates', 'repeated', 'repeats', 'emphasised', 'emphasized', 'emphasises',
  'emphasizes', 'confirmed', 'confirms', 'denied', 'denies', 'claimed', 'claims', 'praised',
  'praises', 'criticised', 'criticized', 'accused', 'accuses', 'welcomed', 'welcomes',
  'condemned', 'condemns', 'pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows',
  'acknowledged', 'acknowledges', 'suggested', 'suggests', 'asked', 'asks', 'expressed',
  'expresses', 'underlined', 'underlines', 'highlighted', 'highlights', 'predicted', 'predicts',
  'admitted', 'admits', 'explained', 'explains', 'wrote', 'writes', 'demanded', 'demands',
  'rejected', 'rejects', 'dismissed', 'dismisses', 'recalled', 'recalls', 'affirmed', 'affirms',
  'reaffirmed', 'reaffirms', 'cautioned', 'cautions', 'replied', 'replies', 'answered',
  'countered', 'estimated', 'estimates', 'forecast', 'forecasts', 'projected', 'reported', 'reports',
]);

const WORD = /\p{L}+/gu;
const FILLERS = new Set(['also', 'again', 'later', 'then', 'has', 'had', 'have']);
/** "Hale said", "Hale also said", "Hale, on Monday, said": a speech verb within a few words. */
function speechVerbFollows(next: string): boolean {
  if (!/^(?:['’]s)?,?\s/.test(next)) return false;
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m; words.length < 4 && (m = WORD.exec(next)); ) words.push(m[0].toLowerCase());
  for (let k = 0; k < words.length; k++) {
    if (SPEECH_VERBS.has(words[k])) return true;
    if (!FILLERS.has(words[k]) && words[k] !== 'on' && !(k > 0 && words[k - 1] === 'on')) return false;
  }
  return false;
}

interface Lexeme {
  tokens: string[];
  make: () => Entity;
  form: Mention['form'];
  /** the type and id of what make() builds, known without building it */
  type: EntityType;
  id: string;
}

const ids = {
  country: (c: CountryFact) => `c:${stripArticle(c.name)}`,
};

function countryKeys(c: CountryFact): string[] {
  return c.partOf ? [ids.country(c), `c:${stripArticle(c.partOf)}`] : [ids.country(c)];
}

function countryEntity(c: CountryFact): Entity {
  return { id: ids.country(c), type: 'country', name: c.name, keys: countryKeys(c), country: c.name, region: c.region, titles: [] };
}

function capitalEntity(c: CountryFact): Entity {
  return {
    id: `cap:${c.capital}`, type: 'capital', name: c.capital!, keys: [`cap:${c.capital}`, ids.country(c)],
    country: c.name, region: c.region, titles: [],
  };
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));

/** Known multi-word phrases, keyed by their first token. Built once. */
const LEXICON = new Map<string, Lexeme[]>();
function addLexeme(phrase: string, make: () => Entity, form: Mention['form']) {
  const tokens = phrase.split(/\s+/);
  const list = LEXICON.get(tokens[0]) ?? [];
  const sample = make();
  list.push({ tokens, make, form, type: sample.type, id: sample.id });
  LEXICON.set(tokens[0], list);
}
for (const c of COUNTRIES) {
  addLexeme(stripArticle(c.name), () => countryEntity(c), 'name');
  for (const a of c.aliases ?? []) addLexeme(a, () => countryEntity(c), 'alias');
  addLexeme(c.demonym, () => countryEntity(c), 'demonym');
  if (c.capital && c.capital !== 'Washington') addLexeme(c.capital, () => capitalEntity(c), 'name');
}
// "Washington" is also a state and a surname; it stands for the US government only alone.
addLexeme('Washington', () => capitalEntity(COUNTRY_BY_NAME.get('the United States')!), 'name');
for (const o of ORGANISATIONS) {
  const make = (): Entity => {
    const country = o.country ? COUNTRY_BY_NAME.get(o.country) : undefined;
    const keys = [`o:${stripArticle(o.name)}`];
    if (country) keys.push(ids.country(country));
    return { id: keys[0], type: 'org', name: o.name, keys, country: o.country, region: country?.region, subtype: o.subtype, titles: [] };
  };
  addLexeme(stripArticle(o.name), make, 'name');
  for (const a of o.aliases ?? []) addLexeme(a, make, 'alias');
}
const BUILTIN_PEOPLE = new Map(PEOPLE.map((p) => [p.name, p]));
const FAMILY_NAME_FIRST = new Set(NAME_STYLES.filter((s) => s.surnameFirst && (s.id === 'chinese' || s.id === 'korean')).flatMap((s) => s.surnames));
const BUILTIN_BY_FIRST_LAST = new Map<string, string[]>();
const BUILTIN_BY_SURNAME = new Map<string, { name: string; parts: string[] }[]>();
for (const p of PEOPLE) {
  const parts = p.name.split(' ');
  const firstLast = `${parts[0]} ${parts[parts.length - 1]}`;
  BUILTIN_BY_FIRST_LAST.set(firstLast, [...(BUILTIN_BY_FIRST_LAST.get(firstLast) ?? []), p.name]);
  const last = parts[parts.length - 1];
  BUILTIN_BY_SURNAME.set(last, [...(BUILTIN_BY_SURNAME.get(last) ?? []), { name: p.name, parts }]);
}
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The name among `names` that is `name` with or without middle initials ("Donald J. Trump" ↔
 * "Donald Trump"); never between two different sets of initials ("George H. W. Bush" and
 * "George W. Bush" are two people).
 */
function sameButInitials(name: string, names: readonly string[]): string | undefined {
  const parts = name.split(' ');
  if (parts.length < 2) return undefined;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const middle = parts.slice(1, -1);
  if (!middle.every((w) => INITIAL.test(w))) return undefined;
  for (const other of names) {
    const o = other.split(' ');
    if (o.length < 2 || o[0] !== first || o[o.length - 1] !== last || other === name) continue;
    const oMiddle = o.slice(1, -1);
    if (!oMiddle.every((w) => INITIAL.test(w))) continue;
    // Exactly one of the two has initials.
    if ((middle.length === 0) !== (oMiddle.length === 0)) return other;
  }
  return undefined;
}

function sortedTitles(): string[][] {
  return NAME_TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
}
const TITLES = sortedTitles();

const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const t of TITLES) {
  const list = TITLES_BY_FIRST.get(t[0]) ?? [];
  list.push(t);
  TITLES_BY_FIRST.set(t[0], list);
}

/** "Minister-designate", "President-elect": the office before it is taken. */
const titleWord = (w: string) => (w.endsWith('-designate') ? w.slice(0, -10) : w.endsWith('-elect') ? w.slice(0, -6) : w);

function matchTitle(tokens: Token[], i: number, end: number): number {
  const list = TITLES_BY_FIRST.get(titleWord(tokens[i].text));
  if (!list) return 0;
  for (const t of list) {
    if (i + t.length > end) continue;
    let ok = true;
    for (let k = 0; k < t.length; k++) if (titleWord(tokens[i + k].text) !== t[k]) { ok = false; break; }
    if (ok) return t.length;
  }
  return 0;
}

function matchLexeme(tokens: Token[], i: number, end: number): { lex: Lexeme; len: number } | null {
  const list = LEXICON.get(tokens[i].text);
  if (!list) return null;
  let best: { lex: Lexeme; len: number } | null = null;
  for (const lex of list) {
    const n = lex.tokens.length;
    if (i + n > end || (best && best.len >= n)) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[i + k].text !== lex.tokens[k]) { ok = false; break; }
      if (k < n - 1 && tokens[i + k].possessive) { ok = false; break; }
    }
    if (ok) best = { lex, len: n };
  }
  return best;
}

/** Lower-case roles written before a name ("coach Peter Lindqvist"), with the field they imply. */
const ROLE_FIELD: Record<string, string> = {
  coach: 'sport', manager: 'sport', striker: 'sport', captain: 'sport', midfielder: 'sport', goalkeeper: 'sport',
  defender: 'sport', forward: 'sport', winger: 'sport', skipper: 'sport', author: 'science', scientist: 'science',
  researcher: 'science', astronomer: 'science', professor: 'science', economist: 'business', analyst: 'business',
  spokesman: 'politics', spokeswoman: 'politics', spokesperson: 'politics', minister: 'politics', president: 'politics',
  chairman: 'business', chairwoman: 'business', chief: 'business', executive: 'business', founder: 'business',
};
const ROLE_WORDS = new Set(Object.keys(ROLE_FIELD));

/** The role word right before a name ("coach Peter Lindqvist"), in lower case, or null. */
function roleBefore(s: string, at: number): string | null {
  if (at < 2 || s.charCodeAt(at - 1) !== 32) return null;
  let k = at - 1;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  if (k === at - 1) return null;
  // The word must start at a word boundary: "2coach" is not a role.
  if (k > 0) {
    const c = s.charCodeAt(k - 1);
    if ((c >= 48 && c <= 57) || c === 95) return null;
  }
  const word = s.slice(k, at - 1).toLowerCase();
  return ROLE_WORDS.has(word) ? word : null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const VERB_FOLLOWS = /^,?\s+(?:(?:also|then|later|again|has|had|have)\s+)?(?:\p{Ll}{3,}ed|said|told|gave|won|lost|met|made|took|held|led|kept|beat|scored|spoke|wrote|became|left|ran|went|came|saw|found|sent|began|struck|drew|beat|says|won)\b/u;
const APPOSITIVE_ROLE = /^,\s(?:a|an|the)\s(?:[\p{Ll}-]+\s){0,3}?(?:\p{Ll}+(?:er|or|ist|ian|ant|ent|man|woman|person)|head|chief|member|expert|official)\b/u;
const PLACE_FIRST_WORDS = new Set([
  'New', 'San', 'Santa', 'Los', 'Las', 'Saint', 'St', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Great',
  'Port', 'Fort', 'Mount', 'Lake', 'Cape', 'El', 'Hong', 'Buenos', 'Middle', 'Central', 'Northern', 'Southern',
  'Eastern', 'Western', 'United', 'National', 'Royal', 'Federal', 'European', 'International', 'World', 'Global',
]);
/** Words that may follow a name used as a noun phrase ("China says", "Iran and Iraq"). */
const AFTER_NOUN_PHRASE = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'did', 'does', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'by', 'as',
  'that', 'which', 'who', 'whose', 'than', 'also', 'again', 'still', 'now', 'then', 'later', 'today', 'itself',
  'last', 'next', 'this', 'earlier', 'over', 'after', 'before', 'into', 'about', 'against', 'under', 'since',
  'during', 'while', 'amid', 'if', 'when', 'where', 'because', 'though', 'although', 'not', 'never', 'beat',
]);

/**
 * "US officials", "EU leaders", "China trade": a name followed by a plain noun is a modifier.
 * Verbs are recognised by a closed list, by their endings (-ed, -ing, -ly adverbs before them)
 * or as known present forms; anything else after the name makes it a modifier.
 */
function modifiesNoun(s: string, end: number, possessive: boolean): boolean {
  if (possessive) return false;
  const m = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(s.slice(end, end + 40));
  if (!m) return false;
  const w = m[1];
  if (AFTER_NOUN_PHRASE.has(w) || SPEECH_VERBS.has(w) || /(ed|ing|ly)$/.test(w) || negateVerb(w)) return false;
  return true;
}


const MONTH_SET = new Set(MONTHS);
const WEEKDAY_SET = new Set(WEEKDAYS);
const LOWER_ORGS = /\b(?:(the)\s+|(\p{Lu}[\p{L}.]*)['’]s\s+)?(foreign|defence|defense|finance|trade|commerce|interior|health|education|justice|economy|environment|foreign affairs) (ministry|office)\b/gu;

/** A registry of the entities of one briefing, so aliases resolve across statements. */
export class EntityRegistry {
  people = new Map<string, Entity>();
  /** surname or single-name alias → person id, or null when two people share it */
  personAlias = new Map<string, string | null>();
  entities = new Map<string, Entity>();
  /** "Donald Trump" → the names seen with that first and last name, initials or not */
  byFirstLast = new Map<string, string[]>();

  intern(e: Entity): Entity {
    const existing = this.entities.get(e.id);
    if (existing) return existing;
    this.entities.set(e.id, e);
    if (e.type === 'person') this.people.set(e.id, e);
    return e;
  }

  addPerson(name: string, title: string | undefined, country: string | undefined, field?: string): Entity {
    const parts = name.split(' ');
    // A single name that is the alias of someone known is that person.
    if (parts.length === 1) {
      const known = this.personAlias.get(name);
      if (known) {
        const p = this.people.get(known)!;
        // The briefing shows which part is the surname: "Mao" for Mao Ning, "Hale" for Martin Hale.
        if (p.name.includes(' ') && !BUILTIN_PEOPLE.has(p.name)) p.surname = name;
        if (title && !p.titles.includes(title)) p.titles.push(title);
        return p;
      }
    }
    // "Donald J. Trump" and "Donald Trump" are one person: the same first and last names, one of
    // them with middle initials only.
    if (parts.length >= 2) {
      const firstLast = `${parts[0]} ${parts[parts.length - 1]}`;
      const seen = this.byFirstLast.get(firstLast) ?? [];
      const variant = sameButInitials(name, seen) ?? (parts.length > 2 ? sameButInitials(name, BUILTIN_BY_FIRST_LAST.get(firstLast) ?? []) : undefined);
      if (variant && variant !== name) return this.addPerson(variant, title, country, field);
      // "Sergey Lavrov" is the built-in "Sergei Lavrov": another spelling of the same given name.
      if (!BUILTIN_PEOPLE.has(name)) {
        const first = parts[0];
        const spelling = (BUILTIN_BY_SURNAME.get(parts[parts.length - 1]) ?? []).find(
          (b) => b.parts.length === parts.length && b.parts[0] !== first && b.parts[0].length >= 4 && first.slice(0, 4) === b.parts[0].slice(0, 4),
        );
        if (spelling) return this.addPerson(spelling.name, title, country, field);
      }
    }
    const builtin = BUILTIN_PEOPLE.get(name) ?? (parts.length === 1 ? PEOPLE.find((b) => b.surname === name && b.title === title) : undefined);
    const id = `p:${name}`;
    let p = this.entities.get(id);
    if (!p) {
      // "Qin Gang", "Wang Yi": Chinese and Korean names put the family name first.
      const surname = builtin?.surname ?? (parts.length === 2 && FAMILY_NAME_FIRST.has(parts[0]) ? parts[0] : parts.length > 1 ? parts[parts.length - 1] : name);
      p = { id, type: 'person', name, surname, keys: [id], country: country ?? builtin?.country, titles: [] };
      this.intern(p);
      if (parts.length >= 2) {
        const firstLast = `${parts[0]} ${parts[parts.length - 1]}`;
        this.byFirstLast.set(firstLast, [...(this.byFirstLast.get(firstLast) ?? []), name]);
      }
      // "Abadi" names Haider al-Abadi too.
      const bare = PREFIXED_SURNAME.exec(surname)?.[1];
      for (const alias of new Set([surname, parts[0], parts[parts.length - 1], ...(bare ? [bare] : [])])) {
        if (alias === name || alias.length < 2) continue;
        const prev = this.personAlias.get(alias);
        if (prev === undefined) this.personAlias.set(alias, id);
        else if (prev !== id) this.personAlias.set(alias, null);
      }
      // A person first met by surname only, then in full, becomes one entity.
      const single = this.entities.get(`p:${surname}`);
      if (single && single !== p && parts.length > 1) {
        single.keys.push(id);
        p.keys.push(single.id);
      }
    }
    if (title && !p.titles.includes(title)) p.titles.push(title);
    if (!p.country && country) p.country = country;
    p.field ??= field ?? (title ? fieldOfTitle(title) ?? undefined : undefined) ?? builtin?.field;
    return p;
  }
}


/**
 * Finds entity mentions in one statement. `registry` carries people across statements.
 */
export function findMentions(s: string, registry: EntityRegistry): Mention[] {
  const tokens = tokenize(s);
  const mentions: Mention[] = [];
  // Spans of lower-case organisation names found first (rare: most statements have none).
  const takenSpans: [number, number][] = [];
  const taken = (at: number) => takenSpans.some(([a, b]) => at >= a && at < b);

  LOWER_ORGS.lastIndex = 0;
  let lm: RegExpExecArray | null;
  const maybeLowerOrg = s.includes('inistry') || s.includes('ffice');
  while (maybeLowerOrg && (lm = LOWER_ORGS.exec(s))) {
    const countryWord = lm[2];
    const country = countryWord ? COUNTRIES.find((c) => stripArticle(c.name) === countryWord || c.aliases?.includes(countryWord)) : undefined;
    if (countryWord && !country) continue;
    const label = `${lm[3]} ${lm[4]}`;
    const name = country ? `${countryWord}’s ${label}` : `the ${label}`;
    const keys = [`o:${country ? stripArticle(country.name) + ' ' : ''}${label}`];
    if (country) keys.push(ids.country(country));
    const e = registry.intern({ id: keys[0], type: 'org', name, keys, country: country?.name, region: country?.region, subtype: 'government', titles: [] });
    mentions.push({
      start: lm.index, end: lm.index + lm[0].length, nameStart: lm.index, text: lm[0], entity: e, form: 'name',
      possessive: false, bound: !lm[1] && !country, hasArticle: !!lm[1],
    });
    takenSpans.push([lm.index, lm.index + lm[0].length]);
  }

  // Tokens a and b are separated by exactly one space.
  const spaced = (a: number, b: number) => tokens[b].start === tokens[a].end + 1 && s.charCodeAt(tokens[a].end) === 32;
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].text) || taken(tokens[i].start)) { i++; continue; }
    // Collect a run of capitalised tokens joined by single spaces (with name particles and, after
    // an organisation word or a title, "of"/"for").
    let j = i + 1;
    while (j < tokens.length) {
      if (!spaced(j - 1, j) || tokens[j - 1].possessive) break;
      const t = tokens[j].text;
      if ((isCap(t) || PREFIXED_SURNAME.test(t)) && !taken(tokens[j].start)) { j++; continue; }
      if (PARTICLES.has(t)) {
        // "Luis de la Fuente", "Ursula von der Leyen": particles, then a capitalised word.
        let k = j;
        while (k < tokens.length && PARTICLES.has(tokens[k].text) && (k === j || spaced(k - 1, k))) k++;
        if (k > j && k < tokens.length && isCap(tokens[k].text) && spaced(k - 1, k)) { j = k + 1; continue; }
      }
      if (CONNECTORS.has(t) && j + 1 < tokens.length && spaced(j, j + 1)) {
        const prev = tokens[j - 1].text.toLowerCase();
        if (ORG_HEAD_WORDS.has(prev) || prev === 'secretary' || prev === 'minister') {
          let k = j + 1;
          if (tokens[k].text === 'the' && k + 1 < tokens.length) k++;
          if (isCap(tokens[k].text)) { j = k + 1; continue; }
        }
      }
      break;
    }
    processRun(s, tokens, i, j, registry, mentions);
    i = j;
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

const DASHES = ['–', '—', '-', '/'];

function processRun(s: string, tokens: Token[], from: number, to: number, registry: EntityRegistry, out: Mention[]) {
  let i = from;
  // Sentence-initial function words ("The", "According") are not part of a name.
  while (i < to && NOT_NAME_WORDS.has(tokens[i].text.toLowerCase()) && !LEXICON.has(tokens[i].text)) i++;
  // The same positions are tried for known words several times: look each one up once.
  const lexCache: ({ lex: Lexeme; len: number } | null | undefined)[] = [];
  const titleCache: (number | undefined)[] = [];
  const lexAt = (k: number) => (lexCache[k] === undefined ? (lexCache[k] = matchLexeme(tokens, k, to)) : lexCache[k]);
  const titleAt = (k: number) => (titleCache[k] === undefined ? (titleCache[k] = matchTitle(tokens, k, to)) : titleCache[k]);
  let pendingCountry: Entity | null = null;
  let pendingTitle: { text: string; start: number } | null = null;
  const articleBefore = (idx: number) => {
    const before = s.slice(Math.max(0, tokens[idx].start - 4), tokens[idx].start);
    return /(^|\s)the\s$/i.test(before) && (idx === 0 || /^the$/i.test(tokens[idx - 1].text));
  };
  while (i < to) {
    const t = tokens[i];
    const lex = lexAt(i);
    const titleLen = lex ? 0 : titleAt(i);
    // "New England Journal of Medicine", "Australian Open": a place word inside the name of a
    // thing is not a mention of the place.
    if (lex && (lex.lex.type === 'country' || lex.lex.type === 'capital')) {
      const prevThing = i > from && !titleAt(i - 1) && !tokens[i - 1].possessive && isCap(tokens[i - 1].text) && !NOT_NAME_WORDS.has(tokens[i - 1].text.toLowerCase()) && !LEXICON.has(tokens[i - 1].text);
      let k = i + lex.len;
      while (k < to && !titleAt(k) && !tokens[k - 1].possessive) k++;
      const thingAfter = tokens.slice(i + lex.len, k).some((x) => THING_HEAD_WORDS.has(x.text.toLowerCase()));
      if (thingAfter || (prevThing && /^(New|San|Santa|Saint|St|Los|Las|Port|Fort|Mount|Lake|Cape)$/.test(tokens[i - 1].text))) {
        i = k;
        continue;
      }
    }
    // "Malaysia Airlines", "Chinese Communist Party": a country word opening an organisation name.
    if (lex && lex.lex.type === 'country' && i + lex.len < to) {
      let k = i + lex.len;
      while (k < to && !lexAt(k) && !titleAt(k) && !tokens[k - 1].possessive) k++;
      if (tokens.slice(i + lex.len, k).some((x) => ORG_HEAD_WORDS.has(x.text.toLowerCase()))) {
        classifyUnknown(s, tokens, i, k, null, null, registry, out);
        i = k;
        continue;
      }
    }
    if (lex && !(lex.lex.form === 'name' && i + lex.len < to && isCap(tokens[i + lex.len].text) && !titleAt(i + lex.len) && !lexAt(i + lex.len) && lex.lex.type === 'capital')) {
      const e = registry.entities.get(lex.lex.id) ?? registry.intern(lex.lex.make());
      const last = tokens[i + lex.len - 1];
      // "the Taiwan question": an article before a name that takes none belongs to a noun after it.
      const article = i > 0 && articleBefore(i);
      const articleNoun = article && !e.name.startsWith('the ');
      const hasArticle = article && !articleNoun && lex.lex.form !== 'demonym';
      const start = hasArticle ? tokens[i - 1].start : t.start;
      const followedByName = i + lex.len < to;
      // A news agency names who reported a fact: never a blank, a subject or a swap.
      const bound = lex.lex.form === 'demonym' || followedByName || articleNoun || e.subtype === 'media' ||
        // Part of an X–Y compound ("US–China", "Paris-based").
        DASHES.includes(s[last.end]) || (t.start > 0 && DASHES.includes(s[t.start - 1])) ||
        // "a G20 meeting", "its EU partners": a name after a determiner modifies a noun.
        /\b(a|an|its|their|his|her|our|each|every|any)\s$/i.test(s.slice(Math.max(0, t.start - 8), t.start)) ||
        modifiesNoun(s, last.end, last.possessive);
      out.push({
        start, end: last.end, nameStart: t.start, text: s.slice(start, last.end), entity: e, form: lex.lex.form,
        possessive: last.possessive, bound, hasArticle,
      });
      if (e.type === 'country' && followedByName) pendingCountry = e;
      i += lex.len;
      continue;
    }
    if (titleLen) {
      pendingTitle = { text: tokens.slice(i, i + titleLen).map((x) => x.text).join(' '), start: t.start };
      i += titleLen;
      if (tokens[i - 1].possessive) pendingTitle = null;
      continue;
    }
    // An unknown stretch: up to the next known word or the end of the run. A place after "of"
    // belongs to the name: "National Bank of Romania", "University of Ghana".
    let j = i + 1;
    while (j < to && !(lexAt(j) && !CONNECTORS.has(tokens[j - 1].text)) && !titleAt(j) && !tokens[j - 1].possessive) j++;
    classifyUnknown(s, tokens, i, j, pendingTitle, pendingCountry, registry, out);
    pendingTitle = null;
    pendingCountry = null;
    i = j;
  }
}

function classifyUnknown(
  s: string, tokens: Token[], from: number, to: number, title: { text: string; start: number } | null,
  country: Entity | null, registry: EntityRegistry, out: Mention[],
) {
  // An organisation name ends at its last organisation word unless an "of" phrase follows it.
  let lastHead = -1;
  let connector = false;
  for (let k = to - 1; k >= from; k--) {
    if (lastHead < 0 && ORG_HEAD_WORDS.has(tokens[k].text.toLowerCase())) lastHead = k;
    if (CONNECTORS.has(tokens[k].text)) connector = true;
  }
  // A name cut short that way ("Coffs United" of "Coffs United Lions") is not safe to blank or swap.
  const cut = lastHead >= from && lastHead < to - 1 && !connector;
  if (cut) to = lastHead + 1;
  const words: string[] = [];
  const lower: string[] = [];
  let head: string | undefined;
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    const l = w.toLowerCase();
    words.push(w);
    lower.push(l);
    if (head === undefined && ORG_HEAD_WORDS.has(l)) head = l;
  }
  const name = words.join(' ');
  const text = s.slice(tokens[from].start, tokens[to - 1].end);
  const last = tokens[to - 1];
  const hasArticle = from > 0 && /^the$/i.test(tokens[from - 1].text) && s.slice(tokens[from - 1].end, tokens[from].start) === ' ';
  const next = s.slice(last.end, last.end + 40);
  if (words.some((w) => MONTH_SET.has(w) || WEEKDAY_SET.has(w))) return;
  // "National Oceanic and Atmospheric Administration": only the tail of a longer name.
  if (head && /\p{Lu}[\p{L}.]* and $/u.test(s.slice(Math.max(0, tokens[from].start - 30), tokens[from].start))) return;
  if (head && !title) {
    const subtype = ORG_HEAD_WORDS.get(head);
    // "the Assembly" after "the General Assembly" is the same body; a bare "the Government" is
    // too vague to ask about.
    if (words.length === 1) {
      const full = [...registry.entities.values()].find((e) => e.type === 'org' && e.name.split(' ').length > 1 && e.name.endsWith(` ${words[0]}`));
      if (!full) return;
      const start = hasArticle ? tokens[from - 1].start : tokens[from].start;
      out.push({ start, end: last.end, nameStart: tokens[from].start, text: s.slice(start, last.end), entity: full, form: 'alias', possessive: last.possessive, bound: false, hasArticle });
      return;
    }
    const display = hasArticle ? `the ${text}` : text;
    const e = registry.intern({ id: `o:${text}`, type: 'org', name: display, keys: [`o:${text}`], subtype, titles: [], country: country?.country, region: country?.region });
    const start = hasArticle ? tokens[from - 1].start : tokens[from].start;
    out.push({ start, end: last.end, nameStart: tokens[from].start, text: s.slice(start, last.end), entity: e, form: 'name', possessive: last.possessive, bound: cut, hasArticle });
    return;
  }
  // "Premier League", "President's Cup": a title word inside the name of a body or a thing.
  if (head && title) return;
  if (words.some((w) => !/^\p{Lu}[\p{L}'’\-]*\.?$/u.test(w) && !PARTICLES.has(w) && !PREFIXED_SURNAME.test(w))) return;
  if (lower.some((w) => THING_HEAD_WORDS.has(w))) return;
  if (words.length > 4) return;
  if (NOT_NAME_WORDS.has(lower[0])) return;
  const known = words.length === 1 ? registry.personAlias.get(name) : registry.people.has(`p:${name}`) ? `p:${name}` : undefined;
  const role = roleBefore(s, tokens[from].start);
  // A capitalised word opening a sentence may be a plain noun ("Forecasters said …").
  const single = words.length === 1;
  // "KXAN reports", "BNR said": an acronym is a body we know nothing about, never a person.
  if (single && /^\p{Lu}{2,}\d*$/u.test(name) && !known) return;
  // "SpaceX", "OpenAI": inner capitals mark a brand, not a person (but "McAllister", "DeSantis").
  if (single && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) && !/^(Mc|Mac|De|Di|Da|La|Le|Van|Von|O')/.test(name)) {
    if (!speechVerbFollows(next) && !VERB_FOLLOWS.test(next)) return;
    const e = registry.intern({ id: `o:${name}`, type: 'org', name, keys: [`o:${name}`], subtype: 'company', titles: [] });
    out.push({ start: tokens[from].start, end: last.end, nameStart: tokens[from].start, text, entity: e, form: 'name', possessive: last.possessive, bound: false, hasArticle: false });
    return;
  }
  // Cheap evidence first; the patterns over the following words only when nothing else tells.
  const isPerson =
    !!title || !!role || !!known || BUILTIN_PEOPLE.has(name) || (words.length >= 2 && FIRST_NAMES.has(words[0])) ||
    // "Shawn Dahl, a forecaster at …": an appositive role names a person.
    (!single && APPOSITIVE_ROLE.test(next)) ||
    // "Nico Williams gave Spain the lead": a two- or three-word name doing something (not
    // "Neanderthal DNA" or "Near Easterners": an acronym or a plural group is no one's name).
    (!single && !PLACE_FIRST_WORDS.has(words[0]) && !words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && !/(ers|ans|ists)$/.test(words[words.length - 1]) && VERB_FOLLOWS.test(next)) ||
    (!(single && /^[\s“"‘(]*$/.test(s.slice(0, tokens[from].start))) && speechVerbFollows(next));
  if (!isPerson) return;
  // "Prime Minister Cameron of the United Kingdom": the country follows the name.
  let personCountry = country?.country;
  const ofCountry = /^ of (the )?([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*)/u.exec(next);
  if (!personCountry && ofCountry) {
    const c = COUNTRIES.find((x) => stripArticle(x.name) === ofCountry[2]);
    if (c) personCountry = c.name;
  }
  const p = registry.addPerson(name, title?.text, personCountry, role ? ROLE_FIELD[role] : undefined);
  const start = title ? title.start : tokens[from].start;
  const form: Mention['form'] = words.length === 1 && p.name !== name ? 'surname' : words.length === 1 && p.surname === name && p.name.includes(' ') ? 'surname' : 'name';
  out.push({
    start, end: last.end, nameStart: tokens[from].start, text: s.slice(start, last.end), entity: p, form, title: title?.text,
    possessive: last.possessive, bound: false, hasArticle: false,
  });
}

/** Entities of a whole briefing, statement by statement. Two passes so a surname met before the
 * full name still joins its person. */
export function findAllMentions(statements: string[]): { registry: EntityRegistry; mentions: Mention[][] } {
  const registry = new EntityRegistry();
  const mentions = statements.map((s) => findMentions(s, registry));
  // A surname met before the full name ("Hale said …" then "Governor Martin Hale") joins the
  // person it names, unless two people share it.
  for (const list of mentions) {
    for (let k = 0; k < list.length; k++) {
      const e = list[k].entity;
      if (e.type !== 'person' || e.name.includes(' ')) continue;
      const id = registry.personAlias.get(e.name);
      const full = id ? registry.people.get(id) : undefined;
      if (full && full !== e) {
        list[k] = { ...list[k], entity: full, form: 'surname' };
        if (!BUILTIN_PEOPLE.has(full.name)) full.surname = e.name;
      }
    }
  }
  return { registry, mentions };
}
