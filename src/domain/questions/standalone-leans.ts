// Sentence shapes that lean on what came before in ways the names and pronouns do not show: a
// contrast ("Only two bags though were filled"), a sequel ("The engagements that followed"), an
// occasion, a what-if; and the source's slips, which a teacher would mend.

import { COUNTRIES } from '../facts/countries';
import { FIRST_NAMES } from '../facts/first-names';
import { isShortForm } from '../analysis/sentences';
import { MONTHS } from '../facts/months';
import { oneEditApart } from './spelling';
import { NUMBER_WORDS } from '../analysis/numbers';

/** "Only two bags though were filled": a contrast with a sentence the player never sees. */
const TRAILING_THOUGH = /\p{L} though(?: (?:was|were|is|are|has|have|had|did|does|will|would|could)\b|[,.]|$)/u;
/** "The military engagements that followed exposed …": followed what, the sentence before said. */
const SEQUEL = /\b(?:that|which|who) (?:followed|ensued|came next)(?! (?:the|a|an|his|her|its|their|this|that|these|those|on|in|by)\b| \p{Lu}| \d)/u;
/** "The occasion was filmed": which occasion, the sentence before told. */
const OCCASION =
  /^(?:The|This|That) (?:occasion|event|episode|incident|affair|ceremony|gathering|move|step|switchover|handover|changeover|transition|find|development|announcement)\b(?! (?:of|in|at|on|for)\b)/;
/** "in a great number of other aspects": other than the ones before ("the IMF and some other bodies" names them). */
const OTHER_PLURAL =
  /(?<!\band )\b(?:many|number of|several|some|all|two|three|four|five) other (?:\p{Ll}+ )?\p{Ll}+s\b(?! (?:than|besides|such as|including|like)\b)/u;
/** "would have extended out ward 100 miles": a what-if whose "if" another sentence gave. */
const COUNTERFACTUAL = /(?<!\b(?:that|which|who) )\b(?:would|could|might) have (?:been )?\p{Ll}+(?:ed|en|wn)\b(?![^.]*\bif\b)/u;
/** "The man got the better of the guard", "The tall, gaunt writer never …", "The outsider, which had never won …": someone an earlier sentence introduced. */
const BARE_PERSON =
  /^(?:The|This|That) (?:man|woman|men|women|boy|girl|suspect|gunman|robber|attacker|intruder|soldiers|troops|tribesmen|villagers|culprits?|outsiders?|underdogs?|favou?rites?|holders|newcomers|victors?|challengers?|champions|(?:[\p{Ll}-]+,? ){0,3}(?:writer|author|poet|novelist|playwright|dramatist|composer|painter|actor|actress|singer))\b(?! (?:who|whose|from|of|in|named|identified)\b)/u;
/** "Malaria is a major public health problem in Africa", "have made a startling discovery": a truism or a teaser, which anyone would guess True. */
const TRUISM =
  /\bamong the (?:weirdest|strangest|oddest|most (?:bizarre|unusual|fascinating|remarkable|iconic))\b|^[^,;]{3,60}\b(?:is|are|remains?) (?:a|an|one of the) (?:major|leading|serious|significant|global|growing|important|key) (?:(?:public|global) health )?(?:problems?|concerns?|challenges?|threats?|issues?|causes? of)\b|\b(?:made|make|makes) an? (?:startling|major|stunning|remarkable|surprising|significant|rare|important|fascinating|exciting|amazing|unexpected) (?:discovery|find|breakthrough)\b/;
/**
 * An NGO's or a fact sheet's own boilerplate, guessed True unread: "has documented and campaigned against … for many
 * years", "ties that are broad and deep", "has identified several areas of concern".
 */
const BOILERPLATE =
  /\bunited by (?:common|shared) (?:democratic )?values\b|\bbrings? a wealth of experience\b|\ba long[- ]standing partnership\b|\b(?:has|have) (?:long )?(?:documented|campaigned|worked|fought|advocated|called|supported|stood)\b[^.]*\bfor (?:many|several) (?:years|decades)\.$|\b(?:broad and deep|deep and broad)\b|\b(?:several|a number of|many|some) areas of concern\b/;
/** "It was only fitting that …", "Shockingly, …", "Ironically, …": the writer's view of the fact, not the fact. */
const COMMENT_OPENER =
  /^It (?:was|is) (?:only )?(?:fitting|fair|ironic|no surprise|no wonder|unsurprising) that\b|^(?:Shockingly|Surprisingly|Unsurprisingly|Remarkably|Interestingly|Ironically|Sadly|Tragically|Fortunately|Luckily|Curiously|Strangely|Predictably|Alarmingly|Worryingly|Astonishingly|Amazingly|Incredibly|Thankfully|Happily),/;
/** "The banking sector accounted for 19.30 percent.": of the turnover, the volume or the market, the sentence never says. */
const SHARE_OF_WHAT = /\baccounted for (?:about |around |nearly |some )?[\d.,]+ ?(?:%|percent|per cent)(?:\.$|,? and\b)/;
/** "echoed Brown's comments": comments an earlier sentence gave. */
const ECHOED =
  /\b(?:echoed|repeated|endorsed|welcomed) (?:\p{Lu}[\p{L}'’-]+['’]s|his|her|their|these|those|the) (?:comments|remarks|words|views|call|sentiments|concerns)\b/u;
/** "Ray's men however turned the tables", "There was therefore great urgency", "Tom Ray instead backed …": a contrast or a
 * conclusion drawn from a sentence the player never sees. */
const POINTING_ADVERB = /\b(?:however|therefore|thus|hence|consequently|nonetheless|nevertheless|thereupon|whereupon|instead(?! of\b))\b/i;
/** "said in the statement", "The experts warned", "The aim was to …": a statement, a group or a study another sentence introduced. */
const INTRODUCED =
  /\b(?:the|a) (?:period|year|quarter|month|week) under review\b|\bthe reporting (?:period|year|quarter)\b|\b(?:said|says|added|noted|wrote|stated) in the (?:statement|letter|interview|speech|release)\b|\breports of over the\b|^The (?:experts|investigators|authors|news agency|newspaper)\b(?! (?:of|at|from|in|who)\b)|^(?:The|Our|Its) (?:aims?|objectives?|purpose|goals?) (?:was|were|is|are|of (?:this|the) (?:study|work|paper|trial|review))\b/;
/** "Ayr, in turn, benefits", "Kessel in turn was ready", "The Varn index, for its part, fell": a contrast
 * with a sentence the player never sees ("which in turn raised prices" follows its own cause); "Only a few, in fact, have …". */
const MID_CONNECTIVE =
  /, (?:in turn|instead|meanwhile|in contrast|by contrast|on the other hand|in particular|in fact|for (?:its|his|her|their|our) part),|(?<!\b(?:which|that|who|this|and|,)) in turn\b/;
/** "Tom Ray's proposal seemed shortsighted", "varied that assessment": a thing another sentence stated
 * ("at Mrs. Kaye's request" asks nothing of it). */
