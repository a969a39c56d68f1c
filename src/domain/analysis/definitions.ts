// What a later "the volcano", "the exercise" or "the cyclone" stands for: the names earlier
// statements and the headline gave things.
import type { Mention } from './entities';

/**
 * "Krakatoa (Indonesian name: Krakatau) is a volcano …", "The USS Ross, a destroyer, …": a named
 * thing defined by a common noun, which later sentences call "the volcano". A noun defined twice
 * over names nothing safely and is forgotten. The noun is the phrase's last: "Tom Ray, a city
 * administrator" is no city.
 */
export const DEFINITION =
  /^((?:The )?\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,4})(?: \([^()]{1,60}\))?(?:,| is| was) (?:a|an) (?:[\p{Ll}-]+ ){0,2}?(\p{Ll}{4,})(?=[,.;]| (?:who|which|that|in|of|on|at|with|from|for|and|near|off|by|is|was|has|had|located|based|whose)\b)/u;
/** "The exercise, called Baltic Operations, …": a noun named right after it. */
export const CALLED = /^The (\p{Ll}{4,}), (?:called|known as|dubbed|named) (\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,4})/u;
/** "a railroad bridge" after "the Quebec Bridge": another of its kind, so "the bridge" names neither. */
function forgetOthers(text: string, defined: Map<string, string>): void {
  for (const [noun, name] of defined) {
    // Most sentences never write the noun: the pattern is built only for those that do.
    if (!text.includes(noun) || text.includes(name)) continue;
    if (new RegExp(`\\b(?:a|an|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\b`, 'iu').test(text)) defined.delete(noun);
  }
}

/** The name a statement defines, if it defines one. */
export function learnDefinition(text: string, defined: Map<string, string>): string | null {
  forgetOthers(text, defined);
  if (!/ (?:is|was) an? |, an? |, (?:called|known as|dubbed|named) /.test(text.slice(0, 160))) return null;
  const m = DEFINITION.exec(text);
  const c = m ? null : CALLED.exec(text);
  if (!m && !c) return null;
  // "Krakatoa" stands for "the volcano"; "the Baltic Operations exercise" for "the exercise".
  const [name, noun] = m ? [m[1], m[2]] : [`the ${c![2]} ${c![1]}`, c![1]];
  if (defined.has(noun) && defined.get(noun) !== name) defined.set(noun, '');
  else defined.set(noun, name);
  for (const [k, v] of defined) if (!v) defined.delete(k);
  return name;
}
export const EVENT_INTRO =
  /\b(?:[Aa]n?|[Aa]nother|[Aa] second|[Aa] new) (?:(?:\p{Ll}+|[\d.]+)[ -]){0,2}?(earthquake|quake|cyclone|hurricane|typhoon|storm|flood|fire|blaze|eruption|tsunami|landslide|explosion|blast|outbreak)\b/gu;
/**
 * "An earthquake … struck Pakistan's North-West Frontier Province": later "the earthquake" is
 * "the earthquake in Pakistan", when one country is named beside it. A second one ("another
 * earthquake") makes "the earthquake" ambiguous again.
 */
