// What blind reviewers failed on texts the generator had never seen, each pattern pinned on a text
// written for the test: the statement is cleaned so it reads alone, or it is not asked.
import { describe, expect, it } from 'vitest';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { parseBriefing } from '../../../src/domain/briefing';
import { answerOf, bankFor, expectSound } from './helpers';

const textsOf = (text: string) => analyseBriefing(parseBriefing(text)).statements.map((s) => s.text);
/** The bank's questions on the statement that starts with `start`. */
const askedOn = (text: string, start: string) => {
  const i = parseBriefing(text).statements.findIndex((s) => s.startsWith(start));
  expect(i, start).toBeGreaterThanOrEqual(0);
  return bankFor(text).filter((q) => q.statementIndex === i);
};

describe('days written out after a preposition', () => {
  it('writes "by the morning of …" and "as of Monday, …", never "by on" or "as of on"', () => {
    const [a, b] = textsOf(`date 2019-03-12 Ferry rescue
By this morning, divers had searched all 12 cabins of the ferry Lark, the Harwick coastguard said.
In Ostland, an estimated 40,000 people have been affected, as of Monday, by flooding along the river Ayr.`);
    expect(a).toMatch(/^By the morning of 12 March 2019, divers/);
    expect(b).toContain('as of Monday, 11 March 2019, by flooding');
    expect(`${a} ${b}`).not.toMatch(/\b(?:by|as of) on\b/i);
  });

  it('leaves "today" beside a verb in the present, where a past date would not fit', () => {
    const text = `date 2024-03-18 Solvent ban
After years of delay, today the Ostland Chemicals Board is announcing a ban on two cleaning solvents.
The Ostland Chemicals Board banned a third solvent in 2019.`;
    expect(textsOf(text)[0]).toContain('today the Ostland');
    expect(askedOn(text, 'After years')).toEqual([]);
    const [flooded] = textsOf(`date 2020-09-11 Floods
Heavy rain has been falling on Ostland since July 2020 and today 16 of its 18 states are flooded.`);
    expect(flooded).toContain('today 16');
  });
});

describe('datelines and source tags', () => {
  it('strips a day-first dateline in capitals and a wire’s empty brackets', () => {
    const [a] = textsOf(`date 2021-05-03 Appeal
LISBON, 3 MAY 2021 - The Ostland Red Cross appealed for 2 million euros to help flood victims.`);
    expect(a).toMatch(/^The Ostland Red Cross appealed/);
    const [b] = textsOf(`date 2023-12-18 Partnership
OSLO--()--Kestrel Labs, a Norwegian software company, has signed a supply agreement with Harwick Mills.`);
    expect(b).toMatch(/^Kestrel Labs, a Norwegian software company/);
  });

  it('drops an agency or "media" reporting the sentence at its end', () => {
    const [a, b] = textsOf(`date 2016-07-10 Election
Prime Minister Anna Berg claimed victory in the Ostland general election held on July 2, media reported Sunday.
Ostland and Harwick signed a fishing treaty in Ayr on Tuesday, host minister Tomas Lund said, AFP reports.`);
    expect(a).toBe('Prime Minister Anna Berg claimed victory in the Ostland general election held on July 2, 2016.');
    expect(b).toMatch(/Tomas Lund said\.$/);
  });
});

describe("a company's figures", () => {
  const RELEASE = `date 2024-01-18 Kestrel reports fourth quarter 2023 results
Kestrel (NYSE:KES) today reported fourth quarter 2023 net sales of nearly $2.4 billion.
Fourth quarter 2023 reported net income from continuing operations was $195 million, or $1.14 per diluted share.
Adjusted net income from continuing operations was $213 million, or $1.26 per diluted share.
Unfavorable currency translation impacted net sales by approximately $30 million.`;

  it('names the company a ticker line opens with, and asks a per-share figure never as ", or _____"', () => {
    const bank = bankFor(RELEASE);
    expectSound(RELEASE, bank);
    const income = askedOn(RELEASE, 'Fourth quarter');
    expect(income.length).toBeGreaterThan(0);
    for (const q of income) expect(q.prompt).toMatch(/^(?:True or false: )?Kestrel’s fourth quarter 2023 reported net income/);
    for (const q of bank) expect(q.prompt).not.toMatch(/, or _____/);
  });

  it('does not ask a figure that says neither whose nor of when', () => {
    expect(askedOn(RELEASE, 'Adjusted net income')).toEqual([]);
    expect(askedOn(RELEASE, 'Unfavorable')).toEqual([]);
    // A month's capital names no company.
    const dated = `${RELEASE}\nFor the quarter ended February 28, 2023 revenues increased to $177.6 million.`;
    expect(askedOn(dated, 'For the quarter')).toEqual([]);
  });
});