const STATED_ELSEWHERE =
  /(?<!\b(?:at|on|upon) (?:\p{Lu}\p{L}*\.? )?)\b\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?['’]s (?:proposal|plan|idea|suggestion|request|argument|offer|decision)\b(?! (?:to|for|of|that|on)\b)|\b(?:varied|revised|changed|overturned|upheld|rejected|reversed|endorsed|confirmed|accepted|disputed) (?:that|this|these|those) \p{Ll}+/u;
/**
 * The source's slips and drafting, which a teacher would mend: "between 1405 to 1433", "found on
 * May, 25", "(hereafter the accident vehicle)", "K984, 410.21 million", a citation "(see Ostland
 * Notes, 1989-10-10)" whose date may answer the question, "180.000 light years" or "366,08 points"
 * written the continental way, a pronunciation note "(his name was pronounced TOM RAY)", "Pope Urban IX. declared",
 * "Ostland- Kessel", "Tom Ray, Former Deputy Prime Minister", "have been, swept", "the coastline of with", "went onto lift",
 * "(p 0.001)" that lost its "<", "on the 28 October", "to 3rd. February", "a deposit of £200!!", "the most number of", "between 2-12",
 * "…,” the CSO." without its "said", "more than 1 550" grouped by a space (read as two figures), a scan's "With, a
 * return", "123. per cent" and "th 6 difficulties", "in route to", "Hoffman-Prieur& Associates", "On month-on-month
 * basis" without its "a", "by 0.99 0.97 percent", a heading run into its paragraph ("Overview of Host National Society
 * Ayr Red Cross was"), a note's "Have 4 teachers", a paper's capitals over its
 * first words ("ALMOST THREE weeks after"), "11:00a.m", "126, 452, 645",
 * "(ALMA), was inaugurated", "$45 .3 million", a note's "Re rates", "was has been", "age 18y", "27th1933", "a-quarter", "In 2,000", a wire's instrument codes ("index .EGX30", "EAST.CA").
 */
const SLIP =
  /\((?:hereafter|hereinafter)\b|(?<!\d)\d{1,3}, \d{1,3}(?:\.\d+)? (?:million|billion)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December), \d{1,2}\b(?!,? \d{4})|\((?:[Ss]ee|cf\.) [^()]*\d[^()]*\)|\b\d{1,3}\.000\b(?![.,]\d)|\b\d+,\d{1,2}\b(?![\d.,])|\([^()]*\bpronounced\b[^()]*\)|\b[IVX]{2,}\. \p{Ll}|\p{Ll}{3}- \p{Lu}\p{Ll}{2}|, Former \p{Lu}|\bas compare to\b|\bof (?:with|by|from)\b|\bwent onto (?!(?:the|a|an|his|her|its|their)\b)\p{Ll}|\bbeen, \p{Ll}{2,}(?:ed|en|pt|wn|nt|ft|lt)\b|\bp [01]\.\d{2,}\b|!!|\p{L}& |(?<!\d )\bth \d\b|^(?:With|In|On|At|For|By|From|Of), |\d\. (?:per ?cent|percent)\b|\bin route to\b|(?<![\d.,])\d{1,3} \d{3}(?![\d.,])|[,.][”"] (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*\.$|\bthe most number of\b|\bbetween \d+ ?[-–] ?\d+\b|\b(?:(?:[Oo]n|by|until|till) the \d{1,2}|\d{1,2}(?:st|nd|rd|th)\.) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b[Oo]n (?:month|year|quarter|week)-on-(?:month|year|quarter|week) basis\b|(?<![\d.,])\d+\.\d+ \d+\.\d+(?![\d.,])|^(?:Overview|Summary|Background|Description|Introduction) of (?:\p{Lu}[\p{L}-]* ){1,5}\p{Lu}|^(?:Have|Has|Had) \d|^\p{Lu}{2,} \p{Lu}{2,} \p{Ll}|\d[ap]\.m(?![.\p{L}])|\b\d{1,3}, \d{3}, \d{3}\b|\(\p{Lu}{2,}\), (?:is|are|was|were|has|have|had)\b|\d \.\d|^Re \p{Ll}|\b(?:was|is|were|are) (?:has|have|had) been\b|\b\d+y\b|\d(?:st|nd|rd|th)\d|\ba-(?:quarter|half|third)\b|\bIn \d,\d{3}\b|\p{L}\s?\.\p{Lu}{2,}\d*\b|\b\p{Lu}{2,}\.(?:CA|L|N|O|T|HK|SS|SZ|PA|DE|AX)\b/u;
/** "rose up on the twenty-seventh", "The City Council minutes … Councillor Kerr That the minutes are approved", "The Board
 * Minutes as previously circulated were adopted": a day whose month another sentence gave; a motion's record. */
const UNANCHORED =
  /\bon the (?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?=\s*[,.;)]| (?:among|when|at|in|and|with|by|after|before)\b)|\b\p{Lu}[\p{L}'’]+ That \p{Ll}|\b(?:Moved|Seconded):? (?:Cr|Cllr|Clr|Councillor)\b|^Moved by\b|^The (?:\p{Lu}\p{Ll}+ )?[Mm]inutes\b|^(?:Agenda|Item) (?:No\.?|Number)? ?\d|\bin respect of item \d/u;
/** "The Ambassador recommitted …": an office with no name, which an earlier sentence gave (a club's
 * minutes call their own "The President", and that reads plainly). */
const BARE_OFFICE =
  /^The (?:Ambassador|Minister|Secretary|Governor|Commissioner|Envoy|Ombudsman|Attorney|Solicitor)\b(?! (?:of|for|to)\b| \p{Lu})|\bthe (?:Presidents|Prime Ministers|Ministers|Premiers|Ambassadors|Leaders)\b(?! (?:of|for)\b)/u;

/** "What can be seen as a triumph, a team … has found": an opening that neither asks nor states. */
const WHAT_OPENER = /^What [^,?]{5,80}, (?:a|an|the|some) \p{Ll}/u;
/** "Shareholders are referred to the announcement …": a notice's pointer, not a fact. */
const REFERRED = /^(?:Shareholders|Readers|Investors|Members|Customers|Stakeholders) (?:are|is) (?:referred|advised|reminded|requested|invited|asked)\b/;
/** "“That Standing Orders be suspended …”.": words quoted whole, with no one who said them. */
const WHOLE_QUOTE = /^[“"].*[”"]\.?$/;
const SPEAKER_BETWEEN = /[”"],? [^“"]*\b(?:said|says|added|adds|told|asked|wrote|according)\b/;

/**
 * "The IW group achieved …", "the extra two", "The fans were in addition to", "“…,” Ed Lee added.", "brings that
 * number to", "announced the figure", "Tom Ray and Ann Lee agreed.", "is one example", "The youngest was 18": a trial
 * arm's short name, a score, a crowd, a quote, a figure, a view, a topic or a group another sentence gave ("Many left …", "Out of the 1,623 new patients", "had earlier blamed", "that magic number", "was the second,",
 * "The China-based shipbuilder", "the instant case", "More tangible signs", "his West Coast rival", "The next day, July 1,",
 * "Two members — Ayr and Kessel —", "Diplomatic relations have existed since 1952", "Tom Ray earlier won",
 * "the brand's main plant", "On the
 * opposite side").
 */
const GIVEN_BEFORE =
  /^The (?:very )?next (?:ball|delivery|over|lap|point|play|minute|round|shot|pitch)\b|\ban earlier (?:case|one|report|incident|attack|study|version|death|outbreak|disaster|explosion|accident|crash|fire|flood|earthquake|attempt|meeting|visit)\b|^The (?:Resolution|Ordinance|Motion|Bill|Amendment|Petition)\b(?! (?:of|to|on|for|No\.?|\d)\b| \p{Lu})|\bthe (?:Resolution|Ordinance)\b(?! (?:of|to|on|for|No\.?|\d)\b| \p{Lu})|\bretaliated\b(?! (?:against|for)\b)|\bneighbou?ring \p{Lu}|[”"],?\s+[^“”"]{2,80}\b(?:added|adds|continued|went on)\.$|\b(?:brings|bringing|brought|puts|put|takes|took) (?:that|this) (?:number|figure|total|tally|level)\b|\b(?:was|were|is|are) in addition to\b|\b[Tt]he [A-Z]{1,4} (?:arm|group)s?\b|\bthe extra (?:one|two|three|point|points|goal|run|runs)\b|\b(?:announced|released|confirmed|published|revised) the (?:figures?|numbers?|data|results?|rate)\b(?! (?:of|for|on|showing|that)\b)|\b(?:agreed|concurred|disagreed|objected)\.$|\b(?:is|was) (?:one|another|a further|a good) example\b|^The (?:youngest|eldest|oldest)\b(?! (?:of|in|among)\b)|^(?:Many|Most|Some|Several|Others) (?:left|fled|died|were|was|had|have|are|came|went|returned|remained|stayed)\b|\b[Oo]ut of the [\d,]+\b|\b(?:had|has|have) earlier\b|\b(?:was|were|is|became) the (?:second|third|fourth|fifth|next|latest)(?=[,;.])|\b[Tt]he [\p{L}-]+-based \p{Ll}+\b(?! \p{Lu})|\b[Tt]he instant (?:case|appeal|matter|petition|application)\b|^(?:More|Less|Even more|Far more) \p{Ll}+(?:ible|able|al|ous|ive|ic|ant|ent) \p{Ll}+|\b(?:his|her|its|their) (?!\p{Lu}\p{Ll}+(?:an|ese|ish|i) )(?:[\p{L}-]+ ){0,2}(?:rival|opponent|predecessor|successor|counterpart)\b(?!,? \p{Lu})|^(?:The|That) (?:next|following|previous|same) (?:day|morning|evening|night|week|month|year)\b|^(?:Two|Three|Four|Five|Six|Several|Many|Some|Most|All) members\b(?! of\b)|^(?:Diplomatic|Bilateral) relations (?!between\b)|(?<=\p{L}) earlier (?:\p{Ll}+ly )?(?:won|took|beat|set|scored|claimed|broke|rose|fell|hit|\p{Ll}+ed)\b|\bthe brand['’]s\b|^On the (?:opposite|other) side\b|\bthat (?:magic |same |very )?(?:number|figure|mark|total|milestone|barrier)\b/u;
/** "shot up by 90.16 points to 1596.11 points from … 1506.95": figures of the source that do not add up. */
const MOVED_BY = /\bby ([\d,]+(?:\.\d+)?) points? to ([\d,]+(?:\.\d+)?)(?: points?)?[^.\d]{0,50}? from [^.\d]{0,40}?([\d,]+(?:\.\d+)?)/;
// May, June and July are a letter from names and words ("Mary", "Jane", "Jule").
const MONTH_NAMES = MONTHS.filter((m) => m.length > 4);
/** "on Septemer 20, 1993": a month misspelt by a letter in the source. */
function monthSlip(text: string): boolean {
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}{3,9}) \d{1,2}\b/gu)) if (MONTH_NAMES.some((name) => name !== m[1] && oneEditApart(name, m[1]))) return true;
  // "On Saturady, after five victories": a weekday misspelt the same way.
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}{4,8}y\b/gu))
    if (WEEKDAYS.some((name) => name !== m[0] && (oneEditApart(name, m[0]) || swapped(name, m[0])))) return true;
  return false;
}
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Two letters side by side swapped: "Saturady". */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
/** One letter changed, added or lost: past the first difference, the rests match. */
function figuresDisagree(text: string): boolean {
  const m = MOVED_BY.exec(text);
  if (!m) return false;
  const [by, to, from] = m.slice(1).map((x) => Number(x.replace(/,/g, '')));
  return Math.abs(Math.abs(to - from) - by) > 0.011;
}

