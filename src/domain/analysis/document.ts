// One pass over a parsed briefing: per statement, whether it can carry a question, its entities,
// quotes, numbers and dates, who its subject is (pronouns resolved where it is safe) and whether
// that subject is speaking.

import type { ParsedBriefing } from '../types';
import { findDates } from './dates';
import { findAllMentions, type EntityRegistry, type Mention } from './entities';
import { findNumbers } from './numbers';
import { findQuotes, insideQuote, insideQuoteRuns, loneQuoteMark } from './quotes';
import { reportedPeriod, writePeriods } from './relative-times';
import { CLEFT, FUNCTION_WORDS, verbLike } from './words';
import { bareDayYear, bareMonthYear, MAYBE_RELATIVE, ownDatelineElse, RELATIVE_DAYS_ALL, storyDay } from './relative-days';
import { EVENT_INTRO, learnDefinition, learnEvent, learnEventVerbs, learnNamedPhrases, learnStormNames, NAMED_PHRASE_START, THE_NOUN } from './definitions';
import { isUsable } from './usable';
import { findPredicate, findQuoteSpeaker, lastPair, lastSubjectPerson, SAID, shiftAll, shortName, subjectOf, type StatementAnalysis } from './statement';

export type { StatementAnalysis };
import { caseName, inCase } from './cases';
import {
  ABSTRACT_LEAD,
  ASIDE_URL,
  CONNECTIVE_LEAD,
  DATELINE_LEAD,
  DOUBLED,
  FOOTNOTE_MARK,
  FRAME_LEAD,
  LANGUAGE_GLOSS,
  MARKS,
  NOTE_LABEL,
  SECTION_LEAD,
  SEE_FIGURE,
} from './leads';

