// What blind reviewers failed on texts the generator had never seen, each pattern pinned on a text
// written for the test: the statement is cleaned so it reads alone, or it is not asked.
import { describe, expect, it } from 'vitest';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { parseBriefing } from '../../../src/domain/briefing';
import { bankFor, expectSound } from './helpers';

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
  });
});

describe('shapes that do not stand alone', () => {
  it.each([
    ['a headline’s "X to do"', 'Kestrel to build a 40-bed hospital in Ayr with Harwick Health for 12 million euros.'],
    ['a roll call', 'Mayor Anna Berg presiding, Council members Tomas Lund, Eva Holm and Nils Dahl present on roll call.'],
    ['"20 minutes later"', 'Nils Dahl doubled the lead 20 minutes later when a quick one-two sent the winger clear on the right.'],
    ['a comparative without "than"', 'The much larger farming sector contracted by 0.4% in August 2022 because of the drought.'],
    ['a bare "Prices"', 'Prices hit their highest since May 12, 2022 at $1,853.55 an ounce earlier in the session.'],
  ])('%s', (_, sentence) => {
    const text = `date 2022-10-12 Ostland news
The Ostland statistics office published its monthly figures in Ayr on 12 October 2022.
${sentence}`;
    expect(askedOn(text, sentence.slice(0, 12))).toEqual([]);
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