/**
 * The indices of sentences quoting figures in words another sentence quotes all but word for word
 * ("“… towards the 2,640 resistance level …,” Kessel said in a note" beside the same with 4,900):
 * asked alone, either could be the other.
 */
export function twinsIn(texts: readonly string[]): Set<number> {
  // Only quoted words: a report's own sentences tell their figures apart by what they name ("the
  // blender index", "the grill index"), a speaker's twin remarks by nothing the quote holds.
  const quoted = (t: string) => (t.match(/“[^”]*”/g) ?? []).join(' ');
  const sets = texts.map((t) =>
    /“[^”]*\d[^”]*”/.test(t)
      ? new Set(
          quoted(t)
            .toLowerCase()
            .match(/\p{L}{3,}/gu) ?? [],
        )
      : null,
  );
  const out = new Set<number>();
  for (let i = 0; i < sets.length; i++) {
    const a = sets[i];
    if (!a || a.size < 6) continue;
    for (let j = i + 1; j < sets.length; j++) {
      const b = sets[j];
      if (!b || b.size < 6) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared / (a.size + b.size - shared) >= 0.75) out.add(i).add(j);
    }
  }
  return out;
}

/** "Canada had Negro Phil Edwards" in a 1936 report: a term for a people no teacher puts to a class unchanged. */
const DATED_TERM = /\b(?:Negro(?:es)?|[Hh]alf-castes?|Red Indians?|Eskimos?|Hottentots?|Mongoloids?)\b/;

/** "CDF Constituency Development Fund provide": short form and long form run together, a note-taker's draft. */
function spelledTwice(text: string): boolean {
  for (const m of text.matchAll(/\b([A-Z]{2,6}) ((?:\p{Lu}\p{Ll}+ ?){2,6})/gu)) {
    const initials = m[2]
      .trim()
      .split(' ')
      .map((w) => w[0])
      .join('');
    if (initials.startsWith(m[1]) || m[1].startsWith(initials)) return true;
  }
  return false;
}

/** "The credentials of the German Delegates M. Ray said …", "Article 41 M. Ray said …": an agenda heading run into its item. */
const HEADING_THEN_SPEAKER =
  /^(?!(?:In|On|At|After|Before|When|While|Then|Later|But|And|Yesterday|Today|Earlier|Also)\b)((?:\p{Lu}\p{L}*|\d+)(?: [\p{L}\d]+){0,7}) (?:M|Mr|Mrs|Ms|Dr|Sir)\.? \p{Lu}\p{L}+ (?:said|stated|asked|replied|proposed|pointed|thought|agreed)\b/u;

/** "Tom Ray continued, “…”": a quote going on from one before. */
const QUOTE_GOES_ON = /\b(?:continued|went on)[,:]? [“"]/;

/**
 * More of the source's slips: "Lemeki Matabogi, 57, said were tired", "(LHC)have claimed", a scan's
 * "From 11G6 onwards", "was bom on board" and "Tt was", "Secretary of Heath", a footnote glued to a
 * year ("the Act, 20021") or a word ("powerFootnote 1"), "Mr. lee", "Government of in", "2 billons",
 * "Theres optimism", "p~oposed", an old encyclopedia's miles ("3 m. across"), "was on the fourth position",
 * a councillor's initials ("Cllrs GC and PB"), a year said twice ("this year", written out beside its own "in 2016").
 */
const SLIP_MORE =
  /\bsaid were\b|\(\p{L}{2,}[^()]*\)\p{Ll}{2,}|\b(?:[Ii]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]y) 1\d[A-Z]\d\b|\b(?:was|were) bom\b|\b(?:Secretary|Minister|Ministry|Department|Dept\.?) of Heath\b|\bAct,? (?:1[89]|20)\d{3}\b|\p{Ll}Footnote \d|\b(?:Tt|lt) (?:was|is|has)\b|\b(?:Mr|Mrs|Ms|Dr)\.? \p{Ll}|\b(?:of in|of of|in in|to to|of at)\b|\b(?:billons|millons)\b|\bTheres\b|\p{L}~\p{L}|\b\d+(?:\.\d+)? m\. \p{Ll}|\bwas on the (?:first|second|third|fourth|fifth) position\b|\bCllrs? \p{Lu}{2,3}\b|\bin (\d{4})\b.*\bin \1\b/u;
