// The known words: countries, capitals, organisations and titles by their first token, and the
// small word lists that tell a name from the words around it.

import { COUNTRIES, stripArticle, type CountryFact } from '../../facts/countries';
import { MONTHS, WEEKDAYS } from '../../facts/months';
import { ORGANISATIONS } from '../../facts/organisations';
import { NAME_TITLES } from '../../facts/titles';
import type { Token } from './tokens';
import type { Entity, EntityType, Mention } from './types';

/** "al-Abadi", "bin-Salman", "el-Sisi": a lower-case particle joined to a surname. */
export const PREFIXED_SURNAME = /^(?:al|el|bin|ibn|abu|ben|ould)[-‑](\p{Lu}[\p{L}'’-]*)$/u;
export const PARTICLES = new Set(['al', 'bin', 'von', 'van', 'der', 'de', 'da', 'del', 'la', 'le', 'du', 'dos', 'ibn']);
export const CONNECTORS = new Set(['of', 'for', 'on']);
// biome-ignore format: a table reads best packed, several entries a line
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

export interface Lexeme {
  tokens: string[];
  make: () => Entity;
  form: Mention['form'];
  /** the type and id of what make() builds, known without building it */
  type: EntityType;
  id: string;
}

export const ids = {
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
    id: `cap:${c.capital}`,
    type: 'capital',
    name: c.capital!,
    keys: [`cap:${c.capital}`, ids.country(c)],
    country: c.name,
    region: c.region,
    titles: [],
  };
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));

/** Known multi-word phrases, keyed by their first token. Built once. */
export const LEXICON = new Map<string, Lexeme[]>();
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

export function matchTitle(tokens: Token[], i: number, end: number): number {
  const list = TITLES_BY_FIRST.get(titleWord(tokens[i].text));
  if (!list) return 0;
  for (const t of list) {
    if (i + t.length > end) continue;
    let ok = true;
    for (let k = 0; k < t.length; k++)
      if (titleWord(tokens[i + k].text) !== t[k]) {
        ok = false;
        break;
      }
    if (ok) return t.length;
  }
  return 0;
}

export function matchLexeme(tokens: Token[], i: number, end: number): { lex: Lexeme; len: number } | null {
  const list = LEXICON.get(tokens[i].text);
  if (!list) return null;
  let best: { lex: Lexeme; len: number } | null = null;
  for (const lex of list) {
    const n = lex.tokens.length;
    if (i + n > end || (best && best.len >= n)) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[i + k].text !== lex.tokens[k]) {
        ok = false;
        break;
      }
      if (k < n - 1 && tokens[i + k].possessive) {
        ok = false;
        break;
      }
    }
    if (ok) best = { lex, len: n };
  }
  return best;
}

/** Lower-case roles written before a name ("coach Peter Lindqvist"), with the field they imply. */
// biome-ignore format: a table reads best packed, several entries a line
export const ROLE_FIELD: Record<string, string> = {
  coach: 'sport', manager: 'sport', striker: 'sport', captain: 'sport', midfielder: 'sport', goalkeeper: 'sport',
  defender: 'sport', forward: 'sport', winger: 'sport', skipper: 'sport', author: 'science', scientist: 'science',
  researcher: 'science', astronomer: 'science', professor: 'science', economist: 'business', analyst: 'business',
  spokesman: 'politics', spokeswoman: 'politics', spokesperson: 'politics', minister: 'politics', president: 'politics',
  chairman: 'business', chairwoman: 'business', chief: 'business', executive: 'business', founder: 'business',
};
export const ROLE_WORDS = new Set(Object.keys(ROLE_FIELD));
// biome-ignore format: a table reads best packed, several entries a line
export const PLACE_FIRST_WORDS = new Set([
  'New', 'San', 'Santa', 'Los', 'Las', 'Saint', 'St', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Great',
  'Port', 'Fort', 'Mount', 'Lake', 'Cape', 'El', 'Hong', 'Buenos', 'Middle', 'Central', 'Northern', 'Southern',
  'Eastern', 'Western', 'United', 'National', 'Royal', 'Federal', 'European', 'International', 'World', 'Global',
]);
/** Words that may follow a name used as a noun phrase ("China says", "Iran and Iraq"). */
// biome-ignore format: a table reads best packed, several entries a line
export const AFTER_NOUN_PHRASE = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'did', 'does', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'by', 'as',
  'that', 'which', 'who', 'whose', 'than', 'also', 'again', 'still', 'now', 'then', 'later', 'today', 'itself',
  'last', 'next', 'this', 'earlier', 'over', 'after', 'before', 'into', 'about', 'against', 'under', 'since',
  'during', 'while', 'amid', 'if', 'when', 'where', 'because', 'though', 'although', 'not', 'never', 'beat',
]);

export const MONTH_SET = new Set(MONTHS);
export const WEEKDAY_SET = new Set(WEEKDAYS);
