// What a statement may open with that is not its content (a dateline, a section label, a framing
// clause, a connective), and marks inside it that are typography (trade marks, tickers, footnotes).

// "Earlier, the highest income was …": before a record, "earlier" is the claim's own time, not a connective.
export const CONNECTIVE_LEAD =
  /^(?:(?:In addition|Additionally|Finally|Also|However|Meanwhile|Moreover|Furthermore|Separately|Similarly|Likewise|Nevertheless|Nonetheless|In the statement|In a statement|In response|At the same time|(?:Later|Earlier)(?=,(?![^.]*\b(?:highest|lowest|record|largest|biggest|smallest|best|worst|peak)\b))|For (?:his|her|their|its) part|Still|Instead|Indeed|In turn|As a result|For example|For instance|Overall|In total|Thus|Therefore|Consequently|Besides|Even so|In short|Again|Firstly|Secondly|Thirdly|Lastly),|(?:But|And|So(?! far\b| much\b| many\b| long\b)|Yet)) (?=[\p{L}\d])/u;
/**
 * A dateline before a dash: capitalised place words, maybe a state, a date or an agency in
 * brackets ("VANCOUVER, Wash. –", "Dec. 11 (UPI) --", "NEW YORK/BEIRA, MARCH 26, 2019—"), and a
 * date with a source tag right after it ("– June 20, 2018 (nar.realtor)").
 */
export const DATELINE_LEAD =
  /^(?:UPDATE:\s*)?(?:[\p{Lu}\d][\p{L}\d.'’/&-]*,?\s){0,6}?(?:\([^()]{1,40}\)\s?)?[\p{Lu}\d][\p{L}\d.'’/&-]*\.?,?\s?(?:\([^()]{1,40}\))?\s?(?:--|–|—|―)\s?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\s?(?:\([^()]{1,40}\)\s?)?)?(?=[\p{Lu}“"])/u;
/** "Jo Hale said: …" names who speaks: it is no label or frame to cut. */
const NOT_SPEECH = String.raw`(?![^:]{0,90}\b(?:said|says|added|adds|commented|comments|wrote|writes|noted|explained|stated|told|tells|warned|declared|insisted):)`;
/** "Results: …", "Main outcome measures: …": a label of a few words before the sentence. */
export const SECTION_LEAD = new RegExp(`^${NOT_SPEECH}\\p{Lu}[\\p{L}]*(?: \\p{L}+){0,2}:\\s(?=[\\p{Lu}\\d“"])`, 'u');
/** An abstract's labels over notes rather than sentences ("Setting: Swedish data collected from …"). */
const NOTE_LABELS = 'Design|Setting(?: and participants)?|Participants|Main outcomes?(?: measures?)?|Interventions?|Exposures?';
/** "Objective To assess …", "Setting and participants 104 980 adults …": an abstract's label without its colon. */
export const ABSTRACT_LEAD = new RegExp(
  `^(?:Objectives?|Methods?|Results?|Conclusions?|Background|Aims?|Purpose|Findings|Interpretation|${NOTE_LABELS})\\s(?=To \\p{Ll}|\\d|\\p{Lu}\\p{Ll}* \\p{Ll})`,
  'u',
);
/** The labels of an abstract whose text is a note ("Setting: Swedish data collected from …", "Participants 4647 adults aged …"), not a sentence. */
export const NOTE_LABEL = new RegExp(`^(?:${NOTE_LABELS}|Patients|Population|Data sources?|Study selection)(?::\\s|\\s(?=\\d|\\p{Lu}))`, 'u');
/** "The data added up to a grim conclusion: Over nearly half a century, …": a frame before a whole sentence. */
export const FRAME_LEAD = new RegExp(`^${NOT_SPEECH}[^:“”"]{10,90}:\\s(?=\\p{Lu}\\p{Ll}*(?: [^ ]+){7,}[.!?]$)`, 'u');
/**
 * Trade marks and tickers ("Realtors®", "(NASDAQ:ADUS)"), and the time since a date the sentence
 * gives ("On April 24, 1973, exactly 45 years ago, …"), which only the day of writing makes true; a
 * wire's ", reports Al Jazeera." after the sentence's own attribution; a footnote's number glued to a word ("the
 * Charter of Rights and Freedoms1 by several parties").
 */
const EXCHANGES = 'NASDAQ|NYSE|NYSE American|LSE|TSX|TSXV|TSX-V|AIM|ASX|JSE|OTC|OTCQX|Nasdaq|TSE|HKEX|BSE|NSE|TASE|SGX|NZX|KRX|IDX|SSE|SZSE|Euronext';
export const MARKS = new RegExp(
  String.raw`[®™]|\s[([](?:${EXCHANGES})(?:\s?\/\s?(?:${EXCHANGES}))*\s?:\s?[A-Z\d.]{1,6}[)\]]|(?<=\b(?:1[5-9]|20)\d\d), (?:exactly |nearly |almost |some |just |about )?(?:\d+|\p{Ll}+(?:-\p{Ll}+)?) years ago(?=,)|, reports (?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*){0,3}(?=\.$)|(?<=\b\p{Lu}\p{Ll}{5,})[1-9](?= \p{Ll})`,
  'u',
);
export const FOOTNOTE_MARK = /(?<=\p{Ll}|\p{Ll},)(?:\(\d{1,2}\)|\[(?:\d{1,2}|[ivx]{1,4}|[a-h])\])/u;
/** "bids worth Rs Rs 1,50,173 crore", "over the the years": a word typed twice that never is twice. */
export const DOUBLED = /(?<![\p{L}$])(Rs\.?|INR|USD|the|a|an|of|to|in|on|for|and|with|at|by|from) \1(?=\s)/iu;
/** "Total sales, https://example.org/sales, which are …": an address set in as an aside, not content. */
export const ASIDE_URL = /,\s(?:https?:\/\/|www\.)[^\s,]+(?=,)|\s\((?:https?:\/\/|www\.)[^\s)]+\)/;
/** "(see Figure 1)", "(see infographic, in Spanish)": a pointer to something the player never sees. */
export const SEE_FIGURE = /\s\(see (?:(?:Figure|Fig\.|Table|Chart|Map|Appendix|Annex|Photo) [\w.-]{1,6}|[a-z][^()]{2,40})\)/;
/** "(Italian: battaglia di Varno)": an encyclopedia's names in other languages. */
export const LANGUAGE_GLOSS =
  /\s\((?:(?:also )?(?:Amharic|Tigrinya|Italian|French|German|Spanish|Portuguese|Arabic|Persian|Turkish|Russian|Chinese|Japanese|Korean|Latin|Greek|Hebrew|Hindi|Urdu|Swahili|Dutch|Polish|Czech|Swedish|Norwegian|Danish|Finnish|Maori|Māori|Welsh|Irish|Indonesian|Malay|Thai|Vietnamese): [^()]*)\)/u;
