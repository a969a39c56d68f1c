// Statements asked with the sentence before them shown first, false versions the text refutes,
// and a bank that keeps True and False about even: each on a text of our own.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { isUsable } from '../../../src/domain/analysis/usable';
import { standaloneVerdicts } from '../../../src/domain/questions/standalone';
import { answerOf, bankFor, expectSound } from './helpers';

function standaloneVerdictsOf(text: string): (string | null)[] {
  const parsed = parseBriefing(text);
  return standaloneVerdicts(analyseBriefing(parsed), parsed.headline);
}

const MILL = `date 1911-03-09 Fire at the Parr flour mill
The Parr flour mill on Quay Street caught fire at four o'clock on 8 March 1911 and burned for six hours.
The fire started in the drying loft and spread to the grain store within minutes.
Nobody was hurt, but 2,400 sacks of wheat were lost, the owner Albert Parr said.`;

describe('a statement shown after the sentence it leans on', () => {
  it('asks “the fire” with the sentence that lit it, and never beside a question on that sentence', () => {
    const bank = bankFor(MILL);
    expectSound(MILL, bank);
    const led = bank.filter((q) => q.prompt.startsWith('The Parr flour mill on Quay Street caught fire') && q.prompt.includes('The fire started'));
    const own = bank.filter((q) => q.statementIndex === 0);
    // One or the other: the lead shows every fact a question on it would ask.
    expect(led.length + own.length).toBeGreaterThanOrEqual(1);
    expect(led.length > 0 && own.length > 0).toBe(false);
  });

  it('does not count a lead that only says “the committee” itself as naming it', () => {
    const text = `date 2025-06-05 Rate decision
Governor Ada Lind said the committee wanted more evidence that prices were cooling.
The committee voted by seven votes to two to hold the rate at 4.25% on 5 June 2025.`;
    for (const q of bankFor(text)) expect(q.prompt).not.toMatch(/cooling\. .*_____/);
  });

  it('keeps a lead only where it names what the statement points back to', () => {
    const text = `date 2024-05-02 Marsh survey
Rangers counted 340 herons in the Fenmoor marsh in April 2024, the park service said.
Volunteers planted 2,000 reed beds along the eastern dyke in March 2024.
These islands have been closed to walkers since 2019.`;
    // "these islands": nothing before names islands, so the statement is not asked at all.
    for (const q of bankFor(text)) expect(q.prompt).not.toMatch(/These islands/);
  });
});