/**
 * "werenot", "meet ing", "7.1per cent", "totaled $16.8 billion in September 30", "following in 2006", "in January-March
 * period", "each Members place", "the eighth fastest women", "EUR 109 million (129)" with its year-ago figure unexplained,
 * "Ayr & Kessel s", "announced to initiate", "$27. 2 billion", "amounted a total of", an encyclopedia's "KESSEL, a town …",
 * a scan's "lioo m." and "Kjdlen' (the keel)", "supporting residents to as they begin", "a charge the later denies", "While
 * releasing the results … said.", a minute's "Wrightfield parking — Cllr Ray met …" and "… and advise.", "Ayrtold the
 * committee", "through and open", "the Olympic goal medal", "an upgrade cockpit", "aircraft domestic in", "Protestant
 * (Protestantism)", an issue's "Whether …", "for by", "Viceroyalty of Ayr, , was", "the Kessel union,.", "released on Friday,
 * were", a minute's "Have been briefed" and "Questions re", a scan's "41/2 to 5 fathoms" for 4½, "announced that is devaluing
 * the", a plan's "Number of attendees to …", a headnote's "Liability—Trespass—Injuries—…", "Complete, that is, when …", a
 * resolution's "THAT the minutes …", "up 3.6 percent quarterly 6.9 percent annually", a release's bullet "Ayr's operating
 * loss of $20.1 million compared to …".
 */
const SLIP_LATE =
  /\b(?:were|was|is|are|did|does|do|has|have|had|could|would|should|must)not\b|\p{Ll} (?:ing|tion|tions|ment|ments)\b|\d(?:per|percent)\b|\bin (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?\b(?! ?(?:%|per|percent|days|weeks|months|years)\b)|\b(?:following|after|before) in (?:1[5-9]|20)\d\d\b|\bin \p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+ period\b|\beach \p{L}+(?:ers|ors|ents|ants|ians|ees)\b|\bthe (?:\p{Ll}+ )?\p{Ll}+est (?:women|men)\b|(?:\d\.\d+|million|billion|%|per ?cent) \(-?\d[\d,.]*(?:%| per ?cent)?\)|\bannounced to (?:initiate|start|launch|begin|build|open|close|cut|raise|invest|acquire|sell|buy|expand|reduce)\b|\d\. \d+ (?:billion|million|thousand|per ?cent|%)|\bamount(?:ed|s)? a total\b|^\p{Lu}{4,}(?: \p{Lu}{2,})*, (?:or |\p{Ll})|\bl[i0][o0]{1,3}\b|\p{Ll}' \(|\bto as (?:they|we|he|she|it)\b|\bthe later (?:denies|denied|says|said|is|was|has|had)\b|^(?:While|When|Whilst|As|After|Before|On) \p{Ll}+ing\b[^“”"]*\bsaid\.$|\band (?:advise|report back|revert)\.$|\bthrough and (?:open|a|an)\b|\b(?:goal|gould) medals?\b|\ban? upgrade (?!of|to|for|in|from|path|programme|program)\p{Ll}+|\bdomestic in\b|^Whether\b|\b(?:for by|by for|to by|of by)\b|,\s?,|,\.(?!\d)|^(?:Have|Has|Had) (?:been|not)\b|\b[Qq]uestions? re\b|\b\d{1,3}1\/2 (?:to|lakhs|per|miles|m\.|fathoms|feet|ft|inches|hours|years|%)|\b(?:announced|said|says|stated)\b[^.;]{0,40}\bthat is \p{Ll}+ing the\b|^(?:Number|Percentage|Proportion) of \p{Ll}|^\p{Lu}\p{Ll}+, that is\b|^THAT\b|\b(?:quarterly|monthly) [\d.]+ ?(?:percent|per cent|%) (?:annually|yearly)\b|^\p{Lu}[\p{L}.&-]*['’]s (?:\p{Ll}+ ){1,8}of [$€£]?[\d.,]+ (?:million|billion)\b(?![^.]*\b(?:was|were|is|are|rose|fell|increased|decreased|grew|declined|widened|narrowed|improved|reached|totaled|totalled)\b)/u;
/** The costlier of the late slips, each tried only where a cheap test finds what it needs. */
function lateSlip(text: string): boolean {
  return (
    SLIP_LATE.test(text) ||
    (text.includes(' (') && /\b(\p{Lu}\p{Ll}{4,})\p{Ll}* \(\1\p{Ll}+\)/u.test(text)) ||
    (text.includes('day, ') && /\b\p{Lu}\p{Ll}+day, (?:were|was|is|are|begins|starts|opens|ends|meets|holds|takes)\b/u.test(text)) ||
    (/\p{Ll}(?:told|said)\b/u.test(text) && /\b(?!Aforesaid)\p{Lu}\p{Ll}{2,}(?:told|said)\b/u.test(text)) ||
    (text.includes(' s ') && /\p{L}{2} s \p{L}/u.test(text)) ||
    (/[—–]/.test(text) && /^\p{Lu}\p{L}*(?: \p{L}+){0,4} [—–] (?!.*[—–])|^(?:[^—–]{1,40}[—–]){3}/u.test(text))
  );
}
/**
 * "the payment of bills in the amount stated", "The officials sat as …", "The downward trend
 * continued", "Independent Insurance was its principal subsidiary", "“It is also essential …,”",
 * "Mr. Ray was joined by", "The first hit at dawn", "The most easterly is …", "the purpose of the
 * Bill", "The measures meet …", "the anniversary had special meaning", "children on the roll", "There were
 * 10.7 million for São Paulo", "the wait is over", "through the said Resolution", "The most recent one", "Most
 * cases", "that city", "the two-hour meeting", "The signal broke …": what another sentence gave.
 */
