// Briefings written for tests and benchmarks: invented events in the shapes of real ones
// (a diplomatic readout, a central-bank decision, a science announcement, a match report).

export const DIPLOMACY = `date 2025-03-12 Foreign ministers of Japan and Canada agree on Arctic research pact
Japanese Foreign Minister Aiko Tanabe met Canadian Foreign Minister Claire Dubois in Ottawa on 11 March 2025.
The two ministers signed an agreement on joint Arctic research that will run until 2030.
Tanabe said the pact showed that “distance is no obstacle to partnership”.
She added that Japan would send two research vessels to the Beaufort Sea next summer.
Dubois described the agreement as “a practical step for a warming north”.
Canada will contribute 45 million dollars to a shared data centre in Iqaluit, according to the Canadian foreign ministry.
The ministers also discussed trade, and agreed that officials should meet again before the end of the year.
Neither side mentioned the fishing dispute that strained relations in 2023.
The European Union welcomed the pact in a brief statement issued in Brussels.`;

export const ECONOMICS = `date 2025-06-05 Bank of England holds rates as inflation cools
The Bank of England kept its main interest rate at 4.25% on Thursday, the ninth meeting in a row without a change.
Governor Martin Hale said inflation had fallen to 2.8% in May, from 3.4% in April.
Hale told reporters that the committee wanted “more evidence that price pressures are fading” before cutting.
Seven members of the committee voted to hold rates, while two voted for a cut of 0.25 percentage points.
The bank expects the economy to grow by 1.1% this year, slightly less than it forecast in February.
Finance Minister Priya Raman welcomed the decision and said the government would publish its budget on 14 October 2025.
Sterling rose 0.4% against the dollar after the announcement.
Economists at the International Monetary Fund had warned in April that high borrowing costs were weighing on investment.
The next rate decision is due on 31 July 2025.`;

export const SCIENCE = `date 2025-09-20 Telescope team reports water vapour around distant planet
Astronomers at the European Southern Observatory announced on 18 September 2025 that they had detected water vapour in the atmosphere of a planet 120 light years from Earth.
The planet, known as TOI-4471 b, is about 2.3 times the size of Earth and orbits a cool red dwarf star every 19 days.
Lead author Dr Sofia Marquez said the signal was “clear, repeatable and exciting”.
The team used 14 nights of observations collected between March and June.
Marquez cautioned that water vapour alone does not mean the planet could support life.
Professor Daniel Okafor of the University of Lagos, who was not involved in the study, called the detection of water vapour “a careful piece of work”.
NASA plans to observe the same planet with the James Webb Space Telescope in 2026.
The findings were published in the journal Astronomy and Astrophysics.`;

export const SPORT = `date 2025-05-26 Riverside United win the cup after a late comeback
Riverside United beat Harbour City 3-2 in the national cup final at Northgate Stadium on Saturday.
Striker Tomás Ferreira scored twice in the last 10 minutes to complete the comeback.
Harbour City had led 2-0 at half-time through goals from Jack Whitley and Omar Haddad.
Riverside manager Helen Carter said her players had shown “remarkable belief”.
It was the club’s first cup win since 1998.
A crowd of 61,400 filled Northgate Stadium in May 2025, a record for the ground.
Harbour City coach Peter Lindqvist praised his team’s first half but said they had “stopped playing” after the break.
Ferreira, who joined Riverside from Benfica in January, has now scored 17 goals this season.
The winners will receive 2.5 million pounds in prize money and a place in next season’s European competition.`;

/** Shared material for size tests: all of the above, plus more of the same shapes. */
export const ALL = [DIPLOMACY, ECONOMICS, SCIENCE, SPORT];

/** Drops the date line, for building long bodies out of several briefings. */
export function body(text: string): string {
  return text.split('\n').slice(1).join('\n');
}

/** Endings that vary repeated sentences so the parser's de-duplication does not shrink a text. */
const VARIANTS = [
  '',
  ' as well',
  ' once more',
  ' again',
  ' too',
  ' in turn',
  ' in the end',
  ' after all',
  ' as expected',
  ' at the time',
  ' that day',
  ' for now',
  ' so far',
  ' by then',
  ' in public',
  ' as before',
  ' in practice',
  ' on the record',
  ' in full',
  ' in short',
  ' at last',
  ' as planned',
  ' in writing',
  ' by all accounts',
];

/** A text of about `bytes` UTF-8 bytes made of the briefings above, trimmed at a line break. */
export function sizedBriefing(bytes: number): string {
  let out = 'date 2025-10-01 Combined briefing for size tests\n';
  const size = (s: string) => new TextEncoder().encode(s).length;
  for (let round = 0; size(out) < bytes; round++) {
    const ending = VARIANTS[round % VARIANTS.length] + (round >= VARIANTS.length ? ` (${Math.floor(round / VARIANTS.length)})` : '');
    for (const t of ALL) {
      out += `${body(t)
        .split('\n')
        .map((l) => l.replace(/\.$/, `${ending}.`))
        .join('\n')}\n`;
    }
  }
  const text = new TextDecoder().decode(new TextEncoder().encode(out).slice(0, bytes));
  return text.slice(0, text.lastIndexOf('\n'));
}