describe('false versions the text refutes', () => {
  it('changes a count in words, and keeps it below its whole', () => {
    const text = `date 2024-12-11 Prices report
Four of the six regional fuel indexes in Corvia were up, the Corvian statistics office said.`;
    const falses = new Set<string>();
    for (let seed = 0; seed < 12; seed++) for (const q of bankFor(text, seed)) if (q.kind === 'true_false' && answerOf(q) === 'False') falses.add(q.prompt);
    expect([...falses].some((p) => /^True or false: (Two|Three|Five) of the six regional fuel indexes/.test(p))).toBe(true);
    for (const p of falses) expect(p).not.toMatch(/(Six|Seven|Eight) of the six/);
  });

  it('changes a run or a rank in words, never a quarter', () => {
    const text = `date 2018-06-21 Home sales
Home sales in Corvia fell for the second straight month in May 2018, the Corvian realtors' board said.
Harlow Foods reported its highest sales in the second quarter of 2018, the company said.`;
    const falses = new Set<string>();
    for (let seed = 0; seed < 12; seed++) for (const q of bankFor(text, seed)) if (q.kind === 'true_false' && answerOf(q) === 'False') falses.add(q.prompt);
    expect([...falses].some((p) => /fell for the fourth straight month/.test(p))).toBe(true);
    for (const p of falses) expect(p).not.toMatch(/(?:first|third|fourth) quarter/);
  });

  it('moves a date after a weekday to another date on that weekday', () => {
    const text = `date 2015-08-24 Embassies reopen
Corvia and Delmar reopened their embassies on Sunday, 23 August 2015 after four years of broken ties.`;
    const prompts = new Set<string>();
    for (let seed = 0; seed < 12; seed++) for (const q of bankFor(text, seed)) if (q.kind === 'true_false' && answerOf(q) === 'False') prompts.add(q.prompt);
    expect(prompts.size).toBeGreaterThan(0);
    for (const p of prompts) {
      const m = /on Sunday, (\d+) August 2015/.exec(p);
      expect(m, p).not.toBeNull();
      expect(new Date(Date.UTC(2015, 7, Number(m![1]))).getUTCDay()).toBe(0);
    }
  });

  it('never moves a figure under a bound such as “within”, and never turns a movement its figures show', () => {
    const text = `date 2024-08-06 Results of Harlow Foods
Harlow Foods said that the first payment of 13,400 crowns will be made to the state within 10 days.
For the first six months of 2024, Harlow Foods' sales increased 11% to 567 million crowns from 511 million crowns.`;
    for (let seed = 0; seed < 12; seed++) {
      for (const q of bankFor(text, seed)) {
        if (q.kind !== 'true_false' || answerOf(q) !== 'False') continue;
        // Neither "within 8 days" nor "within 14 days" is refuted by "within 10 days".
        expect(q.prompt).not.toMatch(/within (?!10 )\d+ days/);
        expect(q.prompt).not.toMatch(/sales decreased/);
      }
    }
  });

  it('exchanges the two sides of a one-way claim, never of one that holds both ways', () => {
    const oneWay = `date 1998-11-02 Rugby league
New Zealand beat Great Britain in the first Test of the series at the McAlpine Stadium.`;
    const prompts = new Set<string>();
    for (let seed = 0; seed < 16; seed++) for (const q of bankFor(oneWay, seed)) if (q.kind === 'true_false') prompts.add(`${answerOf(q)}: ${q.prompt}`);
    expect([...prompts].some((p) => p.startsWith('False: True or false: Great Britain beat New Zealand'))).toBe(true);
    const bothWays = `date 2015-08-24 Embassies
Corvia signed a trade treaty with Delmar in the port of Sallow on 20 August 2015.`;
    for (let seed = 0; seed < 16; seed++) for (const q of bankFor(bothWays, seed)) expect(q.prompt).not.toMatch(/Delmar signed a trade treaty with Corvia/);
  });
});

describe('a bank of true-or-false questions', () => {
  it('holds about as many False as True where the text refutes false versions', () => {
    const text = `date 2026-03-02 Town report
Four of the six Brookfield schools were closed on 27 February 2026 because of snow.
The Brookfield library lent 18,000 books in January 2026, the council said.
Brookfield Rovers beat Ashby Town in the county cup final on 1 March 2026.
Three of the five Brookfield bus routes were cut in February 2026.
The Brookfield museum opened its new hall in January 2026.
Prices at the Brookfield market rose in February 2026, traders said.`;
    let trues = 0;
    let falses = 0;
    for (let seed = 0; seed < 8; seed++) {
      const bank = bankFor(text, seed);
      expectSound(text, bank);
      for (const q of bank) if (q.kind === 'true_false') answerOf(q) === 'True' ? trues++ : falses++;
    }
    expect(falses).toBeGreaterThan(0);
    expect(Math.abs(trues - falses)).toBeLessThanOrEqual(Math.ceil((trues + falses) / 4));
  });
});