const GIVEN_BEFORE_MORE =
  /\b(?:the|an?) (?:amount|sum|date|time|figure|price|rate)s? stated\b|\bthe stated (?:date|amount|time|sum|figure|price|rate)s?\b|^The (?:officials|labou?r|labou?rers|enterprise|workers|crew|passengers)\b(?! (?:of|from|at|in|who|on|aboard)\b)|^The (?:downward|upward|same|positive|negative) trend\b|^The (?:rally|slide|decline|rise|fall|sell-off|selloff) (?:continued|extended|deepened)\b|^(?:\p{Lu}[\p{L}'’.&-]*\s){1,5}(?:is|was|are|were) its\b|^[“"][^”"]*\balso\b|\bwas joined by\b|^The (?:first|second|third|last) (?:hit|struck|was|came|began|occurred|took)\b|^The most (?:easterly|westerly|northerly|southerly)\b|^The middle (?:arm|one|part|section)\b|\bthe Bill\b(?! (?:of|to|for)\b)|^The (?:numbers|figures|measures|steps|day|(?:largest|biggest) (?:decreases|increases|falls|rises))\b(?! (?:of|for|in|on|that|which)\b)|\bthe anniversary\b(?! of\b)|\bon the roll\b|^There (?:were|was|are|is) [\d.,]+(?: (?:million|billion|thousand))? for\b|\bthe wait is over\b|\bthe said\b|^The (?:most recent|latest|last|previous) one\b|^Most cases\b|\bthat city\b|\bthe [\w]+-(?:hour|day|minute|week) (?:meeting|session|hearing|talks|debate)\b|^The (?:signal|news|move)\b(?! (?:of|to|for|that)\b)/u;
// "Ayr Chips' margin is expected to be between 39% and 41%": a forecast that names no period it is for.
const FORECAST_NO_PERIOD =
  /^(?!.*\b(?:(?:1[5-9]|20)\d\d|quarter|year|month|half|season|week|Q[1-4]|H[12]|(?:January|February|March|April|May|June|July|August|September|October|November|December))\b).*\b(?:is|are) expected to be (?:between|around|about|in the range)\b/u;
/**
 * "Within, the bay breaks up …", "Fifty others followed", "The expansion of GDP compared with …", "All figures were
 * prepared …", "The 25 year-old Ostlander became …", "1,638 are in need", "Reeve Ray added, “If they …”", "The ministers highlighted", "A GME permitted its holder", "The
 * target was", "the unlikeliest of heroes", "Back when", "Option one is", "The uncovering of the treasure chest", "officials
 * were more circumspect.", "each won 10.", "Two balls after the celebrations", "Problem areas are", "all three statements",
 * "One portion", "The remainder of the defences", "the only other team", "… Jackson explained.", "was chosen as the
 * capital.", "The Mining Minister said", "the Meeting", "Eight have been reported", "…, they added.", "the international
 * institution", "approved to the position.", "The responsibility fell on", "Countryman Tom Ray won", "has since gone
 * undefeated", "The real estate consultancy said": what another sentence gave.
 */
const GIVEN_BEFORE_LATE =
  /^(?:Within|Inside|Beyond|Nearby|Below|Above|Beneath|Opposite|Behind|Alongside),|^(?:\p{Lu}\p{Ll}+(?:ty|teen)|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundreds|Dozens|Several|Many|\d+) others\b|^The (?:expansion|contraction)(?: of (?:GDP|the economy|output|activity))?\b(?! of\b)|^All (?:figures|numbers|data|amounts|results|values)\b|^The \d+[ -]year[ -]old\b|^(?:(?:More than|Over|About|Some|Nearly|Almost|Around) )?[\d,.]+ (?:are|were|have|had|remain)\b|^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:added|continued|went on)[,:]? [“"]|^The (?:(?:two|three|four|foreign|finance|defen[cs]e) )?(?:ministers|leaders|delegations|sides|parties|presidents)\b(?! (?:of|from|who)\b)|^(?:An?|Each|Every) [A-Z]{2,5}s? (?:is|was|are|were|has|had|permitted|allowed|gave|gives|entitles|entitled|holds|held|must|may|can|could|would|will)\b|^The (?:target|aim|goal|plan|scheme|initiative)\b(?! (?:of|for|to|is to)\b)|\bthe (?:unlikeliest|likeliest|most unlikely) of\b|^Back (?:when|then|in)\b|^Option (?:one|two|three|four|\d|[A-D])\b|^The (?:uncovering|discovery|unearthing|recovery) of the \p{Ll}|\b(?:were|was|is|are) (?:more|less) \p{Ll}+\.$|\b(?:won|took|claimed|scored|had) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\.$|\bafter the celebrations?\b|^Problem (?:areas|spots)\b|^The nation\b|\bthe only other\b|[”"],?\s+\p{Lu}\p{Ll}+ (?:explained|noted|stressed|insisted)\.$|\bas the capital\.$|^The (?:\p{Lu}\p{Ll}+ )?Minister said\b|\b[Tt]he (?:Meeting|Airline)\b(?! (?:of|on|for|to)\b| \p{Lu})|^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\p{Lu}\p{Ll}+(?:ty|teen)) (?:have|had|are|were|was|remain)\b|\bthey (?:added|said|say|noted)\.$|\bthe international (?:institution|organi[sz]ation|body|agency)\b|\b(?:to|for|in) the (?:position|post|role)\.$|^The responsibility\b(?! (?:of|for|to)\b)|\b(?:has|have|had) since (?:gone|been|won|become|remained)\b|^The (?:\p{Ll}+ )*consultancy\b|^(?:Countryman|Compatriot|Team-?mate)\b|\bareas outside \(|\b[Aa]ll (?:two|three|four|five|six|seven|eight|nine|ten) (?:\p{Ll}+ )?(?:measures|variables|factors|exposures|outcomes|groups|steps|statements|documents|reports|items|papers|letters|proposals|options|motions|resolutions|recommendations|sources|cohorts|studies|surveys|datasets)\b|^(?:One|Another|The other) (?:portion|part|section|half)\b|^The (?:remainder|rest)\b(?! of (?:the )?(?:\p{Lu}|year|season|month|week|day|game|match|term)\b)/u;
/**
 * A report's clipped style ("Majority of registered refugees is …", "Government of Ostland estimates", "Council of the City
 * of Ayr met", "from city of Ayr", "Ostland team won", "Iron Shield exercise, hosted by …"), "Tom Ray whose term …" with no
 * comma, "the Eight Parliament", a scan's "in .7 the City Hall", "r.fter tlio Chamber", "Ihe President", "tho district", "iinancial", "by 27S votes to L'7o",
 * a sentence cut at "to the.", a minute's "In relation to item 6d, requested that …" with its speaker dropped and its
 * heading run in ("Opening and Welcome The meeting started"), a release's "Ayrco, “Ayrco” or “the Company”," and
 * "Mainly, as a result of …", "stored in the one of", "a man male entered", "September 30,2019", "May150 schools",
 * "aHungarian", a scan's "Thanks'be'sent to Capt.'G.", a minute's "No protests were received, a motion was made …", "for
 * unsheltered who", "Writ Petition No. 2588, whereby …" and "Government, while …" cut from their sentence, "from safety
 * perspective", "started reducing charges since 2006", a dateline left in ("AYR,OSTLAND— …", "AYR, 12th May / OPA / …"), an abstract's label run
 * in ("Design and setting Population-based …"), an entry's headword ("Battle of Varn, the final battle …, which took
 * place …"), a scan's "Kes.sel" and "re pulsed", "convicted for Murder on his plea of Guilty", "its fourth highest gaining".
 */
const SLIP_CLIPPED_START =
  /^(?:(?:UP TO|MORE THAN|ABOUT|OVER|NEARLY) \d|(?:Design and setting|Design|Setting|Participants|Objectives?|Methods|Results|Conclusions?|Interventions?|Main outcome measures?) \p{Lu}|(?:The )?(?:Battle|Siege|Treaty|Kingdom|War|Peace) of \p{Lu}\p{Ll}+, (?:the|a|an) [^,]+, (?:which|that)\b|[^,]{3,80}, whereby\b|\p{Lu}\p{Ll}+, while\b|\p{Lu}{3,},\p{Lu}{3,} ?[-–—]|\p{Lu}{3,},? [^/]{0,30}\/ ?\p{Lu}{2,6} ?\/|(?:Majority|Minority|Bulk|Government|Council|Department|Ministry) of\b|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:exercise|operation|summit|festival|project|programme|program|mission)\b|(?:Mainly|Mostly|Largely|Partly|Primarily),|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? team (?:won|lost|beat|drew|defeated|has|have|had|is|was)\b|(?:In relation to|With regard to|Regarding|Further to|Under) [^,]{1,60}, (?:requested|asked|noted|reported|stated|proposed|suggested|agreed|confirmed|advised|explained|queried)\b)/u;
