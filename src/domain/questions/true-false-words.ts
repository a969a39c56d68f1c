// The word tables of true-or-false questions: movements and their opposites, runs, counts,
// relations that hold both ways, and the words that make a claim unjudgeable or bounded.
import { CLOCK } from './common';

export const OPPOSITE: Record<string, string> = {
  rose: 'fell',
  fell: 'rose',
  rises: 'falls',
  falls: 'rises',
  increased: 'decreased',
  decreased: 'increased',
  increases: 'decreases',
  decreases: 'increases',
  declined: 'increased',
  declines: 'increases',
  climbed: 'fell',
  dropped: 'rose',
  grew: 'shrank',
  shrank: 'grew',
  surged: 'plunged',
  plunged: 'surged',
  jumped: 'fell',
  slumped: 'rose',
  gained: 'lost',
  widened: 'narrowed',
  narrowed: 'widened',
  strengthened: 'weakened',
  weakened: 'strengthened',
  reduces: 'increases',
  reduced: 'increased',
};
export const PAST: Record<string, string> = {
  reduces: 'reduces',
  rises: 'rises',
  falls: 'falls',
  increases: 'increases',
  decreases: 'decreases',
  declines: 'declines',
};
// "out-jumped" is no movement: a hyphen joins the word to another.
export const DIRECTION = new RegExp(`(?<![\\p{L}-])(?:${Object.keys(OPPOSITE).join('|')})(?![\\p{L}-])`, 'giu');
/** Any word of movement, verbs and nouns: a second one makes a flipped statement contradict itself. */
export const ANY_DIRECTION =
  /\b(?:ris(?:e|es|ing)|rose|fall(?:s|ing)?|fell|increas\w*|decreas\w*|declin\w*|climb\w*|drop\w*|gr[eo]w\w*|shr[iau]nk\w*|surg(?:e|es|ed|ing)|plung\w*|jump\w*|slump\w*|gain\w*|los[st]\w*|up|down|higher|lower|widen\w*|narrow\w*|strength\w*|weak\w*|uptick|growth)\b/i;
export const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** "the second straight month", "the third largest": a run or a rank, not a quarter or a half. */
export const ORDINAL_WORD =
  /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|Second|Third|Fourth|Fifth)(?= (?:straight|consecutive|successive|time|largest|biggest|highest|lowest|year|edition|season|term)\b)/g;
/** Relations that hold both ways: exchanging their sides changes nothing. */
export const SYMMETRIC =
  /\b(?:and|with|between|against each other|each other|both|together|jointly|mutual\w*|bilateral|respective|met|meet\w*|talk\w*|spoke|speak\w*|sign\w*|agree\w*|drew|draw\w*|tied?|ties|play\w*|faced?|faces|relations?|border\w*|neighbou?r\w*|ally|allies|allied|partner\w*|compet\w*|rival\w*|vs?\.?|versus)\b/i;