describe('repairs that let a statement stand', () => {
  it('writes every person out in full, not only the first', () => {
    const text = `date 2026-02-05 Call
Corvian President Lena Maric spoke by telephone with Delmar Prime Minister Tomas Berg on 4 February 2026.
Maric told Berg that the border question touched Corvia's core interests.`;
    const st = analyseBriefing(parseBriefing(text)).statements[1];
    expect(st.text).toBe("Lena Maric told Tomas Berg that the border question touched Corvia's core interests.");
  });

  it('reads a company that ends in “Limited” as a company, and asks two firms’ like statements apart', () => {
    const text = `date 2022-08-02 Spectrum auction ends
Corvia's spectrum auction ended on 1 August 2022 with bids worth 150,173 crowns.
Harlow Networks Limited has made bids worth 88,078 crowns to acquire spectrum in the 700 MHz band.
Delmar Telecom Limited has made bids worth 43,084 crowns to acquire spectrum in the 900 MHz band.`;
    const st = analyseBriefing(parseBriefing(text)).statements[1];
    expect(st.mentions.find((m) => m.text.startsWith('Harlow'))?.entity.type).toBe('org');
    const asked = new Set(bankFor(text).map((q) => q.statementIndex));
    expect(asked.has(1) && asked.has(2)).toBe(true);
  });

  it('counts a sentence dense with figures as prose', () => {
    expect(isUsable('Beef was up by 3.1% while eggs rose 8.2%.')).toBe(true);
    expect(isUsable('12 34 56 78 90 12 34 56 78 90 a b c d e.')).toBe(false);
  });

  it('asks a share beside another share, but not one the other completes to a whole', () => {
    const text = `date 2024-12-11 Prices
The Corvian index for rents rose 0.3% in November 2024, accounting for nearly 40% of the monthly increase.
Women made up 60% of the staff of the Corvian statistics office and men 40% in 2024.`;
    const bank = bankFor(text);
    expect(bank.some((q) => q.kind === 'number' && answerOf(q) === '0.3%')).toBe(true);
    for (const q of bank) expect(q.kind === 'number' && /60%|40%/.test(answerOf(q)) && /staff/.test(q.prompt)).toBe(false);
  });
});

describe('wrong options from people in office at the time', () => {
  const call = (date: string, leader: string) => `date ${date} Call between China and Corvia
${leader} spoke by phone with Corvian President Tom Ray on ${date}.
“China’s economy will keep growing steadily this year,” ${leader} told Tom Ray.
“Corvia wants more trade with China,” Tom Ray said.`;

  it('offers the speaker’s colleagues in office on the briefing’s date beside the story’s other speaker', () => {
    for (const [date, leader, colleagues] of [
      ['2026-02-05', 'Xi Jinping', ['Li Qiang', 'Wang Yi', 'Han Zheng']],
      ['2011-06-01', 'Hu Jintao', ['Wen Jiabao', 'Yang Jiechi']],
    ] as const) {
      const q = bankFor(call(date, leader)).find((x) => x.kind === 'attribution' && /China’s economy/.test(x.prompt));
      expect(q && answerOf(q)).toBe(leader);
      for (const c of q!.choices) expect([leader, 'Tom Ray', ...colleagues]).toContain(c.text);
      expect(q!.choices.filter((c) => (colleagues as readonly string[]).includes(c.text)).length).toBe(2);
    }
  });

  it('never offers a former office holder or one of another country beside a named country', () => {
    for (let seed = 0; seed < 6; seed++) {
      for (const q of bankFor(call('2026-02-05', 'Xi Jinping'), seed)) {
        for (const c of q.choices) expect(c.text).not.toMatch(/Hu Jintao|Li Keqiang|Qin Gang|Vladimir Putin|Donald Trump/);
      }
    }
  });
});

describe('findings of the latest blind review', () => {
  it('writes a state “today” as of the briefing’s date, not “on” it', () => {
    const text = `date 2024-05-02 Heron count
There are 1,200 fewer herons in the Fenmoor marsh today than there were in 1990, the park service said.`;
    expect(analyseBriefing(parseBriefing(text)).statements[0].text).toContain('fewer herons in the Fenmoor marsh as of 2 May 2024 than');
  });

  it('skips a movement with no month or year, a trial’s arm the sentence never names, and an “itself” that contrasts', () => {
    const text = `date 2024-12-11 Notes
Pork was up by 2.1% while milk rose 4.4%.
Participants in the control arm of the Fenmoor study were asked to walk daily for 30 minutes.
The island of Holm itself largely vanished beneath the waves of the Wend estuary in 1702.`;
    const verdicts = standaloneVerdictsOf(text);
    expect(verdicts[0]).toBe('a movement without a time');
    expect(verdicts[1]).toMatch(/arm” points back/);
    expect(verdicts[2]).toMatch(/presupposes/);
  });
});