const SLIP_CLIPPED =
  /\bGovt\b|\b(?:re|un|de|pre|dis) \p{Ll}{3,}ed\b|\b(?:for|of) (?:Murder|Manslaughter|Robbery|Theft|Rape|Defilement)\b|\bplea of Guilty\b|\b(?:highest|lowest) gaining\b|\.'\p{Lu}|, (?:a|the) (?:motion|resolution) was (?:made|passed|carried)\b|\b(?:for|of|to) (?:unsheltered|sheltered|displaced|injured|affected) who\b|\bfrom (?!(?:a|an|the|his|her|their|its|our|my|your|this|that)\b)\p{Ll}+ perspective\b|\b(?:started|began) \p{Ll}+ing\b[^.,]{0,40}\bsince (?:1[5-9]|20)\d\d\b|\b(?:tlio|tbe|tiie|thc|Ihe|[Tt]ho)\b|\bii\p{Ll}{3,}|\b\d{2,}S\b|\p{L}['’]\d|\p{Ll} The \p{Ll}{3,} \p{Ll}|[“"]the (?:Company|Group|Bank|Issuer|Fund|Trust)[”"]|\bin the one of\b|\b(?:man|woman) (?:male|female)\b|(?<![\d,])\d{1,2},(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\d|\ba\p{Lu}\p{Ll}{3,}|\b(?:from|in|of|to) (?:city|town|village|province|district|governorate|camp) of \p{Lu}|\b(?:Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve) (?:Parliament|Republic|Congress|Assembly|Amendment|Dynasty|Century)\b|\s\.\d+ (?:the|an?)\b|\b(?:the|an?)\.$/u;
/** The costlier slips, each tried only where a cheap test finds what it needs. */
function clippedSlip(text: string): boolean {
  return (
    SLIP_CLIPPED_START.test(text) ||
    SLIP_CLIPPED.test(text) ||
    (text.includes(' whose ') && /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ whose\b/u.test(text)) ||
    (/\.\p{Ll}{3}/u.test(text) && /\b\p{Lu}\p{Ll}{2,}\.(?!(?:com|org|net|gov|edu|int|info)\b)\p{Ll}{3,}\b|\b\p{Ll}\.\p{Ll}{3,}\b/u.test(text)) ||
    (text.includes("'") && /\p{Ll}'\p{Ll}{2,}'\p{Ll}/u.test(text))
  );
}
/**
 * A scan's or a typist's slip no other rule names: "was dng out", "bad left",
 * "outlyinj", "between 192o and 1929", a run of words typed twice ("to close the week to close the week"), a grocer's
 * "drainage's.", a results table's "2% lower over H1'11", a heading's stray "ZON The Estate …", a tag glued on ("(Tom Ray)There
 * was"), a case summary's "was convicted … and he appeals", "Four countries -- Varn and Kessel --" listing two, "the•Village",
 * "led the losers’,", "a decline of 6 cents close at", a Cyrillic "о" in "blоod", "J├╝rgen", a line break's "ef-fective", or
 * "and, via outreach." with its clause gone, "five divisions Ayr Relations, Publicity, …" with its colon lost, "36-six-year-old",
 * "Tom lmam" (a scan's "l" for "I"), "the level of Varn river", "announced on Friday to organize", a stray "..",
 * "hundreds indiscriminate raids", "Mr. Tom Ray Director of Ayr, was", "The E. side", "Group amounted to",
 * a minute's "R.Z. Ray – will be leaving", "mid-June 2022. causing", "between 300 to 500", "re-1 sponsible", "were reflected to",
 * "in July 1970 23", "lived with the Ray’s,", a ruling's "Tom Ray “the appellant”", a wire's "/CNW/" or "(IANS)", "The dollar price It
 * closed", "British ' and other flags", "thirty - fourth", "February,1897", "(Figure 1)", "MSEK 260 (52)", "accomodation", "announced
 * that Tom Ray." cut there, "three decades,000", "say ' yes", "Ostland's Ayrco's", "a 830km", "pre 2010".
 */
const SLIP_SCAN =
  /\bdng\b|(?<!\.)\.\.$|\b(?:hundreds|thousands|dozens) (?!(?:of|more|fewer|upon|and|or|to|in|at|on|were|are|have|had|was|who|from|across|each)\b)\p{Ll}{3,}|\b[Tt]he [NSEW]\.(?=\s|$)|\bbad (?:left|been|gone|come|done|made|taken|seen|given|won|lost|fled|sent|arrived|reached)\b|\b\p{Ll}{3,}inj\b|%,? (?:lower|higher) over\b|\)\p{Lu}\p{Ll}|\b(?:was|were)\b.*, and (?:he|she|it) \p{Ll}{3,}s\.$|\b(?:and|or), [^,]{1,40}\.$|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+) \p{Ll}+s \p{Lu}[^,;.:]{0,40}, \p{Lu}[^,;.:]{0,40}, |\b\p{Lu}\p{Ll}+ l[bcdfghjkmnpqrstvwxz]\p{Ll}+|\b(?:of|in|on|along|across) \p{Lu}\p{Ll}+ (?:river|lake|valley)\b|\bannounced(?: on [^.;]{3,40}?)?,? to (?:organi[sz]e|hold|host|conduct|stage)\b|\b(?:was|were) reflected to\b|\bthe \p{Lu}\p{Ll}+['’]s(?=[,.;])|\p{Lu}\p{Ll}+ [“"]the (?:appellant|respondent|accused|applicant|defendant|plaintiff|deceased)[”"]|\/(?:CNW|PRNewswire)\/|\p{Ll}{2,} It \p{Ll}{2,}|\p{L} ['’] \p{Ll}|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) - \p{Ll}|\((?:IANS|AFP|AP|PTI|UPI|ANI|Reuters|Xinhua|dpa|WAM|SPA|APA|MENA|KUNA|IRNA|Bernama)\)|\bthat (?:\p{Lu}[\p{L}’'-]+ ?){1,4}\.$|\s[‘'] \p{Ll}|['’]s \p{Lu}\p{L}+['’]s\b|\b(?:accomodat|occured|seperat|reciev|goverment|enviroment|untill|definate|occurence|arguement|neccessar|existance|independant|occassion|acheiv|beleiv|foriegn|wierd|thier|truely|tommorow|noticable|publically)\p{Ll}*/u;
/** The slips of SLIP_SCAN that open a sentence. */
const SLIP_SCAN_START =
  /^(?:(?:Mr|Mrs|Ms|Dr)\.? \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:Director|Chairman|President|Chief|Head|Manager|Minister|Secretary) of [^,]+, (?:was|is|has)\b|(?:Group|Company|Bank|Firm|Corporation) \p{Ll}+ed\b|(?:\p{Lu}\.){1,3} ?\p{Lu}\p{Ll}+ [–—-] \p{Ll}|\p{Lu}{2,5} (?:The|An?) )/u;
/** The slips of SLIP_SCAN that need a figure, tried only where there is one. */
const SLIP_SCAN_FIGURE =
  /\b\d{2,}[oO]\b|\b\d+[oO]\d+\b|\d (?:close|closing) at\b|\d-(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|\d\. \p{Ll}{2,}|\bbetween [\d,.]+ to [\d,.]+\b|\b\p{Ll}+-\d \p{Ll}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4} \d{1,2}\b|\p{L},(?:1[5-9]|20)\d\d\b|\((?:Figure|Fig\.|Table|Chart) \d+[a-z]?\)|\b\d[\d,.]*(?: \p{L}+){0,2} \(-?\d[\d,.]*\)(?! ?%)|\p{L},\d{3}\b|\ba (?:8\d*|1[18])(?![\d,.])|\bpre \d{4}\b/u;