describe('shapes that do not stand alone', () => {
  it.each([
    ['a headline’s "X to do"', 'Kestrel to build a 40-bed hospital in Ayr with Harwick Health for 12 million euros.'],
    ['a roll call', 'Mayor Anna Berg presiding, Council members Tomas Lund, Eva Holm and Nils Dahl present on roll call.'],
    ['"20 minutes later"', 'Nils Dahl doubled the lead 20 minutes later when a quick one-two sent the winger clear on the right.'],
    ['a comparative without "than"', 'The much larger farming sector contracted by 0.4% in August 2022 because of the drought.'],
    ['a bare "Prices"', 'Prices hit their highest since May 12, 2022 at $1,853.55 an ounce earlier in the session.'],
    ['a list item', 'Rural Roads, eight projects in seven states, $3.0 million.'],
    ['"the broader" index', 'The broader Ostland 100 index is still up 10% for 2022.'],
    ['"X alone"', 'The Ostland 100 alone lost nearly 5% in September 2022.'],
    ['a market move with no day', 'The Ostland 100 index sagged 14 points to 4,288.39 as bond yields climbed.'],
  ])('%s', (_, sentence) => {
    const text = `date 2022-10-12 Ostland news
The Ostland statistics office published its monthly figures in Ayr on 12 October 2022.
${sentence}`;
    expect(askedOn(text, sentence.slice(0, 30))).toEqual([]);
  });

  it('keeps what a sentence counts "later" from when it names it', () => {
    const text = `date 2022-10-12 Ostland news
The Ostland statistics office published its monthly figures in Ayr on 12 October 2022.
Anna Berg founded the Ayr Chess Club in 1971 and became its president six years later.`;
    expect(askedOn(text, 'Anna Berg').length).toBeGreaterThan(0);
  });
});

describe('a ruling named before its court', () => {
  it('writes "In X v. Y, the Court of Appeals", not "The Court"', () => {
    const text = `date 2020-06-01 Holm v. Lund
The Court of Appeals of Ostland first addressed its jurisdiction over the appeal brought by Eva Holm.`;
    expect(textsOf(text)[0]).toBe('In Holm v. Lund, the Court of Appeals of Ostland first addressed its jurisdiction over the appeal brought by Eva Holm.');
  });
});

describe('people and things named once', () => {
  it('writes a bare surname out in full, wherever it stands', () => {
    const texts = textsOf(`date 2003-06-01 Harbour town
Ostland harbour mayor Walter B. Krall was first elected in 2001.
In May, 2003, Krall stood for re-election.
"The harbour is our future," said Ray LeMaire, head of the Ostland Harbour Board.
"We will dredge the channel in 2004," said LeMaire.`);
    expect(texts[1]).toBe('In May, 2003, Walter B. Krall stood for re-election.');
    expect(texts[3]).toMatch(/said Ray LeMaire\.$/);
  });

  it('does not ask a sentence that names someone met before by surname alone', () => {
    const text = `date 2020-06-01 Holm v. Lund
Eva Holm sued Peter Lund, a builder from Ayr, over a collapsed garden wall.
The court found that the wall was built by workers Lund had hired in 2018.`;
    expect(askedOn(text, 'The court found')).toEqual([]);
  });

  it('names "the dam" and "the flood" for the phrase that named them', () => {
    const [, dam, flood] = textsOf(`date 1911-06-02 Ayr Flood
The Ayr Flood occurred on 1 June 1911 after the failure of the Kell Valley Dam.
The dam ruptured after several days of heavy rain, releasing 9 million cubic meters of water.
The flood killed 212 people in the town of Ayr.`);
    expect(dam).toMatch(/^The Kell Valley Dam ruptured/);
    expect(flood).toMatch(/^The Ayr Flood killed/);
  });
});