describe('a frame before a colon', () => {
  it('asks the whole sentence after “… a grim conclusion:”, never a list after a colon', () => {
    const text = `date 2024-05-02 Heron count
The survey led to a sobering finding: Over three decades, heron numbers in the Fenmoor marsh had fallen by half.
The rangers named three causes: drainage, fishing, disturbance.`;
    const statements = analyseBriefing(parseBriefing(text)).statements;
    expect(statements[0].text).toBe('Over three decades, heron numbers in the Fenmoor marsh had fallen by half.');
    expect(statements[1].text).toBe('The rangers named three causes: drainage, fishing, disturbance.');
  });
});

describe('a bare month and a figure before a noun', () => {
  it('gives a bare month of the briefing’s year its year, but not a later month or beside another year', () => {
    const text = `date 2024-12-11 Prices
Fuel prices in Corvia rose 0.2% in November, the Corvian statistics office said.
Rents in Corvia were 3% higher than in 2019 and rose again in October.
Analysts in Corvia expect prices to fall in December.`;
    const st = analyseBriefing(parseBriefing(text)).statements;
    expect(st[0].text).toContain('in November 2024,');
    expect(st[1].text).toContain('rose again in October.');
    expect(st[2].text).toContain('fall in December.');
  });

  it('reads “the £10,000 award” as a thing named elsewhere', () => {
    const text = `date 2013-06-28 Prize
The Fenmoor Prize for first novels went to Ada Lind on 27 June 2013.
Ada Lind won the £10,000 award at a dinner in the town of Sallow on 27 June 2013.`;
    expect(standaloneVerdictsOf(text)[1]).toMatch(/award” points back/);
  });
});

describe('options that answer another question', () => {
  it('never keeps a “which of these did … do?” whose options show a figure another question asks', () => {
    const text = `date 2026-04-20 Harlow results
Harlow Foods chief executive Ada Lind reported sales of 4.2 billion crowns for the first quarter of 2026.
Analyst Omar Hale said the Harlow Foods share price could reach 300 crowns within a year.
Harlow Foods finance chief Tom Berg announced a buyback of shares worth 500 million crowns.
Ada Lind opened a new Harlow Foods bakery in the town of Dunmore on 14 April 2026.
Tom Berg said Harlow Foods would hire 1,200 bakers in 2026.
Omar Hale said Harlow Foods had the strongest order book among Corvian food firms.`;
    for (let seed = 0; seed < 6; seed++) {
      const bank = bankFor(text, seed);
      const secrets = bank.filter((q) => q.kind === 'number' || q.kind === 'date').map(answerOf);
      for (const q of bank.filter((x) => x.kind === 'position')) for (const c of q.choices) for (const s of secrets) expect(c.text).not.toContain(s);
    }
  });
});

describe('a court ruling names its own parties', () => {
  const RULING = `date 2021-03-04 Harbour Bank plc v Morrow [2021] EWCA 88
Judgment of the Court delivered on 4 March 2021.
The proceedings were started by a claim form issued on 9 May 2018.
Harbour Bank sought possession of a farmhouse from the appellant under a mortgage dated 2 June 2009.
The default judgment was entered in the county court on 14 January 2019.
Three grounds of appeal were argued at the hearing.`;

  it('asks “the proceedings” and “the appellant” in the case’s name, with a lower-case word after it', () => {
    const bank = bankFor(RULING);
    expectSound(RULING, bank);
    const prompts = bank.map((q) => q.prompt).join('\n');
    expect(prompts).toMatch(/In Harbour Bank plc v Morrow, the (?:proceedings|default judgment)/);
    expect(prompts).not.toMatch(/v Morrow, The |v Morrow, Three /);
    expect(bank.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves the same words pointing back outside a ruling', () => {
    const text = RULING.replace('Harbour Bank plc v Morrow [2021] EWCA 88', 'Farmhouse dispute decided');
    expect(standaloneVerdictsOf(text)[1]).toMatch(/points back/);
  });
});

describe('words that only look like they point back', () => {
  it('reads “for the month” beside a named month, “below” a forecast and a colon in brackets as the sentence’s own', () => {
    const text = `date 2025-04-10 Lakeland prices report
Retail prices in Lakeland rose 3.4% in the year to March 2025 and 0.5% for the month, the statistics office said.
Lakeland grain output growth slowed to 2%, 40,000 tonnes below the spring forecast of the farm ministry.
Mount Orla (local name: Orlaberg) is a volcano on the island of Teska in the Varn Sea.
Ines Varga, head of the Lakeland statistics office, commented: "Prices of fuel drove most of the rise in March 2025."`;
    const verdicts = standaloneVerdictsOf(text);
    expect(verdicts).toEqual([null, null, null, null]);
  });

  it('still reads “the above verdict” and a bare “for the month” as pointing back', () => {
    const text = `date 2025-04-10 Court report
The jury found the driver guilty and fixed a fine of $200 on 2 April 2025.
Following the above verdict, the driver asked for a new trial at the county court.
Retail prices in Lakeland rose 0.5% for the month, the statistics office said.`;
    const verdicts = standaloneVerdictsOf(text);
    expect(verdicts[1]).toMatch(/above/);
    expect(verdicts[2]).not.toBeNull();
  });

  it('drops a currency mark typed twice instead of skipping the sentence', () => {
    const text = `date 2022-08-02 Spectrum auction ends
The government of India raised bids worth Rs Rs 42,000 crore in the 4G spectrum auction that ended on 1 August 2022.`;
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[0].text).toContain('worth Rs 42,000 crore');
    expect(standaloneVerdictsOf(text)[0]).toBeNull();
  });
});

