// Shapes of a sentence that leave a reader of the lone question asking "of what?" or "after
// what?", or that are not sentences at all: each one a pattern blind reviewers failed.
import { ANCHOR } from '../analysis/relative-times';
import type { StatementAnalysis } from '../analysis/document';
import { COUNTRIES } from '../facts/countries';
import { MONTH_ALTERNATION, MONTHS, WEEKDAY_ALTERNATION, WEEKDAYS } from '../facts/months';

/** A finite verb a sentence of this shape would need ("Plans to expand the port were approved"). */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|did|does|said|says)\b/;
/** Past forms with no "-ed": a sentence with one of them has its verb. */
const IRREGULAR_PAST =
  /\b(?:rose|fell|grew|won|lost|took|made|gave|saw|came|went|began|ran|met|led|hit|set|put|cut|held|told|left|became|sold|bought|paid|built|brought|found|got|kept|spent|stood|sent|shot|struck|thought|wrote|drew|flew|broke|chose|drove|fought|caught|taught|sought|sank|swept|dealt|meant|felt|beat|bid|let|read|spread|slid|shut|sat|lay|laid|rang|sang|swam|threw|wore|woke|knew|grew|hung|split|quit|cost|fled|sped|lit|bled|bred|fed|dug|stuck|struck|spoke|froze|stole|tore|bore|rode|rose|shook|forgot|forgave|overtook|undertook|withdrew|overcame|upheld|arose)\b/;
/** "Kestrel to build a plant in Ayr": a headline's "X to do", not a sentence. */
const HEADLINE_TO = /^\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,3} to (?!be\b)\p{Ll}+\b/u;
/** "Mayor Ann Lee presiding, Council members … present": a roll call, not a sentence. */
const ROLL_CALL = /\b(?:presiding|present on roll call)\b/;
/** "doubling the lead 20 minutes later": later than what, the sentence before said. */
const LATER =
  /\b(?:\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)(?:[- ]\p{Ll}+)? (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) (?:later|earlier|afterwards?)\b/iu;
/** Every LATER match ends in one of these: a cheap test first. */
const MAYBE_LATER = /later|earlier|afterward/iu;
/** "the much larger services sector": larger than what, with no "than" to say. */
const COMPARED =
  /\bthe (?:much |far |even |slightly )?(?:larger|smaller|bigger|higher|lower|greater|wider|broader|narrower|older|younger)\b(?![\s\S]*\bthan\b)|^The [^,]{2,40}? alone\b/i;
/** "Value Pricing, eight projects in seven states, $3.0 million.": an item of a list, not a sentence. */
const LIST_ITEM = /^\p{Lu}[\p{L}\d&'’-]*(?: (?:\p{Lu}[\p{L}\d&'’-]*|of|and|for|the))*, [^,]{3,60}, [^,]{0,30}\d[^,]{0,30}\.$/u;
/** "Prices hit their highest since May": prices of what, the sentence before said. */
const BARE_MEASURE =
  /^(?:Costs?|Prices|Sales|Revenues?|Profits?|Earnings|Volumes?|Exports|Imports|Shares|Stocks|Futures|Turnover|Inflation)\b(?! (?:of|at|for|in) (?:the )?\p{Lu})(?! of\b)/u;
/** "Currency translation cut net sales by $55 million": whose sales, only the lede said. */
const COMPANY_FIGURE =
  /\b(?:net sales|revenues?|net income|net earnings|operating income|EBITDA|earnings per share|gross margin|free cash flow|total assets|(?:total |core )?deposits|(?:total )?loans(?: held-for-investment)?|net interest (?:income|margin)|provision for credit losses|book value|gross profit)\b/i;

/** Months and days: capitals that name no one. */
const CALENDAR_WORDS = new RegExp(`\\b(?:${[...MONTHS, ...WEEKDAYS].join('|')})\\b`, 'g');

/** "The Serb won …", "the 28-year-old said": a player or a person called by an epithet, named only elsewhere. */
const EPITHET =
  /\b[Tt]he (?:(?:elder|younger) \p{Lu}\p{Ll}+|\d{2}-year-old|[\d.]+-(?:meter|metre|foot|feet|cm|kg) \p{Lu}\p{Ll}+|(?:Serb|Swiss|Spaniard|Briton|Frenchman|Frenchwoman|Scot|Swede|Dane|Finn|Pole|Czech|Croat|Argentine|Brazilian|Australian|American|Russian|German|Italian|Belgian|Canadian|Japanese|Kenyan|Ethiopian|Dutchman|Norwegian|Austrian|Greek|Portuguese|Mexican|Colombian|Chilean|Uruguayan|Irishman|Welshman|Englishman|Kiwi|Aussie|Frenchman|Serbian|Spanish|Swiss star)\b(?=[,.;]?\s+(?:[a-z]+ed|joins|wins|leads|takes|says|makes|becomes|remains|faces|plays|holds|won|beat|lost|said|took|had|has|was|is|will|would|could|broke|held|saved|hit|made|sealed|claimed)\b|[,.;]))/u;
/** "The Liverpool forward", "the mustachioed author": a player or a writer called by a role, named elsewhere. */
const ROLE_EPITHET =
  /\b[Tt]he (?:\p{Lu}\p{Ll}+ |\p{Ll}{4,}(?:ed|ing|ful|ous|ic|al) )?(?:forward|striker|midfielder|defender|goalkeeper|keeper|winger|playmaker|author|writer|poet|novelist|songwriter|singer|actor|actress|youngster|teenager|player|batsman|bowler|veteran)\b(?! \p{Lu}| of\b|,? (?:who|whose|known|named|called)\b)|\b[Tt]he \p{Lu}[\p{L}-]*-born\b/u;
