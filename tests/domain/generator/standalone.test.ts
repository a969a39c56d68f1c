// Each failure pattern blind reviewers found in real banks, on texts of our own: a question that
// leans on unseen sentences, a giveaway, or a wrong option no teacher would print.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { standaloneVerdicts } from '../../../src/domain/questions/standalone';
import { answerOf, bankFor, expectSound } from './helpers';

/** Why each statement of a text cannot stand alone (null when it can). */
function verdicts(text: string): (string | null)[] {
  const parsed = parseBriefing(text);
  return standaloneVerdicts(analyseBriefing(parsed), parsed.headline);
}

const FERRY = `date 2026-04-14 Ferry service to Marren Island resumes
HOLM BAY, Apr. 14 (Coast Wire) – The ferry service between Holm Bay and Marren Island resumed on 12 April 2026 after a storm closed the pier for nine days.
But the operator warned that timetables would stay reduced.
He said crews were still repairing the ramp.
The repairs also cost the harbour board 480,000 euros.
The pier reopened to foot passengers yesterday afternoon.
The ramp was built in 1987 by the Holm Bay harbour board.
Results: Passenger numbers fell by 23% during the closure.
The harbour board said more than 1,200 passengers had been stranded.
Fares rose 10% from 20 euros to 22 euros on the Marren route.
If the wind rises again, sailings should be cancelled.
The ferry carries 340 passengers and 60 cars on each crossing.`;

describe('statements that lean on text the player never sees', () => {
  it('skips back-pointing openers and bare pronouns, and writes out days the date line fixes', () => {
    const v = verdicts(FERRY);
    // "But the operator warned …": the connective goes, and "the operator" is judged on its own.
    expect(analyseBriefing(parseBriefing(FERRY)).statements[1].text.startsWith('The operator warned')).toBe(true);
    for (const q of bankFor(FERRY)) expect(q.prompt).not.toMatch(/^(True or false: )?But\b/);
    expect(v[2]).toBeTruthy(); // "He said …"
    // "yesterday afternoon", a day before the briefing's date.
    expect(analyseBriefing(parseBriefing(FERRY)).statements[4].text).toBe('The pier reopened to foot passengers on the afternoon of 13 April 2026.');
    // Without a date line "yesterday" cannot be written out, and the statement is skipped.
    const undated = FERRY.replace('date 2026-04-14 ', '');
    const at = analyseBriefing(parseBriefing(undated)).statements.findIndex((st) => st.text.includes('yesterday'));
    expect(verdicts(undated)[at]).toMatch(/relative time/);
  });

  it('drops a dateline, a section label and a pointing "also" rather than the whole statement', () => {
    const statements = analyseBriefing(parseBriefing(FERRY)).statements;
    expect(statements[0].text.startsWith('The ferry service between Holm Bay')).toBe(true);
    expect(statements[3].text).toBe('The repairs cost the harbour board 480,000 euros.');
    expect(statements[6].text.startsWith('Passenger numbers fell')).toBe(true);
    for (const q of bankFor(FERRY)) {
      expect(q.prompt).not.toMatch(/HOLM BAY|Coast Wire|Results:|\balso\b/);
    }
  });

  it('never asks a statement that says "the two", "this", "another" or "the same"', () => {
    const text = `date 2026-05-02 Two mayors meet
Mayor Ilse Brandt of Westvoort met Mayor Paul Okafor of Dunmere on 30 April 2026 to discuss a shared bus route.
The two mayors agreed to fund a study of the route.
This study will take six months.
Another meeting is planned for the autumn.
Both towns will pay the same share of the costs.`;
    const v = verdicts(text);
    expect(v.slice(2).every(Boolean)).toBe(true);
    // "The two mayors" right after both are named is resolved, not skipped.
    expect(analyseBriefing(parseBriefing(text)).statements[1].text).toBe('Brandt and Okafor agreed to fund a study of the route.');
    for (const q of bankFor(text)) expect(q.statementIndex).toBeLessThan(2);
  });
});