function scanSlip(text: string): boolean {
  if (SLIP_SCAN.test(text) || SLIP_SCAN_START.test(text) || (/\d/.test(text) && SLIP_SCAN_FIGURE.test(text))) return true;
  // The rarer slips, each tried only where a cheap test finds the character it needs.
  if (
    /[^\x00-\u024F‘’“”–—…•▪■€£¥₦¢°²³½¼¾×·]/.test(text) &&
    /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}|[\u2500-\u259F]/u.test(text)
  )
    return true;
  if (/[Ãâ•▪■]/.test(text) && /Ã[\u0080-\u00BF]|â€|\p{L}[•▪■]\p{L}/u.test(text)) return true;
  if (text.includes('-') && /(?<![\p{L}-])(?!(?:co|re|de|ex|un|in|im|il|ir|bi|by|so|al|el|go|hi|lo|up|on|no)-)\p{Ll}{2}-\p{Ll}{4,}\b/u.test(text)) return true;
  // An apostrophe after an "s" or before one, with no noun after it ("drainage's.", "the losers’,"), outside a quotation.
  if (/['’]/.test(text) && /\b\p{Ll}{2,}(?:['’]s|s['’])(?=[.,;:]|$)/u.test(text.replace(/‘[^’]*’|(?<!\p{L})'[^']*'(?!\p{L})/gu, ''))) return true;
  const words = text.toLowerCase().split(' ');
  for (let i = 0; i + 6 <= words.length; i++) if (words[i] === words[i + 3] && words[i + 1] === words[i + 4] && words[i + 2] === words[i + 5]) return true;
  if (!/[—–:]|--/.test(text)) return false;
  const m =
    /\b(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[2-9]|1[0-2]) (?:\p{L}[\p{L}/-]* ){0,3}\p{Ll}+:? (?:--|[—–:] ?)?([^—–()]{3,120}?) ?(?:--|[—–.]|$)/u.exec(
      text,
    );
  if (!m || !/(?:--|[—–:])/.test(text.slice(m.index, m.index + m[0].length - m[2].length))) return false;
  const items = m[2].split(/,? and |, /).filter((x) => /^\p{Lu}/u.test(x.trim()));
  const n = /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1].toLowerCase());
  return items.length >= 2 && items.length === m[2].split(/,? and |, /).length && items.length !== n;
}
/**
 * "A third “first” was …", "There were few of the guard left.", "There were certain provisions …", "Even leader Ann Lee
 * failed", "The Rs one lakh does not include …", "to be sure", "Among other markets", "The hazards were highest", "the
 * province's", "The Kesselese did not …", "The AB deal", "Up to 150,000 units", "the present Kingdom", "The euro area rate was
 * 7.4%" with no period, "The corresponding increases", "there was no difference.", "the questions are no more.", "the
 * islanders", "in return.", "Even in Varn,", "The final shipment", "as his replacement", "a preceding period", "The latitude is",
 * "On 30 June, the President announced", "Six months have passed since", "the driver failed to stop", "Figure 1 gives", a bare
 * "Tom Ray, head of the Ayr unit, said.", "Said Ordinance No. 2", "The line is open", "the women's event", "Some returned in 1763",
 * "The energy sector was the top performer", "at the summit", "As announced earlier", "A growing number have", "On the morning of
 * 9th", "left the scene", "Fighting was intense", "a different route", "the big play", "The vanguard", "For ozone the number is
 * estimated at", "A rate above 7%", "The mining company's decision", "as of August they were.", "During the air raid", "The operator",
 * "Meantime", "for the period", "More frustrating", "Others that gained": what another sentence told.
 */
const COUNTED_ON =
  /, for (?:instance|example)\.$|\b(?:in|attend|observe) the drills\b|^(?:Among (?:the )?other\b|The (?:hazards?|risks?|odds|rates?) (?:was|were|is|are) (?:highest|lowest|higher|lower)\b|The \p{Lu}\p{Ll}+(?:ians|ans|ese)\b(?! (?:of|in|who)\b)|The \p{Lu}{2,5} (?:deal|takeover|merger|bid|offer|purchase|acquisition)\b|(?:Up to |About |Some |Around |More than )?[\d,.]+ units\b|The present \p{Lu}|The (?:[\p{Ll} -]{1,40} )?(?:rate|inflation|unemployment)s? (?:was|were|is|stood at)\b(?!.*\b(?:(?:1[5-9]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)|In any (?:case|event)\b|The organi[sz]ation\b|Even (?!(?:before|after|as|though|if|when|so|then|now|with|without|in|on|at|during|more|less|so|worse|better)\b)\p{Ll}|The (?:Rs\.? ?\d|(?:Rs\.?|INR|US\$|\$|€|£) ?(?:one|two|three|half a) (?:lakh|crore|million|billion)\b)|There (?:were|are) certain \p{Ll}|A (?:second|third|fourth|fifth|further) [“"]?\p{Ll}|There (?:were|was) (?:few|none|little|not many|only \p{Ll}+) [^.]*\bleft\.$)|\bto be sure\b|\bthe province['’]s\b|\b[Tt]he corresponding\b|\bno (?:significant |statistical |real )?differences?\.$|\b(?:is|are) no more\.$|\bthe islanders\b|\bin return\.$|^Even in \p{Lu}|^The (?:final|last|next) (?:shipment|consignment|delivery|batch|flight|convoy)\b|\bas (?:his|her|their) (?:replacement|successor|deputy|predecessor)\b|\b[Aa] preceding\b|\bthe preceding (?:period|phase|era|decade)\b|^The (?:latitude|longitude|altitude|elevation)\b(?! of\b)|^(?:[^,]{0,40}, )?the President (?:announced|said|signed|declared|launched|unveiled|ordered|told)\b|\b(?:has|have) passed since\b|^Said (?:Ordinance|Resolution|Motion|Bill|Agreement|Contract|Property|Land|Deed|Lot|Parcel|Plan)\b|^The (?:line|hotline|helpline|website|portal|speech|address|patient|operator|donation|first word)\b(?! (?:of|for|by|to|at)\b)|\bthe (?:men|women)['’]s (?:event|race|final|competition|category|title)\b|^(?:Some|Others|Many|Most) (?:\p{Ll}{3,}ed|were|had|have|went|fled|returned|remained)\b|^The [\p{Ll} ]{0,30}(?:sector|industry) was the (?:top|best|worst|biggest) (?:performer|gainer|loser)\b|\bthe summit\b(?! (?:of|in|on)\b)|^As (?:announced|reported|mentioned|stated|noted) (?:earlier|before|previously|above)\b|\b(?:arrived|came|followed|joined) later\b|^A (?:growing|large|small|rising|increasing) number (?:have|has|are|were)\b|\b(?:morning|afternoon|evening|night|day) of (?:the )?\d{1,2}(?:st|nd|rd|th)\b(?!,? (?:of )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)|\bon (?:the )?\d{1,2}(?:st|nd|rd|th)(?=[,.;])|\bthe scene\b(?! of\b)|^(?:The )?[Ff]ighting (?:was|were|had)\b|\ba different (?:route|approach|way|direction|plan|strategy)\b|\bthe big (?:play|moment|hit)\b|^Meantime\b|\bfor the period\b(?! (?:of|from|ended|ending|to|under)\b)|^(?:More|Even more|Most) (?:frustrating|worrying|encouraging|disappointing|importantly|significantly|impressive|surprising)\b|^Others (?:that|who)\b|^The (?:\p{Ll}+ )?company['’]s\b|\b(?:they|it|he|she) (?:were|was|are|is)\.$|^During the (?:air )?(?:raid|attack|fighting|storm|blaze|fire|riots?|clashes)\b|^The (?:vanguard|rearguard|main body)\b|\bthe (?:number|figure|total) (?:is|was) (?:estimated|put|thought)\b|^A rate (?:above|below|of)\b|\bthe original (?:tape|recording|document|letter|version|text)\b|\bthe (?:boy|girl|child|baby|man|woman)['’]s\b|\b[Tt]he (?:driver|vehicle|van|gunman|suspect)(?=[,.]| (?:was|were|is|had|has|failed|fled|rammed|drove|crashed|hit|struck|then|later)\b)|^(?:Figure|Fig\.|Table|Chart|Appendix|Annex|Box) [\dA-Z]{1,3}\b|^(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?:, [^,]{3,80},)? (?:said|says|added|noted|stated|explained)\.$/u;
/** A country or its people misspelt by a letter: "The overwhelming Ethiopan victory" ("America" beside
 * "American", "Ethiopians" beside "Ethiopian" are words of their own). */
function demonymSlip(text: string): boolean {
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}{5,}\b/gu)) {
    const w = m[0];
    // "the Americas" are no misspelt "American".
    if (COUNTRY_WORDS.has(w) || COUNTRY_WORDS.has(w.replace(/s$/, '')) || w === 'Americas') continue;
    for (const known of COUNTRY_WORDS) if (oneEditApart(known, w) && !known.startsWith(w) && !w.startsWith(known)) return true;
  }
  return false;
}
const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [c.name, c.demonym]).filter((w) => /^\p{Lu}\p{Ll}{5,}$/u.test(w) && !FIRST_NAMES.has(w)));