const GRIEF = /\b(?:[Tt]ears|wept|weeping|mourning|mourners|grief|grieving|funeral)\b/;
/** "the European Union's worst economy", "the world's largest carmaker": a thing called by its rank, with no name beside it. */
const RANK_EPITHET =
  /\b[Tt]he (?:\p{Lu}[\p{L}.]*\s?){1,4}['’]s (?:\p{Ll}+est|most \p{Ll}+|worst|best|top|leading) (?:economy|country|nation|state|company|firm|bank|lender|insurer|carmaker|automaker|retailer|producer|exporter|importer|airline|club|team|city|port|miner|operator)\b(?!,? \p{Lu}| of\b)/u;
/** "the diminutive French leader": a ruler or commander called by an epithet, named elsewhere. */
const LEADER_EPITHET =
  /\b[Tt]he (?:\p{Ll}+ )?(?:French|British|English|German|Prussian|Russian|Austrian|Spanish|Italian|American|Chinese|Japanese|Soviet|Roman|Greek|Turkish|Ottoman|Corsican) (?:leader|emperor|general|commander|monarch|dictator|strongman|statesman)\b(?! \p{Lu})/u;
/** "Nearly 27,000 people in 270 shelters in Texas.": a bullet's figure with no verb. */
const QUANTITY_FRAGMENT =
  /^(?:(?:Nearly|Almost|About|Around|Over|Approximately|Some|Up to|At least|More than|Fewer than|Less than) )?[\d,.]+\+? (?:\p{Lu}[\p{L}-]* )*\p{Ll}/u;
/** The place a bullet's figure ends on: "… in 270 shelters in Texas.", "… on the ground." */
const FRAGMENT_END = /\b(?:in|on|at|across|from|for|near) (?:(?:the|a|an) )?(?:\p{Lu}[\p{L}.'’-]*(?: |(?=\.$))){1,4}\.$|\bon the ground\.$/u;
/** "the Southeast Asian archipelago", "the single currency": a place or a currency called by an epithet. */
const PLACE_EPITHET =
  /\b[Tt]he (?:(?:\p{Lu}[\p{L}-]+ ){1,3}(?:archipelago|island nation|nation|country|kingdom|republic|city-state|state|emirate|monarchy)\b(?! of\b)|(?:single|common) currency\b|greenback\b|Islamic Republic\b(?! of\b)|Jewish state\b|Gulf state\b|island nation\b|Himalayan (?:nation|kingdom)\b|(?:hosts|visitors|home side|away side|holders|defending champions)\b)/u;
const DOCUMENT_TITLE =
  /^(?:Minutes|Report|Summary|Notice|Agenda|Record|Transcript|(?:Preliminary |Initial |Final )?(?:examination|investigation|review|inquiry|report))\b (?:of|into|on|for)\b/i;
const BARE_PLURAL = /^\p{Lu}\p{Ll}{2,}[^s\s]s (?:are|were|have|had|will|can|may|must|should|remain|continue)\b/u;
/** "finished third at 2:15:24", "was the top runner in fifth place": a placing in a race. */
const PLACING =
  /\b(?:finished|placed|came|ended)\b[^.]{0,40}?\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\b|\bin (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) place\b|\bwon the (?:men['’]s|women['’]s) \p{Ll}+/u;
/** The race or contest a placing is in, by its name. */
const CONTEST =
  /\b(?:\p{Lu}[\p{L}.'’-]+ )+(?:Marathon|Cup|Open|Championships?|Games|Olympics|Tour|Grand Prix|League|Final|Classic|Race|Derby|Trophy|Series|Stage|Tournament|Masters|Invitational|Rally|Prix)\b|\bTour de\b|\bstage \d+/u;
/** The formulas of minutes: which meeting, only the heading says. */
const MINUTES_FORMULA =
  /\b(?:called the meeting to order|(?:was|were) (?:absent|excused)|(?:was|were) present(?=\.$)|members of the public|motion (?:carried|passed|failed)|seconded the motion|meeting (?:was )?adjourned|approved the minutes|gave (?:his |her |their )?apologies|apologies (?:from|were|had been)|who presided|(?:on|to|from) the (?:\p{Lu}\p{Ll}+ )?agenda)\b/u;
/** A day a race was run on: a year alone does not say which race a placing was in. */
const RACE_DAY = new RegExp(`\\b(?:\\d{1,2} (?:${MONTH_ALTERNATION})|(?:${MONTH_ALTERNATION}) \\d{1,2}|${WEEKDAY_ALTERNATION})\\b`);
/** "GDP increased 0.1%": of which country, another sentence said ("as a percentage of GDP" is a ratio). */
const NATIONAL_MEASURE = /(?<!\bof )\b(?:GDP|gross domestic product)\b/;
/** "Plaintiff's deposition": a party of a case the sentence does not name ("Plaintiff, Lena Dorn," and "(Defendant)" name theirs; "defendant Mara" does not). */
const CASE_PARTY =
  /(?<!\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ee]ach|[Bb]oth|[Oo]ther|[Nn]o|[Ss]aid) |\()\b(?:[Pp]laintiff|[Dd]efendant|[Aa]ppellant|[Aa]ppellee|[Pp]etitioner)s?\b(?!, \p{Lu}|\))/u;
const NAMED_PARTY =
  /\b(?:[Pp]laintiff|[Dd]efendant|[Aa]ppellant|[Aa]ppellee|[Pp]etitioner)s?, \p{Lu}|\((?:Plaintiff|Defendant|Appellant|Appellee|Petitioner)s?\)/u;
const BODY_NAME = /\b(?:\p{Lu}[\p{L}'’-]+ )+(?:Council|Board|Committee|Township|Commission|Trustees|Authority|Assembly|Senate|Parliament)\b/u;
/** "the Act", "the Committee" standing for one the sentence does not name. */
const NAMELESS_TITLE = /\b[Tt]he (?:Act|Convention|Treaty|Regulation|Directive|Committee|Commission|Panel)\b(?! (?:of|for|on) (?:the )?\p{Lu}| \p{Lu})/u;
const NAMED_TITLE = /\p{Lu}[\p{L}'’-]* (?:Act|Convention|Treaty|Regulation|Directive|Committee|Commission|Panel)\b/u;
/** "The information stored there", "people living there": a place another sentence named ("insisted there was" is no place). */
const LOCATIVE_THERE =
  /\b(?:stored|located|based|housed|kept|held|buried|built|found|live[sd]?|living|went|go(?:es|ing)?|stay(?:s|ed|ing)?|from|near) there\b|\b\p{Ll}+ed there\b(?! (?:is|are|was|were|will|would|has|have|had|may|might|could|must|seems?|appears?)\b)/u;
/** "the fracture was about to give": a moment another sentence set. */
const ABOUT_TO = /\b(?:was|were) about to\b/;
/** "Ola Brandt expressed thanked …": two reporting verbs in a row, a word lost in the source. */
const TWO_VERBS =
  /\b(?:expressed|thanked|welcomed|stressed|noted|added|announced|stated|urged|praised|hailed|said) (?:expressed|thanked|welcomed|stressed|noted|announced|stated|urged|praised|hailed|said)\b/;
const SHARES =
  /\b(?:shares|stake|stakes|stock)\b(?! (?:of|in|at|on) (?:the )?\p{Lu}| (?:market|markets|exchange|exchanges|index|indexes|indices|prices)\b)(?!-)/u;
const COMMODITY =
  /\b(?:oil|crude|Brent|WTI|gold|silver|platinum|palladium|copper|nickel|alumin(?:i)?um|zinc|tin|lead|iron ore|wheat|corn|soybeans?|coffee|cocoa|sugar|cotton|gas|gasoline|diesel|palm oil|rubber|cattle|hogs)\b/i;
const DISEASE =
  /\b(?:measles|cholera|flu|influenza|covid|coronavirus|virus|infections?|disease|fever|malaria|tuberculosis|TB|HIV|AIDS|polio|dengue|Ebola|MERS|SARS|mpox|outbreak|cancer|diabetes|poisoning)\b/i;
/** A finite verb or a past form: what a clause needs to say something. */
export function hasVerb(text: string): boolean {
  return FINITE.test(text) || /\b\p{Ll}{2,}ed\b/u.test(text) || IRREGULAR_PAST.test(text);
}

/** "Political dialogue; trade in goods; …", "Ann Lee, former chairman, Tom Ray, former …": no verb at all. */
export function verbless(text: string): boolean {
  // "The fondue evening at Felsenegg": a word in -ing is no finite verb on its own.
  return !hasVerb(text) && (!MAYBE_VERB_S.test(text) || (text.match(/;/g)?.length ?? 0) >= 2);
}
/** A word in -s that may be a verb ("falls"); "Six months, 12 March to 31 October", "6.3 square kilometres": a measure is none, nor "analysis", "status", "progress". */
const MAYBE_VERB_S =
  /\b(?!(?:months|years|days|weeks|hours|minutes|kilometres|kilometers|miles|metres|meters|hectares|acres|tons|tonnes|units|dollars|euros|points|visitors|pavilions|countries)\b)\p{Ll}{2,}(?![isu])\p{Ll}s\b/u;
/** A year written out: a time the sentence fixes itself. */
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;
/** "Thursday marked the highest level talks …": a weekday as the subject. */
const WEEKDAY_SUBJECT = new RegExp(`^(?:${WEEKDAY_ALTERNATION}) (?:was|is|saw|\\p{Ll}{3,}ed)\\b`, 'u');
/** Why a sentence of one of these shapes cannot stand alone, or null. */
export function shapeProblem(st: StatementAnalysis, plain: string): string | null {
  const text = st.text;
  if (HEADLINE_TO.test(text) && !FINITE.test(plain)) return 'a headline, not a sentence';
  if (ROLL_CALL.test(plain) && !FINITE.test(plain)) return 'not a sentence';
  if (LIST_ITEM.test(text) && !FINITE.test(plain) && !/\b\p{Ll}{3,}ed\b/u.test(plain)) return 'not a sentence';
  if (verbless(text)) return 'not a sentence';
  const later = MAYBE_LATER.test(plain) ? LATER.exec(plain) : null;
  // "He resigned in 2001 and died two years later": the sentence holds what it counts from.
  if (later && !st.dates.some((d) => d.start < later.index) && !YEAR.test(plain.slice(0, later.index)))
    return `presupposes an earlier sentence (“${later[0].split(' ').pop()}”)`;
  if (COMPARED.test(plain)) return 'presupposes an earlier sentence (“than what”)';
  if (BARE_MEASURE.test(text)) return 'growth of what';
  // "officially announced the holding of the second round on May 28": the day of the news, or of the round?
  // ("said the budget was a disgrace on 9 January" says when it was said: a clause, not an event, is the object.)
  const last = st.dates[st.dates.length - 1];
  if (
    last &&
    /^\W*$/.test(text.slice(last.end)) &&
    /\b(?:announced|declared|confirmed|said|stated|reported|revealed|disclosed)\s(?:(?!(?:was|were|is|are|had|has|have|will|would)\b)[^,;])+ on $/.test(
      text.slice(0, last.start),
    )
  )
    return 'a date of the news or of the event';
  // "Minutes of the Meeting of …", "Preliminary examination into a derailment …": a document's title.
  if (DOCUMENT_TITLE.test(text) && !FINITE.test(plain)) return 'a heading, not a sentence';
  // "Applications are being accepted until …": a bare plural with nothing named, of what another sentence said.
  if (BARE_PLURAL.test(text) && !/\s\p{Lu}/u.test(plain.replace(CALENDAR_WORDS, ''))) return 'of what';
  // "Trailing 3-2 at Anfield, goals from Endo …": whoever trailed, the sentence never names.
  if (
    /^\p{Lu}\p{Ll}+ing\s[^,()]{0,80}, (?!(?:the|a|an|his|her|its|their) (?:\p{Lu}|\p{Ll}+ (?:of|from) \p{Lu})|\p{Ll}+ing\b|and\b|or\b)\p{Ll}/u.test(text) &&
    !/^(?:During|Including|According|Regarding|Following|Excluding|Beginning|Starting|Concerning|Notwithstanding|Considering|Assuming|Depending|Barring|Pending|Morning|Evening|Spring)\b/.test(
      text,
    )
  )
    return 'whoever did it is not named';
  // "… and Thomas Jones voted yes": on a motion another line of the minutes moved.
  if (
    /\bvoted (?:yes|no|aye|nay|in favou?r|against)\b(?! (?:of|on|to) )/.test(plain) &&
    !/\b(?:motion|resolution|bill|proposal|measure) (?:to|for|on)\b/.test(plain)
  )
    return 'a vote on what';
  // "at Sunday's Twin Cities Marathon": which Sunday, only the date line says.
  if (/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b/.test(plain) && !ANCHOR.test(plain)) return 'relative time';
  // "As far as is known Ann Lee is still in Ayr": still, as of a day only the date line gives.
  if (/\b(?<!there )(?:is|are) still\b/.test(plain) && !st.dates.length && !YEAR.test(plain)) return 'relative time';
  // "last year’s bronze medallists": which year, only the date line says.
  if (/\b(?:last|next|this) (?:year|season)['’]s\b/i.test(plain)) return 'relative time';
  // "In the meantime, officials have called for …": in the meantime of what, the sentence before said.
  if (/^In the meantime\b/.test(text)) return 'back-pointing opener';
  // "Thursday marked the highest level talks …": the day is the subject, and which Thursday only the date line says.
  if (WEEKDAY_SUBJECT.test(text)) return 'relative time';
  // "At present, Ostland has 14 astronauts": at present as of a day only the date line gives.
  if (/^(?:At present|Currently|Presently|Nowadays|At the moment|As of now|To date|So far),/.test(text)) return 'relative time';
  // "Ostland has reported the second-most cases in the region": cases of what, the sentence before said.
  if (/\b(?:most|more|fewer) cases\b/.test(plain) && !DISEASE.test(plain)) return 'cases of what';
  // "throughout most of the summer": which summer, another sentence said.
  if (/\b(?:the|this|last|next|that) (?:summer|winter|spring|autumn)\b(?=[.,;]| (?:of|when|as|and|in|to|before|after)\b|$)/i.test(plain) && !YEAR.test(plain))
    return 'relative time';
  // "the central bank raised …", "the foreign ministry said", "shook the country", "the Ministry of Health": of which
  // country, another sentence said.
  if (
    /\b[Tt]he (?:central bank|capital|president|prime minister|parliament|foreign ministry|foreign office|ministry|economy|Government|central government)\b(?! of\b|,)|^(?:(?!\b(?:in|of|across|to|from) [A-Z]).)*\b[Tt]he country\b|\b[Tt]he Ministry of (?:Health|Finance|Defen[cs]e|Interior|Education)\b(?! of\b)/.test(
      plain,
    ) &&
    !namesCountry(st)
  )
    return 'of which country';
  // "did not buy any shares", "put up his country's shares for sale": shares in what, only the
  // sentences before said.
  if (
    SHARES.test(plain) &&
    !st.mentions.some((m) => m.entity.type === 'org') &&
    !/\b(?:Company|Corporation|Inc|plc|Ltd|Group|Bank)\b/.test(plain) &&
    // "Facebook … announced … $12 billion worth of Facebook shares": the subject's own.
    !/^(\p{Lu}[\p{L}&.-]+)\b.*\b\1['’]?s? (?:shares|stock)\b/u.test(plain)
  )
    return 'shares in what';
  // "in the country's southern coastal village": which country, the sentence never names.
  if (/\bthe country['’]s\b/.test(plain) && !namesCountry(st)) return 'of which country';
  if (PLACING.test(plain) && !CONTEST.test(plain) && !RACE_DAY.test(plain)) return 'a placing in a contest it does not name';
  if (
    NATIONAL_MEASURE.test(plain) &&
    !/^(?:Real |Nominal )?GDP (?:is|measures)\b/.test(plain) &&
    !namesCountry(st) &&
    !/\b(?:global|world|euro ?zone|euro area|\p{Lu}\p{Ll}+(?:ian|ish|ese|an|i|ch)['’]?s?)\b/u.test(plain.slice(1))
  )
    return 'of which country';
  if (CASE_PARTY.test(plain) && !NAMED_PARTY.test(plain) && !/\s(?:v\.?|vs\.?)\s/.test(plain)) return 'a party of a case it does not name';
  if (MINUTES_FORMULA.test(plain) && !BODY_NAME.test(plain)) return 'a meeting it does not name';
  // "Proposed by Cllr Frizzell and seconded by Cllr Robinson.", "Apologies received from …": a minute's note, not a sentence.
  if (/^(?:Apologies|Proposed|Seconded|Resolved|Agreed|Noted|Received|Present|Absent|Carried)\b/.test(text) && !FINITE.test(plain)) return 'not a sentence';
  if (/^(?:Approved|Accepted|Adopted) (?:with|as|by)\b/.test(text)) return 'a minute’s note, not a sentence';
  // "Tears were running down the faces of the members …", "played by a weeping orchestra": grief for a death another sentence told.
  if (
    GRIEF.test(plain) &&
    !/\b(?:deaths?|died|dies|dead|killed|victims?)\b/.test(plain) &&
    !/\b(?:for|of) (?:(?:Miss|Mr|Mrs|Ms|Dr|Sir|Lady)\.? )?\p{Lu}\p{Ll}+/u.test(plain)
  )
    return 'grief without its cause';
  // "Not in the Soviet Union, where …": the answer to a sentence before, with no verb of its own.
  if (/^Not (?:in|at|on|for|with|since|until)\b[^,]{0,60},/.test(text)) return 'a fragment';
  // "supermarkets lifted prices 53-c-, to $1.29 per Ib.": a scan's misread letters.
  if (/\d-c-|\bper Ibs?\b/.test(text)) return 'shorthand or a slip';
  // "At 24-all, …": a moment of a match the sentence does not name.
  if (/^At \d{1,2}[-–](?:all|\d{1,2})\b/.test(text)) return 'a moment of a match it does not name';
  // "Rain expected to become heavy …", "After each signed, …": a forecast's note with no verb; "each" of whom.
  if (/^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3} expected to\b/u.test(text) && !FINITE.test(plain)) return 'not a sentence';
  if (/\beach (?!other\b)\p{Ll}+ed\b/u.test(plain)) return 'presupposes an earlier sentence (“each”)';
  // "Painting of the Kitchen & Lobby now completed.": a participle with no verb before it.
  if (/\b(?:now|already|duly|recently) \p{Ll}+ed\.$/u.test(text) && !FINITE.test(plain)) return 'a minute’s note, not a sentence';
  // "Minutes District Council meeting held October 28th 1922 Present …": the minutes' heading.
  if (/^Minutes\b/.test(text) && !FINITE.test(plain)) return 'a heading, not a sentence';
  // "Letter from Secretary for Lands informing Clerk …", "Petition received from several ratepayers …": a line of correspondence.
  if (/^(?:Letters?|Petitions?|Correspondence|Applications?|Requests?|Circulars?|Notices?|Accounts?) (?:from|received|re|regarding|of)\b/.test(text))
    return 'a minute’s note, not a sentence';
  // "Adoption of financial report (moved: Ann; seconded: Ruth Hale; carried).": a minute's note.
  if (
    /\b(?:moved|seconded|proposed)\s?:/i.test(text) ||
    (/^(?:Adoption|Approval|Acceptance|Election|Appointment|Ratification|Review) of\b/.test(text) && !FINITE.test(plain))
  )
    return 'a minute’s note, not a sentence';
  // "Average of 80 births per week, and 16,000 consultations.": a fact sheet's figures with no verb.
  if (/^(?:An? )?(?:[Aa]verage|[Tt]otal) of [\d,.]+/.test(text) && !FINITE.test(plain) && !/\b\p{Ll}{3,}(?:ed|ing)\b/u.test(plain)) return 'not a sentence';
  // "Dubbed ‘the Golden Globes’, a handful of …": what was dubbed, the sentence never names.
  if (/^(?:Dubbed|Billed|Hailed|Described|Nicknamed|Known) (?:as )?[^,]{2,80}, (?:a|an|the|some|many|several) \p{Ll}/u.test(text))
    return 'whoever did it is not named';
  // "Born on a farm in Kessel in 1939, Moss's poems recall …": the poems were not born.
  if (/^Born\b[^,]{3,120}, \p{Lu}[\p{L}-]+['’]s\b/u.test(text)) return 'words missing';
  // "the Company would have reported …": a press release's name for itself, which the prompt never gives.
  if (/\b[Tt]he (?:Company|Convention|Town|Village|Township|Act)\b(?! (?:of|for)\b| \p{Lu})/u.test(plain) && !st.mentions.some((m) => m.entity.type === 'org'))
    return 'whose company, town or act';
  // "contravened … of the Act (ACCC v TPG …)", "briefed the Committee": a body named beside it does not name the statute or the committee.
  if (NAMELESS_TITLE.test(plain) && !NAMED_TITLE.test(plain)) return 'whose company, town or act';
  if (LOCATIVE_THERE.test(plain)) return 'presupposes an earlier sentence (“there”)';
  if (ABOUT_TO.test(plain) && !ANCHOR.test(plain)) return 'relative time';
  if (TWO_VERBS.test(plain)) return 'words missing';
  // "About 50 other countries have established ties", "a surplus with other countries": other than the ones before.
  if (/\bother (?:countries|nations|states|members|parties|companies|firms|teams)\b(?! than\b)/.test(plain)) return 'presupposes an earlier sentence (“other”)';
  // "No Kenyan presidential election has ever been nullified": true only until the news it leads to.
  if (/^No\b.{3,80}\b(?:has|had) ever been\b/.test(plain)) return 'presupposes an earlier sentence (“ever”)';
  // "Condor Gold is pleased to announce its audited results": a release's opening formula, no fact.
  if (/\b(?:is|are) (?:pleased|delighted|happy|proud|excited) to (?:announce|report|confirm|present)\b/.test(plain)) return 'not a statement';
  // "Leaders across the region expressed shock and sorrow.": over what, another sentence said.
  if (
    /\bexpressed (?:their |his |her |its )?(?:deep |great )?(?:shock|sorrow|condolences|sympathy|grief|regret|concern|outrage|solidarity)(?: and (?:\p{Ll}+))?[.!]$/u.test(
      plain,
    )
  )
    return 'of what';
  // "Garry and Cheryl Hale, Arlene & John Moss.": names with no word of a sentence.
  if (!/(?<!\p{L})\p{Ll}{3,}(?!\p{L})/u.test(plain.replace(/\band\b/g, ''))) return 'not a sentence';
  // "The more actively traded June contract settled at …": a contract of no commodity named.
  if (/\bcontract (?:settled|rose|fell|gained|lost|climbed|slipped|ended|closed|traded)\b/.test(plain) && !COMMODITY.test(plain)) return 'of what';
  // "The percentage of reported cases rose …": cases of no disease named.
  if (/\bcases\b(?! of\b)/.test(plain) && !/.\s\p{Lu}/u.test(plain) && !DISEASE.test(plain)) return 'of what';
  if (EPITHET.test(plain) || LEADER_EPITHET.test(plain) || ROLE_EPITHET.test(plain)) return 'an epithet for someone named elsewhere';
  if (QUANTITY_FRAGMENT.test(text) && FRAGMENT_END.test(text) && !FINITE.test(plain) && !/\b\p{Ll}{3,}(?:ed|ing)\b/u.test(plain)) return 'not a sentence';
  // "X, Y and Z were among the biggest losers": of which market, on which day, another sentence said.
  if (/\b(?:biggest|top|worst|best|largest) (?:losers|gainers|fallers|risers|decliners|performers)\b/.test(plain) && !ANCHOR.test(plain))
    return 'a market move without a time';
  if (PLACE_EPITHET.test(plain)) return 'an epithet for something named elsewhere';
  // "Head of the local search and rescue team": local to a place the sentence does not name.
  if (/\bthe local\b/i.test(plain) && !namesCountry(st) && !/\b(?:in|of|at) (?:the )?\p{Lu}/u.test(plain)) return 'local to where';
  // "… from 04:09 UTC to 05:27 UTC – were susceptible": a lone dash before the verb, words lost in the source.
  if (/\s[–—-]\s(?:were|was|is|are|has|have|had)\b/.test(plain) && (plain.match(/\s[–—-]\s/g) ?? []).length === 1) return 'words missing';
  // The figure test first: it is far cheaper than the long list of terms.
  const companyFigure = /\d/.test(plain) && COMPANY_FIGURE.test(plain);
  if (
    companyFigure &&
    !st.mentions.some((m) => m.entity.type === 'org' || m.entity.type === 'person') &&
    !/\p{Lu}[\p{L}\d&.-]*['’]s\b|\b\p{Lu}[\p{Lu}\d&]+\b|. \p{Lu}/u.test(text.replace(CALENDAR_WORDS, ''))
  )
    return 'whose figures';
  // "PPG's adjusted net income was $313 million": of which quarter or year, only the lede said.
  if (companyFigure && !/\b(?:1[5-9]|20)\d\d\b|\bFY ?\d{2}/.test(plain)) return 'figures of when';
  return null;
}

/** "this agreement", "these 737s", "now this", "there" alone: words of a speaker pointing at what the story is about. */
const QUOTED_POINTER =
  /^[Tt]he (?:figures?|numbers?|results?)\b|\b[Bb]oth sides\b|\b(?:[Tt]his|[Tt]hese|[Tt]hose) (?!(?:is|was|are|were|will|would|has|had|have|with|to|in|on|at|for|of|and|or|as|by|from|that|year|week|month|morning|afternoon|evening|time|way|kind|sort|country|city|world)\b)[\p{L}\d-]+|\bnow this\b|\bthere(?! (?:is|are|was|were|has|have|had|will|would|may|might)\b)[.,!?]?(?=\s|$)/u;
/** "This is not unusual", "That, in our view, is …", "between this and …", "It doesn't come inside", "they jumped on it": a pronoun for the news itself, or for someone it never names. */
const QUOTED_THIS =
  /^(?:[^,]{1,30}, )?[Tt]his(?= (?:is|was|will|would|has|had|means)\b)|^That(?:, | (?:is|was|will|would|has|had|means)\b)|\bbetween this and\b|^(?:Besides|Moreover|Furthermore|Also|However|In addition),|^It(?:['’]s| (?:is|was|does|doesn['’]t|did|didn['’]t|has|had|will|would))\b(?![^,]{0,40}\b(?:to|that)\b)/;
const QUOTED_PERSON = /\b(?:[Tt]hey|them|[Hh]e|him|[Ss]he)\b/;

/** Why the quoted words of a sentence point at a news or a person the prompt never names, or null. */
export function quotePointer(text: string): string | null {
  // “This agreement highlights …”, “these Next-Generation 737s”, “and now this”.
  for (const q of text.matchAll(/[“"]([^”"]{3,})[”"]/g)) {
    const pointer = QUOTED_POINTER.exec(q[1]) ?? QUOTED_THIS.exec(q[1]);
    if (pointer) return `a quote that points at its news (“${pointer[0]}”)`;
    // “We made the offer, and they jumped on it”: "they" with nobody named before it in the sentence.
    const p = QUOTED_PERSON.exec(q[1]);
    if (p && !/\s\p{Lu}\p{Ll}/u.test(text.slice(0, (q.index ?? 0) + 1 + p.index))) return `a quote that points at its news (“${p[0]}”)`;
  }
  return null;
}

/** A name ("Thijs de Graauw", "Leader Ann Lee, finally captured") and then a comma and its verb, with no clause or aside before or after it. */
const LONE_SUBJECT_COMMA =
  /^(?!(?:In|On|At|After|Before|During|For|With|By|From|Following|According|As|When|While|Despite|Since|Although|Though|If|Under|Over|Through|Of|Last|This|Next|Earlier|Later|Today|Yesterday|Now|However|Meanwhile|But|And|So|Also|Still|Instead)\b)\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|den|da|di|del|bin)){0,3}(?: \([^()]{1,30}\))?, (?:\p{Ll}+ly )?(?:is|are|was|were|has|have|had|expressed|filed|said|announced|captured|won|lost|took|gained|retained)\b/u;
/** Countries written without "the". */
const BARE_COUNTRIES = new Set(COUNTRIES.filter((c) => !/^the /i.test(c.name)).map((c) => c.name));
/** Words lost, glued or capitalised in the source, copied into the prompt as they are; or null. */

export function sourceSlip(text: string, unquoted: string): string | null {
  // "… his second kick of the night after with Britain's …", "over the in 2023": words lost in the source.
  if (/\b(?:the|a|an|after|before) (?:with|of|in|to|for|from|by|at|on|after|before)\b|\bthat of (?:in|on|at)\b|\baccounted for in\b/i.test(unquoted))
    return 'words missing';
  // "2005,bcgi reported", "resumed operations in1989", "on 8 September 2015 CARE …", "fishing,employs",
  // "eased 8,49%to close", "C.kesselensis", "in the east-Kessel, Ayr and Varn": words
  // glued or cut in the source.
  if (
    /\d,\p{L}|\p{Ll},\p{Ll}{2}|%\p{L}|\b\p{Lu}\.\p{Ll}{3,}|\b(?:in|on|at|of|by|since|before|after|until|from|about|around)\d|(?:\d{4}|\p{Ll}{3})\.\p{Lu}\p{Ll}{2}|\b(?:the|of|in|on|for|to)\p{Lu}\p{Ll}{2}|[\p{L}\d][:;]\p{Lu}\p{Ll}|\p{Ll}{2}(?:approx|incl|excl|esp)\.|\b\d{4}\p{Lu}{2}|\p{L}- \p{Ll}+(?<!\b(?:and|or|to))\b(?! (?:and|or)\b)|\b(?:east|west|north|south|eastern|western|northern|southern)-\p{Lu}\p{Ll}|\d- \p{Ll}|\p{L}\?\p{L}/u.test(
      text,
    ) ||
    /^on \d/.test(text)
  )
    return 'glued or cut words';
  // "MetService, is New Zealand's only …", "a man known only as LM, filed": a comma between subject and verb.
  if (LONE_SUBJECT_COMMA.test(text) || /\b(?:known|named|called) (?:only )?as \p{Lu}[\p{L}.]*, (?:\p{Ll}+ed|is|was)\b/u.test(text))
    return 'comma before the verb';
  // "a landslide caused by the earthquake, killed 13 persons": a comma between subject and verb.
  // "Beef's US$207 million, represented a 59% rise": a figure as the subject, then a comma.
  if (
    /\b(?:caused|triggered|sparked|driven|led|hit|struck) by [^,]{3,60}, (?:killed|destroyed|damaged|injured|left|forced|cut|caused|displaced)\b/.test(text) ||
    /^\p{Lu}[\p{L}'’]*(?:['’]s)? (?:US)?[$€£]?\s?\d[\d.,]*(?: (?:million|billion|thousand))?, \p{Ll}+ed\b/u.test(text)
  )
    return 'comma before the verb';
  // "Canned goods cost 110,000 dinars, compared with 3,310.": when and where the base was, another sentence said.
  if (/\bcompared (?:with|to) [$€£]?\d[\d.,]*(?: \p{Ll}+)?\.$/u.test(text)) return 'presupposes an earlier sentence (“compared with”)';
  // "Issued for groups …", "The 11th Board Meeting of Ayr Club held on Saturday …": a label or a heading, no sentence.
  if (/^(?:Issued|Used|Designed|Intended|Published|Sent|Made|Given|Based|Located|Formed|Founded|Established) (?:for|to|by|in|on|at|as)\b/.test(text))
    return 'a heading, not a sentence';
  if (
    /^(?:The )?[^,]{0,80}\b(?:[Mm]eeting|AGM|[Ss]ession|[Cc]onference)\b[^,]{0,60}? held (?:on|at|in)\b/.test(text) &&
    !/\b(?:was|were|is|are|has|have|had|will)\b/.test(text)
  )
    return 'a heading, not a sentence';
  // "an invite was sent to all members, the deadline was 15 April": two sentences joined by a comma.
  if (/\b(?:was|were) [^,;]{3,80}, the \p{Ll}+ (?:was|were)\b/u.test(unquoted)) return 'words missing';
  // "… the “Paris of the Caribbean” it was a bustling city": two sentences run together.
  if (/[”"] (?:it|he|she|they) (?:was|is|were|are)\b/.test(text)) return 'words missing';
  // "Ostland revolutionary, descendant of kings (Ayr, 1741 - Varn, 1781).": an encyclopedia's lemma, no sentence.
  if (!hasVerb(text) && /\([^()]{0,30}\d{3,4}\s?[-–]\s?[^()]{0,30}\d{3,4}\)/.test(text)) return 'a heading, not a sentence';
  // "Battle of Varn (1571) - One of the …": a page's title before its first sentence.
  if (/^[^.,]{3,60} \((?:1[5-9]|20)\d\d\) [-–—] /.test(text)) return 'a heading, not a sentence';
  // "a yoy increase", "an Uruguay XXI report", "… Petreanu) dominated", "… and Romania, etc.": shorthand, slips and cut text.
  // "Adjusted net income1 attributable …": a footnote number glued to a word; "with it’s first-ever": "its" misspelt.
  if (/\b\p{Ll}{4,}[1-9]\b/u.test(unquoted) || /\bit['’]s (?:own|first-ever|latest|maiden)\b/.test(unquoted)) return 'shorthand or a slip';
  if (/\b(?:yoy|qoq|etc)\b/i.test(text) || /\ban (?:Urug|Ukrain|Ugand|Unit|Univ|Euro|Utah)/.test(text)) return 'shorthand or a slip';
  if ((text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)) return 'glued or cut words';
  // "the 31th AGM", "an ambitious plans", "successful launched", "Tesfaye,General": slips of the source.
  if (
    /(?<!\d)(?:\d*[02-9])?[123]th\b|\d (?:st|nd|rd|th)\b/.test(text) ||
    /\ban? (?:\p{Ll}+ )?(?:plans|moves|steps|efforts|measures|projects|programs|programmes|initiatives|reforms|changes)\b|\ba (?:\p{Lu}\p{Ll}+ ){1,2}(?:states|countries|nations)\b/u.test(
      text,
    ) ||
    /\b(?:successful|careful|peaceful|skilful|skillful|forceful) \p{Ll}+ed\b/u.test(text) ||
    /\p{Ll},\p{Lu}|\p{L}`\p{L}/u.test(text)
  )
    return 'shorthand or a slip';
  // "The Agreement is a comprehensive tool …": a defined term of a document the sentence does not name.
  if (/^The (?:Agreement|Treaty|Convention|Declaration|Memorandum|Accord)\b(?! of\b| \p{Lu})/u.test(text)) return '“The Agreement” points back';
  // "The Prime Minister later revealed …": which one, the sentence before said.
  if (/^The (?:Prime Minister|Chancellor|Premier|Foreign Minister)\b(?! of\b| \p{Lu})|\bthe Secretary-General\b(?! of\b|,? \p{Lu})/u.test(text))
    return 'an epithet for someone named elsewhere';
  // "The vast majority have not been granted …": the majority of whom, the sentence before said.
  if (/\b[Tt]he (?:vast |overwhelming |great )?(?:majority|bulk|remainder)\b(?! of\b)/.test(text)) return 'presupposes an earlier sentence (“the majority”)';
  // "the European Union's worst economy grew …": a place or a firm called by its rank, named elsewhere.
  if (RANK_EPITHET.test(text)) return 'an epithet for something named elsewhere';
  // "the Communist - supported struggle": a compound split by spaces in the source.
  if (/\p{L} - (?:supported|backed|owned|led|based|run|funded|born|made|controlled|related)\b/u.test(text)) return 'shorthand or a slip';
  // "confirmed 745 deaths at Monday, April 17": a preposition the source got wrong.
  if (/\bat (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text)) return 'shorthand or a slip';
  // "Ann Lee is expected to attend.": to attend what, the sentence before said.
  if (/\b(?:attend|visit|join|sign|host|chair)\.$/.test(text)) return 'words missing';
  // "the most since the 1995 crisis--,", "has taking up the task": punctuation or a verb form gone wrong in the source.
  if (/--,/.test(text) || /\b(?:has|have|had) (?!(?:nothing|something|anything|everything|being)\b)\p{Ll}{3,}ing\b/u.test(text)) return 'shorthand or a slip';
  // "signed an agreement In 1980": a capital in the middle of a sentence.
  if (/\p{Ll},? (?:In|On|During|Since|By) (?:1[5-9]|20)\d\d\b/u.test(text)) return 'a capital mid-sentence';
  // "The Ostland’s High Court": an article before a country that takes none.
  const article = /\b[Tt]he (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)['’]s\b/u.exec(text);
  if (article && BARE_COUNTRIES.has(article[1])) return 'an article before a country';
  // "US$ 500 Million … Tennis Star": press-release capitals copied into the prompt.
  if (/ (?:Million|Billion|Thousand|Percent|Per Cent)\b(?! \p{Lu})/u.test(text)) return 'press-release capitals';
  return null;
}

/** Country names and demonyms: a capital that is one names no person. */
const PLACE_WORDS = new Set(COUNTRIES.flatMap((c) => [...c.name.replace(/^the /, '').split(' '), c.demonym]));

/** "Dr Hart said her …": a capitalised word before the pronoun that may be a name the lexicon does not know. */
export function capitalBefore(st: StatementAnalysis, plain: string, at: number): boolean {
  for (const m of plain.slice(0, at).matchAll(/\s(\p{Lu}\p{Ll}+)/gu)) {
    const start = (m.index ?? 0) + 1;
    if (PLACE_WORDS.has(m[1])) continue;
    if (!st.mentions.some((x) => x.entity.type !== 'person' && x.start <= start && x.end > start)) return true;
  }
  return false;
}

/** The spaces in a text: its words, less one. */
export function spaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * "The agreement consists of three pillars: dialogue, cooperation and trade.": a clause whose colon
 * opens a list of things (no verb after it) reads as one sentence; the colon is blanked.
 */
export function listColon(text: string): string {
  const at = text.indexOf(': ');
  if (at < 0 || text.indexOf(': ', at + 2) >= 0) return text;
  const before = text.slice(0, at);
  const after = text.slice(at + 2);
  if (spaces(before) < 4 || !hasVerb(before) || hasVerb(after) || !/,| and /.test(after) || /^\p{Lu}\p{Ll}+ \p{Ll}/u.test(after)) return text;
  return `${before}  ${after}`;
}

/** A country, its capital or a body of it ("the Ostland Government") named in the sentence. */
const namesCountry = (st: StatementAnalysis) =>
  st.mentions.some((m) => /^(?:country|capital)$/.test(m.entity.type) || COUNTRY_OF_PEOPLE.has(/^(?:the )?(\S+)/i.exec(m.entity.name)?.[1] ?? ''));
/** How many countries a sentence names, by name or by its people ("14 weary New Zealanders"). */
export function countriesIn(st: StatementAnalysis, plain: string): number {
  const named = new Set(st.mentions.filter((m) => m.entity.type === 'country').map((m) => m.entity.name));
  for (const m of plain.matchAll(PEOPLE_OF)) named.add(COUNTRY_OF_PEOPLE.get(m[1]) ?? m[1]);
  return named.size;
}
/** "New Zealanders", "Australians": a country's people, each form mapped to its country. */
const COUNTRY_OF_PEOPLE = new Map(COUNTRIES.flatMap((c) => [c.demonym, c.name].map((w) => [w, c.name] as const)));
const PEOPLE_OF = new RegExp(`\\b(${[...COUNTRY_OF_PEOPLE.keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:ers|s)\\b`, 'g');
