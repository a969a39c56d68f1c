// Briefing text → {date, headline, statements}: the plain-text format of the API, made safe.
// Markup is reduced to its text, invisible and direction-changing characters are dropped,
// and the body is split into statements by the sentence splitter.

import { splitSentences } from './analysis/sentences';
import { withoutHeading } from './headings';
import { isSpace } from './text';
import type { ParsedBriefing } from './types';

/** Largest briefing text accepted, in UTF-8 bytes. */
export const MAX_BRIEFING_BYTES = 100 * 1024;
/** Statements beyond this many are ignored. */
export const MAX_STATEMENTS = 1500;
/** Longer "words" (base64 blobs, minified code, URLs) are dropped from statements. */
const MAX_WORD_LENGTH = 60;

/** "date 2026-02-05 Headline"; "Date: 2026-2-5" is read the same. */
const DATE_LINE = /^date:?\s+(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(.*))?$/i;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Removes markup and returns text only: scripts, styles and comments vanish with their content. */
export function stripMarkup(s: string): string {
  if (!/[<&]/.test(s)) return s;
  let out = s
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style|iframe|noscript|template|svg|math|object)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<!doctype[^>]*>/gi, ' ')
    // Block-level tags end a paragraph; inline ones vanish.
    .replace(/<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][^<>]*>/gi, '');
  out = decodeEntities(out);
  // Anything still shaped like a tag after decoding (from &lt;…&gt;) is text, but we never
  // want it in a prompt.
  out = out.replace(/<\/?[a-z][^<>]*>/gi, '');
  // "aged <60 years", "p>0.05": a comparison before a figure is kept, in words.
  out = out
    .replace(/([([])\s*<\s*(?=\d)/g, '$1under ')
    .replace(/([([])\s*>\s*(?=\d)/g, '$1over ')
    .replace(/\s*<\s*(?=\d)/g, ' under ')
    .replace(/\s*>\s*(?=\d)/g, ' over ');
  return out.replace(/[<>]/g, ' ');
}

/** Control, zero-width, bidi and other format characters, which can hide or reorder text. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * Characters outside these ranges may change under NFC; text made only of them (Latin letters
 * and the usual quotes and dashes, checked exhaustively) is already normalised.
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u2010-\u2027\u2030-\u205e]/;
const ODD_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Every character is printable ASCII, Latin (no soft hyphen, no no-break space) or general
 * punctuation that is neither a space, invisible nor changed by NFC.
 */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c <= 0x2ff && c !== 0xad) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) continue;
    return false;
  }
  return true;
}

/** One pass: is there a word longer than MAX_WORD_LENGTH, and would collapsing whitespace change anything? */
function survey(s: string): { longWord: boolean; untidy: boolean } {
  let run = 0;
  let longWord = false;
  let untidy = s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1)));
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) run = 0;
    else if (++run > MAX_WORD_LENGTH) longWord = true;
    const space = isSpace(c);
    if (space && (prevSpace || c !== 32)) untidy = true;
    prevSpace = space;
  }
  return { longWord, untidy };
}

// Each step runs only when a cheap test says it would change something: every line of every
// briefing passes through here.
const SHORT_MONTH = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d/;
const SHORT_MONTHS = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?= (?:\d{1,2}(?:st|nd|rd|th)?|\d{4})\b(?![.,]\d|\s?%))/g;
// biome-ignore format: a table reads best packed
const FULL_MONTH: Record<string, string> = {
  Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August', Sep: 'September', Oct: 'October', Nov: 'November', Dec: 'December',
};
/** "THE National Aeronautics …", "THE strategic enclave", "ABOUT 10 million": a paper's capitals on the first word, not an acronym. */
function paperCapitals(s: string): string {
  if (!/^(?:THE|AN|IN|ON|AT|FOR|AFTER|WITH|ABOUT|SOME|MORE|NEARLY|ALMOST|OVER|AROUND|WHEN|WHILE|THIS|THERE) (?:\p{L}\p{Ll}|\d)/u.test(s)) return s;
  return s[0] + s.slice(1, s.indexOf(' ')).toLowerCase() + s.slice(s.indexOf(' '));
}