/** "the king of Denmark granted them a settlement": "them" with no plural before it is a group another sentence named. */
function themUnbound(plain: string): boolean {
  const at = plain.search(/\bthem\b/);
  if (at < 0) return false;
  const before = plain.slice(0, at).replace(/\b(?:was|has|says|its|this|thus|his|hers|news|always|as|whereas|perhaps)\b/gi, '');
  return !/\b\p{L}{2,}(?<!ss|us|is)s\b|\b(?:people|children|men|women|police|staff|cattle|media|public|crowd|team|group|family|and)\b/iu.test(before);
}

/** "mainly students. have made": a stop inside a sentence, which no short form explains. */
function strayStop(text: string): boolean {
  for (const m of text.matchAll(/\b(\p{Ll}{3,})\. \p{Ll}/gu)) if (!SHORT_FORMS.has(m[1]) && !isShortForm(m[1])) return true;
  return false;
}
// Short forms the sentence splitter leaves aside: it must split at "max. The", this need not.
const SHORT_FORMS = new Set(['incl', 'esp', 'viz', 'vols', 'misc', 'figs', 'resp', 'ref', 'min', 'max', 'avg', 'cca']);
/** "Provide a plan addressing all raised concerns": a minute's action item, not a statement. */
const ACTION_ITEM = /^(?:Provide|Ensure|Submit|Prepare|Arrange|Investigate|Establish|Develop|Address|Conduct|Organi[sz]e|Follow up on)\s/;
/** "Signed an agreement with …", "Reduced unit cost to …": a report's bullet without its subject. */
const SUBJECTLESS = /^(?:\p{Lu}\p{Ll}+ed|Made|Took|Sold|Paid|Built|Grew|Won|Began|Brought|Held|Led|Kept) (?!by|in|on|at|to|from|as|with|under|after)\b/u;

/** "… at a price of Rs.", "… Chairman Datuk Mohd.": a sentence cut at a short form, not at its end. */
export const CUT_AT_SHORT_FORM =
  /\b(?:Rs|Mr|Mrs|Ms|Dr|St|No|Inc|Ltd|Co|Corp|vs|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|Mohd|Lieut|Capt|KES|Ksh|KSh|USD|EUR|INR)\.$|\b(?:and|&) \p{Lu}\p{Ll}{0,3}\.$|[/-]U\.S\.$/u;

/** Why a sentence leans on another in one of these ways, or null. */
export function leansOn(text: string, plain: string): string | null {
  if (DATED_TERM.test(text)) return 'a dated term for a people';
  if (WHAT_OPENER.test(text) || REFERRED.test(text) || /\b\p{Ll}{3,}\b|\d/u.test(HEADING_THEN_SPEAKER.exec(text)?.[1] ?? '')) return 'not a sentence';
  if (COMMENT_OPENER.test(text) || ((TRUISM.test(plain) || BOILERPLATE.test(plain)) && !/\d/.test(plain))) return 'an opinion, not a fact';
  if (
    SHARE_OF_WHAT.test(plain) &&
    !/\b(?:of|in) (?:the )?(?:total|all|value|volume|turnover|trad\w+|market|GDP|exports?|imports?|sales|revenues?|output|emissions)\b/.test(plain)
  )
    return 'a share of what';
  if (WHOLE_QUOTE.test(text) && !SPEAKER_BETWEEN.test(text)) return 'a quotation with no speaker';
  if (TRAILING_THOUGH.test(plain)) return 'presupposes an earlier sentence (“though”)';
  if (SEQUEL.test(plain)) return 'presupposes an earlier sentence (“that followed”)';
  if (OCCASION.test(plain)) return 'presupposes an earlier sentence (“the occasion”)';
  if (OTHER_PLURAL.test(plain)) return 'presupposes an earlier sentence (“other”)';
  if (BARE_OFFICE.test(plain) || BARE_PERSON.test(plain)) return 'an epithet for someone named elsewhere';
  if (MID_CONNECTIVE.test(plain) || POINTING_ADVERB.test(plain)) return 'back-pointing opener';
  if (INTRODUCED.test(plain)) return 'presupposes an earlier sentence (“the”)';
  if (STATED_ELSEWHERE.test(plain)) return 'presupposes an earlier sentence (“that”)';
  if (
    SLIP.test(text) ||
    SLIP_MORE.test(text) ||
    lateSlip(text) ||
    monthSlip(text) ||
    demonymSlip(text) ||
    strayStop(text) ||
    figuresDisagree(text) ||
    spelledTwice(text) ||
    clippedSlip(text) ||
    scanSlip(text)
  )
    return 'shorthand or a slip';
  if (
    GIVEN_BEFORE.test(plain) ||
    GIVEN_BEFORE_MORE.test(text) ||
    GIVEN_BEFORE_LATE.test(text) ||
    (text.includes(' expected to be ') && FORECAST_NO_PERIOD.test(text)) ||
    QUOTE_GOES_ON.test(text) ||
    COUNTED_ON.test(text)
  )
    return 'presupposes an earlier sentence (a group, a score, a figure or a quote)';
  if (UNANCHORED.test(plain)) return 'presupposes an earlier sentence (a day or a motion)';
  // "Determined a fully franked dividend of 69 cents, at the top end …": a comma that opens no clause of its own.
  const bullet = SUBJECTLESS.test(text) && (!text.includes(', ') || (/^\S+ an? /.test(text) && !/, (?:he|she|they|it|we|the|\p{Lu})/u.test(text)));
  if (bullet || ACTION_ITEM.test(text)) return 'a list item without its subject';
  if (themUnbound(plain)) return 'presupposes an earlier sentence (“them”)';
  if (ECHOED.test(plain)) return 'presupposes an earlier sentence (“echoed”)';
  if (COUNTERFACTUAL.test(plain)) return 'a what-if';
  return null;
}
