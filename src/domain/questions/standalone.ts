// Whether a statement can be shown alone. A player sees one sentence, never the text around it:
// a sentence that leans on that text ("the clinic", "also", "last month", "But …", "he") cannot
// be asked fairly, whatever kind of question it would become. Blind reviewers rejected more
// questions for this than for anything else, so a statement is skipped at the first doubt.

import { CUT_AT_SHORT_FORM, leansOn, twinsIn } from './standalone-leans';
import { capitalBefore, countriesIn, listColon, quotePointer, shapeProblem, sourceSlip, spaces } from './standalone-shapes';
import { holdsAny } from '../text';
import { COUNTRIES } from '../facts/countries';
import { misspeltIn } from './spelling';
import { OWNERLESS_FIGURE, type BriefingAnalysis, type StatementAnalysis } from '../analysis/document';
import { CLEFT, verbLike } from '../analysis/words';
import { CASE_NOUNS } from '../analysis/cases';
import { ANCHOR, SINCE_PHRASE, relativeTime } from '../analysis/relative-times';
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from '../facts/months';
import {
  ADJECTIVE,
  BACK_OPENER,
  CAUSE,
  DEMONYM_ACT,
  contentStems,
  EVENT_NOUNS,
  FUNCTION_WORDS,
  HARM,
  MOVEMENT,
  PLURAL_BEFORE,
  RESTRICTOR,
  stem,
  SUBJECT_SAID,
  UNIQUE,
} from './standalone-words';

/** Pronouns: a sentence alone rarely shows what they stand for. ("US" is a country, so case matters.) */
const PRONOUN =
  /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers|[Ii]t|[Ii]ts|[Tt]hey|[Tt]hem|[Tt]heir|[Tt]heirs|[Ww]e|us|[Oo]ur|[Oo]urs|I|[Mm]e|[Mm]y|[Yy]ou|[Yy]our)\b/g;
export const THIRD_PERSON_HUMAN = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);