describe('the bank', () => {
  const bank = bankFor(FERRY);

  it('is sound, asks only statements that stand alone, and each statement’s best question first', () => {
    expectSound(FERRY, bank);
    const v = verdicts(FERRY);
    const seen = new Set<number>();
    let seconds = false;
    for (const q of bank) {
      expect(v[q.statementIndex], q.prompt).toBeNull();
      // Every statement's first question comes before any statement's second one.
      if (seen.has(q.statementIndex)) seconds = true;
      else expect(seconds, q.prompt).toBe(false);
      seen.add(q.statementIndex);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it('never blanks a bound, a figure computable from the prompt, or asks a condition as true or false', () => {
    for (const q of bank) {
      expect(q.prompt, q.prompt).not.toMatch(/more than _____|_____ euros on the Marren route/);
      expect(q.prompt).not.toMatch(/If the wind/);
    }
  });

  it('offers dates no later than the briefing, varying more than one part of the key', () => {
    const when = bank.find((q) => q.kind === 'date' && answerOf(q) === '12 April 2026');
    expect(when).toBeDefined();
    for (const c of when!.choices) expect(Date.parse(c.text)).toBeLessThanOrEqual(Date.parse('2026-04-14T23:59:59Z'));
    const others = when!.choices.filter((c) => c.id !== when!.answerId).map((c) => c.text);
    // Not every wrong option differs from the key in one part only (the key would be their centre).
    const onePart = others.filter((t) => {
      const [d, m] = t.split(' ');
      return d === '12' || m === 'April';
    });
    expect(onePart.length).toBeLessThan(3);
  });

  it('makes false statements by a figure the text refutes, never by negating a compound sentence', () => {
    const falses = bank.filter((q) => q.kind === 'true_false' && answerOf(q) === 'False');
    for (const q of falses) {
      const body = q.prompt.replace('True or false: ', '');
      if (/\bnot\b/.test(body)) expect(body).not.toMatch(/,| and /);
    }
  });
});

describe('wrong options from the story itself', () => {
  it('never invents a person or brings in a famous one beside the story’s own people', () => {
    const text = `date 2026-06-20 Regional chess final
Tomas Varga won the regional chess final in Kellerberg on 18 June 2026.
Varga beat Elena Rusu in the last round after five hours of play.
Mira Holt finished third ahead of Jonas Feld and Petra Lind.
The organisers said 64 players took part in the tournament.`;
    const names = new Set(['Tomas Varga', 'Elena Rusu', 'Mira Holt', 'Jonas Feld', 'Petra Lind', 'Varga', 'Rusu', 'Holt', 'Feld', 'Lind']);
    for (let seed = 1; seed <= 8; seed++) {
      for (const q of bankFor(text, seed)) {
        if (q.kind !== 'cloze' && q.kind !== 'attribution') continue;
        for (const c of q.choices) expect(names.has(c.text), `${q.prompt}: ${c.text}`).toBe(true);
      }
    }
  });

  it('asks no "who" question when the story has fewer than four people to choose from', () => {
    const text = `date 2026-03-03 Library wins grant
Librarian Ruth Ansel said the Northfield library had won a grant of 40,000 pounds on 2 March 2026.
Ansel said the money would pay for a new reading room for children.
The library serves about 9,000 members in Northfield and nearby villages.`;
    for (let seed = 1; seed <= 8; seed++) {
      for (const q of bankFor(text, seed)) expect(['attribution', 'cloze']).not.toContain(q.kind);
    }
  });
});

describe('patterns blind reviewers failed in later rounds', () => {
  const text = `date 2024-06-12 Fuel market report
Global fuel stocks rose by 32.1 million barrels in April, according to the Fuel Market Agency.
Sustained growth of 1.2 million barrels a day in 2025 is held back by a muted economy.
Fuel supply from the Kestrel Group falls by 740,000 barrels a day if output cuts are maintained.
By May 11, 2024, three Kestrel refineries were running at full capacity.
Four of the six Kestrel refineries were up in May 2024, the Fuel Market Agency said Monday.
Kestrel spent 41% of its budget on four refineries, and ten refineries make up more than three-fourths of output.
Kestrel Group revenue increased 11.0% to 567.7 million dollars from 511.6 million dollars in 2023.`;
  const bank = bankFor(text);
  const prompts = bank.map((q) => q.prompt);

  it('never asks "growth" of nothing, a figure under a condition, or a date after "By"', () => {
    for (const p of prompts) {
      expect(p).not.toMatch(/growth of/i);
      expect(p).not.toMatch(/_____ barrels a day if/);
      expect(p).not.toMatch(/^By _____/);
    }
  });

  it('never negates a quantified subject, nor blanks a figure the prompt’s others compute', () => {
    for (const p of prompts) {
      expect(p).not.toMatch(/Four of the six Kestrel refineries were not/);
      expect(p).not.toMatch(/increased _____ to 567\.7/);
    }
  });

  it('keeps the text’s weekday when it writes out the day, and offers no share the prompt spells out', () => {
    const st = analyseBriefing(parseBriefing(text)).statements.find((s) => s.text.includes('Fuel Market Agency said'));
    expect(st?.text).toContain('said on Monday, 10 June 2024');
    for (const q of bank.filter((x) => x.kind === 'number' && x.prompt.includes('three-fourths'))) {
      for (const c of q.choices) expect(c.text).not.toBe('75%');
    }
  });
});

describe('list lines', () => {
  it('are statements without their bullets, and are asked like any other', () => {
    const text = `date 2025-01-01 Kestrel dam fact sheet
- The Kestrel dam holds 40 million cubic metres of water.
• The Kestrel dam was finished in 1961 by the Ardmore Water Board.
(a) Ardmore council took over the Kestrel dam in 1994.`;
    const statements = parseBriefing(text).statements;
    expect(statements).toEqual([
      'The Kestrel dam holds 40 million cubic metres of water.',
      'The Kestrel dam was finished in 1961 by the Ardmore Water Board.',
      'Ardmore council took over the Kestrel dam in 1994.',
    ]);
    expect(new Set(bankFor(text).map((q) => q.statementIndex)).size).toBe(3);
  });
});

describe('copied slips', () => {
  it('skips a doubled word and a name spelt two ways in one sentence, and mends an article typed twice', () => {
    const v = verdicts(`date 2025-02-01 Prize
Relations between Ardmore and Kilbride worsened after after the Ardmore dam was closed in 2019.
The Marlow Award, named after the publisher Ruth Marlowe, went to Mara Quint on 30 January 2025.
Mara Quint won the the Ellison Award for her first novel, Salt Roads, on 30 January 2025.`);
    expect(v[0]).toMatch(/doubled word/);
    expect(v[1]).toMatch(/two ways/);
    // "won the the Ellison Award": never meant twice, so the second goes and the sentence stands.
    expect(v[2]).toBeNull();
  });
});

describe('names and wording a later sentence leans on', () => {
  it('skips a bare surname met earlier, an unanchored "last 12 months" and press-release capitals', () => {
    const text = `date 2025-02-01 Ruth Okonjo wins the Marsh Prize
Ruth Okonjo's first novel, Tide Lines, has won the Marsh Prize for debut fiction on 31 January 2025.
Okonjo received the prize of 5,000 pounds at a ceremony in the Leeds Central Library.
"Prices in Leeds rose 4.2% over the last 12 months," the Leeds council said in a statement.
The Marsh Prize has raised US$ 2 Million for reading schemes since 2001.`;
    const v = verdicts(text);
    expect(v[0]).toBeNull();
    // A surname the analysis links to its person is written in full; one it does not is skipped.
    expect(v[1]).toBeNull();
    expect(analyseBriefing(parseBriefing(text)).statements[1].text.startsWith('Ruth Okonjo received')).toBe(true);
    expect(v[2]).toMatch(/relative time/);
    expect(v[3]).toMatch(/press-release capitals/);
    const unknown = verdicts(`date 2025-02-01 Tamsk Vorrel wins the Marsh Prize
Tamsk Vorrel's novel in verse, Tide Lines, won the Marsh Prize for debut fiction on 31 January 2025.
Vorrel was named the winner at a ceremony in the Leeds Central Library.`);
    // A surname the headline gave in full is written out, whatever the analysis made of it.
    expect(unknown[1]).not.toMatch(/introduced earlier/);
    expect(
      analyseBriefing(
        parseBriefing(`date 2025-02-01 Tamsk Vorrel wins the Marsh Prize
Vorrel was named the winner at a ceremony in the Leeds Central Library.`),
      ).statements[0].text.startsWith('Tamsk Vorrel was named'),
    ).toBe(true);
  });
});

describe('statements the gate once skipped that stand alone after all', () => {
  it('asks the sentences of a quote that runs on as statements, never as the text’s own claim or with its “he” resolved', () => {
    const text = `date 2025-03-12 Bread prices up in February
Bread prices in Calvary County rose in February, the county's statistics office said on 12 March 2025.
"The index for rye bread rose 0.6% in February, the fastest rise since the index began.
He added that wheat loaves were unchanged over the period."
Millers in the county had warned of higher flour costs in January.`;
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[1].usable).toBe(true);
    expect(a.statements[1].text.startsWith('The index for rye bread')).toBe(true);
    expect(a.statements[1].quoteFragment).toBe(true);
    // "He" inside a quote is whoever the speaker meant.
    expect(a.statements[2].text.startsWith('He added')).toBe(true);
    expect(verdicts(text)[2]).toBeTruthy();
    for (const q of bankFor(text)) if (q.statementIndex === 1) expect(q.kind).not.toBe('true_false');
  });

  it('reads “Net income” as words, not a surname, and “the second quarter of 2024” as saying which quarter', () => {
    const text = `date 2024-08-06 Harlow Freight reports second quarter results
Harlow Freight Corporation on 5 August 2024 reported Adjusted Net Income of $4.1 million for its second quarter.
Net income at Harlow Freight Corporation was $3.2 million for the second quarter of 2024, on net sales of $40.1 million.`;
    expect(verdicts(text)[1]).toBeNull();
  });

  it('names the company whose figures a results release gives, and skips them where no company issued it', () => {
    const release = `date 2024-08-06 Harlow Freight reports second quarter results
Harlow Freight Corporation on 5 August 2024 reported its results for the second quarter of 2024.
Net service revenues were $41.2 million for the second quarter of 2024, up from $38.0 million a year earlier.`;
    expect(analyseBriefing(parseBriefing(release)).statements[1].text.startsWith('Harlow Freight’s net service revenues were')).toBe(true);
    expect(verdicts(release)[1]).toBeNull();
    // Neither the headline nor the lede names a company that issued it.
    const digest = release
      .replace('Harlow Freight reports', 'Freight firms report')
      .replace('Harlow Freight Corporation on 5 August 2024 reported its', 'Freight firms on 5 August 2024 reported their');
    expect(verdicts(digest)[1]).toMatch(/whose figures/);
  });

  it('calls “the earthquake” by its country when one introduced it, and skips harm whose cause is elsewhere', () => {
    const text = `date 2024-02-16 Earthquake shakes hill villages
An earthquake measuring 5.6 struck western Nepal on 14 February 2024, officials said.
The earthquake destroyed 212 homes in the hill villages of Jumla district.
According to district officials, 14 persons have been killed and 40 injured.
Another earthquake of magnitude 4.9 was felt on 15 February 2024.
The earthquake cut the only road to the district hospital.`;
    const single = text.split('\n').slice(0, 4).join('\n');
    expect(analyseBriefing(parseBriefing(single)).statements[1].text).toBe(
      'The earthquake in Nepal destroyed 212 homes in the hill villages of Jumla district.',
    );
    const v = verdicts(single);
    expect(v[1]).toBeNull();
    expect(v[2]).toMatch(/harm without its cause/);
    // With a second earthquake anywhere in the text, "the earthquake" could be either.
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[1].text.startsWith('The earthquake destroyed')).toBe(true);
    expect(a.statements[4].text.startsWith('The earthquake cut')).toBe(true);
    expect(verdicts(text)[4]).toMatch(/the earthquake/);
  });

  it('skips a sentence that lost words in the source', () => {
    const v = verdicts(`date 2024-05-02 Harbour Lions beat Bay Rovers
The Harbour Lions beat the Bay Rovers 24-18 in the cup semi-final at Mill Park on 1 May 2024.
Tom Ashby kicked his third goal of the night after with the Rovers' only points coming from penalties.
At Mill Park, a floodlight failure caused by the storm in Westbay, cut the first half short by ten minutes.`);
    expect(v[1]).toMatch(/words missing/);
    expect(v[2]).toMatch(/comma before the verb/);
    const w = verdicts(`date 2024-06-20 Home prices in Valo rise again
Home prices in Valo rose 4.1% in the year to May 2024, the Valo housing board said on 20 June 2024.
May’s price increase marks the 75th straight month of gains in the city of Valo.
The affected households in Valo have been sleeping in tents on the river bank since 18 June 2024.`);
    expect(w[1]).toMatch(/whose figure/);
    expect(w[2]).toMatch(/whose figure/);
  });

  it('asks a count written in words with counts in words beside it', () => {
    const text = `date 2024-09-02 Spectrum auction in Corland draws bidders
The Corland spectrum auction opened on 1 September 2024 with bids for airwaves in three bands.
Four firms are bidding in the Corland spectrum auction, the Corland regulator said.
The Corland regulator expects the sale of the airwaves to close within weeks.`;
    const q = bankFor(text).find((x) => x.kind === 'number');
    expect(q?.prompt).toBe('_____ firms are bidding in the Corland spectrum auction, the Corland regulator said.');
    expect(answerOf(q!)).toBe('Four');
    for (const c of q!.choices) expect(c.text).toMatch(/^(Two|Three|Four|Five|Six|Seven|Eight)$/);
  });

  it('asks a run counted by an ordinal, a lede’s figure past a far-off bracket, and a statement whose “then” only ordered it', () => {
    const text = `date 2024-03-03 Tremor rattles Ostrava
An earthquake measuring 4.6 struck the Ostrava region of Czechia on 2 March 2024 at about 1540 local time, some 30 kilometres south of the city centre and its old market square, rattling windows and shaking shelves in shops across the old town and the new town along the river (no damage was reported at 1700 GMT).
Home prices in Ostrava rose for the 75th straight month in February, the Ostrava property board said on 1 March 2024.
Ostrava City Council then closed two schools in the old town for safety checks on 2 March 2024.`;
    const bank = bankFor(text);
    const magnitude = bank.find((q) => answerOf(q) === '4.6');
    expect(magnitude?.prompt).toBe('An earthquake measuring _____ struck the Ostrava region of Czechia on 2 March 2024 at about 1540 local time.');
    for (const c of magnitude!.choices) expect(c.text).toMatch(/^\d\.\d$/);
    const run = bank.find((q) => answerOf(q) === '75th');
    expect(run?.prompt).toContain('for the _____ straight month');
    for (const c of run!.choices) expect(c.text).toMatch(/^\d+(st|nd|rd|th)$/);
    expect(analyseBriefing(parseBriefing(text)).statements[2].text.startsWith('Ostrava City Council closed')).toBe(true);
  });
});

describe('false versions beyond figures and dates', () => {
  it('turns the one movement a statement reports the other way, and a bare month into one the text never names', () => {
    const text = `date 2024-06-12 Metals report of the Lumen exchange
Copper prices on the Lumen exchange fell sharply in May, traders in Valo said.
Shipments of nickel from the port of Karsa fell in March as smelters cut their orders.
Warehouse stocks of tin in Valo touched a five-year low in April, according to a report by the Lumen exchange.`;
    const falses = [];
    for (let seed = 0; seed < 40; seed++) {
      for (const q of bankFor(text, seed)) if (q.kind === 'true_false' && answerOf(q) === 'False') falses.push(q.prompt);
    }
    expect(falses).toContain('True or false: Copper prices on the Lumen exchange rose sharply in May 2024, traders in Valo said.');
    // Turned, a movement would contradict its own reason and give itself away.
    for (const p of falses) expect(p).not.toMatch(/nickel from the port of Karsa rose/);
    expect(falses.some((p) => /five-year low in (?:February|January|December)(?: 2024)?, according/.test(p))).toBe(true);
    // Never two movements at once, never a month the text names elsewhere.
    for (const p of falses) expect(p).not.toMatch(/low in (?:May|March)/);
  });
});

describe('openers and words that only looked as if they pointed back', () => {
  it('reads “There are …” as a claim, “it” in “making it hard” as no one, “Firstly,” as a list mark, and “the cyclone” as the one the headline named', () => {
    const text = `date 2024-03-20 Relief teams reach Porto Lema after Cyclone Ruva
Cyclone Ruva struck the port of Porto Lema in Vandia on 14 March 2024 with winds of 180 km/h.
There are 12,000 people in shelters in Porto Lema on 20 March 2024, the Vandia relief agency said.
The cyclone destroyed the main water plant of Porto Lema, making it hard for clinics to stay open.
Firstly, the Vandia relief agency flew 40 tonnes of food to Porto Lema on 16 March 2024.`;
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[2].text.startsWith('Cyclone Ruva destroyed the main water plant')).toBe(true);
    expect(a.statements[3].text.startsWith('The Vandia relief agency flew')).toBe(true);
    const v = verdicts(text);
    expect(v[1]).toBeNull();
    expect(v[2]).toBeNull();
    expect(v[3]).toBeNull();
    // "There are only 2 that …" counts something the sentence does not name.
    expect(verdicts(text.replace('There are 12,000 people in shelters', 'There are only 2 that are open'))[1]).toBeTruthy();
  });

  it('drops trade marks and stock tickers, which once made a claim read as advertising', () => {
    const text = `date 2024-08-06 Harlow Freight reports results
Harlow Freight Corporation (NASDAQ:HRLW), a haulier of timber, on 5 August 2024 reported its results for the second quarter of 2024.
Sales of used trucks fell for the third straight month in July, according to the Haulage Dealers Association®.`;
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[0].text).toBe('Harlow Freight Corporation, a haulier of timber, on 5 August 2024 reported its results for the second quarter of 2024.');
    expect(a.statements[1].text.endsWith('Haulage Dealers Association.')).toBe(true);
  });
});