describe('false versions a reader could see through', () => {
  it('never moves a year after "By", which only bounds it', () => {
    const text = `date 1911-06-02 Ayr
By 1889, the mills of Ayr had drawn many Welsh and German workers to the town.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/By 18(?!89)\d\d/);
  });

  it('keeps a changed figure believable, and leaves shares that make up the whole alone', () => {
    const hours = `date 2020-11-06 Jobs
The factory workweek in Ostland lengthened three-tenths of an hour to 40.5 hours in October 2020.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(hours, seed))
        for (const m of q.prompt.matchAll(/(\d+\.\d) hours/g)) expect(Math.abs(Number(m[1]) - 40.5) / 40.5).toBeLessThanOrEqual(0.3);
    const vote = `date 2023-05-15 Ostland vote
In the Ostland presidential election of 14 May 2023, Anna Berg won 49.51 percent of the vote, Tomas Lund 44.92 percent and Eva Holm 5.57 percent.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(vote, seed)) if (q.kind === 'true_false') expect(q.prompt).toContain('49.51 percent');
  });

  it('does not turn a movement against the reason the sentence gives for it', () => {
    const text = `date 2022-10-12 Ostland economy
Ostland's economy shrank by 0.3% in August 2022, hit by rising energy bills.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/\bgrew\b/);
  });

  it('never leaves a change verb hanging where its figure was cut', () => {
    const text = `date 2018-07-20 Bank results
At June 30, 2018, Ayr Savings Bank's total assets were $553.4 million and grew $13.3 million, or 2.5% from $540.1 million at December 31, 2017.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/\b(?:grew|rose|fell)[.,]/);
  });
});

describe('options a reader rules out without the text', () => {
  it('keeps options of a precise figure near it: within a fifth where it can, never a third off', () => {
    const text = `date 2024-06-12 Oil report
Global oil supply in Ostland's survey rose in May 2024 to 102.5 mb/d, as ethanol output surged seasonally.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(text, seed).filter((x) => x.kind === 'number'))
        for (const c of q.choices) expect(Math.abs(Number(c.text) - 102.5) / 102.5).toBeLessThanOrEqual(0.25);
  });

  it('never offers a part larger than its whole, nor a whole smaller than its part', () => {
    const part = `date 2020-09-11 Floods
On 11 September 2020, heavy rain had flooded 16 of the 18 states of Ostland.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(part, seed).filter((x) => x.kind === 'number')) {
        const key = Number(q.choices.find((c) => c.id === q.answerId)!.text);
        for (const c of q.choices) expect(key === 16 ? Number(c.text) <= 18 : Number(c.text) > 16).toBe(true);
      }
  });

  it('asks the words of the story’s only person as true or false, never as "who said"', () => {
    const text = `date 2014-11-11 Summit
Ostland hosted the Harbour Economies summit in Ayr on 11 November 2014.
“We have had thorough and fruitful discussions on trade and on the future of our ports,” Anna Berg said.`;
    for (let seed = 1; seed <= 6; seed++) expect(bankFor(text, seed).some((q) => q.prompt.startsWith('Who said'))).toBe(false);
  });

  it('keeps "also" before a cause, where it says there is another', () => {
    const [, b] = textsOf(`date 2023-10-10 Gold
Gold rose on 10 October 2023 as the dollar weakened.
The rise on 10 October 2023 was also due to demand for safe assets.`);
    expect(b).toContain('also due to');
  });

  it('does not take "since October" for the time of a movement', () => {
    const text = `date 2024-06-12 Oil stocks
Ostland industry stocks rose by 25.4 mb, the first monthly increase since October.`;
    expect(askedOn(text, 'Ostland industry')).toEqual([]);
  });

  it('never leaves a relative clause where the sentence’s main verb was cut', () => {
    const text = `date 2020-09-18 Stage 19
Anna Berg, who also won stage 14, took stage 19 with an attack 16 kilometres from the finish of the 166-kilometre ride.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/^[^,]+, who [^,]+\.$/);
  });
});

