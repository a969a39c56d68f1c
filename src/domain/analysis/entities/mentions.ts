// Finding the mentions of entities in statements: runs of capitalised words matched against the
// lexicon, the rest classified as a person or an organisation by the words around them.

import { COUNTRIES, stripArticle } from '../../facts/countries';
import { FIRST_NAMES } from '../../facts/first-names';
import { ORG_HEAD_WORDS, THING_HEAD_WORDS } from '../../facts/organisations';
import { NAME_TITLES, NOT_NAME_WORDS } from '../../facts/titles';
import { APPOSITIVE_ROLE, BARE_APPOSITIVE_ROLE, modifiesNoun, roleBefore, speechVerbFollows, VERB_FOLLOWS } from './context';
import {
  CONNECTORS,
  ids,
  LEXICON,
  matchLexeme,
  matchTitle,
  MONTH_SET,
  PARTICLES,
  PLACE_FIRST_WORDS,
  PREFIXED_SURNAME,
  ROLE_FIELD,
  type Lexeme,
  WEEKDAY_SET,
} from './lexicon';
import { BUILTIN_PEOPLE, EntityRegistry } from './registry';
import { isCap, tokenize, type Token } from './tokens';
import type { Entity, Mention } from './types';

const LOWER_ORGS =
  /\b(?:(the)\s+|(\p{Lu}[\p{L}.]*)['’]s\s+)?(foreign|defence|defense|finance|trade|commerce|interior|health|education|justice|economy|environment|foreign affairs) (ministry|office)\b/gu;

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
    const keys = [`o:${country ? `${stripArticle(country.name)} ` : ''}${label}`];
    if (country) keys.push(ids.country(country));
    const e = registry.intern({ id: keys[0], type: 'org', name, keys, country: country?.name, region: country?.region, subtype: 'government', titles: [] });
    mentions.push({
      start: lm.index,
      end: lm.index + lm[0].length,
      nameStart: lm.index,
      text: lm[0],
      entity: e,
      form: 'name',
      possessive: false,
      bound: !lm[1] && !country,
      hasArticle: !!lm[1],
    });
    takenSpans.push([lm.index, lm.index + lm[0].length]);
  }

  // Tokens a and b are separated by exactly one space.
  const spaced = (a: number, b: number) => tokens[b].start === tokens[a].end + 1 && s.charCodeAt(tokens[a].end) === 32;
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].text) || taken(tokens[i].start)) {
      i++;
      continue;
    }
    // Collect a run of capitalised tokens joined by single spaces (with name particles and, after
    // an organisation word or a title, "of"/"for").
    let j = i + 1;
    while (j < tokens.length) {
      if (!spaced(j - 1, j) || tokens[j - 1].possessive) break;
      const t = tokens[j].text;
      if ((isCap(t) || PREFIXED_SURNAME.test(t)) && !taken(tokens[j].start)) {
        j++;
        continue;
      }
      if (PARTICLES.has(t)) {
        // "Luis de la Fuente", "Ursula von der Leyen": particles, then a capitalised word.
        let k = j;
        while (k < tokens.length && PARTICLES.has(tokens[k].text) && (k === j || spaced(k - 1, k))) k++;
        if (k > j && k < tokens.length && isCap(tokens[k].text) && spaced(k - 1, k)) {
          j = k + 1;
          continue;
        }
      }
      if (CONNECTORS.has(t) && j + 1 < tokens.length && spaced(j, j + 1)) {
        const prev = tokens[j - 1].text.toLowerCase();
        if (ORG_HEAD_WORDS.has(prev) || prev === 'secretary' || prev === 'minister') {
          let k = j + 1;
          if (tokens[k].text === 'the' && k + 1 < tokens.length) k++;
          if (isCap(tokens[k].text)) {
            j = k + 1;
            continue;
          }
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
/** Titles that are also surnames: "Robert Bruce King", "Charles Prince". */
const SURNAME_TITLES = new Set(['King', 'Prince', 'Bishop', 'Major']);

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
      const prevThing =
        i > from &&
        !titleAt(i - 1) &&
        !tokens[i - 1].possessive &&
        isCap(tokens[i - 1].text) &&
        !NOT_NAME_WORDS.has(tokens[i - 1].text.toLowerCase()) &&
        !LEXICON.has(tokens[i - 1].text);
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
    if (
      lex &&
      !(
        lex.lex.form === 'name' &&
        i + lex.len < to &&
        isCap(tokens[i + lex.len].text) &&
        !titleAt(i + lex.len) &&
        !lexAt(i + lex.len) &&
        lex.lex.type === 'capital'
      )
    ) {
      const e = registry.entities.get(lex.lex.id) ?? registry.intern(lex.lex.make());
      const last = tokens[i + lex.len - 1];
      // "the Taiwan question": an article before a name that takes none belongs to a noun after it.
      const article = i > 0 && articleBefore(i);
      const articleNoun = article && !e.name.startsWith('the ');
      const hasArticle = article && !articleNoun && lex.lex.form !== 'demonym';
      const start = hasArticle ? tokens[i - 1].start : t.start;
      const followedByName = i + lex.len < to;
      // A news agency names who reported a fact: never a blank, a subject or a swap.
      const bound =
        lex.lex.form === 'demonym' ||
        followedByName ||
        articleNoun ||
        e.subtype === 'media' ||
        // Part of an X–Y compound ("US–China", "Paris-based").
        DASHES.includes(s[last.end]) ||
        (t.start > 0 && DASHES.includes(s[t.start - 1])) ||
        // "a G20 meeting", "its EU partners": a name after a determiner modifies a noun.
        /\b(a|an|its|their|his|her|our|each|every|any)\s$/i.test(s.slice(Math.max(0, t.start - 8), t.start)) ||
        modifiesNoun(s, last.end, last.possessive);
      out.push({
        start,
        end: last.end,
        nameStart: t.start,
        text: s.slice(start, last.end),
        entity: e,
        form: lex.lex.form,
        possessive: last.possessive,
        bound,
        hasArticle,
      });
      if (e.type === 'country' && followedByName) pendingCountry = e;
      i += lex.len;
      continue;
    }
    if (titleLen) {
      pendingTitle = {
        text: tokens
          .slice(i, i + titleLen)
          .map((x) => x.text)
          .join(' '),
        start: t.start,
      };
      i += titleLen;
      if (tokens[i - 1].possessive) pendingTitle = null;
      continue;
    }
    // An unknown stretch: up to the next known word or the end of the run. A place after "of"
    // belongs to the name: "National Bank of Romania", "University of Ghana".
    let j = i + 1;
    // "Robert Bruce King joined …": a title word that ends a run of names is a surname.
    const surnameTitle = (k: number) => k === to - 1 && k - i >= 2 && SURNAME_TITLES.has(tokens[k].text);
    while (j < to && !(lexAt(j) && !CONNECTORS.has(tokens[j - 1].text)) && (!titleAt(j) || surnameTitle(j)) && !tokens[j - 1].possessive) j++;
    classifyUnknown(s, tokens, i, j, pendingTitle, pendingCountry, registry, out);
    pendingTitle = null;
    pendingCountry = null;
    i = j;
  }
}

function classifyUnknown(
  s: string,
  tokens: Token[],
  from: number,
  to: number,
  title: { text: string; start: number } | null,
  country: Entity | null,
  registry: EntityRegistry,
  out: Mention[],
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
      out.push({
        start,
        end: last.end,
        nameStart: tokens[from].start,
        text: s.slice(start, last.end),
        entity: full,
        form: 'alias',
        possessive: last.possessive,
        bound: false,
        hasArticle,
      });
      return;
    }
    const display = hasArticle ? `the ${text}` : text;
    const e = registry.intern({
      id: `o:${text}`,
      type: 'org',
      name: display,
      keys: [`o:${text}`],
      subtype,
      titles: [],
      country: country?.country,
      region: country?.region,
    });
    const start = hasArticle ? tokens[from - 1].start : tokens[from].start;
    out.push({
      start,
      end: last.end,
      nameStart: tokens[from].start,
      text: s.slice(start, last.end),
      entity: e,
      form: 'name',
      possessive: last.possessive,
      bound: cut,
      hasArticle,
    });
    return;
  }
  // "Premier League", "President's Cup": a title word inside the name of a body or a thing.
  if (head && title) return;
  if (words.some((w) => !/^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) && !PARTICLES.has(w) && !PREFIXED_SURNAME.test(w))) return;
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
    out.push({
      start: tokens[from].start,
      end: last.end,
      nameStart: tokens[from].start,
      text,
      entity: e,
      form: 'name',
      possessive: last.possessive,
      bound: false,
      hasArticle: false,
    });
    return;
  }
  // Cheap evidence first; the patterns over the following words only when nothing else tells.
  const isPerson =
    !!title ||
    !!role ||
    !!known ||
    BUILTIN_PEOPLE.has(name) ||
    (words.length >= 2 && FIRST_NAMES.has(words[0])) ||
    // "Jan van der Berg": a Dutch or German particle joins a given name to a surname ("Rio de
    // Janeiro" is a place).
    (words.length >= 3 && /^(?:van|von|der|den|ter|ten)$/.test(lower[1]) && !PLACE_FIRST_WORDS.has(words[0])) ||
    // "Shawn Dahl, a forecaster at …": an appositive role names a person.
    (!single && (APPOSITIVE_ROLE.test(next) || BARE_APPOSITIVE_ROLE.test(next))) ||
    // "Nico Williams gave Spain the lead": a two- or three-word name doing something (not
    // "Neanderthal DNA", "Near Easterners" or "Legal Counsel": an acronym, a group or an office).
    (!single &&
      !PLACE_FIRST_WORDS.has(words[0]) &&
      !words.some((w) => /^\p{Lu}{2,}$/u.test(w)) &&
      !/(?:ers|ans|ists)$|^(?:Counsel|Secretary|Treasurer|Chair|Officer|Registrar|Auditor|Clerk)$/.test(words[words.length - 1]) &&
      VERB_FOLLOWS.test(next)) ||
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
  const form: Mention['form'] =
    words.length === 1 && p.name !== name ? 'surname' : words.length === 1 && p.surname === name && p.name.includes(' ') ? 'surname' : 'name';
  out.push({
    start,
    end: last.end,
    nameStart: tokens[from].start,
    text: s.slice(start, last.end),
    entity: p,
    form,
    title: title?.text,
    possessive: last.possessive,
    bound: false,
    hasArticle: false,
  });
}

