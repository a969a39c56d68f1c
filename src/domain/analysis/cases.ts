// A court ruling's parties and steps ("the appellant", "the motion", "the default judgment") are
// named by the case itself: "In Smith v Jones, the appellant …" stands alone where "The appellant
// …" does not.

/** The words a ruling uses for its own parties and steps. */
export const CASE_NOUNS = new Set([
  'appellant',
  'appellants',
  'respondent',
  'respondents',
  'defendant',
  'defendants',
  'plaintiff',
  'plaintiffs',
  'claimant',
  'applicant',
  'accused',
  'prosecution',
  'proceedings',
  'motion',
  'appeal',
  'judgment',
  'verdict',
  'indictment',
  'summons',
  'hearing',
  'trial',
  'jury',
]);

const PARTY_WORD = "(?:\\p{Lu}[\\p{L}&.'’-]*|ltd\\.?|plc|inc\\.?|limited|llc)";
const CASE_NAME = new RegExp(
  `^((?:${PARTY_WORD}\\s){0,4}${PARTY_WORD}) v\\.? (${PARTY_WORD}(?:\\s${PARTY_WORD}){0,4})(?:\\s\\[\\d{4}\\].*|\\s\\(\\d{4}\\).*)?$`,
  'u',
);

/** "EBS ltd. v Dempsey [2019] IECA 277" → "EBS ltd. v Dempsey"; null for a headline that names no case. */
export function caseName(headline: string): string | null {
  const m = CASE_NAME.exec(headline.trim());
  if (!m) return null;
  // "EBS ltd." as a company writes itself: "EBS Ltd".
  const party = (p: string) =>
    p
      .replace(/\bltd\b\.?/, 'Ltd')
      .replace(/\binc\b\.?/, 'Inc.')
      .replace(/\blimited\b/, 'Limited');
  return `${party(m[1])} v${headline.includes(' v. ') ? '.' : ''} ${party(m[2])}`;
}

const CASE_THE = /\b[Tt]he (\p{Ll}+)(?: (\p{Ll}+))?/gu;

/** "The motion was refused." → "In Smith v Jones, the motion was refused."; null when it names none of the case's own words. */
export function inCase(text: string, name: string, opensWithName: boolean): string | null {
  if (/^(?:In|It|Its|This|These|That|Those|We|Our|He|She|They|I|If|When|Whether)\b/.test(text) || /^[“"]/.test(text)) return null;
  let named = false;
  for (const m of text.matchAll(CASE_THE)) if (CASE_NOUNS.has(m[1]) || (m[2] && CASE_NOUNS.has(m[2]))) named = true;
  if (!named) return null;
  // "EBS sought judgment": a name opening the sentence keeps its capital; "Two issues" does not.
  // "The Court of Appeals" is a name, but its article is not: "In Smith v Jones, the Court …".
  const first = !/^The /.test(text) && (opensWithName || /^\p{Lu}{2}/u.test(text)) ? text[0] : text[0].toLowerCase();
  return `In ${name}, ${first}${text.slice(1)}`;
}