/** "KERRY county councillors …": a paper's capitals on a name the text writes "Kerry" elsewhere (never "NATO said"). */
function namedInCapitals(line: string, text: string): string {
  const m = /^(\p{Lu})(\p{Lu}{2,})(?= \p{Ll})/u.exec(line);
  if (!m) return line;
  const word = m[1] + m[2].toLowerCase();
  if (text.split(m[0]).length > 2 || !new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text)) return line;
  return word + line.slice(m[0].length);
}

const SPACE_BEFORE_MARK = /([\p{L}\d)”’]) +([.,;:!?])(?=\s|$)/gu;
/** "The Department of Health ( DOH)": a typist's space inside a bracket. */
const SPACE_IN_BRACKET = /\( +(?=[\p{L}\d])|(?<=[\p{L}\d.]) +\)/gu;

export function cleanLine(line: string): string {
  let s = line;
  // Most lines hold only printable Latin text and the usual quotes and dashes: nothing to
  // normalise, strip or turn into a space.
  if (!plain(s)) {
    if (MAY_CHANGE_UNDER_NFC.test(s)) s = s.normalize('NFC');
    INVISIBLE.lastIndex = 0;
    if (INVISIBLE.test(s)) s = s.replace(INVISIBLE, '');
    ODD_SPACE.lastIndex = 0;
    if (ODD_SPACE.test(s)) s = s.replace(ODD_SPACE, ' ');
  }
  // ”Varn Road”: a closing mark used for both ends; the one that opens a word opens the quote.
  if (s.includes('”') && !s.includes('“')) s = s.replace(/(^|[\s([])”(?=[^\s”])/gu, '$1“');
  s = paperCapitals(s);
  // "Jennifer Miller seconds .", "Ros Surtees , Mary Milroy": a typist's space before a mark.
  SPACE_BEFORE_MARK.lastIndex = 0;
  if (SPACE_BEFORE_MARK.test(s)) s = s.replace(SPACE_BEFORE_MARK, '$1$2');
  if (s.includes('( ') || s.includes(' )')) s = s.replace(SPACE_IN_BRACKET, (m) => m.trim());
  // "Introduction 1 There were …", "3.2Ayr told …", "1.This is a judgment …": a report's section heading and paragraph number run into the text.
  // "Key facts Avian influenza is …": a fact sheet's heading run into its first sentence.
  s = s.replace(
    /^(?:(?:(?:Introduction|Background|Summary|Overview|Findings|Conclusions?|Recommendations?) \d{1,3}(?:\.\d{1,2})?|Key (?:facts|points)) |\d{1,3}\.(?:\d{1,3})?(?=\p{Lu}\p{Ll}))(?=\p{Lu}\p{Ll})/u,
    '',
  );
  // "was enacted.[1] From around": a report's footnote mark after a stop.
  if (s.includes('[')) s = s.replace(/(?<=[.,;:!?”"'’])\[\d{1,3}\]/g, '');
  // 'Ayr Mining Oyj ("Ayr Mining")': a release's defined-term tag, which a question need not repeat.
  if (s.includes('("') || s.includes('(“')) s = s.replace(/ \((?:the )?["“]\p{Lu}[^"”()]{1,40}["”]\)/gu, '');
  // "to-day", "to-morrow": the old spelling, read like the new.
  if (s.includes('o-')) s = s.replace(/(?<!day-)\b([Tt])o-(day|night|morrow)\b/g, '$1o$2');
  // "among humans _ but within hours": a wire's dash typed as an underscore.
  if (s.includes(' _ ')) s = s.replace(/(?<=\S) _ (?=\S)/g, ' — ');
  // ``baraka,″: a wire's typewriter quotes.
  if (s.includes('``')) s = s.replace(/``/g, '“').replace(/''|″/g, '”');
  // "The CERN1 Council": a footnote number glued to a short form.
  s = s.replace(/\b(\p{Lu}{3,})[1-9](?= \p{Lu}\p{Ll})/gu, '$1');
  // "Decision Agenda Mr Tom Ray appointed …": a minute's run-in labels.
  s = s.replace(/^Decision(?: Agenda)? (?=\p{Lu})/u, '');
  // "(computer translated)": a note on how the page was made, not on what it says.
  if (s.includes('translated)')) s = s.replace(/\s?\((?:computer|machine|automatically)[ -]translated\)/gi, '');
  // "Friday`s agreement": a typewriter's backtick for an apostrophe.
  if (s.includes('`s')) s = s.replace(/(\p{L})`s\b/gu, '$1’s');
  // "Kohl' s stores": a possessive split by a stray space.
  if (s.includes("' s ") || s.includes('’ s ')) s = s.replace(/(\p{L})(['’]) s\b/gu, '$1$2s');
  const { longWord, untidy } = survey(s);
  if (longWord)
    s = s
      .split(' ')
      .filter((w) => w.length <= MAX_WORD_LENGTH)
      .join(' ');
  // Dropping a long word can leave two spaces side by side.
  return untidy || longWord ? s.replace(/\s+/g, ' ').trim() : s;
}

/** UTF-8 byte length without allocating an encoder buffer for short strings. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// A plain past participle ("survey completed in August") is a report's note, not a sentence.
const ITEM_VERB =
  /\s(?:is|are|was|were|has|have|had|became|won|set|took|made|held|retired|died|joined|left|signed|opened|announced|launched|reached|rose|fell|grew)\s(?!by\b)(?=.*\s.*\s)/u;
const LIST_MARKER = /^(?:--|[-–—•*·▪◦]|\(?\d{1,2}\)|\(?[a-z]\))\s+(?=\S)/u;

/** Markdown, which /new's file picker takes (.md): a heading or a rule is a section mark, not a statement. */
const MD_SECTION = /^(?:#{1,6}\s|(?:[-*_]\s*){3,}$)/;
const MD_QUOTE = /^>\s?/;
const MAYBE_MD = /[*_`[]/;
/** Emphasis, links and code ticks are markup around the words: "**Alice Smith** said" is "Alice Smith said". */
function unmarkdown(p: string): string {
  if (!MAYBE_MD.test(p)) return p;
  return p
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__/g, (_, a, b) => a ?? b)
    .replace(/(?<![\p{L}\d*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\d*])|(?<![\p{L}\d_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\d_])/gu, (_, a, b) => a ?? b)
    .replace(/\[([^\]]+)\]\([^()\s]+\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * "(Bloomberg) -- ", "WASHINGTON (Reuters) - ", "SEATTLE, Oct. 26 (Business Wire) - ",
 * "SEATTLE--(BUSINESS WIRE)--", "NEW YORK, Oct. 26, 2023 /PRNewswire/ -- ": where and from whom,
 * not a statement. "NEW YORK, 11 JULY 2007 -" puts the day first; a wire's "PARIS--()--" keeps the
 * agency's brackets empty.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu} .'’-]{1,40}?(?:,\s*\p{Lu}[\p{L}.]{1,6}\.(?=,|--|–|—|\s[-–—]\s|\s\()|,\s*\p{Lu}{2}(?=,\s*\p{Lu}\p{Ll}{2}))?(?:,\s*\p{Lu}\p{Ll}+(?=,\s*\p{Lu}\p{L}+\.?\s+\d))?(?:,\s*\p{Lu}\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+\p{Lu}\p{L}+\.?,?\s+\d{4})?\s*)?(?:(?:--)?\((?:Reuters|Bloomberg|Xinhua|dpa(?:-AFX)?|Kyodo|Yonhap|Anadolu|\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*){0,2}|)\)\s*|\/\s?\p{L}[\p{L} ()-]{1,40}\s?\/\s*)?[-–—]{1,2}\s*(?=[“"‘]?\p{Lu})/u;

/** "(Washington, D.C., May 19, 2020) – ": a release's place and date in brackets. */
const BRACKET_DATELINE = /^\((?:[\p{Lu}][\p{L}.' -]{1,40},\s*){1,2}[^()]{0,20}\d{4}\)\s*[-–—]{1,2}\s*(?=\p{Lu})/u;

/**
 * "25 January 2013 – The United Nations …", "June 16, 2001 -- ", "JUNE 23 (Reuters) — ": a date before
 * a dash ("BISHKEK. March 13 (Interfax) - " with its city); "Oct. 4, 1957 Russia Friday night
 * announced …": a paper's date set before its lede; "Kessel City, October 25, 2019, Ayr Corp. announces …".
 */
// A capitalised word, not the month list: the app bundle leaves the generator's fact tables out.
const DATE_DATELINE =
  /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:, \p{Lu}[\p{L}.]+)?, \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}, (?=\p{Lu})|^(?:\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})\s[–—-]{1,2}\s(?=\p{Lu})|^\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4},? (?:\p{Lu}[\p{L}.'’]*,? ){1,4}[-–—]{1,2} (?=\p{Lu})|^\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4} (?=\p{Lu}\p{Ll}+ \p{L})|^(?:\p{Lu}{3,}(?: \p{Lu}{2,})*[.,] )?\p{Lu}\p{L}{2,8}\.? \d{1,2}(?:, \d{4})? \((?:\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}[\p{L}.]*){0,2})\)\s?[–—-]{1,2}\s?(?=\p{Lu})/u;

/**
 * "Auburn - G. Earl Peace, Jr, aged 68, of Auburn, …", "Durban - The controversial forum …": a town before a dash,
 * named again in the paragraph or followed by a sentence's opening word ("Ostland - Varn talks" stays).
 */
const TOWN_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) [-–—] (?=\p{Lu})/u;
const SENTENCE_OPENING = /^(?:The|A|An|In|On|At|After|Before|For|With|This|Police|Residents)\s/;
/** "Piarco, Trinidad & Tobago – Caribbean Airlines announced …": a town and its country before a long dash. */
const TOWN_COUNTRY_DATELINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, (?:the )?\p{Lu}\p{Ll}+(?: (?:&|and) \p{Lu}\p{Ll}+| \p{Lu}\p{Ll}+)? [–—] (?=\p{Lu})/u;
/** "Toyota City, Japan, May 10, 2017 - (JCN Newswire) - ", "YOKOHAMA, 2 Nov - ", "Santiago, Dec 17 (efe-epa).- ": places, a day, a wire. */
const PLACES_DATE_AGENCY =
  /^\p{Lu}[\p{L} .'’-]{1,30}(?:, (?:the )?\p{Lu}[\p{L} .'’-]{1,30}){0,2}, (?:(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?) [-–—]{1,2} (?:\([^()]{2,30}\) [-–—]{1,2} )?|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?: \([^()]{2,30}\))?\.-\s?)(?=\p{Lu})/u;

/**
 * "WASHINGTON - At the direction of …": a city in capitals before a dash and a sentence's opening
 * word ("NATO - Russia talks" opens with a name, and stays); "NEW YORK » Wall Street …" before a guillemet.
 */
const CAPS_DATELINE =
  /^\p{Lu}{4,}(?: \p{Lu}{2,}){0,2} [-–—]{1,2} (?=(?:The|A|An|At|In|On|For|After|Before|During|With|By|From|Following|According|As|When|While|Despite|Officials|Police|President|Prime|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s)/u;

const GUILLEMET_DATELINE = /^\p{Lu}{3,}(?: \p{Lu}{2,}){0,2} » (?=\p{Lu})/u;
// "KESSEL.CO, Ayr - ", "VARNOGRAD- The index …", "Ayr, September 20, 2007 - Kessel …": an agency's domain, a glued dash, a full date.
const WIRE_DATELINE =
  /^(?:\p{Lu}{3,}\.\p{Lu}{2,3}, \p{Lu}\p{Ll}+ [-–—]{1,2} |\p{Lu}{4,}(?: \p{Lu}{2,})?[-–—] |\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4} [-–—]{1,2} )(?=\p{Lu})/u;
// "Ayr, February 4 Health authorities …": a city and a day run into the sentence.
const PLACE_MONTH_DAY = new RegExp(
  `^(?:\\p{Lu}\\p{Ll}+|\\p{Lu}{3,})(?: (?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}))?, (?:May|${Object.values(FULL_MONTH).join('|')}|(?:${Object.keys(FULL_MONTH).join('|')})\\.?) \\d{1,2},? (?=\\p{Lu}\\p{Ll})`,
  'u',
);
// "VARNOGRAD The health ministry …", "AYR (Kessel News / Varn - 16th May, 2023) The …": a city in
// capitals left without its dash, maybe with its sources in brackets.
const BARE_CAPS_DATELINE =
  /^(?:(?:\p{Lu}{5,}(?: \p{Lu}{2,})?|\p{Lu}{3,}(?: \p{Lu}{2,})? \([^()]{2,60}\)) (?=(?:The|A|An|In|On|At|After|Police|Officials) \p{L})|\p{Lu}{3,}(?: \p{Lu}{2,})? \([^()]{2,60}\d{4}\) (?=\p{Lu}))/u;
// "HÀ NỘI — Vietnamese Minister …": a city of two words or more in capitals before a long dash; "MEXICO CITY - Mexico
// canceled …", "VARNOGRAD - Leaking fuel …", "AYRVILLE - Ostland's bank …" with a hyphen, only before a sentence's capital
// and a word in lower case or a possessive, one word of five letters or more too ("NATO - Russia talks" stays).
const CAPS_WORDS_DATELINE =
  /^(?:\p{Lu}{2,}(?: \p{Lu}{2,}){1,2}|\p{Lu}{5,}) (?:[—–]|-(?= (?:\p{Lu}\p{Ll}+['’]s|\p{Lu}\p{Ll}+ (?:\p{Ll}{3,}|\p{Lu}\p{Ll}+['’]s))\b)) (?=\p{Lu})/u;
/**
 * "Berne, 25.05.2011 - The Federal Council …", "Istanbul/Athens, 7 December 2023 (dpa/MIA) - Greek …",
 * "Ayr, Ostland, March 17 - ": a city and a date, maybe an agency or a country, before a dash.
 */
const NUMERIC_DATELINE =
  /^\p{Lu}\p{L}+(?:[ /]\p{Lu}\p{L}+)?, (?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4}(?: \([^()]{1,30}\))?|\p{Lu}\p{Ll}+, \p{Lu}\p{Ll}{2,8}\.? \d{1,2}) ?[-–—]{1,2} (?=\p{Lu})/u;
/** "Sao Jose dos Campos, June 10, 2003 - Kessel today …": a place in lower case, its full date and a dash. */
const PLACE_DATE_DASH =
  /^\p{Lu}\p{Ll}+(?: (?:\p{Lu}\p{Ll}+|dos|das|de|da|do|del|la|el)){0,4}, (?:\d{1,2} \p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}),? \d{4} [-–—]{1,2} (?=\p{Lu})/u;
/** "Ayr, Ostland – 31 March 2019: The agency …": a place, a dash, a date and a colon. */
const PLACE_DATE_COLON =
  /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?, \p{Lu}[\p{L}.]+(?: \p{Lu}\p{L}+)? [-–—] (?:\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4}): (?=\p{Lu})/u;
/** "REDDING (Ct.) April 21. -- Samuel …": a city, its state in brackets and a day before a dash. */
const BRACKET_STATE_DATELINE = /^\p{Lu}{3,}(?: \p{Lu}{2,})* \([^()]{1,15}\),? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}\.? ?(?:--|–|—) ?(?=\p{Lu})/u;
/**
 * "MONTEVIDEO, Uruguay - Mario …", "PORT-AU-PRINCE, Haiti - An …", "SAO JOSE DOS CAMPOS, Ostland ---Kessel …":
 * a city in capitals and its country before a dash.
 */
const CAPS_COUNTRY_DATELINE = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,3}, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} (?:[-–—]{1,2} |---\s?)(?=\p{Lu})/u;

/**
 * "Jakarta (AFP) - A faulty …", "Accra, Jan. 25, GNA - A fierce fire …", "Rio de Janeiro, Aug 22
 * (IANS) Brazil …": a city written in lower case, maybe a day, and an agency in capitals (bracketed,
 * maybe with a dash, or after a comma before a dash).
 */
const AGENCY_DATELINE =
  /^\p{Lu}\p{Ll}+(?:[ /]\p{Lu}\p{Ll}+| (?:de|da|do|del|la|el|al) \p{Lu}\p{Ll}+)?(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?(?: \((?:\p{Lu}{2,6}|Reuters|Xinhua|Bloomberg|dpa|Kyodo|Yonhap|Anadolu|Bernama)\) ?(?:[-–—]{1,2} )?|, \p{Lu}{2,6} ?[-–—]{1,2} )(?=\p{Lu})/u;

function stripDateline(paragraph: string): string {
  const placed =
    CAPS_DATELINE.exec(paragraph) ??
    AGENCY_DATELINE.exec(paragraph) ??
    GUILLEMET_DATELINE.exec(paragraph) ??
    CAPS_COUNTRY_DATELINE.exec(paragraph) ??
    NUMERIC_DATELINE.exec(paragraph) ??
    PLACE_DATE_COLON.exec(paragraph) ??
    CAPS_WORDS_DATELINE.exec(paragraph) ??
    BARE_CAPS_DATELINE.exec(paragraph) ??
    PLACE_MONTH_DAY.exec(paragraph) ??
    PLACE_DATE_DASH.exec(paragraph) ??
    WIRE_DATELINE.exec(paragraph) ??
    BRACKET_STATE_DATELINE.exec(paragraph) ??
    TOWN_COUNTRY_DATELINE.exec(paragraph) ??
    PLACES_DATE_AGENCY.exec(paragraph);
  if (placed) return paragraph.slice(placed[0].length);
  const bracketed = BRACKET_DATELINE.exec(paragraph);
  if (bracketed) return paragraph.slice(bracketed[0].length);
  const dated = DATE_DATELINE.exec(paragraph);
  if (dated) return paragraph.slice(dated[0].length);
  const town = TOWN_DATELINE.exec(paragraph);
  const rest = town ? paragraph.slice(town[0].length) : '';
  if (town && (SENTENCE_OPENING.test(rest) || new RegExp(`\\b(?:of|in|at|from|near) ${town[1]}\\b`).test(rest))) return rest;
  const m = DATELINE.exec(paragraph);
  // Only with the agency in brackets or slashes, or a date after the place: "NATO - Russia talks" is a statement.
  if (!m || (!/[(\d/]/.test(m[0]) && !/^\p{Lu}{3,}[\p{Lu} .'’-]*,\s*\p{Lu}[\p{L}.]{1,6}\.?\s*[-–—]/u.test(m[0]))) return paragraph;
  // "--(BUSINESS WIRE)--Aug 1, 2018--": the wire's own date after its name goes too.
  return paragraph.slice(m[0].length).replace(/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\s?(?:--|–|—)\s?(?=\S)/, '');
}

/**
 * "LAHORE, March 17 - De Silva struck gold here on Sunday": "here" is the dateline's city, which
 * the stripped dateline no longer shows, so the lede says it: "struck gold in Lahore on Sunday".
 */
function hereAt(paragraph: string, dateline: string): string {
  const city = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?=,| \(| [-–—])/u.exec(dateline)?.[1];
  if (!city || !/\bhere\b/.test(paragraph)) return paragraph;
  const name = city === city.toUpperCase() ? city.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : city;
  return paragraph.replace(/\bhere\b(?= (?:on|at|in|yesterday|today|tonight|this|last|after|before)\b|[,.])/, `in ${name}`);
}

/** A headline written as a sentence (a lede), not a title: ends like one, mostly lower case. */
function readsAsSentence(headline: string): boolean {
  if (!/[.!?]["”’)]*$/.test(headline)) return false;
  const words = headline.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 6) return false;
  const capitalised = words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  return capitalised / words.length <= 0.5;
}

/**
 * Parses the plain-text briefing format: an optional first line `date YYYY-MM-DD headline`
 * (a leading space or byte-order mark tolerated), then the body. An impossible date
 * (2026-02-30) is treated as no date.
 */
export function parseBriefing(text: string): ParsedBriefing {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const lines = normalised.split('\n');
  let date: string | null = null;
  let headline = '';
  const first = cleanLine(stripMarkup(lines[0] ?? ''));
  const m = DATE_LINE.exec(first);
  let bodyStart = 0;
  let badDate: string | undefined;
  if (m) {
    bodyStart = 1;
    const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    const d = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso) date = iso;
    else badDate = `${m[1]}-${m[2]}-${m[3]}`;
    headline = m[4] ?? '';
  }
  // "… than ever before: • Record participation of 91 NOCs • 6 NOCs competed …": bullets run into one line are items.
  const body = stripMarkup(lines.slice(bodyStart).join('\n')).replace(/[ \t]+•[ \t]+(?=\S)/g, '\n• ');
  const statements: string[] = [];
  const seen = new Set<string>();
  let dateline: string | undefined;
  const whole = `${headline}\n${body}`;
  // Wire copy often puts the lede on the date line: a headline that reads as a sentence is the
  // first statement too.
  const paragraphs = body.split('\n');
  if (readsAsSentence(headline)) paragraphs.unshift(headline);
  for (const rawParagraph of paragraphs) {
    // A list item is a statement like any other: its bullet or "(a)" marker is not part of it.
    const clean = cleanLine(rawParagraph);
    // "GABORONE - THE Botswana …": the capitals after a dateline too.
    let line = namedInCapitals(paperCapitals(stripDateline(clean)), whole);
    if (!statements.length && line !== clean && dateline === undefined) {
      dateline = clean.slice(0, clean.length - line.length).trim();
      line = hereAt(line, dateline);
    }
    // "Sept. 4", "Jan 25, 2015": a wire's short month, written out so the date reads as one (the
    // dateline keeps its own writing).
    if (SHORT_MONTH.test(line)) line = line.replace(SHORT_MONTHS, (m) => FULL_MONTH[m.slice(0, 3)]);
    if (MD_SECTION.test(line)) continue;
    let paragraph = withoutHeading(unmarkdown(line.replace(MD_QUOTE, '').replace(LIST_MARKER, '')));
    if (!paragraph) continue;
    // "• Ann Lee (Ostland) became the youngest gold medallist": a list item with a verb is a sentence
    // without its stop ("• 26 medals won by 20 athletes" has none).
    if (LIST_MARKER.test(line) && /^[\p{Lu}\d]/u.test(paragraph) && /\p{L}$/u.test(paragraph) && ITEM_VERB.test(paragraph)) paragraph += '.';
    for (const sentence of splitSentences(paragraph)) {
      const s = sentence.trim();
      // A statement needs words; repeated sentences (pasted twice) are kept once.
      if (!/\p{L}{2}/u.test(s) || seen.has(s)) continue;
      seen.add(s);
      statements.push(s);
      if (statements.length >= MAX_STATEMENTS) break;
    }
    if (statements.length >= MAX_STATEMENTS) break;
  }
  return { date, headline: headline.slice(0, 300), statements, ...(badDate ? { badDate } : {}), ...(dateline ? { dateline } : {}) };
}

/** A one-line summary for cards: the first statement, shortened at a word boundary. */
export function summarise(parsed: ParsedBriefing, max = 200): string {
  const first = parsed.statements[0] ?? parsed.headline;
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[,;:\s]+$/, '')}…`;
}