describe('ledes that tell the news', () => {
  it('asks a named person’s death and a harm whose cause the sentence gives', () => {
    const text = `date 2021-09-08 Former senator dies
Former Ostland senator Anna Berg, a Liberal who served under two prime ministers, has died at her home in Ayr.
At least 27 people have died after a bus plunged into a ravine in Ostland, officials said on 7 September 2021.`;
    expect(askedOn(text, 'Former Ostland').length).toBeGreaterThan(0);
    expect(askedOn(text, 'At least 27').length).toBeGreaterThan(0);
  });

  it('strips wire datelines with a state, spaced slashes or the wire’s own date', () => {
    const [a] = textsOf(`date 1992-03-12 Launch
MORRIS PLAINS, N.J., March 12 /PRNewswire/ -- Kestrel Labs said on 12 March 1992 it will sell a mint rinse.`);
    expect(a).toMatch(/^Kestrel Labs said/);
    const [b] = textsOf(`date 2015-06-18 Statement
ROME, 18 June 2015 / PRN Africa / -- The Ostland Food Fund fed 80,000 refugees in May 2015.`);
    expect(b).toMatch(/^The Ostland Food Fund/);
    const [c] = textsOf(`date 2018-08-01 Results
COLLINGSWOOD, N.J.--(BUSINESS WIRE)--Aug 1, 2018--Ayr Savings Bank reported net income of $1.3 million for the second quarter of 2018.`);
    expect(c).toMatch(/^Ayr Savings Bank reported/);
  });

  it('takes "the three months ended June 30" for a period, not a group counted before', () => {
    const text = `date 2018-08-01 Results
Ayr Savings Bank reported net income of $1.3 million for the three months ended June 30, 2018.`;
    expect(askedOn(text, 'Ayr Savings').length).toBeGreaterThan(0);
  });
});