const SAID_COLON =
  /\b(?:said|says|added|adds|adding|saying|replied|declared|warned|insisted|remarked|commented|comments|told \p{L}+|wrote|writes|explained|stated|noted):\s+(?=["“])/gu;
const TIME_NOUN = /^(?:month|year|quarter|week|season|period|decade)$/;

/** Adverbs of time that may follow a noun: "the island earlier", "the bridge again". */
const TIME_ADVERB =
  /^(?:earlier|later|recently|previously|again|once|afterwards?|beforehand|meanwhile|never|always|already|still|also|often|usually|soon|now|then|just|only|even|finally|first)$/;
/** "For 2024 as a whole, ", "In May 2024, ": a leading time frame. */
const TIME_FRAME = new RegExp(
  `^(?:For|In|During|Over|Through|Throughout|Since|By) (?:the |late |early |mid-)?[^,]{0,30}\\b(?:1[5-9]\\d\\d|20\\d\\d|FY ?\\d{2,4}|${MONTH_ALTERNATION})\\b[^,]{0,15}, `,
);
/** "GREECE", "NEW ZEALAND": a country's name in a release's capitals. */
const COUNTRY_IN_CAPITALS = new RegExp(
  `\\b(?:${COUNTRIES.map((c) => c.name.replace(/^the /i, '').toUpperCase())
    .filter((n) => n.length >= 4)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
);
/** Words that presuppose something said before. */
const PRESUPPOSING =
  /\b(?:also|too|again|another|additional|further|furthermore|likewise|similarly|similar(?! to\b| (?:period|quarter|month|week|time|day|season)\b)|each side|as well(?! as)|thereby|other(?= [\d,]+ )|followed with|otherwise|the others?|remaining|respectively|(?<=, )however|meanwhile|firstly|secondly|thirdly|aforementioned|resulting|ensuing|(?:the|see|listed|shown|noted|mentioned|described|set out) (?:above|below)|(?:above|below)(?=[.,;:)]|$)|the following|the (?:former|latter)(?=[,.;:)]| (?:is|was|are|were|has|had|have|said|says|will|would|can|could|did|does)\b)|lattermost|latest|same(?! (?:month|period|quarter|week|day|time) (?:in|of) (?:1[5-9]|20)\d\d\b)|nearby|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) others|to (?:the|that|this) effect(?! that)|even (?:worse|better|more|less|higher|lower|larger|smaller|bigger)|(?:two|three|four|five|several|\d+) other(?= [a-z])|both(?![^.;]*\band\b)|both (?:countries|nations|governments|leaders|teams|parties|companies)|both sides(?! of)|either|neither|(?<!\band |, )then|afterwards?|thereafter|subsequently|such(?! as\b)|this|these|those(?! (?:who|which|that|with|in|of|aged|living|born|set|affected|involved|killed|injured|whose|at|on|under|over)\b)|here|itself|themselves|there(?! (?:is|are|was|were|have|has|had|will)\b))\b/i;
/** "the intervention arm", "the control group": a trial the sentence never names. */
const TRIAL_ARM =
  /\bthe (?:intervention|control|placebo|treatment|comparison|experimental) (?:arm|group)s?\b|\bthe (?:[\w/-]+ ){0,2}[\w/-]*(?:dose|vaccine|drug|placebo)[\w/-]* (?:arm|group)s?\b(?! of\b)|^(?:Participants|Subjects|Patients|Volunteers)\b(?! (?:in|of) (?:the |a )?\p{Lu})|^A subset of\b|\btook part\b(?! in\b)/iu;
/** Every TRIAL_ARM match holds one of these: a cheap test first, as TRIAL_ARM backtracks over every "the". */
const MAYBE_TRIAL_ARM = /arm|group|took part|^(?:Participants|Subjects|Patients|Volunteers|A subset)/iu;
/** "the two leaders", "the three firms": a group counted before. */
// "the three months ended June 30" is a period, not a group.
const COUNTED_GROUP =
  /\b[Tt]he (?:two|three|four|five) (?!(?:months|years|weeks|days|quarters|decades)\b)\p{Ll}|\bbetween the (?:two|three) \p{Ll}|^All [\d,]+ \p{Ll}/u;

/** "in that", "of that", "That month": the determiner, not the conjunction. */
const DEMONSTRATIVE_THAT =
  /(?:^|\b(?:in|of|at|on|for|from|by|with|to|during|after|before|since|until|under|like) )that\b(?! (?:the|a|an|it|he|she|they|we|is|was|are|were|has|had|will|would|can|could)\b)|\b(?:implementing|following|despite) that (?:decision|agreement|deal|plan|ruling|judgment|order|move|law|policy|meeting|visit|attack|incident|event|report|vote)\b/i;

/** The last of two or more capitalised words after a title or a lower-case word: "Minister Bui Thanh Son" (not a plural: "Ayr Systems"). */
const NAME_TAIL = /[\p{Ll},] (?:\p{Lu}\p{Ll}+ )+(\p{Lu}\p{Ll}{2,})\b(?! \p{Lu})/gu;
/** "the $3 million aid", "the 6.1 per cent growth": a figure's scale or unit is read with the figure. */
const SCALE = /^(?:thousand|million|billion|trillion|per|cent|percent|percentage|points?)$/;
const CASE_PREFIX = /^In [^,]{1,80} v\.? [^,]{1,80}, /;
const WORDS = /[\p{L}\d][\p{L}\d’'-]*|[,.;:!?]/gu;
/** A capitalised word standing alone, not part of a longer name. */
const BARE_SURNAME = /(?<![\p{L}.'’-])(?<!\p{Lu}[\p{L}.'’-]*\s)(\p{Lu}(?:\p{Ll}{2,}|\p{Ll}+\p{Lu}\p{Ll}+))(?![\p{L}-])(?!\s\p{Lu})/gu;
/** Every FOOTNOTE match holds one of these: a cheap test first. */
const MAYBE_FOOTNOTE = /[(*†‡[…]|\.\.\./;
const FOOTNOTE = /\p{L}\(\d{1,2}\)|[*†‡]|\[(?:\d{1,3}|\?|sic|illegible)\]|\.\.\.|…/u;
const HEADING = /^\p{Lu}[\p{L} ]{0,30}:\s/u;
const MAYBE_DASH = /--|–|—/;
const DATELINE = /^[^!?“”"]{2,70}?\s(?:--|–|—)\s/;
const INFINITIVE_START = /^To \p{Ll}/u;
const IMPERATIVE_START =
  /^(?:Visit|Call|Contact|See|Please|Read|Click|Go|Check|Find|Learn|Email|Follow|Join|Register|Sign|Apply|Ask|Make|Take|Keep|Wash|Avoid|Stay|Get|Do|Don[’']t|Be|Use)\b/;

/** "deteriorated after after sanctions": /\b(\p{L}+) \1\b/iu by hand, without allocating words. */
function doubledWord(text: string): boolean {
  let prevStart = -1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 32) continue;
    const len = i - start;
    // "back on on the morning", "that that", "had had": doubled in good English.
    if (
      prevStart >= 0 &&
      len > 0 &&
      len === start - 1 - prevStart &&
      sameWord(text, prevStart, start, len) &&
      !/^(?:on|that|had|is)$/i.test(text.slice(start, i))
    )
      return true;
    prevStart = start;
    start = i + 1;
  }
  return false;
}

function sameWord(text: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) {
      if (x < 128 && !((x >= 65 && x <= 90) || (x >= 97 && x <= 122))) return false;
      continue;
    }
    if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
  }
  return true;
}

const CAPITALISED = /\b\p{Lu}\p{Ll}{4,}\b/gu;
/** "The Desmond Elliot Prize … Desmond Elliott": one name spelt two ways, a typo to copy. */
function twoSpellings(text: string): boolean {
  const names = text.match(CAPITALISED);
  if (!names || names.length < 2) return false;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i],
        b = names[j];
      if (Math.abs(a.length - b.length) !== 1 || a.charCodeAt(4) !== b.charCodeAt(4) || a.slice(0, 5) !== b.slice(0, 5)) continue;
      // "Clinics" is a plural and "Kenyan" a demonym of "Kenya", not another spelling.
      if ((a.startsWith(b) || b.startsWith(a)) && !/s$|an$/.test(a.length > b.length ? a : b)) return true;
    }
  }
  return false;
}

/** Text outside quotation marks: a speaker's own words are judged as a whole quote. */
function outsideQuotes(text: string): string {
  if (!text.includes('"') && !text.includes('“')) return text;
  return text.replace(/[“"][^“”"]*[”"]/g, ' "" ');
}

/**
 * Why a statement cannot stand alone, or null when it can. `previous` holds the stems of the
 * statement just before (or the headline, for the first), `earlier` those of every statement
 * before and the headline. The `first` statement (the lede) has nothing before it to point at.
 */
export function dependsOnContext(
  st: StatementAnalysis,
  previous: ReadonlySet<string>,
  earlier: ReadonlySet<string> = previous,
  first = false,
  surnames?: ReadonlySet<string>,
  /** surnames of people named in full before, not in the headline the quiz shows as its title */
  metPeople?: ReadonlySet<string>,
): string | null {
  const text = st.text;
  // "Barber was named …" after "Ros Barber's novel …": a person the reader never met.
  const opener = /^(\p{Lu}\p{Ll}{2,})(?:['’]s)? (?!\p{Lu})/u.exec(text);
  if (opener && surnames?.has(opener[1]) && !st.mentions.some((m) => m.nameStart === 0 && m.entity.type !== 'person'))
    return `“${opener[1]}” introduced earlier`;
  // "…," said LeFebvre.: a surname met only in another sentence, wherever it stands.
  // Only a sentence that holds one of the surnames is searched.
  if (metPeople?.size && holdsAny(text, metPeople))
    for (const m of outsideQuotes(text).matchAll(BARE_SURNAME))
      if (
        metPeople.has(m[1]) &&
        !new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\s(?:(?:von|van|der|den|de|da|del|la|le|du|dos|al|bin|ibn)\\s)*${m[1]}(?!\\p{L})`, 'u').test(text)
      )
        return `“${m[1]}” introduced earlier`;
  if (st.dangling) return 'dangling reference';
  if (BACK_OPENER.test(text)) return 'back-pointing opener';
  if (HEADING.test(text)) return 'section label';
  if (
    MAYBE_DASH.test(text) &&
    DATELINE.test(text) &&
    /\p{Lu}{3,}|\(|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d/u.test(text.slice(0, 70).split(/--|–|—/)[0])
  )
    return 'dateline';
  if (MAYBE_FOOTNOTE.test(text) && FOOTNOTE.test(text)) return 'footnote mark or cut text';
  if (doubledWord(text)) return 'doubled word';
  const slip = sourceSlip(text, outsideQuotes(text));
  if (slip) return slip;
  if (twoSpellings(text)) return 'a name spelt two ways';
  // "refer GREECE to the Court": a release's capitals on a country, which a teacher would mend.
  if (/\p{Lu}{4}/u.test(text) && COUNTRY_IN_CAPITALS.test(text)) return 'a name in capitals';
  // "To reach the target, the Board decided …": a purpose before the claim, no instruction.
  if ((INFINITIVE_START.test(text) && !/^To [^,]{5,150}, (?:the |\p{Lu})/u.test(text)) || IMPERATIVE_START.test(text)) return 'not a statement';
  if (/\?\s*$/.test(text)) return 'a question';
  // "Pragmatic randomised superiority trial.", "4647 adults aged ≥18 years: 2371 were …": an
  // abstract's notes, not sentences.
  const plain = outsideQuotes(text);
  // "Krakatoa (Indonesian name: Krakatau) is a volcano …": a colon in brackets is an aside.
  // "Ann Lee said: “…”" introduces a quote like any "said".
  const unquoted = plain.includes('(') ? plain.replace(/\([^()]*\)/g, '') : plain;
  if (spaces(text) < 5 || /:\s|[≥≤]/.test(listColon(unquoted.replace(SAID_COLON, ' ')))) return 'not a sentence';
  const shape = shapeProblem(st, plain) ?? leansOn(text, plain);
  if (shape) return shape;
  if (CUT_AT_SHORT_FORM.test(text)) return 'cut at an abbreviation';
  if (relativeTime(text)) return 'relative time';
  if (/, (?:visit|call|see|contact|click|email|go to|read)\b/i.test(text)) return 'not a statement';
  // "rose by 25.4 mb, its first increase since October": since when is not when.
  if (
    MOVEMENT.test(plain) &&
    /\d/.test(plain) &&
    !ANCHOR.test(text.replace(SINCE_PHRASE, '')) &&
    !/\b(?:since|over|during|between|from) (?:the )?\d/.test(plain)
  )
    return 'a movement without a time';
  if (MAYBE_TRIAL_ARM.test(plain) && TRIAL_ARM.test(plain)) return `“the … arm” points back`;
  // "the latest signs of a tight labour market" in a lede: the news itself, nothing earlier.
  // A lede's "additional rate increases", "adjusted further" are the news's own, with nothing before.
  const pre = PRESUPPOSING.exec(first ? plain.replace(/\bthe latest\b/gi, 'the').replace(/\b(?:additional|further)\b/gi, 'more') : plain);
  if (pre) return `presupposes an earlier sentence (“${pre[0]}”)`;
  // "Vietnamese Minister Son and Indonesian counterpart Marsudi … between the two countries": the sentence counts them itself.
  const two = /\b(?:between )?the two (?:countries|nations|sides)\b/.test(plain) && countriesIn(st, plain) === 2;
  if (COUNTED_GROUP.test(plain) && !two) return 'a group counted before';
  if (plain !== text) {
    const quoted = quotePointer(text);
    if (quoted) return quoted;
  }
  // "Aboard one of the Spanish galleys": one of the ships an earlier sentence listed.
  const oneOf =
    /\b(?:one|some|two|three|four|five|six|seven|eight|nine|ten|several|many|most|each|none|all|both|any|few)(?: or more)? of the (?:\p{Lu}\p{Ll}+ )?(\p{Ll}{3,}s)\b(?! (?:of|in|that|who|which)\b)/u.exec(
      plain[0].toLowerCase() + plain.slice(1),
    );
  if (oneOf && !first && earlier.has(stem(oneOf[1]))) return `“${oneOf[0]}” points back`;
  // "Subpar growth of 1 mb/d …": growth, demand or supply of what, the sentence before said.
  // "For 2024 as a whole, growth …": a time frame first says when, not of what.
  const framed = text.replace(TIME_FRAME, '');
  if (
    /^(?:\p{Lu}\p{Ll}+ )?(?:growth|gains?|demand|supply|output|declines?|increases?|decreases?)\b/iu.test(framed) &&
    !/^(?:Global|World|World's|US|U\.S\.|UK|EU|Chinese|Indian|Oil|Gas)\b/i.test(framed)
  )
    return 'growth of what';
  // "Net service revenues were $286.9 million …": whose, only the lede said.
  if (OWNERLESS_FIGURE.test(text) && !st.mentions.some((m) => m.entity.type === 'org' || m.entity.type === 'person')) return 'whose figures';
  // "May’s price increase marks …": a month's figure with neither year nor subject; "the affected
  // population": affected by what, another sentence said.
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s\b/.test(text) || /\bthe affected\b/i.test(plain))
    return 'whose figure';
  // "24 persons have been killed", "26% of the wells have been damaged": by what, another sentence said.
  // "Former Senator Ann Lee has died at her home": a named person's death is the news, not a harm of an unnamed cause.
  const death = /\b(?:died|dies|has died|had died|passed away)\b/.exec(plain);
  const ownDeath =
    !!death &&
    (st.mentions.some((m) => m.entity.type === 'person' && m.end <= death.index) ||
      /\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}’'-]+(?:, .{3,200}?,?)? (?:has |had )?(?:died|dies|passed away)\b/u.test(plain));
  if (HARM.test(plain.replace(/\brisk of (?:death|dying)\b/g, '')) && !CAUSE.test(plain) && !ownDeath) return 'harm without its cause';
  // "Cash aid is second but trails far behind": a ranking whose leader is in another sentence.
  if (/\b(?:is|was|are|were|ranks?|ranked|came|comes|comes in) (?:second|third|fourth|fifth|next|last)\b/i.test(plain)) return 'a ranking led elsewhere';
  if (DEMONSTRATIVE_THAT.test(plain)) return 'demonstrative';
  for (const m of plain.matchAll(PRONOUN)) {
    const word = m[0].toLowerCase();
    const at = m.index ?? 0;
    // "Dr Hart said her team …": a person named before a third-person pronoun is its antecedent.
    if (THIRD_PERSON_HUMAN.has(word) && st.mentions.some((x) => x.entity.type === 'person' && x.end <= at)) continue;
    // "New Horizons phoned home … to confirm it had": a lede has nothing before it but the thing it names.
    if (first && word === 'it' && at > 0 && thingBefore(st, plain, at)) continue;
    // "The pilot of the flight … when he did finally notice": a person described before the pronoun.
    if (THIRD_PERSON_HUMAN.has(word) && DESCRIBED_PERSON.test(plain.slice(0, at))) continue;
    // "Addus said its revenue …": a named body or place before "its"/"their".
    // "Two nearby islands … had their land masses increased": a plural or body named before it.
    // "The fire started in the north end, so by concentrating their work": "their" needs a plural or a body before it.
    if (
      (word === 'their' || word === 'them' || word === 'they') &&
      // "Within five minutes they were rewarded": a span of time is no one who acts.
      !PLURAL_BEFORE.test(plain.slice(0, at).replace(/\b(?:seconds|minutes|hours|days|weeks|months|years|decades|times)\b/g, '')) &&
      !st.mentions.some((x) => x.end <= at && x.entity.type !== 'person')
    )
      return `pronoun “${word}”`;
    // "Between February and September 1840, missionaries … explained its terms": no thing before "its".
    if (word === 'its' && !thingBefore(st, plain, at)) return `pronoun “${m[0]}”`;
    if (
      (word === 'its' || word === 'their' || word === 'them' || word === 'they') &&
      at > 0 &&
      /\p{L}{3,}.*\s/u.test(plain.slice(0, at)) &&
      !/^(?:\S+\s){0,1}$/u.test(plain.slice(0, at))
    )
      continue;
    if ((word === 'his' || word === 'her') && capitalBefore(st, plain, at)) continue;
    // "Facebook announced that it has reached …": the named subject said it of itself.
    if (word === 'it' && SUBJECT_SAID.test(plain.slice(0, at))) continue;
    // "making it difficult for …", "it’s not surprising that …": an "it" that stands for nothing.
    if (at === 0 && CLEFT.test(plain)) continue;
    if (
      word === 'it' &&
      (/^it(?:['’]s| is| was)? (?:not |very |quite |also |so )?\p{Ll}+ (?:to|for|that)\b/u.test(plain.slice(at)) ||
        /\b(?:mak\w*|find\w*|found|keep\w*|kept) $/.test(plain.slice(0, at)))
    )
      continue;
    return `pronoun “${m[0]}”`;
  }
  // Quotes in the first person need a named speaker in the sentence.
  if (/[“"][^”"]*\b(?:I|we|our|my|us)\b/i.test(text) && !st.mentions.some((x) => x.entity.type === 'person' || x.entity.type === 'org'))
    return 'first-person quote without a speaker';
  // "Warren said …" after "Army Col. Steve Warren" two sentences back: the reader never met him.
  for (const m of st.mentions) {
    // "President Ayub", "Premier Shastri": a head of state or government by title is known by it.
    if (
      m.entity.type === 'person' &&
      m.form === 'surname' &&
      m.entity.name.includes(' ') &&
      !st.text.includes(m.entity.name) &&
      !HEAD_TITLE.test(`${st.text.slice(0, m.start)}${m.text.replace(/\S+$/, '')}`)
    )
      return `“${m.text}” introduced earlier`;
  }
  // "the volcano", "the participants", "the exercise": a thing an earlier sentence introduced.
  // A compound ("the inflation report", "the control arm") says what it is; a bare noun does not.
  if (!plain.includes('he ')) return null;
  // "the £10,000 award": a figure before the noun is read like an adjective.
  // "the vaccine - which can be stored in a fridge - induces": an aside between dashes says nothing of which one.
  const unaside = plain.includes(' - ') || plain.includes(' – ') ? plain.replace(/\s[-–—]\s[^-–—]{1,160}?\s[-–—]\s/g, ' ') : plain;
  const words = (/\d/.test(unaside) ? unaside.replace(/[£$€¥]?\d[\d,.]*\d|[£$€¥]?\d/g, '0') : unaside).match(WORDS) ?? [];
  // "In Smith v Jones, the appellant …": the case names its own parties and steps.
  const ruling = CASE_PREFIX.test(text);
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] !== 'the' && words[i] !== 'The') continue;
    if (ruling && (CASE_NOUNS.has(words[i + 1]) || CASE_NOUNS.has(words[i + 2]))) continue;
    // "the hitherto inert volcano": a thing the text introduced, behind generic adjectives.
    for (
      let k = i + 1;
      k <= i + 3 &&
      k < words.length &&
      (ADJECTIVE.test(words[k]) || DESCRIPTIVE.test(words[k]) || words[k] === '0' || SCALE.test(words[k]) || DEMONYM_ACT.test(`${words[k]} ${words[k + 1]}`));
      k++
    ) {
      const next = words[k + 1] ?? '';
      // "the second quarter of 2024" says which one.
      if (words[k + 2] === 'of' && /^(?:\d|\p{Lu})/u.test(words[k + 3] ?? '')) break;
      // "the 12 months to November 2024": a span the month it ends says.
      if (
        k === i + 1 &&
        words[k] === '0' &&
        TIME_NOUN.test(next.replace(/s$/, '')) &&
        /^(?:to|ending|ended|before|through)$/.test(words[k + 2] ?? '') &&
        ANCHOR.test(text)
      )
        break;
      if ((EVENT_NOUNS.has(next) && !first) || earlier.has(stem(next))) return `“the … ${next}” points back`;
    }
    const noun = words[i + 1].replace(/[’'].*$/, '');
    if (!/^\p{Ll}{3,}$/u.test(noun) || UNIQUE.has(noun) || FUNCTION_WORDS.has(noun)) continue;
    // "the regional and national capital": an adjective before "and", not a noun.
    if (DESCRIPTIVE.test(noun) && /^(?:and|or)$/.test(words[i + 2] ?? '')) continue;
    // "inflation for November 2024 … 0.3% for the month": the sentence names its month.
    if (TIME_NOUN.test(noun) && ANCHOR.test(text)) continue;
    // "the company’s infrastructure": the company is the thing, not a kind of infrastructure.
    const after = /[’']s?$/.test(words[i + 1]) ? '.' : (words[i + 2] ?? '.');
    // "The planet, known as TOI-4471 b, …" names itself.
    if (after === ',' && /^(?:known|called|named|dubbed)$/.test(words[i + 3] ?? '')) continue;
    // "the second quarter of 2024" says which one.
    if (words[i + 3] === 'of' && /^(?:\d|\p{Lu})/u.test(words[i + 4] ?? '')) continue;
    // "around the island earlier in 1883": a time adverb after the noun, not a second noun.
    const compound =
      /^\p{Ll}[\p{Ll}-]{2,}$/u.test(after) && !FUNCTION_WORDS.has(after) && !RESTRICTOR.has(after) && !TIME_ADVERB.test(after) && !verbLike(after, noun);
    // "the sharp decline", "the annual exercise": an adjective before a noun that points back.
    if (compound && ADJECTIVE.test(noun) && ((EVENT_NOUNS.has(after) && !first) || previous.has(stem(after)) || earlier.has(stem(after))))
      return `“the ${noun} ${after}” points back`;
    // "The default judgment" after "a judgment obtained by EBS": a kind of a thing already met.
    if (compound && !first && EVENT_NOUNS.has(after) && earlier.has(stem(after))) return `“the ${noun} ${after}” points back`;
    // "praised the accord reached on Thursday": its own when ("The accident happened in …" is a subject and its verb).
    const object = i > 0 && !/^(?:,|said|says|that|when|after|before|as|because|since|while|where|until)$/i.test(words[i - 1]);
    if (object && /^\p{Ll}{3,}ed$/u.test(after) && /^(?:on|in|at|by|last|this)$/.test(words[i + 3] ?? '')) continue;
    // "the earthquake in Pakistan": a place says which one.
    if ((after === 'in' || after === 'at') && /^\p{Lu}/u.test(words[i + 3] ?? '')) continue;
    if (
      compound ||
      after === 'of' ||
      after === 'for' ||
      (after === 'to' && ENTITLEMENT.test(noun)) ||
      // "told the team that people …": a "that" after one told opens what was said, it names no team.
      (after === 'that' && !TOLD.test(words[i - 1] ?? '')) ||
      /^(?:which|who|called|named)$/.test(after)
    )
      continue;
    // "Cyclone Nargis struck Myanmar …, hitting the country's largest city": the one country the sentence named before.
    if (noun === 'country' && new Set(st.mentions.filter((m) => m.entity.type === 'country').map((m) => m.entity)).size === 1) {
      const at = text.search(/\bthe country\b/i);
      if (st.mentions.some((m) => m.entity.type === 'country' && m.end <= at)) continue;
    }
    if (previous.has(stem(noun)) || earlier.has(stem(noun)) || (EVENT_NOUNS.has(noun) && !first)) return `“the ${noun}” points back`;
  }
  return null;
}

const HEAD_TITLE = /\b(?:President|Premier|Prime Minister|Chancellor|King|Queen|Emperor|Empress|Pope|Shah|Sultan|Marshal) $/;
/** A person the sentence describes by what they do: "The pilot of a flight", "a local fisherman". */
const DESCRIBED_PERSON =
  /^(?:The|An?) (?:[\p{Ll}-]+ )?(?:pilot|co-pilot|captain|driver|man|woman|boy|girl|officer|soldier|diver|fisherman|farmer|teacher|doctor|nurse|patient|student|worker|resident|passenger|suspect)\b(?! (?:said|says)\b)/u;
/** "the elusive fish", "the regional …": a word shaped like an adjective. */
const DESCRIPTIVE = /^\p{Ll}{3,}(?:ive|ous|ic|al|less)$/u;
/** "the right to freedom of expression": an entitlement its complement names. */
const ENTITLEMENT = /^(?:right|rights|duty|freedom|access|ability|power|obligation)$/;
/** A thing "its" may stand for before `at`: a body or place named, a noun after an article, a name. */
function thingBefore(st: StatementAnalysis, plain: string, at: number): boolean {
  const before = plain.slice(0, at);
  if (st.mentions.some((x) => x.end <= at && x.entity.type !== 'person') || /\b(?:the|a|an|this|that) \p{L}/iu.test(before)) return true;
  // "Many of its findings": a quantifier names nothing.
  return (before.match(/\p{Lu}[\p{L}&.-]+/gu) ?? []).some((w) => !CALENDAR.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && !QUANTIFIER.test(w));
}
const TOLD = /^(?:told|tell|tells|informed|assured|warned|briefed|reminded|advised|showed)$/;
const QUANTIFIER = /^(?:Many|Most|Some|All|Several|Few|Much|Both|Each|Half|None|Any|Part)$/;
const CALENDAR = new RegExp(`^(?:${MONTH_ALTERNATION}|${WEEKDAY_ALTERNATION})$`);

/**
 * Why each statement of an analysed briefing cannot stand alone ('unusable' for one that is no
 * sentence at all), or null where it can: each judged against the headline and what came before.
 */
export function standaloneVerdicts(analysis: BriefingAnalysis, headline: string): (string | null)[] {
  let previous = new Set<string>();
  contentStems(headline, previous);
  const earlier = new Set(previous);
  const surnames = new Set<string>(analysis.headlineSurnames);
  const metPeople = new Set<string>();
  const titled = new Set<string>(analysis.headlineSurnames);
  let sawUsable = false;
  const texts = analysis.statements.map((st) => st.text);
  const misspelt = misspeltIn(texts, headline);
  const twins = twinsIn(texts);
  return analysis.statements.map((st) => {
    // The lede restates the headline: a thing only the headline named is the lede's own.
    const none = new Set<string>();
    const dependence = st.usable
      ? sawUsable
        ? dependsOnContext(st, previous, earlier, false, surnames, metPeople)
        : dependsOnContext(st, none, none, true, surnames, metPeople)
      : 'unusable';
    const why = dependence ?? (misspelt.has(st.index) ? 'a word spelt two ways' : twins.has(st.index) ? 'told apart from another only by its figures' : null);
    for (const x of st.surnames) surnames.add(x);
    // "… Foreign Minister Bui Thanh Son" then "Son hailed …": the last word of a name is a surname
    // even where the name is one the entity finder does not know.
    for (const m of st.source.matchAll(NAME_TAIL)) if (!FUNCTION_WORDS.has(m[1].toLowerCase()) && !/[^s]s$/.test(m[1])) surnames.add(m[1]);
    for (const m of st.mentions)
      if (m.entity.type === 'person' && m.entity.surname && m.entity.name.includes(' ') && !titled.has(m.entity.surname)) metPeople.add(m.entity.surname);
    sawUsable ||= st.usable;
    previous = new Set();
    contentStems(st.source, previous);
    for (const x of previous) earlier.add(x);
    return why;
  });
}