/** Entities of a whole briefing, statement by statement. Two passes so a surname met before the
 * full name still joins its person. */
export function findAllMentions(statements: string[]): { registry: EntityRegistry; mentions: Mention[][] } {
  const registry = new EntityRegistry();
  const mentions = statements.map((s) => findMentions(s, registry));
  // Each surname and person once, though a surname stands in many sentences.
  const seen = new Map<string, boolean>();
  const shared = (surname: string, full: Entity) => {
    const key = `${surname}|${full.id}`;
    let v = seen.get(key);
    if (v === undefined) seen.set(key, (v = otherBearer(statements, surname, full)));
    return v;
  };
  // A surname met before the full name ("Hale said …" then "Governor Martin Hale") joins the
  // person it names, unless two people share it.
  for (const list of mentions) {
    for (let k = 0; k < list.length; k++) {
      const e = list[k].entity;
      if (e.type !== 'person' || e.name.includes(' ')) continue;
      const id = registry.personAlias.get(e.name);
      const full = id ? registry.people.get(id) : undefined;
      if (full && full !== e && !shared(e.name, full)) {
        list[k] = { ...list[k], entity: full, form: 'surname' };
        if (!BUILTIN_PEOPLE.has(full.name)) full.surname = e.name;
      }
    }
  }
  // A bare surname two people of the text share stays bare: it names neither for sure.
  for (const list of mentions)
    for (let k = 0; k < list.length; k++) {
      const m = list[k];
      if (m.form !== 'surname' || m.entity.type !== 'person' || !shared(m.text, m.entity)) continue;
      const id = `p:${m.text}`;
      const bare = registry.entities.get(id) ?? registry.intern({ id, type: 'person', name: m.text, surname: m.text, keys: [id], titles: [] });
      list[k] = { ...m, entity: bare, form: 'name' };
    }
  return { registry, mentions };
}

const TITLE_WORDS = new Set(NAME_TITLES.flatMap((t) => t.split(' ')));
/**
 * Whether the text names someone else of that surname the entity finder did not take for a person:
 * "Ayatollah Ruhollah Khomeini" beside "Hojatoleslam Ahmed Khomeini", so a bare "Khomeini" is either.
 */
function otherBearer(statements: readonly string[], surname: string, full: Entity): boolean {
  const own = new Set(full.name.split(/[\s-]+/));
  const before = new RegExp(`(?<![\\p{L}-])(\\p{Lu}[\\p{Ll}'’-]+) ${surname.replace(/[^\p{L}'’-]/gu, '')}\\b`, 'gu');
  for (const s of statements) {
    if (!s.includes(surname)) continue;
    for (const m of s.matchAll(before)) if (!own.has(m[1]) && !TITLE_WORDS.has(m[1]) && !NOT_NAME_WORDS.has(m[1].toLowerCase())) return true;
  }
  return false;
}