export function learnEvent(text: string, ms: readonly Mention[], defined: Map<string, string>, repeated: ReadonlySet<string>): void {
  if (!/\b(?:[Aa]n?|[Aa]nother|[Aa] second|[Aa] new) /.test(text)) return;
  for (const m of text.matchAll(EVENT_INTRO)) {
    const noun = m[1];
    const again = defined.has(noun) || repeated.has(noun);
    const places = new Set(ms.filter((x) => x.entity.type === 'country').map((x) => x.entity.name));
    // "struck Pakistan's …", "struck western Nepal"; not "blacked out the entire U.S. territory", where the country only describes.
    const at = ms.find((x) => x.entity.type === 'country');
    const placed = at && /\b(?:in|across|off|near|struck|hit|hits|strikes|of|throughout)\s(?:the\s)?(?:\p{Ll}+\s){0,2}$/u.test(text.slice(0, at.start));
    const where = places.size === 1 && placed ? at.text.replace(/['’]s$/, '') : '';
    if (again || !where) defined.set(noun, '');
    else defined.set(noun, `the ${noun} in ${where}`);
  }
  for (const [k, v] of defined) if (!v) defined.delete(k);
}
/**
 * "Krakatoa erupted …", "The Argo mill, which caught fire …": a named thing's event told by its
 * verb, which later sentences call "the eruptions" or "the fire". Volcanoes erupt in explosions,
 * so those are the same event.
 */
const EVENT_VERB =
  /(?<![\p{L}\d])((?:[Tt]he )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?: (?!(?:was|is|had|has|which|that)\b)\p{Ll}{3,})?)(?:,? (?:which|that))? (erupted|caught fire)\b/u;
export function learnEventVerbs(text: string, defined: Map<string, string>): void {
  // Most sentences hold neither verb: one cheap test first.
  if (!text.includes(' erupted') && !text.includes(' caught fire')) return;
  const m = EVENT_VERB.exec(text);
  if (!m || /^(?:The|A|An|It|This|That|These|Those|He|She|They|We|I)$/.test(m[1])) return;
  const thing = m[1].replace(/^The /, 'the ');
  const names: [string, string][] =
    m[2] === 'erupted'
      ? // A volcano erupts more than once: "the eruptions" may be any of them, its explosions only these.
        ['explosion', 'explosions'].map((n) => [n, `the ${n} of ${thing.replace(/^the /, '')}`])
      : [['fire', `${thing.startsWith('the ') ? thing : `the ${thing}`} fire`]];
  for (const [noun, name] of names) {
    if (defined.has(noun) && defined.get(noun) !== name) defined.set(noun, '');
    else defined.set(noun, name);
  }
  for (const [k, v] of defined) if (!v) defined.delete(k);
}
export const THE_NOUN = /\b[Tt]he (\p{Ll}{3,})\b/gu;
/**
 * "the Argo mill", "the Suez Canal Company", "the 5G spectrum auction": a phrase naming one thing,
 * which later sentences call "the mill", "the company", "the auction". A noun two phrases share
 * names nothing safely.
 */
export const NAMED_PHRASE_START = /\b[Tt]he [\p{Lu}\d]/u;
// The lowercase words are modifiers ("spectrum"), never a verb or a function word: "the British
// recognised the canal" names no canal.
export const NAMED_PHRASE =
  /\b[Tt]he ((?:[\p{Lu}\d][\p{L}\d&'’.-]*\s+){1,4}(?:(?!(?:the|a|an|of|and|or|to|in|on|at|by|for|with|as|is|was|were|are|has|had|have)\s)[\p{Ll}-]+(?<!ed)\s+){0,2})(\p{L}{3,})\b/gu;
/** The common nouns a name of one thing ends in: "the Argo Mill", later "the mill". */
// biome-ignore format: a table reads best packed, several entries a line
const NAME_HEADS = new Set([
  'Company', 'Corporation', 'Prize', 'Award', 'Rule', 'Act', 'Bill', 'Agreement', 'Treaty', 'Report',
  'Survey', 'Study', 'Exercise', 'Operation', 'Programme', 'Program', 'Summit', 'Conference', 'Festival', 'Cup',
  'Championship', 'Tournament', 'Council', 'Committee', 'Commission', 'Agency', 'Authority', 'Department', 'Ministry', 'Bank',
  'Fund', 'Court', 'Hospital', 'Clinic', 'University', 'School', 'Museum', 'Stadium', 'Canal', 'Bridge',
  'River', 'Island', 'Mill', 'Dam', 'Reservoir', 'Lake', 'Mine', 'Plant', 'Refinery', 'Port',
  'Airport', 'Station', 'Prison', 'Flood', 'Fire', 'Earthquake', 'Hurricane', 'Storm', 'Massacre', 'Riot',
  'Strike', 'War', 'Battle', 'Election', 'Referendum', 'Games', 'Olympics', 'Crisis', 'League', 'Alliance',
  'Coalition', 'Fleet', 'Armada', 'Mission', 'Project', 'Plan', 'Accord', 'Pact', 'Convention', 'Protocol',
  'Declaration', 'Campaign', 'Appeal', 'Trial', 'Spacecraft', 'Telescope', 'Rover', 'Index', 'Siege', 'Expedition',
  'Fair', 'Exhibition', 'Marathon', 'Race', 'Rally', 'Board', 'Service', 'Office', 'Institute', 'Center',
  'Centre', 'Administration', 'Organization', 'Organisation', 'Foundation', 'Society', 'Association', 'Observatory', 'Laboratory',
]);
const SHARED_HEADS =
  /^(?:area|region|zone|part|side|forward|striker|midfielder|defender|goalkeeper|winger|player|captain|coach|manager|minister|official|leader|spokes(?:man|woman|person)|driver|pilot|suspect|victim|man|woman|boy|girl)$/;
export function learnNamedPhrases(text: string, defined: Map<string, string>): void {
  for (const found of text.matchAll(NAMED_PHRASE)) {
    let m: string[] = found;
    // "The Ayr Flood occurred …": a verb read as the head; the name ends at its last capital.
    if (/^\p{Ll}+(?:ed|s)$/u.test(m[2]) && /(?:^|\s)[\p{Lu}\d][\p{L}\d&'’.-]*\s$/u.test(m[1])) {
      const words = m[1].trim().split(/\s+/);
      if (words.length < 2) continue;
      m = [found[0], `${words.slice(0, -1).join(' ')} `, words[words.length - 1]];
    }
    // "the Nigerians’ second comeback victory", "the Ostland Union’s biggest courier company": a possessive's thing, not a name.
    if (/s['’]\s|['’]s\s/.test(m[1])) continue;
    // "the Ostland Declaration of Independence": the name runs on, and its head alone is not it. "as strong as … the
    // Burns Day storm in 1990": a storm of its own year, not the one the story is about.
    if (/^ (?:of \p{Lu}|(?:in|of) (?:1[5-9]|20)\d\d\b)/u.test(text.slice(found.index + found[0].length))) continue;
    const head = m[2].toLowerCase();
    // "the Congo forward" is one forward of many, "the Vancouver area" one area: a later "the forward", "the area" may be another.
    if (SHARED_HEADS.test(head)) continue;
    // The phrase must end in a common noun ("mill", "Company"), not in another name.
    if (/^\p{Lu}/u.test(m[2]) && !NAME_HEADS.has(m[2])) continue;
    const name = `the ${m[1]}${m[2]}`;
    if (!defined.has(head)) defined.set(head, name);
    else if (defined.get(head) !== name && !defined.get(head)!.endsWith(name.slice(4))) defined.set(head, '');
  }
  for (const [k, v] of defined) if (!v) defined.delete(k);
}
export const STORM_NAME = /\b(Cyclone|Hurricane|Typhoon|Tropical Storm|Storm) (\p{Lu}\p{Ll}+)\b/gu;
/** "Cyclone Idai" in the headline or before: later "the cyclone" is Cyclone Idai, if only one was named. */
export function learnStormNames(text: string, defined: Map<string, string>): void {
  for (const m of text.matchAll(STORM_NAME)) {
    const head = m[1].toLowerCase().replace('tropical ', '');
    const name = `${m[1]} ${m[2]}`;
    if (!defined.has(head)) defined.set(head, name);
    else if (defined.get(head) !== name) defined.set(head, '');
  }
  for (const [k, v] of defined) if (!v) defined.delete(k);
}