/** "Ahead of the summit, they discussed …": a pronoun subject after a lead, with nothing to resolve it to. */
const PRONOUN_AFTER_LEAD = /^[^,“”"]{2,60}, (?:he|she|they|it|we|the two|both)\b/;
export interface BriefingAnalysis {
  statements: StatementAnalysis[];
  registry: EntityRegistry;
  /** Surnames of the "Ros Barber" pairs the headline names. */
  headlineSurnames: string[];
}

const PRONOUN_START = /^(He|She|His|Her)\b(?= \p{Ll})/u;
const PAIR_START =
  /^(They|The two(?: leaders| men| women| presidents| ministers| mayors)(?=\s)|Both leaders|The leaders|The President and(?: the)? Prime Minister)\b/;
const DANGLING_START =
  /^(It|Its|This|That|These|Those|His|Her|Their|Them|Such|The latter|The former|The two(?! (?:sides|countries|nations|governments|teams|leaders|ministers|delegations|companies|parties)\b)|The pair|They|He|She|We|I|You|One(?= \p{Ll}+(?:ed|s)\b| of\b))\b/u;
/** "Ros Barber", "Steve Warren": a first name and a surname; group 1 is the surname ("Central Sulawesi" is a place). */
const NAME_PAIR =
  /\b(?!(?:The|A|An|In|On|At|By|For|From|Of|To|With|And|But|Or|As|If|When|While|After|Before|During|Since|This|That|These|Those|His|Her|Its|Their|Our|Under|Over|Acquire|Acquires|Buy|Buys|Sell|Sells|Sign|Signs|Meet|Meets|Beat|Beats|Join|Joins|Visit|Visits|Name|Names|Appoint|Appoints|Hire|Hires|Face|Faces|Welcome|Welcomes|Urge|Urges|New|North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Greater|Inner|Outer|Mount|Lake|Cape|Port|Fort|United|Great|Leader|President|Premier|Minister|Chancellor|King|Queen|Prince|Princess|Chairman|Chief|General|Colonel|Captain|Coach|Judge|Senator|Governor|Mayor|Pope|Sir|Lord|Lady)\b)\p{Lu}\p{Ll}+ (?:\p{Lu}\. )?(\p{Lu}(?:\p{Ll}{2,}|\p{Ll}+\p{Lu}\p{Ll}+))(?:['’]s)?\b/gu;
/** The body a results release is issued by: "Addus HomeCare Corporation (NASDAQ:ADUS), …". */
const ISSUER =
  /^((?:\p{Lu}[\p{L}&.'’-]*\s){0,3}\p{Lu}[\p{L}&.'’-]*)\s(?:(?:Corporation|Corp\.|Inc\.|Incorporated|Ltd\.?|Limited|plc|PLC|Group|Company|Holdings|N\.V\.|S\.A\.|AG|SE)[\s,(]|\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s?:\s?[A-Z.]{1,6}\)\s(?:today\s)?(?:reported|announced)\b)/u;
/** "Private Bancorp of America, Inc. Announces Record Net Income …": a release's headline names its issuer. */
const HEADLINE_ISSUER =
  /^(\p{Lu}[\p{L}\d&.'’-]*(?: (?:of|and|&|\p{Lu}[\p{L}\d&.'’-]*)){0,5}?)(?:,? (?:Inc\.|Corp\.|Corporation|Ltd\.?|plc|PLC|Company|Holdings|Group))? (?:Announces|Reports|Posts|Delivers|reports|announces)\b/u;
/** A company's own figures, named without the company: "Net service revenues were …". */
export const OWNERLESS_FIGURE =
  /^((?:(?:For|In|During) [^,]{3,60}, )?)((?:(?:First|Second|Third|Fourth) quarter (?:\d{4} )?|Full[- ]year (?:\d{4} )?|Fiscal (?:year )?\d{4} )?(?:(?:reported|adjusted) )?(?:(?:Adjusted|Total|Net|Gross|Operating|Diluted|Consolidated|Quarterly|Annual|Core) )*(?:(?:GAAP|non-GAAP) )?(?:(?:net|service|operating|diluted) )*(?:revenues?|income|EBITDA|EPS|(?:net )?EPS|earnings|sales|profits?|loss(?:es)?|margins?|cash flows?|assets|deposits|loans(?: held-for-investment)?|provision for credit losses)\b)/i;
/** A news agency or "media" reporting the sentence, at its end: ", AFP reports", ", media reported Sunday". */
const SOURCE_TAG =
  /,\s(?:\p{Lu}[\p{L}-]{2,}(?= (?:reports|reported)\b)|[\p{L}\d-]{2,}\.(?:com|net|org|co\.uk|in|news)|AFP|Reuters|AP|the Associated Press|Xinhua|TASS|Interfax|Kyodo|Yonhap|Bernama|ANI|PTI|IANS|(?:local |state |national |\p{Lu}\p{Ll}+ )?(?:media|news agencies|press))(?: outlets)? (?:reports?|reported|said|says)(?: on)?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?=[.!]["”]?$)/u;
/** ", according to the Associated Press.": the wire that carried a claim the sentence states whole. */
const ACCORDING_TAG =
  /,\saccording to (?:the )?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Xinhua|Bloomberg|TASS|Interfax|Kyodo|Yonhap|(?:local |state )?media(?: reports)?)(?=[.!]["”]?$)/u;
/** ", the Foreign Office said in a statement.": a body's tag after a claim the sentence states whole. */
const BODY_TAG =
  /,\s(?:the (?:\p{Lu}[\p{L}’'-]+ ){0,3}(?:Office|Ministry|Department|Agency|Commission|Government|Police|Embassy|Secretariat|Bureau|Council)|(?:the )?(?:ministry|government|police|officials|authorities|the agency|the department)) (?:said|says|reported|announced|stated)(?: (?:in a|in its) (?:statement|release|press release))?(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?=[.!]$)/u;
const TWO_CAPITALS = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}/u;
/** Lower-case words of a text: a capitalised "Net" that is also "net" is a word, not a surname. */
const LOWER_WORD = /(?<!\p{L})\p{Ll}{3,}(?!\p{L})/gu;
function lowerWordsOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  // `match` gives the words alone, without a match object per word.
  for (const t of texts) for (const w of t.match(LOWER_WORD) ?? []) out.add(w);
  return out;
}
const QUOTE_THEN_PRONOUN = new RegExp(`^([“"].{8,400}?[,.?!]?[”"],? )(he|she)(?= ${SAID}\\b)`, 'u');
/** A department swallowed into a name ("Information Technology Ashwini Vaishnaw"), a role read as a name. */
export const MALFORMED_NAME =
  /\b(?:Technology|Affairs|Communications|Information|Finance|Defen[cs]e|Health|Education|Interior|Justice|Labou?r|Trade|Commerce|Industry|Energy|Agriculture|Transport|Development|Security)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$|^(?:Man|Woman|Player)-of-the-|^(?:Limited|Ltd|Inc|Corporation|Group|Company)$/u;
const SAID_WORD = /\b(?:said|says|added|told)\b/;
/** "…,” Barber said": a surname just before "said". */
const SPEAKER_BEFORE_SAID = /(?<=[,”"] )(\p{Lu}\p{Ll}{2,})(?= (?:said|says|added|told)\b)/u;
/** "…," said LeFebvre. */
const SPEAKER_AFTER_SAID = /(?<=\b(?:said|says|added|told) )(\p{Lu}(?:\p{Ll}{2,}|\p{Ll}+\p{Lu}\p{Ll}+))(?=[.,;])/u;
/** "In May, 2003, King stood …" */
const NAME_AFTER_DATE = /(?<=\d, )(\p{Lu}\p{Ll}{2,})(?= \p{Ll}{3,}\b)/u;
/** "not to vote for King.": sticky, tried only after the last space, where alone it can match. */
const NAME_AT_END = /(?<=\b(?:for|against|by|with|to|from) )(\p{Lu}\p{Ll}{2,})(?=[.,;]?$)/uy;
function nameAtEnd(text: string): RegExpExecArray | null {
  NAME_AT_END.lastIndex = text.lastIndexOf(' ') + 1;
  return NAME_AT_END.exec(text);
}
/** " also" before a verb, outside quotes; not before a cause ("was also due to" says there is another), nor after "not only". */
const ALSO =
  /(?<!\bnot only\b.*) also(?= \p{Ll})(?! (?:due to|because|thanks to|driven by|caused by|helped by|owing to|a result)\b)|(?<=\p{L}), notably,(?= \p{Ll})/u;
function lastYearIn(text: string, before: number | null): number | null {
  const years = text.match(/\b(?:1[5-9]|20)\d\d\b/g);
  return years ? Number(years[years.length - 1]) : before;
}
/**
 * Analyses the statements of a briefing in order. With `usableLimit`, stops after that many
 * usable statements: the rest of a very long text cannot reach the bank anyway.
 */
export function analyseBriefing(parsed: ParsedBriefing, usableLimit = Infinity): BriefingAnalysis {
  const usableFlags: boolean[] = [];
  let usable = 0;
  for (const s of parsed.statements) {
    const ok = isUsable(s);
    usableFlags.push(ok);
    if (ok && ++usable >= usableLimit) break;
  }
  const statements = parsed.statements.slice(0, usableFlags.length);
  const { registry, mentions } = findAllMentions(statements);
  const out: StatementAnalysis[] = [];
  /** "volcano" → "Krakatoa": nouns an earlier statement defined by name. */
  const defined = new Map<string, string>();
  let lastDefined: string | null = null;
  const lowerWords = lowerWordsOf(statements);
  /** "Barber" → "Ros Barber": surnames the headline or an earlier statement gave in full. */
  const fullNames = new Map<string, string>();
  const learnNames = (t: string) => {
    const tails: string[] = [];
    // Most sentences hold no two capitalised words in a row: one cheap test first.
    if (!TWO_CAPITALS.test(t)) return tails;
    for (const m of t.matchAll(NAME_PAIR)) {
      if (lowerWords.has(m[1].toLowerCase())) continue;
      tails.push(m[1]);
      if (!fullNames.has(m[1])) fullNames.set(m[1], m[0].replace(/['’]s$/, ''));
    }
    return tails;
  };
  const headlineSurnames = learnNames(parsed.headline);
  learnStormNames(parsed.headline, defined);
  // "Another earthquake …" anywhere in the text: "the earthquake" could be either, before or after it.
  const repeated = new Set<string>();
  for (const st of statements) for (const m of st.matchAll(EVENT_INTRO)) if (/^(?:another|a second|a new)/i.test(m[0])) repeated.add(m[1]);
  // "The Kestrel Corporation reported …": the issuer is "Kestrel", whose figures read "Kestrel’s".
  const issuer = ((statements.length ? ISSUER.exec(statements[0])?.[1] : undefined) ?? HEADLINE_ISSUER.exec(parsed.headline)?.[1])?.replace(
    /^The (?=\p{Lu})/u,
    '',
  );
  const ruling = caseName(parsed.headline);
  const reported = reportedPeriod(parsed.headline, statements[0] ?? '', parsed.date);
  const today = parsed.date ? storyDay(parsed.dateline ?? statements[0] ?? '', statements, parsed.date) : '';
  // "attacked near Kassassin on 10 September" in a post of 2015 on 1882: a text whose every year lies long before its date is no day of that year.
  const named = statements.join(' ').match(/\b(?:1[5-9]|20)\d\d\b/g) ?? [];
  const own = parsed.date && !(named.length && named.every((y) => Number(y) <= Number(parsed.date!.slice(0, 4)) - 10)) ? parsed.date : null;
  let lastYear = lastYearIn(parsed.headline, null); // the last year the text named: what "earlier that year" is read against
  // A sentence without a mark inside a quote that runs on is the speaker's, not the text's.
  const inRuns = insideQuoteRuns(statements);
  statements.forEach((source, index) => {
    let text = source;
    let ms = mentions[index];
    let subject: StatementAnalysis['subject'] = null;
    let dangling = false;
    let quotes = findQuotes(text);
    let numbers = findNumbers(text);
    let dates = findDates(text);

    /** Removes [from, to) from the text and moves every span after it; spans inside it go. */
    const cut = (from: number, to: number, insert = '') => {
      const by = to - from - insert.length;
      const keep = <T extends { start: number; end: number; nameStart?: number }>(items: T[]) =>
        shiftAll(
          items.filter((x) => x.end <= from || x.start >= to),
          to,
          -by,
        );
      text = text.slice(0, from) + insert + text.slice(to);
      ms = keep(ms);
      quotes = keep(quotes);
      numbers = keep(numbers);
      dates = keep(dates);
    };
    const lone = usableFlags[index] ? loneQuoteMark(text) : null;
    if (lone === 'start') cut(0, 1);
    else if (lone === 'end') cut(text.length - 1, text.length);
    // Datelines ("VANCOUVER, Wash. –", "Dec. 11 (UPI) --"), section labels ("Results:") and
    // connectives that point back ("Finally, …", "In it, …") go, so what follows can stand (and be
    // resolved) on its own.
    for (let guard = 0; guard < 3; guard++) {
      // The patterns are costly on long capitalised openings: each runs only when its mark is there.
      const head = text.slice(0, 90);
      const lead =
        (/--|–|—|―/.test(head) ? DATELINE_LEAD.exec(text) : null) ??
        (head.includes(': ') ? (SECTION_LEAD.exec(text) ?? FRAME_LEAD.exec(text)) : null) ??
        ABSTRACT_LEAD.exec(text) ??
        CONNECTIVE_LEAD.exec(text);
      if (!lead || lead[0].length >= text.length - 10) break;
      cut(0, lead[0].length);
      text = text[0].toUpperCase() + text.slice(1);
    }
    // "…, host Frank Weber said, AFP reports.": the wire that carried it, not part of the fact.
    const tag = SOURCE_TAG.exec(text) ?? BODY_TAG.exec(text) ?? (text.includes('according to') ? ACCORDING_TAG.exec(text) : null);
    if (tag && !/[“"]/.test(text)) cut(tag.index, tag.index + tag[0].length);
    // "Realtors®", "(NASDAQ:ADUS)", "1973, exactly 45 years ago,": typography and the writer's own day, not content.
    for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) cut(m.index, m.index + m[0].length);
    if (text.includes('://') || text.includes('www.')) for (let m = ASIDE_URL.exec(text); m; m = ASIDE_URL.exec(text)) cut(m.index, m.index + m[0].length);
    for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) cut(m.index, m.index + m[1].length + 1);
    // "(see Figure 1)": a pointer to a figure the player never sees.
    if (text.includes('(see ')) for (let m = SEE_FIGURE.exec(text); m; m = SEE_FIGURE.exec(text)) cut(m.index, m.index + m[0].length);
    // "(Italian: battaglia di Varno)": an encyclopedia's names in other languages.
    if (text.includes(': ')) for (let m = LANGUAGE_GLOSS.exec(text); m; m = LANGUAGE_GLOSS.exec(text)) cut(m.index, m.index + m[0].length);
    // "The median existing-home price(2) for …", "the Foundation,(2) in": a footnote mark glued to a word.
    if (text.includes('(') || text.includes('[')) for (let m = FOOTNOTE_MARK.exec(text); m; m = FOOTNOTE_MARK.exec(text)) cut(m.index, m.index + m[0].length);
    // "the volcano" after "Krakatoa … is a volcano": the name an earlier sentence gave it.
    if (defined.size) {
      for (const m of text.matchAll(THE_NOUN)) {
        const noun = m[1];
        const name = defined.get(noun);
        if (!name) continue;
        const end = m.index + m[0].length;
        const next = /^[\s-]+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(end, end + 40))?.[1];
        // "the exercise programme" is another thing; "the exercise began" is the one named.
        if (next && (next === 'of' || (!verbLike(next, noun) && !FUNCTION_WORDS.has(next)))) continue;
        // "the meeting was adjourned" in minutes is their own meeting, not one they mention.
        if (insideQuote(text, m.index) || text.includes(name) || (noun === 'meeting' && /\b(?:adjourned|called to order|opened|closed)\b/.test(text))) continue;
        // "The outbreak in Lalitpur", "In Kailali, the outbreak": the sentence says where already.
        if (/ in \p{Lu}/u.test(name) && /\b[Ii]n \p{Lu}\p{Ll}/u.test(text)) continue;
        cut(m.index, end, m.index === 0 || /[.!?]\s$/.test(text.slice(0, m.index)) ? name[0].toUpperCase() + name.slice(1) : name);
        break;
      }
    }
    // "Warren said …" two sentences after "Army Col. Steve Warren": the full name, once for each
    // person ("Xi told Trump" → "Xi Jinping told Donald Trump").
    for (let guard = 0; guard < 3; guard++) {
      const short = ms.find(
        (x) =>
          x.entity.type === 'person' &&
          x.form === 'surname' &&
          !x.possessive &&
          x.entity.name.includes(' ') &&
          x.text === x.entity.surname &&
          // "Kestrel mums" in a text that writes "kestrel" in lower case too: a word, not a surname.
          !lowerWords.has(x.text.toLowerCase()) &&
          !text.includes(x.entity.name) &&
          !insideQuote(text, x.start) &&
          !MALFORMED_NAME.test(x.entity.name) &&
          x.entity.name.split(' ').length <= 3,
      );
      if (!short) break;
      const { start, end, entity } = short;
      cut(start, end, entity.name);
      ms = [
        ...ms,
        {
          start,
          end: start + entity.name.length,
          nameStart: start,
          text: entity.name,
          entity,
          form: 'name' as const,
          possessive: false,
          bound: false,
          hasArticle: false,
        },
      ].sort((a, b) => a.start - b.start);
    }
    // "Net service revenues were …" in a release by Addus HomeCare: "Addus HomeCare's net service …".
    const figure = issuer && index > 0 ? OWNERLESS_FIGURE.exec(text) : null;
    if (figure && !ms.some((m) => m.entity.type === 'org' || m.entity.type === 'person')) {
      const at = figure[1].length;
      const word = figure[2];
      // "Patterson Companies’ net income": a name ending in s takes the apostrophe alone.
      cut(at, at + word.length, `${issuer}${/s$/.test(issuer ?? '') ? '’' : '’s'} ${/^\p{Lu}{2}/u.test(word) ? word : word[0].toLowerCase() + word.slice(1)}`);
    }
    // "Vaishnaw said …" after "Ashwini Vaishnaw" in the headline: the full name, once.
    // Only a surname that does what people do: "Net income was" is no person.
    const bare =
      /^(\p{Lu}\p{Ll}{2,})(?= (?:said|says|added|told|noted|explained|argued|wrote|was|is|has|had|won|received|became|called|urged|warned|announced)\b)/u.exec(
        text,
      ) ??
      // The patterns that open with a look-behind try it at every position: each runs only when
      // the words it needs are there, the last only where it can match, after the last space.
      (SAID_WORD.test(text) ? (SPEAKER_BEFORE_SAID.exec(text) ?? SPEAKER_AFTER_SAID.exec(text)) : null) ??
      (/\d, /.test(text) ? NAME_AFTER_DATE.exec(text) : null) ??
      nameAtEnd(text);
    const full = bare ? fullNames.get(bare[1]) : undefined;
    if (bare && full && !text.includes(full) && !ms.some((m) => m.start <= bare.index && m.end > bare.index && m.entity.type !== 'person'))
      cut(bare.index, bare.index + bare[1].length, full);
    // "yesterday afternoon", "this year": days only the briefing's date line fixes, written out.
    if (today && MAYBE_RELATIVE.test(text) && !ownDatelineElse(source, today)) {
      for (const [re, make] of RELATIVE_DAYS_ALL) {
        // "the film Never on Sunday … died Sunday": past a match left as written, the next one.
        re.lastIndex = 0;
        let m: RegExpExecArray | null = null;
        let written: string | null = null;
        for (let tries = 0; tries < 3 && written === null && (m = re.exec(text)); tries++) written = insideQuote(text, m.index) ? null : make(today, m, text);
        if (!m || written === null) continue;
        const at = m.index + m[1].length;
        const rest = text.slice(m.index + m[0].length);
        // "Today a configuration error caused …" → "On 17 July 2020, a configuration error caused …"; not "Today CARE
        // works in …" (a present) nor "Yesterday was a bad day", "Thursday marked …" (the day is the subject).
        if (at === 0 && (!/\b(?:was|were|had|did|said|\p{Ll}{2,}ed)\b/u.test(text) || /^ (?:was|is|will|had|saw|\p{Ll}{3,}ed)\b/u.test(rest))) continue;
        if (at === 0) written = `${written[0].toUpperCase()}${written.slice(1)}${/^ \p{L}/u.test(rest) ? ',' : ''}`;
        // "annulled on Monday, 3 February 2020, the vote": a weekday's date set off by commas on both sides.
        else if (/day, \d/.test(written) && /^ [\p{L}\d]/u.test(rest)) written += ',';
        // "this evening (27th June)", "last month (June)", "today, Thursday 10 April", "on Thursday, September 7, 2023": the aside said the same in other words.
        const aside =
          /^ \((?:\d|[A-Z][a-z]+,? \d)[^()]{0,20}\)|^ \((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)|^ \((?:January|February|March|April|May|June|July|August|September|October|November|December)\)|^, (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)(?=[.,;])|^, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}(?=[.,;])/.exec(
            rest,
          )?.[0] ?? '';
        cut(at, m.index + m[0].length + aside.length, written);
        // "on Sunday, 23 August 2015": the date written in is a date like any other.
        dates = findDates(text);
      }
    }
    const year = own ? bareMonthYear(text, own, index > 0 ? statements[index - 1] : '') : null;
    if (year && !insideQuote(text, year.at)) {
      cut(year.at, year.at, ` ${year.year}`);
      dates = findDates(text);
    }
    const dayYear = own ? bareDayYear(text, own, index > 0 ? statements[index - 1] : '') : null;
    if (dayYear && !insideQuote(text, dayYear.at)) {
      cut(dayYear.at, dayYear.at, dayYear.insert);
      dates = findDates(text);
    }
    // "over the month" in a report on May 2018, "the prior-year period" beside its quarter.
    for (const e of writePeriods(text, { iso: parsed.date, reported, lastYear })) {
      cut(e.from, e.to, e.insert);
      dates = findDates(text);
    }
    lastYear = lastYearIn(source, lastYear);
    // "Krakatoa … is a volcano …. It erupted …": "It" right after a definition is the thing defined.
    if (lastDefined && /^It (?!is\b|was\b|has been\b|seems\b|appears\b)\p{Ll}/u.test(text)) cut(0, 2, lastDefined);
    // "Britain then closed the embassy": "then" only orders it after a sentence the player never sees.
    const then = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}( then)(?= \p{Ll}+ed\b)/u.exec(text);
    if (then) cut(then[0].length - then[1].length, then[0].length);
    // "The researchers were also able", "Ann Lee, notably, warned": the word points back and says nothing the player needs.
    if (text.includes(' also ') || text.includes(' notably,'))
      for (let m = ALSO.exec(text); m; m = ALSO.exec(text)) {
        if (insideQuote(text, m.index)) break;
        cut(m.index, m.index + m[0].length);
      }

    // “…,” he said. — the speaker is the person the last statements were about, or nobody we know.
    const after = QUOTE_THEN_PRONOUN.exec(text);
    if (after) {
      const p = lastSubjectPerson(out, 2, lowerWords);
      const at = after.index + after[1].length;
      if (p) {
        const name = shortName(p);
        const by = name.length - after[2].length;
        text = text.slice(0, at) + name + text.slice(at + after[2].length);
        const form: Mention['form'] = name === p.name ? 'name' : 'surname';
        ms = [
          ...shiftAll(ms, at, by),
          { start: at, end: at + name.length, nameStart: at, text: name, entity: p, form, possessive: false, bound: false, hasArticle: false },
        ].sort((a, b) => a.start - b.start);
      } else dangling = true;
    }

    // Inside a quote, "he" is whoever the speaker meant, not the text's last subject.
    const pron = lone ? null : PRONOUN_START.exec(text);
    const pairM = pron || lone ? null : PAIR_START.exec(text);
    if (lone && (PRONOUN_START.test(text) || PAIR_START.test(text))) dangling = true;
    if (pron) {
      const found = lastSubjectPerson(out, 2, lowerWords);
      // "Presiding Member": an office the entity finder took for a name is no one to write in; nor is a single word ("Tass
      // reported … He died"), as often an agency as a person, unless the headline or a sentence gave it in full ("Gary A. Doer").
      const full = found && (found.name.includes(' ') ? found.name : fullNames.get(found.name));
      const p = full && !/^(?:Presiding|Acting|Deputy|Vice|Chief|Senior|Junior|General|Executive|Honourable|Hon)\b/.test(full) ? found : null;
      // "His complete works were published …": the same person's, in the possessive.
      const owner = pron[1] === 'His' || pron[1] === 'Her';
      if (p && full) {
        // The full name: a surname alone reads as someone met before.
        const name = owner ? `${full}’s` : full;
        const by = name.length - pron[0].length;
        text = name + text.slice(pron[0].length);
        ms = [
          {
            start: 0,
            end: name.length,
            nameStart: 0,
            text: name,
            entity: p,
            form: 'name',
            possessive: owner,
            bound: false,
            hasArticle: false,
          },
          ...shiftAll(ms, 1, by),
        ];
        quotes = shiftAll(quotes, 1, by);
        numbers = shiftAll(numbers, 1, by);
        dates = shiftAll(dates, 1, by);
        if (!owner) subject = { start: 0, end: name.length, entity: p };
      } else dangling = true;
    } else if (pairM) {
      const pair = lastPair(out, 2);
      if (pair) {
        const name = `${shortName(pair[0])} and ${shortName(pair[1])}`;
        const by = name.length - pairM[0].length;
        text = name + text.slice(pairM[0].length);
        ms = shiftAll(ms, 1, by);
        quotes = shiftAll(quotes, 1, by);
        numbers = shiftAll(numbers, 1, by);
        dates = shiftAll(dates, 1, by);
        subject = { start: 0, end: name.length, entity: pair[0], pair: pair[1] };
      } else dangling = true;
    } else if ((DANGLING_START.test(text) && !CLEFT.test(text)) || PRONOUN_AFTER_LEAD.test(text)) {
      dangling = true;
    }

    subject ??= subjectOf(text, ms);
    let predicate = subject ? findPredicate(text, subject.end) : null;
    // "The motion was refused" in a ruling: the case says which motion.
    const inRuling =
      ruling && usableFlags[index]
        ? inCase(
            text,
            ruling,
            ms.some((m) => m.start === 0),
          )
        : null;
    if (inRuling) {
      const by = inRuling.length - text.length;
      cut(0, 0, inRuling.slice(0, by));
      text = inRuling;
      if (subject) subject = { ...subject, start: subject.start + by, end: subject.end + by };
      if (predicate) predicate = { ...predicate, verbStart: predicate.verbStart + by };
    }
    const surnames = learnNames(text);
    lastDefined = learnDefinition(text, defined);
    learnEvent(text, ms, defined, repeated);
    learnEventVerbs(text, defined);
    // "The same group also developed the Ayr COVID-19 vaccine": another vaccine, not the one "the vaccine" was.
    if (NAMED_PHRASE_START.test(text) && !/\balso\b/.test(source)) learnNamedPhrases(text, defined);
    learnStormNames(text, defined);
    out.push({
      index,
      source,
      text,
      usable: usableFlags[index] && !NOTE_LABEL.test(source),
      mentions: ms,
      quotes,
      numbers,
      dates,
      subject,
      predicate,
      dangling,
      quoteFragment: !!lone || inRuns[index],
      surnames,
      quoteSpeaker: subject ? null : findQuoteSpeaker(text, ms),
    });
  });
  return { statements: out, registry, headlineSurnames };
}