describe('two statements, one fact or two', () => {
  it('keeps two facts about one body with other figures, and one of two that give the same figure', () => {
    const text = `date 2025-03-04 Harwick Water Board results
Harwick Water Board reported revenue of $41.2 million for the fourth quarter of 2024, up from $38.9 million a year before.
Harwick Water Board reported adjusted revenue of $43.5 million for the fourth quarter of 2024, up from $40.1 million a year before.
Water use in Harwick rose 2.2% in the fourth quarter of 2024, the board said.
The board said water use in Harwick was up 2.2% in the fourth quarter of 2024.`;
    const bank = bankFor(text);
    expectSound(text, bank);
    const at = new Set(bank.map((q) => q.statementIndex));
    expect(at.has(0) && at.has(1)).toBe(true);
    expect(at.has(2) && at.has(3)).toBe(false);
  });
});

describe('shares in what', () => {
  it('skips shares the sentence does not say are in what, and keeps shares of a named company or the stock market', () => {
    const text = `date 1880-03-02 Canal shares
The Harran Canal Company sold 40,000 shares to the Ottoman treasury on 1 March 1880.
The treasury later put up its shares for sale to pay its debts in London.
Prussia and Austria did not buy any shares, the Harran newspaper said on 2 March 1880.
The stock market in Vienna rose 2% on 2 March 1880 on the news, the Vienna newspaper said.`;
    const v = standaloneVerdictsOf(text);
    expect(v[0]).toBeNull();
    expect(v[2]).toBe('shares in what');
    expect(v[3]).toBeNull();
  });
});

describe('the lede and its headline', () => {
  it('lets the lede name what only the headline named, but not a later sentence', () => {
    const text = `date 2025-04-02 Tunnel berth allocation to be done by 10 April
The port authority has raised bids worth $40 million in the tunnel berth auction that ended on 1 April 2025 and the allocation to the winners will be done by 10 April 2025.
Four shipping firms took part in the tunnel berth auction of the port authority, which ended on 1 April 2025.
Port officials said the allocation would favour firms with electric tugs.`;
    const v = standaloneVerdictsOf(text);
    expect(v[0]).toBeNull();
    expect(v[2]).toMatch(/allocation/);
  });
});

describe('an address set in as an aside', () => {
  it('drops “, https://…,” from a sentence instead of skipping it as code', () => {
    const text = `date 2018-06-20 Boat sales slip in May
Total boat sales, https://example.org/boat-sales, which count sail and motor boats, fell 2.1 percent to 41,000 in May 2018 from 41,900 in April 2018.`;
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[0].usable).toBe(true);
    expect(a.statements[0].text).toBe('Total boat sales, which count sail and motor boats, fell 2.1 percent to 41,000 in May 2018 from 41,900 in April 2018.');
    expect(standaloneVerdictsOf(text)[0]).toBeNull();
  });
});