/** A count written in words before a plural or "of": "Four of the six", "three tries". */
export const COUNT_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve) (?=of\b|\p{Ll}+s\b)/gu;
export const MONTH_WORD = /(\bin |\bfor |\bduring )(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** Claims a player cannot judge from a text: hedges, conditions, rules and advice. */
export const NOT_A_CLAIM =
  /\b(?:reportedly|allegedly|may|might|could|possibly|perhaps|rumou?red|if|unless|should|must|can|cannot|would|seems?|appears?|likely|whether|If|Unless|Perhaps)\b/;
export const PROMOTIONAL =
  /\b(?:sound|achievable|strong|leading|unique|exciting|innovative|world-class|premium|superior|best|finest|ideal|perfect|trusted|renowned|iconic|affordable|remarkable|distinguished|beloved|illustrious|legendary)\b|\balways comes? first\b|\b(?:is|are) (?:our|its|their) (?:top|first|highest) priority\b|\b(?:is|was|are|were|remains) one of (?:the |[\p{Lu}][\p{L}’'. ]+['’]s )?most (?:famous|celebrated|well-known|notable|popular|prominent)\b/u;
/** One simple claim: a negation of anything longer or joined says nothing clear. */
export const COMPOUND =
  /[,;:“”"()]|\b(?:and|but|while|which|who|whom|that|because|although|though|as|after|before|when|until|since|despite|amid|including|only|just|all|some|none|no|every)\b/i;
export const UPPER_BOUND = /\b(?:less than|fewer than|under|up to|below|at most|no more than|within)\s+$/i;
// "expected to top $10 billion": a verb of passing is a bound too ("top $8 billion" is as true).
export const LOWER_BOUND =
  /\b(?:more than|over|at least|above|exceeding|in excess of|upwards of|top|tops|topping|exceed|exceeds|surpass|surpasses|surpassing|pass|passes|beyond)\s+$/i;
/** "to address increased insecurity", "ordered increased security": before its noun, a participle describes, it does not move. */
export const DESCRIBING = /\b(?:of|to|address|with|for|by|amid|ordered|demanded|announced|brought|caused|faced|saw) $/;
/** "grew more than four times", "doubled": a multiple turned ("shrank four times") says nothing clear. */
export const MULTIPLE = /\b(?:times|fold|twofold|threefold|doubled|tripled)\b/;
/** "Field work continues on 5 February": a state that goes on is as true on another day. */
export const ONGOING = /\b(?:continues|continue|continuing|remains|remain|still|ongoing)\b/;
/** "continues … on 5 February", "on 23 May 1997 continues strenuous efforts": a state going on, in the date's own clause or before it, holds on other days too. */
export const ongoingAround = (text: string, start: number, end: number) =>
  ONGOING.test(text.slice(0, start)) || ONGOING.test(text.slice(end).split(/[,;.]/)[0]);
/** "'90", "’91": a year written short. */
export const SHORT_YEAR = /['’]\d\d\b/;
/** Games held every four years ("winner at Los Angeles in 1932"): in a story of them, a year moves by four. */
const QUADRENNIAL = /\b(?:Olympics?|Olympiad|World Cup|Commonwealth Games|Asian Games|Pan American Games|Paralympics?)\b/;
export const yearStep = (story: string) => (QUADRENNIAL.test(story) ? 4 : 1);
/** "towards the end of 2021 or early 2022", "champion in 1988, '90 and '91": a second year, which a moved one would make incoherent. */
export const otherYear = (text: string, date: string) => SHORT_YEAR.test(text) || (text.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? []).some((y) => !date.includes(y));
/** "up from May 2017", "By the end of October 1803": a base or a deadline, which another date does not refute. */
// "As of 17 October, 17 samples": a count on a day says nothing of another day's.
// "the last final before 18 May" is as true before 11 May, "after 5 May" as true after 28 April: a bound, not a day.
export const BASE_OR_DEADLINE =
  /\b(?:from|since|than|compared with|compared to|versus|until|till|by|before|after|prior to|ahead of|as of)(?: the (?:end|middle|start|beginning) of)?\s+$/i;
/** "in two months", "within the past three years": a window before a count of time. */
// "the most wanted terrorist of the past 20 years" is as true of the past 15.
export const WINDOW = /\b(?:(?:in|within|over)\s(?:the\s(?:last|past)\s)?|of\sthe\s(?:last|past)\s)$/;
export const APPROXIMATE = /\b(?:about|nearly|almost|around|approximately|roughly|some|close to|an estimated|estimated)\s+$/i;

/** "declined to furnish details": a refusal; "dropped more than 270 million cluster munitions": a
 * thing let fall. Neither is a level that moved (`after` follows the word). "has narrowed to its
 * smallest in four years": turned, the movement would contradict its superlative. */
export function notAMovement(word: string, after: string, text: string): boolean {
  if (/\b(?:smallest|lowest|largest|highest|biggest|narrowest|widest)\b/.test(text)) return true;
  if (/^declin/i.test(word)) return /^ to \p{Ll}/u.test(after);
  // "The first chance fell Portugal's way", "fell to Ann Lee": a chance that came, not a level that moved.
  if (/^ (?:\p{Lu}[\p{L}'’]*|his|her|their|its|our) way\b|^ to (?:\p{Lu}\p{L}*|him|her|them)\b/u.test(after)) return true;
  // "dropped by England's Graham Gooch": a catch missed, not a level moved.
  if (
    /^ (?:early |late )?by (?!(?:about|around|nearly|almost|some|more|less|over|up to|just|only|half|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b)[^\d$€£]/u.test(
      after,
    )
  )
    return true;
  return (
    /^drop/i.test(word) && /^ (?:more than |about |nearly |some )?[\d,.]+(?: million| billion)? (?!percent|per cent|points)(?:\p{Ll}+ )?\p{Ll}+s\b/u.test(after)
  );
}

const LABEL_BEFORE = /\b(?:[Tt]ype|[Gg]rade|[Ss]tage|[Pp]hase|[Cc]ategory|[Cc]lass|[Ss]ection|[Aa]rticle|[Cc]hapter)\s$/;
const TIME_BEFORE = /\b(?:at|from|until|till|by|before|after|to)\s$/;
/** "type 2 diabetes", "Category 4": a label's figure; "just after 21.45": a time. Neither is an amount to change. */
export function labelOrTime(before: string, rest: string): boolean {
  return LABEL_BEFORE.test(before) || (TIME_BEFORE.test(before) && CLOCK.test(rest));
}

const DEADLINE = /\b(?:must|shall|should|required|requires?|to be|has to|have to|will|would|ordered|directed|allowed|deadline)\b/;
/** "more than ___", "expected to top ___" ask for a bound, not a figure: any larger value is also true
 * ("ended his final within 25 minutes"; "must be filed within 150 days" is the figure a ruling set). */
export const bound = (before: string) => LOWER_BOUND.test(before) || (UPPER_BOUND.test(before) && !(/\bwithin\s+$/.test(before) && DEADLINE.test(before)));
