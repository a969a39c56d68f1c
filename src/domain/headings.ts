// Headings run into the first sentence of their paragraph, which the paragraph does not say.

// "• Assembly Sponsorship Arrangements - Governance had …": a minute's heading in title case.
const MINUTE_HEADING = /^(?:\p{Lu}\p{Ll}+ ){2,4}\p{Lu}\p{Ll}+ [-–—] (?=\p{Lu}\p{Ll}+ \p{Ll})/u;
// "Grounds maintenance contract – It was noted …", "Greece On 6 August 2017, …": a heading in
// lower case, or a country's name over its paragraph, run into the first sentence.
const RUN_IN_HEADING =
  /^(?:\d{1,2}\. )?\p{Lu}\p{Ll}+(?: \p{Ll}+){1,4} [-–—] (?=It (?:was|is|has been)\b)|^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} (?=(?:On|In|Since|As of|By|From|Between|During) \d)/u;

/** The paragraph without a heading run into its first sentence. */
export function withoutHeading(paragraph: string): string {
  return paragraph.replace(MINUTE_HEADING, '').replace(RUN_IN_HEADING, '');
}