describe('findings on a fourth set of new texts', () => {
  it('mends a split possessive and names the issuer a release headline gives', () => {
    const text = `date 2024-10-18 Ayr Bancorp of Ostland, Inc. Announces Record Net Income for Third Quarter 2024
Record net income for the third quarter of 2024 was $9.5 million, up from $8.5 million a year before.
Total deposits were $2.11 billion as of September 30, 2024.
Kohl' s will be the only retailer of the range in Ostland from 1 July 2024.`;
    const [, deposits, kohls] = textsOf(text);
    expect(deposits).toMatch(/^Ayr Bancorp of Ostland’s total deposits were/);
    expect(kohls).toMatch(/^Kohl's will/);
  });

  it('puts an option on each side of a figure where both exist', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const text = `date 2024-10-18 Ayr Bancorp of Ostland, Inc. Announces Results
Ayr Bancorp of Ostland's core deposits were $1.87 billion as of September 30, 2024.`;
      for (const q of bankFor(text, seed).filter((x) => x.kind === 'number')) {
        const values = q.choices.filter((c) => c.id !== q.answerId).map((c) => Number(c.text.replace(/[^\d.]/g, '')));
        expect(values.some((x) => x < 1.87) && values.some((x) => x > 1.87), q.choices.map((c) => c.text).join(' ')).toBe(true);
      }
    }
  });

  it('asks or changes no clock time, asks nothing "from the resulting corner", no sentence cut at "and Chr."', () => {
    const text = `date 2020-05-11 Board meeting
The Ayr County Board of Commissioners held a meeting on Monday May 11, 2020 at 9 am in the Ayr courthouse.
From the resulting corner, Tomas Lund had a chance to score on 11 May 2020 but his shot was saved.
Anna Berg asked for roll call on 11 May 2020, Commissioner Holm answered present and Chr.`;
    for (const q of askedOn(text, 'The Ayr County')) expect(q.kind === 'true_false' && q.prompt.includes('at 9 am')).toBe(true);
    expect(askedOn(text, 'From the resulting')).toEqual([]);
    expect(askedOn(text, 'Anna Berg asked')).toEqual([]);
  });

  it('offers no one the prompt already names under another spelling', () => {
    const text = `date 2019-04-13 Cup final
Ayr United beat Kell Rovers 2-1 to win the Ostland Cup final in Ayr on 13 April 2019.
Tomas Lund opened the scoring in the 51st minute, while Raphael Augusto's deflected effort brought Kell Rovers level.
Rafael Augusto, Peter Holm and Nils Dahl controlled the midfield for Kell Rovers on 13 April 2019.
Eva Berg scored in the 64th minute on 13 April 2019 to win the cup for Ayr United.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) if (/Raphael Augusto/.test(q.prompt)) for (const c of q.choices) expect(c.text).not.toMatch(/Augusto/);
  });
});

describe('a trial told in parts', () => {
  it('asks no sentence about an unnamed trial’s arms, participants or subsets', () => {
    const text = `date 2020-12-08 Ayr vaccine is safe
A flu vaccine developed by the University of Ayr is up to 80% effective, a paper in The Lancet has confirmed on 8 December 2020.
Past trial results have found the vaccine - which can be stored in a fridge - is safe in adults.
Adults in Ostland and Harwick took part, including 1,500 in Ayr.
Participants in the flu vaccine group received two standard doses.
A subset of 1,367 people in Ostland received a half dose as their first dose.
The low-dose/standard-dose group did not include adults over 55 years.`;
    for (const start of ['Past trial', 'Adults in', 'Participants', 'A subset', 'The low-dose']) expect(askedOn(text, start), start).toEqual([]);
  });
});

describe('ledes, once more', () => {
  it('asks a lede of "the latest signs", and strips a dateline in brackets', () => {
    const text = `date 2018-10-05 Ostland jobless rate falls
The jobless rate in Ostland fell in September 2018 to its lowest level since 1969, the latest sign of a tight labour market.`;
    expect(askedOn(text, 'The jobless').length).toBeGreaterThan(0);
    const [a] = textsOf(`date 2020-05-19 Farm aid
(Ayr, Ostland, May 19, 2020) – Ostland farm minister Anna Berg announced 16 billion euros of aid for farmers on 19 May 2020.`);
    expect(a).toMatch(/^Ostland farm minister Anna Berg announced/);
  });
});

describe('findings on a fifth set of new texts', () => {
  it('asks nothing of "the Serb" or "the 28-year-old", named only elsewhere', () => {
    const text = `date 2015-07-12 Lund wins Ayr Open
Tomas Lund of Ostland beat Peter Holm 7-6, 6-7, 6-4 to win the Ayr Open on 12 July 2015.
The Serb broke serve early in the third set on 12 July 2015 and held on.
The 28-year-old said on 12 July 2015 that the final was the hardest match of his career.`;
    expect(askedOn(text, 'The Serb')).toEqual([]);
    expect(askedOn(text, 'The 28-year-old')).toEqual([]);
  });

  it('does not ask a market close with no day, nor a share its points and level compute', () => {
    const text = `date 2024-05-14 Ostland shares rise
The Ayr 100 index settled 328 points, or 0.45 per cent, higher at 73,104.61 on 14 May 2024.
The Ayr Midcap index ended 1.2 per cent higher.`;
    for (const q of bankFor(text)) expect(q.kind === 'number' && answerOf(q) === '0.45 per cent').toBe(false);
    expect(askedOn(text, 'The Ayr Midcap')).toEqual([]);
  });

  it('never changes the minutes of a duration past the hour', () => {
    const text = `date 2015-07-12 Final
Tomas Lund beat Peter Holm in the Ayr Open final on 12 July 2015 after two hours and 56 minutes.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/hours and (?!56)\d+ minutes/);
  });
});
