// What blind reviewers failed on a further round of texts the generator had never seen, each
// pattern pinned on a text written for the test.
import { describe, expect, it } from 'vitest';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { parseBriefing, stripMarkup } from '../../../src/domain/briefing';
import { findDates } from '../../../src/domain/analysis/dates';
import { findSpokenQuotes } from '../../../src/domain/analysis/quote-runs';
import { quoteStandsAlone } from '../../../src/domain/questions/quote-speaker';
import { dateDistractors } from '../../../src/domain/questions/date';
import { standaloneVerdicts } from '../../../src/domain/questions/standalone';
import { rejectReason } from '../../../src/domain/questions/quality';
import { mainClause } from '../../../src/domain/questions/true-false-claim';
import { negate, negatePredicate } from '../../../src/domain/questions/negation';
import { findNumbers } from '../../../src/domain/analysis/numbers';
import { numberDistractors } from '../../../src/domain/questions/number';
import { createRandom } from '../../../src/domain/random';
import { bankTitle, frameDate, framedPrompt, frameTitle, yearlessUnframed } from '../../../src/domain/questions/frame';
import { bothBounds } from '../../../src/domain/questions/common';
import { notAMovement } from '../../../src/domain/questions/true-false-words';
import { generateQuestions } from '../../../src/domain/questions/generate';
import type { Candidate } from '../../../src/domain/questions/common';
import { answerOf, bankFor } from './helpers';

const textsOf = (text: string) => analyseBriefing(parseBriefing(text)).statements.map((s) => s.text);
const verdictsOf = (text: string) => {
  const parsed = parseBriefing(text);
  return standaloneVerdicts(analyseBriefing(parsed), parsed.headline);
};
/** A true-or-false candidate keyed True, as the generator proposes it before framing. */
const trueStatement = (prompt: string, statementIndex = 0): Candidate => ({
  kind: 'true_false',
  statementIndex,
  prompt,
  answer: 'True',
  distractors: ['False'],
  score: 0.5,
  difficulty: 0.4,
  explanation: '',
});
/** Every question on the statement that starts with `start`, over a few seeds. */
const askedOn = (text: string, start: string) => {
  const i = parseBriefing(text).statements.findIndex((s) => s.startsWith(start));
  expect(i, start).toBeGreaterThanOrEqual(0);
  return [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed).filter((q) => q.statementIndex === i));
};

describe('market moves', () => {
  const text = `date 2023-10-03 Ostland shares slide
Shares in Ostland fell on Tuesday as bond yields climbed to their highest level since 2007.
The Ostland 40 index descended 430.97 points, or 1.3%, to close on Tuesday at 33,002.38, its biggest one-day fall since March.
The Ayr 100 index sagged 58.94 points, or 1.4%, to 4,229.45, to its lowest level since June.
Economists polled by the Ostland Herald had anticipated 8.8 million job openings.`;

  it('never asks a move whose day the cut or the sentence left out', () => {
    for (const q of [...askedOn(text, 'The Ostland 40'), ...askedOn(text, 'The Ayr 100'), ...askedOn(text, 'Economists')]) {
      if (q.kind === 'number') expect(q.prompt).toMatch(/October 2023/);
    }
    expect(askedOn(text, 'The Ayr 100')).toEqual([]);
    expect(askedOn(text, 'Economists')).toEqual([]);
  });

  it('asks neither the points nor the share when the two others are shown', () => {
    for (const q of askedOn(text, 'The Ostland 40')) expect(q.kind).not.toBe('number');
  });

  it('does not ask the biggest losers of a day it does not name', () => {
    const losers = `date 2024-02-09 Ayr shares
The Ayr 100 index closed 0.4% lower at 7,572.58 on Friday, 9 February 2024, dragged down by miners.
Orla Mining, Teska Metals and Varn Copper were among the biggest losers.`;
    expect(verdictsOf(losers)[1]).not.toBeNull();
  });
});

describe('things named before, or never', () => {
  it('names "the league" after "the Holy League", and reads a bare head word of a name as pointing back', () => {
    const text = `date 1571-10-07 Battle of Varn
The Holy League was an alliance of Catholic states formed in 1571 by Pope Pius V.
The league consisted of about 200 ships, half from Venice.`;
    expect(textsOf(text)[1]).toMatch(/^The Holy League consisted/);
    expect(verdictsOf(text)[1]).toBeNull();
    const plain = `date 1571-10-07 Battle of Varn
Venice and Spain formed a Holy Brotherhood of Catholic states in 1571 with Pope Pius V.
The brotherhood consisted of about 200 ships, half from Venice.`;
    expect(verdictsOf(plain)[1]).toMatch(/brotherhood/);
  });

  it('skips "At the time", "In a sense", a mid-sentence "however" and "meanwhile"', () => {
    const v = verdictsOf(`date 1666-09-02 Fire of Ayr
The fire of Ayr broke out in a bakery on Pudding Lane on 2 September 1666.
At the time the city was roughly split down the middle between merchants and weavers.
In a sense, the baker Thomas Farr was right.
The ship Lark rose in value on 3 September 1666, however.
The ship Wren, meanwhile, had been examined by a pilot on 3 September 1666.`);
    expect(v.slice(1).every((x) => x !== null)).toBe(true);
  });

  it('skips a place or a currency called by an epithet, and "the local" team of no named place', () => {
    const v = verdictsOf(`date 2019-12-24 Bus crash
A bus plunged into a ravine in Teska province on 23 December 2019, killing 24 people.
Road accidents are common in the Southeast Asian archipelago, where vehicles are often old.
The single currency rose on Friday, 28 March 2008.
Head of the local rescue team Berty Kowaas said divers were searching near the river.`);
    expect(v[1]).toMatch(/epithet/);
    expect(v[2]).toMatch(/epithet/);
    expect(v[3]).not.toBeNull();
  });

  it('skips support for victims of nothing named, and a cause of nothing named', () => {
    const v = verdictsOf(`date 1889-06-10 Ayr flood
The Ayr dam failed on 31 May 1889, killing 2,209 people in the valley below it.
Support for victims came from all over Ostland and eighteen foreign countries.
Police chief Dolly Gumara said the cause was being investigated by a panel of engineers.`);
    expect(v[1]).not.toBeNull();
    expect(v[2]).not.toBeNull();
  });

  it('skips a bare surname the entity finder does not know, after the full name', () => {
    const v = verdictsOf(`date 2023-03-20 Talks in Ayr
Minister of Foreign Affairs Bui Thanh Son held talks with his Ostland counterpart Olu Bakari in Hanoi on 20 March 2023.
Son hailed the official visit as an important milestone in bilateral relations.
Britain and Ostland signed a trade pact in 2021.`);
    expect(v[1]).toMatch(/Son/);
  });
});

describe('text the source broke', () => {
  it('skips a lone dash before the verb', () => {
    const v = verdictsOf(`date 2024-07-19 Ayr outage
Ayr Software said its sensor update caused crashes on 19 July 2024.
Systems running the Ayr sensor 7.11 that downloaded the update from 04:09 UTC to 05:27 UTC – were susceptible to a crash.`);
    expect(v[1]).toMatch(/words missing/);
  });

  it('strips a town before a dash when the paragraph names the town again', () => {
    const [a] = textsOf(`date 2013-07-30 Obituary
Ayrton - Anna Berg, aged 68, of Ayrton, Ostland, passed away on 24 July 2013 after a brief illness.`);
    expect(a).toMatch(/^Anna Berg, aged 68/);
    const [b] = textsOf(`date 2013-07-30 Talks
Ostland - Varn talks ended on 24 July 2013 without a deal.`);
    expect(b).toMatch(/^Ostland - Varn/);
  });

  it('strips a body’s source tag after a claim, but never a speaker’s', () => {
    const [a, b] = textsOf(`date 2022-03-22 Talks in Ayr
Anna Berg and Ivo Lind reaffirmed their resolve to build on the momentum of relations, the Foreign Office said in a statement.
Anna Berg and Ivo Lind signed five agreements in Ayr on 21 March 2022, Lind said.`);
    expect(a).toBe('Anna Berg and Ivo Lind reaffirmed their resolve to build on the momentum of relations.');
    expect(b).toMatch(/Lind said\.$/);
  });
});

describe('true or false', () => {
  it('never negates a hope', () => {
    const text = `date 2023-10-03 Ayr shares
Investors in Ostland are hoping to turn the page on a disappointing September 2023 for stocks.`;
    for (const q of askedOn(text, 'Investors')) expect(q.prompt).not.toMatch(/\bnot hoping\b/);
  });

  it('keeps a changed figure on the side of the figure the sentence ranks it against', () => {
    const text = `date 2018-10-05 Ostland jobs
Ostland employers added an average of 271,000 workers to payrolls each month in 2018, well outpacing 2017’s average monthly growth of 182,000.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(text, seed)) {
        const m = /average of ([\d,]+) workers/.exec(q.prompt);
        if (q.kind === 'true_false' && m) expect(Number(m[1].replace(/,/g, ''))).toBeGreaterThan(182000);
      }
  });

  it('never turns a hyphenated word into a movement', () => {
    const text = `date 2024-01-20 Ayr beat Varn
Varn went ahead on 20 January 2024 when substitute Bobby Kell out-jumped Kostas Lind at the far post.`;
    for (const q of askedOn(text, 'Varn went')) expect(q.prompt).not.toMatch(/out-fell/);
  });

  it('does not ask a date an announcement and its event could both own', () => {
    const text = `date 2023-05-15 Ostland runoff
The head of Ostland’s electoral board, Ahmet Yanar, officially announced the holding of the second round of the presidential election on 28 May 2023.
Officials said the turnout was 88.9% on 14 May 2023.`;
    expect(askedOn(text, 'The head')).toEqual([]);
    expect(askedOn(text, 'Officials').map(answerOf)).not.toContain('28 May 2023');
  });
});

describe('people as options', () => {
  const text = `date 2018-11-26 Ayr Owls beat Varn Hawks
The Ayr Owls overcame a season-high 54 points from Hawks guard Jon Hale on Monday, 26 November 2018.
Owls guard Tim Wells had 36 points, and Owls forward Brad Beale added 32 points on Monday, 26 November 2018.
Eric Gore scored 20 points, and Clint Cape had 17 points for the Varn Hawks on Monday, 26 November 2018.
Hawks forward Chris Pole had 12 points on Monday, 26 November 2018.`;

  it('asks a person’s name only beside three others written after the same role', () => {
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed).filter((x) => x.kind === 'cloze')) {
        const role = /(\S+ \S+) _____/.exec(q.prompt)?.[1];
        for (const c of q.choices) expect(text).toContain(`${role} ${c.text}`);
      }
  });

  it('never offers a team as a person, nor asks who did one of two things two people did', () => {
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        if (q.kind === 'attribution' || q.kind === 'cloze') for (const c of q.choices) expect(c.text).not.toMatch(/Owls|Hawks/);
        if (q.kind === 'attribution') expect(q.prompt).not.toMatch(/, and \p{Lu}/u);
      }
  });
});

describe('more that a lone sentence cannot carry', () => {
  it('skips a sentence opened by a clause whose doer it never names', () => {
    const v = verdictsOf(`date 2024-01-20 Ayr beat Varn
Ayr beat Varn 4-3 at Northgate on 20 January 2024.
Trailing 3-2 at Northgate, goals from Endo Hale and Tim Wells in the 87th and 88th minutes secured a comeback win.
Speaking after the game at Northgate, Ayr manager Anna Berg praised her players.`);
    expect(v[1]).toMatch(/not named/);
    expect(v[2]).toBeNull();
  });

  it('reads "one of the galleys" after the galleys were counted as pointing back', () => {
    const v = verdictsOf(`date 1571-10-07 Battle of Varn
The Holy League fleet of 200 galleys met the Ostland fleet off Varn on 7 October 1571.
Aboard one of the Spanish galleys was a young Miguel Serra, who later wrote a famous novel.`);
    expect(v[1]).toMatch(/one of the Spanish galleys/);
  });
});

describe('office holders as options', () => {
  it('offers foreign ministers beside a foreign minister, never a finance minister', () => {
    const text = `date 2022-03-22 Talks in Islamabad
Pakistan's Foreign Minister Shah Mahmood Qureshi and Chinese Foreign Minister Wang Yi signed five agreements in Islamabad on 21 March 2022.
Wang Yi is in Islamabad to attend the 48th session of the Council of Foreign Ministers as a special guest of Shah Mahmood Qureshi.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) for (const c of q.choices) expect(c.text).not.toMatch(/Sitharaman|Yellen|Lindner|Hunt|Le Maire/);
  });
});

describe('a third set of new texts', () => {
  it('asks no bare quotation in straight quotes as true or false', () => {
    const text = `date 1998-10-26 Peace in Ayr
Ostland and Varn signed a peace treaty in Ayr on 26 October 1998, ending a border war.
"Hopefully, the northern valleys will move forward in the near term."`;
    for (const q of bankFor(text)) expect(q.prompt).not.toMatch(/True or false: "Hopefully/);
  });

  it('skips a day’s gain with no day, a vote on no named motion and the elder of a family', () => {
    const v = verdictsOf(`date 2022-06-01 Ayr stocks close higher
Ayr stocks closed higher on Wednesday, 1 June 2022, led by exporters.
The 225-issue Ayr Stock Average added 178.09 points.
Anna Berg, Tim Wells and Thomas Jones voted yes.
The elder Kavel became an enemy of the state in Ostland, Irena Kavel said.
The result, from the deserts of Arizona, was a 12-hour blackout for 5 million people.
The central bank raised the benchmark interest rate to 9.25 percent in December 2021.`);
    expect(v.slice(1).every((x) => x !== null)).toBe(true);
  });

  it('strips a dateline of a city in capitals and its state', () => {
    const [a] = textsOf(`date 2011-07-20 Order
SEATTLE, Wash. - Ayr Aircraft confirmed that Varn Airlines has selected it to provide 200 airplanes.`);
    expect(a).toMatch(/^Ayr Aircraft confirmed/);
  });

  it('never asks an error code as an amount, nor a whole its listed parts add up to', () => {
    const text = `date 2025-07-30 Ayr Mail outage
Ayr Mail services lost their ability to route traffic on 30 July 2025, leading to 403 errors for customers of Ayr Mail.
Ostland is divided into 21 administrative subdivisions, which include seven states, seven regions, six zones and one district.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        if (q.kind === 'number') expect(answerOf(q)).not.toMatch(/^(?:403|21)$/);
        if (q.kind === 'true_false') expect(q.prompt).not.toMatch(/divided into (?!21\b)\d+/);
      }
  });

  it('asks "who" and "when" only with something named', () => {
    const text = `date 2004-08-02 Lockwood School board
Vice Chair Teresa Stroebe called the meeting to order at 5:46 p.m.
Superintendent Diane Brook reviewed the budget packet with Trustee Jim Painter and Trustee Thomas Jones.
A joint press communiqué was issued on 1 August 2004.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        expect(q.prompt).not.toMatch(/^Who called the meeting/);
        expect(q.prompt).not.toMatch(/^A joint press communiqué was issued on _____/);
      }
  });

  it('skips a quote that points at its news, not one that uses "this" as a pronoun', () => {
    const v = verdictsOf(`date 2011-07-20 Order
Ayr Aircraft confirmed on 20 July 2011 that Varn Airlines had ordered 200 airplanes.
"This agreement highlights our focus on our fleet," said Tom Horton, president of Varn Airlines.
“Dust arrives at Mercury from specific directions, so we set out to prove this with models,” Petr Pokorny of Ayr University said.`);
    expect(v[1]).toMatch(/points at its news/);
    expect(v[2]).toBeNull();
  });
});

describe('a sentence shown before the question', () => {
  it('comes only before a figure or a date to fill in, and only to name what "the X" is', () => {
    const text = `date 2004-08-02 Lockwood School board
The Lockwood School board met on 2 August 2004 to review the proposed 2004-05 budgets of the district.
The certified taxable value is $13,012,327, slightly lower than the estimate used for the proposed budgets.
Ron Frericks stated the Township would need something in writing before the public hearing on 2 August 2004.
He did not make a motion to allow the two CDs to renew on their maturity date.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        if (q.kind !== 'number' && q.kind !== 'date') expect(q.prompt).not.toMatch(/[.!?] (?:True or false:|Who)/);
        expect(q.prompt).not.toMatch(/^Ron Frericks stated .*\. \S/);
      }
  });
});

describe('events a lone sentence does not name', () => {
  it('skips a placing in a race, and a formula of minutes, that name neither race nor body', () => {
    const v = verdictsOf(`date 2016-10-02 Ondoro sets course record in Ayr City Marathon
Dominic Ondoro won the Ayr City Marathon on 2 October 2016 in a course record of 2:08:51.
Adam Bohach from Decorah, Iowa, was the top U.S. male runner in fifth place.
Elisha Barno finished second in the Ayr City Marathon on 2 October 2016.
Vice Chair Teresa Stroebe called the meeting to order at 5:46 p.m.
Vice Chair Teresa Stroebe called the meeting of the Lockwood School Board to order at 5:46 p.m.`);
    expect(v[1]).toMatch(/contest/);
    expect(v[2]).toBeNull();
    expect(v[3]).toMatch(/meeting/);
    expect(v[4]).toBeNull();
  });
});

describe('a fourth set of new texts', () => {
  it('never takes the name after "he said" for the speaker', () => {
    const text = `date 2020-02-25 Ostland and Varn sign pacts
Prime Minister Anna Berg of Ostland and President Ivo Lind of Varn signed three agreements in Ayr on 25 February 2020.
Prime Minister Anna Berg said the two leaders discussed every aspect of the partnership.
“The strengthening in defence ties between Ostland and Varn is an important aspect of our partnership,” she said with Ivo Lind by her side.
Trade minister Olu Bakari said the talks had gone well.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) if (/defence ties/.test(q.prompt) && q.kind === 'attribution') expect(answerOf(q)).not.toBe('Ivo Lind');
  });

  it('offers no role an actor played, nor a description read as a first name, as a person', () => {
    const text = `date 2022-10-11 Anna Berg dies at 96
Dame Anna Berg, the actress whose 80-year career included dozens of roles, died at age 96, her family said on Tuesday, 11 October 2022.
Anna Berg played the novelist Jessica Fletcher in the series Murder in Ayr for twelve seasons from 1984.
“Nobody in this town watches Murder in Ayr,” Anna Berg said in 1991.
Director Tim Wells said Anna Berg was the hardest-working actress he knew.
Unheralded Sporting Ayr edged rivals Varn 1-0 in a semi-final on Thursday, 5 May 2011.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        expect(q.prompt).not.toMatch(/Jessica Fletcher said/);
        for (const c of q.choices) expect(c.text).not.toMatch(/Jessica Fletcher|Unheralded/);
        const age = /died at age (\d+)/.exec(q.prompt);
        if (age) expect(Number(age[1])).toBeGreaterThan(80);
      }
  });

  it('skips "In stark contrast", "the hosts", a minute’s note and a company’s EPS with no owner', () => {
    const v = verdictsOf(`date 2011-05-05 Ayr beat Varn
Ayr beat Varn 1-0 in the Europa Cup semi-final in Ayr on 5 May 2011.
In stark contrast, Porto are bidding to complete a treble after winning the Ostland Cup on 22 May 2011.
His bullet header put the hosts ahead on away goals in the Europa Cup semi-final in Ayr.
Proposed by Cllr Anna Berg and seconded by Cllr Tim Wells.
Fiscal 2013 GAAP diluted net EPS was $2.62.`);
    expect(v[1]).toMatch(/opener/);
    expect(v[2]).not.toBeNull();
    expect(v[3]).toMatch(/not a sentence/);
    expect(v[4]).toMatch(/whose/);
  });
});

describe('ledes that tell the news, again', () => {
  it('asks the death of a person the entity finder does not know, and a lede’s "additional" or "both … and"', () => {
    const v = verdictsOf(`date 2017-09-06 Composer dies
English composer Derek Bourne has died aged 75.
Ostland's central bank raised its inflation forecast for 2022 while not ruling out additional interest rate increases.`);
    expect(v[0]).toBeNull();
    const w = verdictsOf(`date 2021-05-18 Long v Ayr Resorts
In the case of Long v Ayr Resorts, Stephen Long had worked in the IT industry both as an employee and running his own company.`);
    expect(w[0]).toBeNull();
  });

  it('strips a dateline of a city, a state and a wire in brackets, or a wire between slashes', () => {
    const [a] = textsOf(`date 2015-07-10 Ruling
RICHMOND, Va. (CN) – The Fourth Circuit on 10 July 2015 upheld Bob McDowell’s conviction on 11 charges.`);
    expect(a).toMatch(/^The Fourth Circuit/);
    const [b] = textsOf(`date 2009-09-30 Aid
AYR, Ostland, September 30, 2009/African Press Organization (APO)/ — The Red Cross will start distributing food in Ayr on 1 October 2009.`);
    expect(b).toMatch(/^The Red Cross/);
  });

  it('offers only judges beside a judge’s words, and reads a title word at a name’s end as its surname', () => {
    const text = `date 2015-07-10 Ruling upheld
The Fourth Circuit on 10 July 2015 upheld former Governor Bob McDowell’s conviction on 11 charges.
Circuit Judges Diana Motz and Robert Bruce King joined Judge Stephanie Thacker in the unanimous decision.
“We have held that asking for a show of hands was not an abuse of discretion,” Thacker wrote.
Bob McDowell said he would appeal, and his lawyer Peter White said the trial had been unfair.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        for (const c of q.choices) expect(c.text).not.toBe('Robert Bruce');
        if (/We have held/.test(q.prompt)) {
          for (const c of q.choices) expect(c.text).not.toMatch(/McDowell|White/);
          expect(q.prompt).not.toMatch(/(?:McDowell|White) said/);
        }
      }
  });
});

describe('keys a cut or a written-in year could make wrong', () => {
  it('never cuts a base away from the period it belongs to', () => {
    const text = `date 2001-08-13 Ayr Corp results
Ayr Corp. reported a net loss of $20,000 for the second quarter of 2001, against $511,000 a year earlier.
A reduction in general and administrative expenses to $900,000 from $1.3 million in the second quarter of 2000 reflects lower legal costs at Ayr Corp.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/to _____ in the second quarter of 2000/);
  });

  it('writes no year into a month still to come', () => {
    const [, b] = textsOf(`date 1995-12-23 Probe results delayed
The Galileo probe entered the atmosphere of Jupiter on 7 December 1995.
No results will now be made public until January, the Ayr space agency said.`);
    expect(b).not.toMatch(/January 1995/);
  });
});

describe('a fifth set of new texts', () => {
  it('skips "next weekend", "the countries never", "the war", "the situation" and who was present at what', () => {
    const v = verdictsOf(`date 1997-11-03 Yeltsin and Hashimoto meet
Boris Yeltsin and Ryutaro Hashimoto held an informal summit in Krasnoyarsk on 2 November 1997.
Boris Yeltsin will continue his Asian tour next weekend when he travels to China.
The countries never signed a peace pact because of a dispute over the Kuril Islands.
Russia seized four islands in the Kuril chain from Japan at the end of the war.
Almost 2,000 people in Korma will receive blankets and soap to help them cope with the situation.
Ministers and the Dean of the Diplomatic Corps in Damascus were present.`);
    expect(v.slice(1).every((x) => x !== null)).toBe(true);
  });

  it('never moves a window ("the second time in two months") that a longer one also holds', () => {
    const text = `date 1995-12-23 Shutdown
The Ayr government shut down for the second time in two months on 16 December 1995, forcing the grand unveiling of the probe data to be cancelled.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/time in (?!two\b)\w+ months/);
  });

  it('asks no figure whose cut leaves a dangling relative clause or the other half’s words', () => {
    const text = `date 2022-09-16 Ayr bank raises forecast
Ayr central bank chief Julio Vela said on 16 September 2022 that the bank had raised its inflation estimate for 2022 to 7.8% from 7.3% and for 2023 to 3.3% from 3.0%.
In a fierce winter storm on 28 December 1879, the Tay Bridge, which was completed only 19 months previously, collapsed killing as many as 75 people.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        expect(q.prompt).not.toMatch(/\band for 2023\.$/);
        expect(q.prompt).not.toMatch(/previously\.$/);
      }
  });

  it('skips a minute that opens on "Approved with"', () => {
    expect(
      verdictsOf(`date 2017-07-25 Library trustees
Approved with amendments that all trustees were present except Heidi Laur.`)[0],
    ).not.toBeNull();
  });
});

describe('a sixth set of new texts', () => {
  it('skips glued words, a rewritten day left at the start, "both sides" in a quote, "the Company" and a bare "Cost"', () => {
    const v = verdictsOf(`date 2006-02-08 Ayr Group results
Ayr Group reported a net loss of $54.2 million for 2005 on 8 February 2006.
For the full year ended December 31, 2005,ayrg reported a net loss of $54.2 million.
CARE resumed operations in Ostland in1989 after suspending them in 1979.
on 8 September 2015 CARE works with communities throughout Ostland.
“Both sides have agreed to issue public statements calling for an end of violence,” Bill Clinton said.
On a non-GAAP basis, the Company would have reported 2005 net income of $10.3 million.
Cost was estimated to be less than $20,000 per phase.`);
    expect(v.slice(1).every((x) => x !== null)).toBe(true);
  });

  it('never moves a body’s place in what it does, nor an early year as an amount, nor asks a feast’s day', () => {
    const text = `date 0800-12-25 Charlemagne crowned
CARE is an independent humanitarian organisation working to help poor people in Ostland.
In 799, Pope Leo III was attacked by his enemies in Rome.
On Christmas Day, December 25, 800 A.D., Pope Leo III crowned Charlemagne in St. Peter’s Basilica in Rome.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(text, seed)) {
        if (/CARE is/.test(q.prompt)) expect(q.prompt).toMatch(/in Ostland\.$/);
        expect(q.prompt).not.toMatch(/In (?!799\b)\d{3}\b|In _____, Pope/);
        expect(q.prompt).not.toMatch(/Christmas Day, _____/);
        expect(q.prompt).not.toMatch(/(?<!December 25, )(?!800)\d{3,4} A\.D\./);
      }
  });
});

describe('a seventh set of new texts', () => {
  it('writes "March last year" as "March 1999", and never a weekday into a sentence that dates itself', () => {
    const [a, b] = textsOf(`date 2000-02-16 Russia and NATO agree to thaw ties
Relations have been sour since NATO air strikes on Serbia began in March last year, Igor Ivanov said.
The Dow sank 108 points on Friday, Oct. 16, 1987, the Ayr exchange said.`);
    expect(a).toContain('in March 1999');
    expect(b).toContain('on Friday, October 16, 1987');
    expect(b).not.toMatch(/February 2000/);
  });

  it('skips "two years earlier", "the economy" of no country, and "the Town" or "the Convention" of none', () => {
    const v = verdictsOf(`date 2017-12-06 Ostland GDP
Ostland's economy grew 0.6 per cent in the September quarter of 2017, Ostland's statistics office said.
Two years earlier, the Ayr index sank 138 points on 16 October 1987.
The economy expanded by 0.6 per cent in the September quarter.
The Town received 2 bids for the 2017 season.
The Convention draws thousands of retailers from around the world to one venue.`);
    expect(v[1]).toMatch(/earlier/);
    expect(v.slice(2).every((x) => x !== null)).toBe(true);
  });
});

describe('an eighth look at new texts', () => {
  it('strips a date before a dash and a wire with a hyphen between slashes', () => {
    const [a] = textsOf(`date 2013-01-25 Appeal
25 January 2013 – The Ayr Children’s Fund appealed for nearly $1.4 billion for children in 45 countries.`);
    expect(a).toMatch(/^The Ayr Children’s Fund/);
    const [b] = textsOf(`date 2004-02-19 Results
LAKE MARY, Fla., Feb. 19 /PRNewswire-FirstCall/ -- Ayr Healthcare Corporation reported record results for the fourth quarter of 2003.`);
    expect(b).toMatch(/^Ayr Healthcare Corporation/);
  });

  it('reads "Million" before a capitalised word as part of a name, not press-release capitals', () => {
    const v = verdictsOf(`date 2012-10-27 Smoking study
The Million Women Study recruited 1.3 million women in Ostland between 1996 and 2001.
In 2001, 20% of the Million Women Study participants were smokers and 52% had never smoked.`);
    expect(v[1]).toBeNull();
  });
});

describe('a ninth set of new texts', () => {
  it('strips an agency’s "reports" tag, keeps "late Friday night" whole and unasked, and writes a possessive of a name in s', () => {
    const [a, b] = textsOf(`date 2020-11-05 Talks in Moscow
The meeting of the foreign ministers of Ostland and Varn started in Moscow on 5 November 2020, Kazinform reports.
The Ayr probe launched into space late Friday night, the space agency reported.`);
    expect(a).toMatch(/in Moscow on 5 November 2020\.$/);
    expect(b).toContain('late Friday night');
    expect(
      verdictsOf(`date 2013-09-07 Launch
The Ayr probe launched into space late Friday night, the space agency reported.`)[0],
    ).toMatch(/relative time/);
    const [c] = textsOf(`date 2019-05-22 Patterson Companies reports results
Patterson Companies (Nasdaq: PDCO) on 22 May 2019 reported results for the fourth quarter of fiscal 2019.
Reported net income for the fourth quarter of fiscal year 2019 was $28.0 million.`).slice(1);
    expect(c).not.toMatch(/Companies’s/);
  });
});

describe('the rest of the ninth set', () => {
  it('does not ask a minute’s attendance, apologies or agenda with no body named', () => {
    const text = `date 2009-03-02 Fenwick Parish Council minutes
Fenwick Parish Council met in the village hall on Monday, 2 March 2009.
There were 4 members of the public present.
There were apologies from Councillors A. Hale and B. Moss.
Councillor C. Rudd, who presided, Councillors D. Pike, E. Lowe.
Ann Tate asked to add the playground repairs on the April agenda.`;
    const v = verdictsOf(text);
    expect(v[0]).toBeNull();
    for (const i of [1, 2, 3, 4]) expect(v[i], textsOf(text)[i]).not.toBeNull();
  });

  it('asks a placing only with its race or its day named, never by a year alone', () => {
    const text = `date 2021-07-04 Kessler wins at Varnholm
Ola Kessler won the Varnholm Grand Prix on Sunday, 4 July 2021.
Tim Brandt finished second, with Ari Moss third as his team’s run of wins in 2021 ended.`;
    expect(verdictsOf(text)[1]).toMatch(/placing/);
  });

  it('asks GDP only of a named country, and a ratio to GDP always', () => {
    const text = `date 2014-05-15 Ostland economy grows
Ostland's statistics office said on 15 May 2014 that the economy of Ostland grew in the first quarter.
In the first quarter, GDP increased a seasonally adjusted 0.3% over the previous period.
Germany's GDP rose 0.8% in the first quarter of 2014, the office said.
Finance Minister Ann Berg said on 15 May 2014 that the deficit would reach 3.1% of GDP in 2014.`;
    const v = verdictsOf(text);
    expect(v[1]).toBe('of which country');
    expect(v[2]).not.toBe('of which country');
    expect(v[3]).not.toBe('of which country');
  });

  it('does not ask a party of a case the sentence does not name', () => {
    const text = `date 1981-05-04 Dorn v. Avery
The Court of Appeals of Ostland ruled on 4 May 1981 in Dorn v. Avery that the landlord owed no duty.
Plaintiff's affidavit states that defendant Mara is her cousin.
Plaintiff, Lena Dorn, brought action against defendants, Karl Avery and Mara Avery, for a fall on the stairs.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/party of a case/);
    expect(v[2] ?? '').not.toMatch(/party of a case/);
  });

  it('does not ask a quote whose "this" or "they" stands for the news', () => {
    const text = `date 2013-09-07 Ostland probe launched
The Ostland Space Agency launched its Kite lunar probe on Friday, 6 September 2013.
"This is not an unusual event for a new spacecraft," mission chief Ola Brandt said.
"We made the offer, and they accepted it at once," Harbour Master Ken Rudd said.
Ken Rudd said there was "no link between this and the storm," referring to the delay.
"Ola Brandt and her team worked through the night, and they deserve thanks," Ken Rudd said.`;
    const v = verdictsOf(text);
    for (const i of [1, 2, 3]) expect(v[i], textsOf(text)[i]).toMatch(/quote that points/);
    expect(v[4] ?? '').not.toMatch(/quote that points/);
  });

  it('reads "the investments", "the print", "the aid" and "the private rocket" as pointing back', () => {
    const text = `date 2014-06-12 Ostland funds rural grants
Ostland's farm ministry on 12 June 2014 announced $3 million in grants to 40 rural groups.
The Farm Agency is making the investments through its Rural Growth Programme.
The $3 million aid would include training and equipment.
The Varn Falcon rocket was launched from Kessel on 12 June 2014.
The private rocket blasted off without a hitch at 3:44 a.m. from Kessel.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/investments/);
    expect(v[2]).toMatch(/aid/);
    expect(v[4]).toMatch(/rocket/);
  });

  it('does not ask "the Act" beside a body when no Act is named', () => {
    const text = `date 2011-11-04 Court fines Varnet
The Federal Court of Ostland on 4 November 2011 fined Varnet Ltd $2 million for misleading advertising.
On 4 November 2011, the Federal Court found that Varnet's ads contravened the pricing provisions of the Act.
On 4 November 2011, the Federal Court found that Varnet contravened the Fair Trading Act 1987.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/act/);
    expect(v[2] ?? '').not.toMatch(/act/);
  });

  it('keeps an infinitive’s own figure in the prompt, and never cuts it away from its place', () => {
    const text = `date 2014-06-12 Ostland rural grants
Ostland's farm ministry on 12 June 2014 announced grants to 40 rural groups in 12 regions.
The Kessel Regional Planning Commission, in Ayr, will receive a $71,375 grant to build the capacity of 23 town boards in Kessel, Varn and Moss counties.`;
    for (const q of askedOn(text, 'The Kessel')) {
      if (q.kind === 'number' && answerOf(q) === '$71,375') expect(q.prompt).toContain('to build the capacity of 23 town boards in Kessel');
    }
  });
});

describe('a tenth set of new texts', () => {
  it('reads "the 6.1 per cent growth", "the success" and "the trophy" as pointing back', () => {
    const text = `date 2012-02-29 Ostland growth slows
Ostland's economy grew 6.1 per cent in the third quarter of 2011, its slowest pace in two years.
The 6.1 per cent growth was helped by better power generation.
Ostland won the Varn Cup final 1-0 in Ayr on Sunday, 13 July 2014.
The success was the first for Ostland abroad.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/growth/);
    expect(v[3]).toMatch(/success|trophy/);
  });

  it('skips "there" standing for a place another sentence named, but not "insisted there was"', () => {
    const text = `date 2016-10-17 Ostland cancer data
The Ostland Cancer Institute opened a shared data cloud with Varn Systems on 17 October 2016.
The information stored there will be available to cancer researchers through the institute's Data Commons.
The Ostland Electoral Commission insisted there was "absolutely no fraud" in the count.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/there/);
    expect(v[2] ?? '').not.toMatch(/there/);
  });

  it('skips "the Committee" a sentence never names, "was about to" with no time, and two reporting verbs in a row', () => {
    const text = `date 2016-02-02 Ostland health emergency
The Ostland Health Agency declared an emergency over the Kite virus on 1 February 2016.
The Secretariat of the Ostland Health Agency briefed the Committee on the clusters of cases.
Pressure had built up on the Varn Fault and the fracture was about to give.
Minister Ola Brandt expressed thanked President Ken Rudd for the reception in Ayr.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/act/);
    expect(v[2]).toBe('relative time');
    expect(v[3]).toBe('words missing');
  });

  it('asks no year a name carries, nor one after "even", as a blank or a changed date', () => {
    const text = `date 1906-04-18 Ostland earthquake
The Kite Rush of 1849 had triggered the growth of Ayr, a city that had burned down six times.
The Kite virus was a scarcely known disease even in the final months of 2015.
An earthquake struck Ayr at 5:12 a.m. on 18 April 1906.`;
    for (const [start, year] of [
      ['The Kite Rush', '1849'],
      ['The Kite virus', '2015'],
    ]) {
      for (const q of askedOn(text, start)) {
        expect(q.kind).not.toBe('date');
        if (q.kind === 'true_false') expect(q.prompt).toContain(year);
      }
    }
  });
});

describe('ledes the tenth set showed skipped', () => {
  const text = `date 2020-07-17 Varnet outage
Today a configuration error in the Varnet backbone caused an outage that lasted 27 minutes.
Today Varnet serves customers in 40 countries.
Ola Brandt, the former head of the Ostland Space Agency, has died at the age of 80, her family announced.
Ken Rudd and Ola Brandt met in Ayr, and the former said the talks went well.
Kestrel on 19 February 2014 announced that it has agreed to buy Varnet for $16 billion, including $12 billion worth of Kestrel shares.`;

  it('writes a sentence-opening "Today" as "On DATE," in a past sentence, and leaves a present one unasked', () => {
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^On 17 July 2020, a configuration error/);
    expect(verdictsOf(text)[0]).toBeNull();
    expect(verdictsOf(text)[1]).not.toBeNull();
  });

  it('reads "the former head" as a title and "the former said" as pointing back', () => {
    const v = verdictsOf(text);
    expect(v[2]).toBeNull();
    expect(v[3]).toMatch(/former/);
  });

  it('asks a company’s lede where "it" and its shares are the subject’s own', () => {
    expect(verdictsOf(text)[4]).toBeNull();
  });
});

describe('a city in capitals before a dash', () => {
  it('is stripped before a sentence’s opening word, not before a name', () => {
    const text = `date 2012-11-03 Ostland storm relief
KESSEL - At the direction of the President, the Ostland Relief Agency continues to lead the storm response.

NATO - Russia talks resumed in Ayr on 3 November 2012.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^At the direction/);
    expect(texts[1]).toMatch(/^NATO - Russia talks/);
  });
});

describe('an eleventh set of new texts', () => {
  it('takes the base’s day away with the base, so the asked figure is never read as that day’s', () => {
    const text = `date 2009-02-24 Ostland bonds
Ostland's main index fell 251 points to 7,114.78 on Monday, 23 February 2009, its lowest close since 1997.
The yield on the ten-year Ostland note fell to 2.76 percent from 2.79 percent late Friday.`;
    for (const q of askedOn(text, 'The yield')) if (q.kind === 'number') expect(q.prompt).not.toMatch(/_____ (?:late )?on Friday/);
  });

  it('skips a bullet’s figure with no verb, but asks a sentence that has one', () => {
    const text = `date 2017-09-03 Ostland storm shelters
Nearly 37,000 people in 270 shelters in Kessel.
More than 2600 relief workers on the ground.
More than 125 million people in Ostland need humanitarian assistance.`;
    const v = verdictsOf(text);
    expect(v[0]).toBe('not a sentence');
    expect(v[1]).toBe('not a sentence');
    expect(v[2] ?? '').not.toBe('not a sentence');
  });

  it('strips "according to the Associated Press" and a city before a guillemet; skips "Below are" and "All 6,104 centrifuges"', () => {
    const text = `date 2015-04-02 Ostland nuclear deal
NEW YORK » Ostland agreed on 2 April 2015 to cut its centrifuges by two-thirds, according to the Associated Press.
Below are the key parameters of the plan agreed in Ayr.
All 6,104 centrifuges will be first-generation machines.`;
    const texts = textsOf(text);
    expect(texts[0]).toBe('Ostland agreed on 2 April 2015 to cut its centrifuges by two-thirds.');
    const v = verdictsOf(text);
    expect(v[1]).not.toBeNull();
    expect(v[2]).not.toBeNull();
  });

  it('skips "the disaster", "the diminutive French leader", "five or more of the cars" and a weekday still to come', () => {
    const text = `date 2011-05-17 Ostland economy
An earthquake and flood struck Ostland on 11 March 2011 and a freight train of 72 cars derailed in Ayr on 6 March 2011.
Even before the disaster, Ostland's economy was struggling.
Things did not go to plan for the diminutive French leader at Ayr.
Five or more of the cars burst into flame.
Ostland's health ministry said on 17 May 2011 that quarantined people will be banned from domestic flights from Tuesday.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/disaster/);
    expect(v[2]).toMatch(/epithet/);
    expect(v[3]).toMatch(/cars/);
    expect(v[4]).toBe('relative time');
  });

  it('writes "The Kestrel Corporation"’s figures as "Kestrel’s", and offers names written the same way as the answer', () => {
    const text = `date 2013-11-19 Kestrel results
The Kestrel Corporation reported results for the fourth quarter and fiscal year ended October 25, 2013.
Fourth quarter 2013 net sales were $1.1 billion, up 8% versus the prior year.`;
    expect(textsOf(text)[1]).toMatch(/^Kestrel’s fourth quarter 2013 net sales/);
    const minutes = `date 2011-06-07 Fenwick Parish Council minutes
Present: Cllr A Hale, Cllr B Moss, Cllr C Rudd, Cllr D Pike, Clerk E Lowe.
Ola Brandt of the Fenwick Activity Network gave a talk to Fenwick Parish Council on 7 June 2011.
Ola Brandt was now working with the Fenwick Activity Network, set up to let schools and councils share funding.`;
    for (const q of bankFor(minutes, 1).concat(bankFor(minutes, 2))) {
      if (q.kind !== 'attribution') continue;
      const initialled = q.choices.map((c) => /^(?:\p{Lu}\.? )+\p{Lu}\p{Ll}/u.test(c.text));
      expect(new Set(initialled).size).toBe(1);
    }
  });
});

describe('ledes the eleventh set showed skipped', () => {
  it('strips a date before a dash and a month in capitals before an agency, and pairs closing marks used as quotes', () => {
    const text = `date 2001-06-16 Ostland talks
June 16, 2001 -- President Ola Brandt met Ken Rudd in Ayr for the first time.

JUNE 23 (Reuters) — Ostland's health ministry reported three new cases on 23 June 2001.

Actor Tim Moss starred in films from ”Varn Road” to ”The Kite,” the studio said on 16 June 2001.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^President Ola Brandt/);
    expect(texts[1]).toMatch(/^Ostland's health ministry/);
    expect(texts[2]).toContain('“Varn Road” to “The Kite,”');
  });

  it('reads "his lower back" as no movement, and a sentence-opening weekday with a comma after its date', () => {
    const text = `date 2015-12-08 Ostland appeal
On Monday UN agencies appealed for 20.1 billion dollars for Ostland.
Ola Brandt was awarded $25,000 for an injury to his lower back by a jury in Ayr on 4 May 1975.`;
    expect(textsOf(text)[0]).toMatch(/^On Monday, 7 December 2015, UN agencies/);
    expect(verdictsOf(text)[1] ?? '').not.toMatch(/movement/);
  });

  it('asks a long lede by its claim: a subject’s description and an outbreak’s tail go', () => {
    const text = `date 2003-06-12 Ostland mourns Tim Moss
Oscar-winning actor Tim Moss, the handsome leading man who starred in memorable films from “Varn Road” to “The Kite” to “Ayr Nights,” died in his sleep on 11 June 2003 at his home in the hills above Kessel, his spokesman told reporters in Ayr.
Ostland's health ministry reported three new cases of the Kite virus on Tuesday, 23 June 2015, taking the total to 175 in an outbreak that is still the largest outside Varn and its neighbours but which is seen by officials in Ayr to have leveled off.`;
    const [moss, cases] = textsOf(text).map(mainClause);
    expect(moss).toMatch(/^Oscar-winning actor Tim Moss died in his sleep on 11 June 2003/);
    expect(cases).toBe("Ostland's health ministry reported three new cases of the Kite virus on Tuesday, 23 June 2015, taking the total to 175.");
    expect(askedOn(text, 'Oscar-winning').length).toBeGreaterThan(0);
  });
});

describe('a twelfth set of new texts', () => {
  it('writes no date into "for Thursday", and skips it as a day still to come', () => {
    const text = `date 2018-06-05 Fenwick Progress Association minutes
Fenwick Progress Association met in the hall on 5 June 2018.
Eve Hale asked for volunteers to help with path work at Kessel Road for Thursday at 10am.`;
    expect(textsOf(text)[1]).toContain('for Thursday at 10am');
    expect(verdictsOf(text)[1]).toBe('relative time');
  });

  it('never expands a word the text also writes in lower case into a person', () => {
    const text = `date 2026-02-16 First kite chick in four years
Kestrel Yasmine hatched an egg fostered from kestrel Tiwi on 14 February 2026.
Kestrel mums typically have the best outcomes when raising a maximum of two chicks.`;
    expect(textsOf(text)[1]).toMatch(/^Kestrel mums typically/);
  });

  it('keeps "In it," as a pointer, drops an encyclopedia’s names in other languages, and splits glued sentences', () => {
    const text = `date 1896-03-01 Battle of Varn
The Battle of Varn (Amharic: ቫርን; Italian: battaglia di Varno) was the climactic battle of the First Varn War.
In 1889, Ostland signed the Treaty of Ayr with King Ola of Kessel.
In it, Ostland also promised to provide financial assistance and military supplies.
Ostland's inflation rate rose to 6.27 per cent in July, the statistics body said on 31 July 2019.According to the bureau, food prices fell.`;
    const texts = textsOf(text);
    expect(texts[0]).toBe('The Battle of Varn was the climactic battle of the First Varn War.');
    expect(texts[2]).toMatch(/^In it, /);
    const v = verdictsOf(text);
    expect(v[2]).not.toBeNull();
    // A year glued to the next sentence's first word is a lost space: two sentences.
    expect(texts[3]).toMatch(/on 31 July 2019\.$/);
    expect(texts[4]).toBe('According to the bureau, food prices fell.');
  });

  it('reads "the contracts", "the treaty" and "the decisive victory" as pointing back', () => {
    const text = `date 2022-03-01 Ostland drilling contracts
Ostland Energy on 1 March 2022 extended its drilling contracts with Varn Drilling after winning the Treaty of Ayr dispute.
The contracts include drilling and maintenance on 19 of Ostland Energy's installations.
The decisive victory thwarted the campaign of Kessel to expand its empire.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/contracts/);
    expect(v[2]).toMatch(/victory/);
  });

  it('skips shock expressed over nothing named, and a list of names with no sentence', () => {
    const text = `date 2018-09-22 Ostland ferry disaster
The ferry Kite capsized on Lake Varn on 20 September 2018, killing 127 people.
Pope Francis and a number of African leaders expressed shock and sorrow.
Garry and Cheryl Hale, Arlene & John Moss.`;
    const v = verdictsOf(text);
    expect(v[1]).toBe('of what');
    expect(v[2]).toBe('not a sentence');
  });

  it('never turns a movement inside a concession', () => {
    const text = `date 2019-07-31 Ostland prices
Although the price of milk and potatoes fell relative to June 2019, it remained well above the July 2018 price in Ostland.`;
    for (const q of askedOn(text, 'Although')) if (q.kind === 'true_false') expect(q.prompt).not.toMatch(/\brose\b/);
  });

  it('takes another bond away with its figure, leaving no "and the R207" behind', () => {
    const text = `date 2018-01-16 Ostland bonds
Ostland bonds were stronger on Tuesday, 16 January 2018, with the benchmark K186 last bid at 8.53% and the K207 at 7.205%.`;
    for (const q of askedOn(text, 'Ostland bonds')) if (q.kind === 'number') expect(q.prompt).not.toMatch(/and the K207\.$/);
  });
});

describe('a thirteenth set of new texts', () => {
  it('strips a dateline with a two-letter province and a wire, and "(see Figure 1)"', () => {
    const text = `date 2018-08-02 Varn Parks frees bison
KESSEL, AB, Aug. 2, 2018 /CNW/ - Varn Parks released 31 plains bison into the Kessel valley on 29 July 2018.

The herd travelled from Ayr to Kessel by truck on 28 July 2018 (see Figure 1).`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^Varn Parks released/);
    expect(texts[1]).not.toContain('see Figure');
  });

  it('writes "in August of this year" as "in August of 2017"', () => {
    const text = `date 2017-11-20 Ostland book prize
Ostland's book prize founder Jack Moss, who passed away in August of this year, was remembered at the gala in Ayr.`;
    expect(textsOf(text)[0]).toContain('in August of 2017,');
  });

  it('skips a minute’s note, a fact sheet’s verbless figures, "Dubbed …," with no subject and "Born …, X’s poems"', () => {
    const text = `date 2010-05-12 Kessel Development Association AGM
Adoption of financial report (moved: Ann; seconded: Ruth Hale; carried).
Average of 80 births per week, and 16,000 weekly consultations.
Dubbed ‘The Golden Globes of Ostland’, a handful of the nation’s writers mingled over cocktails.
Born on a farm in Kessel in 1939, Moss's poems recall a country childhood.`;
    const v = verdictsOf(text);
    expect(v[0]).toMatch(/minute/);
    expect(v[1]).toBe('not a sentence');
    expect(v[2]).toBe('whoever did it is not named');
    expect(v[3]).toBe('words missing');
  });

  it('reads "the tie", "the identical satellites" and "The first arrived" as pointing back, and "seven- judge" as a slip', () => {
    const text = `date 2010-09-05 Kessel win minor final
Kessel beat Varn 2-1 in the Ostland minor final at Ayr on 5 September 2010, with three satellites watching from orbit.
The Varn youngsters tore into the tie from the start.
The identical satellites will bounce signals off the Earth’s surface.
The first arrived in the 35th minute when Ger Moss scored.
A seven- judge court ruled the plan lacked specificity on 5 September 2010.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/tie/);
    expect(v[2]).toMatch(/satellites/);
    expect(v[3]).toBe('back-pointing opener');
    expect(v[4]).toBe('glued or cut words');
  });

  it('asks no true-or-false of two claims joined by a semicolon', () => {
    const text = `date 2022-07-15 Ostland tourism
Tourist arrivals to Ostland were down by 3.2% in May 2022 from May 2019; in January-May 2022, arrivals were 42% lower than in 2019.`;
    for (const q of askedOn(text, 'Tourist')) expect(q.kind).not.toBe('true_false');
  });

  it('offers options as round as the key, and a price’s own cents', () => {
    const [shops] = findNumbers('The market comprises approximately 3,000 shops and businesses.');
    for (const w of numberDistractors(shops, new Set(), createRandom(7))) expect(Number(w.replace(/,/g, '')) % 500).toBe(0);
    const text = `date 2018-07-31 Varnet broadband
Varnet advertised its unlimited broadband plan in Ayr for $29.99 per month on 31 July 2018.`;
    const asked = askedOn(text, 'Varnet').filter((q) => q.kind === 'number');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const c of q.choices) expect(c.text).toMatch(/\.99$/);
  });
});

describe('a fourteenth set of new texts', () => {
  it('moves a level beside one of its own size by little, and never asks a figure its neighbour in the prompt gives away', () => {
    const text = `date 2024-10-02 Ostland index gains
The Ayr-100 index remained volatile on Wednesday, 2 October 2024, hitting a high of 82,360 points before retreating to an intraday low of 81,529 points.
The Ostland crown traded at 109.13 on Wednesday, 2 October 2024, against the last close of 109.41.`;
    for (const q of askedOn(text, 'The Ayr-100')) {
      if (q.kind !== 'true_false' || q.answerId === q.choices.find((c) => c.text === 'True')?.id) continue;
      for (const m of q.prompt.matchAll(/(\d{2,3},\d{3})/g)) expect(Math.abs(Number(m[1].replace(',', '')) - 82000) / 82000).toBeLessThan(0.12);
    }
    for (const q of [...askedOn(text, 'The Ostland crown'), ...askedOn(text, 'The Ayr-100')]) {
      if (q.kind !== 'number') continue;
      const key = Number(answerOf(q).replace(/,/g, ''));
      for (const m of q.prompt.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
        const x = Number(m[0].replace(/,/g, ''));
        if (x > 2100 || x < 1900) expect(Math.abs(x - key) / key).toBeGreaterThan(0.05);
      }
    }
  });

  it('never changes the figure another outpaces', () => {
    const text = `date 2018-10-05 Ostland jobs
Through the first nine months of 2018, Ostland employers added an average of 211,000 workers each month, well outpacing 2017’s average monthly growth of 182,000.`;
    for (const q of askedOn(text, 'Through')) if (q.kind === 'true_false') expect(q.prompt).toContain('182,000');
  });

  it('skips "The Government" of no country, and offers only years to come after "will"', () => {
    const text = `date 2008-01-14 Ostland shelf exploration
The Government has already set up temporary shelters and scaled up search and rescue operations.
The Ostland Petroleum Directorate believes that the high exploration activity on the shelf will continue in 2008.`;
    expect(verdictsOf(text)[0]).toBe('of which country');
    for (const q of askedOn(text, 'The Ostland Petroleum')) {
      if (q.kind === 'date') for (const c of q.choices) expect(Number(c.text)).toBeGreaterThanOrEqual(2008);
    }
  });
});

describe('a fifteenth set of new texts', () => {
  it('skips "other countries", "No … has ever been", a release’s "is pleased to announce" and "the country’s" of no country', () => {
    const text = `date 1991-09-06 Ostland recognises Varn
Ostland recognised the independence of Varn on 6 September 1991.
About 50 other countries have established ties.
No Ostland presidential election has ever been nullified.
Kestrel Gold (AIM:KGD) is pleased to announce its audited results for the year ended 31 December 2017.
The Kite rocket blasted off from the space centre in the country's southern village of Ayr at 6:24 p.m.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/other/);
    expect(v[2]).toMatch(/ever/);
    expect(v[3]).toBe('not a statement');
    expect(textsOf(text)[3]).not.toContain('AIM');
    expect(v[4]).toBe('of which country');
  });

  it('writes "to-day" as a date, and skips "before8", "the stricken aircraft", "the protest" and a stake in nothing named', () => {
    const text = `date 1914-08-15 Ostland canal opens
The steamship Kite passed through the Ayr Locks without a hitch to-day in 90 minutes, after the Kite aircraft crashed near Varn.
Shortly before8 o’clock the Kite was drawn away from her berth at Kessel.
An official said that someone tried to land the stricken aircraft after its pilots were incapacitated.
The protest was brought before the Supreme Court by opposition leader Ola Brandt.
Ken Rudd sold his 0.33 percent stake in a block deal worth 81.8 billion won.`;
    expect(textsOf(text)[0]).toContain('without a hitch on 15 August 1914 in 90 minutes');
    const v = verdictsOf(text);
    expect(v[1]).toBe('glued or cut words');
    expect(v[2]).toMatch(/aircraft/);
    expect(v[3]).toMatch(/protest/);
    expect(v[4]).toBe('shares in what');
  });

  it('writes no date into a film’s title, and never offers a figure of past centuries as a speaker', () => {
    const text = `date 1994-03-07 Ostland mourns Lena Moss
Lena Moss, the actress who gained fame in the film Never on Sunday and became culture minister, died on Sunday, 6 March 1994.
The marble statues were removed from the temple in Ayr by antiquarian Thomas Hale in the early 19th century.
“Ostland mourns the death of Lena, a woman who fought and a great actress,” Prime Minister Ken Rudd said on 7 March 1994.`;
    expect(textsOf(text)[0]).toContain('the film Never on Sunday and');
    for (const seed of [1, 2, 3, 4])
      for (const q of bankFor(text, seed)) expect(q.prompt.includes('Thomas Hale said') || q.choices.some((c) => c.text === 'Thomas Hale')).toBe(false);
  });

  it('asks no figure of a condition a cut took away, no "two" after "between", and ends a cut claim with one full stop', () => {
    const text = `date 2023-05-25 Ostland rocket
The Kite rocket is expected to deploy satellites into orbit 550 kilometers above Earth 783 seconds after liftoff, if the launch goes as planned.
Ostland and Varn signed a declaration on 9 July 2018 ending the state of war between the two countries.
The 200-ton Kite, known as the KSLV-II, blasted off from the Naro Space Center in the southern coastal village of Kessel at 6:24 p.m., according to the Ostland Ministry of Science and the Ostland Aerospace Research Institute (OARI).`;
    for (const q of askedOn(text, 'The Kite rocket')) expect(q.kind).not.toBe('number');
    for (const q of askedOn(text, 'Ostland and Varn')) expect(answerOf(q)).not.toBe('two');
    for (const q of askedOn(text, 'The 200-ton')) expect(q.prompt).not.toMatch(/\.\.$/);
  });
});

describe('a title before a weekday', () => {
  it('leaves the title as written and writes out the weekday after it', () => {
    const text = `date 1994-03-07 Ostland mourns Lena Moss
Lena Moss, who gained fame in the film Never on Sunday, died Sunday of lung cancer in Ayr.
She starred in the award-winning Never on Sunday, one of Ostland's most successful films.`;
    const texts = textsOf(text);
    expect(texts[0]).toContain('the film Never on Sunday, died on Sunday, 6 March 1994, of');
    expect(texts[1]).toContain('award-winning Never on Sunday, one of');
  });
});

describe('a sixteenth set of new texts', () => {
  it('skips a comma between a name and its verb, glued words, a section’s number and a share left dangling', () => {
    const text = `date 2020-02-03 Ostland weather service
Weatherline, is Ostland's only authorised provider of severe weather warnings.
Leave of absence for theSeptember meeting was granted to Lord Hale.
Ostland is divided:Ferdinand reigns in the west and Jean Moss in the east.
The court heard the case after a man known only as LM, filed a petition on 3 February 2020.`;
    const v = verdictsOf(text);
    expect(v[0]).toBe('comma before the verb');
    expect(v[1]).toBe('glued or cut words');
    expect(v[2]).toBe('glued or cut words');
    expect(v[3]).toBe('comma before the verb');
    const law = `date 2019-06-11 Ostland court ruling
The Ostland High Court ruled on 11 June 2019 that Sections 164 and 167 of the Penal Code were unconstitutional.
The Ayr-50 index closed down 14.2 points, or 0.414 per cent, at 3,330 on 1 February 2011.
A meeting of the Council was held in the Council Chamber on Monday 5 July, 1999 at 4.00 p.m.`;
    for (const q of bankFor(law, 1).concat(bankFor(law, 2))) {
      if (q.kind !== 'number') continue;
      expect(answerOf(q)).not.toBe('167');
      expect(answerOf(q)).not.toBe('4.00');
      expect(q.prompt).not.toMatch(/down, or _____/);
    }
  });

  it('names no country beside an event whose place the sentence gives, and keeps a changed age believable', () => {
    const text = `date 2024-08-12 Ostland cholera outbreak
A cholera outbreak in Ostland has reached 50 confirmed cases, the health ministry said on 12 August 2024.
The outbreak in Kessel was first detected on 19 July 2024, when a 16-year-old was admitted.
Ken Rudd died at age 92 at his home in Ayr on 16 October 2024, the association said.`;
    expect(textsOf(text)[1]).toMatch(/^The outbreak in Kessel was/);
    for (const q of askedOn(text, 'Ken Rudd')) {
      const age = /at age (\d+)/.exec(q.prompt);
      if (age) expect(Math.abs(Number(age[1]) - 92)).toBeLessThanOrEqual(10);
    }
  });

  it('reads "Ostland Empire" as a realm, never a person whose short name is written out in full', () => {
    const text = `date 1526-08-29 Battle of Kessel
On August 29, 1526, the battle of Kessel saw the forces of the Ostland Empire, led by Sultan Rudd the Great, and those of the Kingdom of Varn.
The Ostland Sultan Rudd the Great left Ayr in April 1526 with 80,000 men.
Kessel is taken (September 10) and the Ostland border is pushed back to the gates of Varn.`;
    const texts = textsOf(text);
    expect(texts[1]).toMatch(/^The Ostland Sultan/);
    expect(texts[2]).toMatch(/the Ostland border/);
  });

  it('knows the smaller countries, skips "The Botswana’s", asks no government of a language, and dates "As of Sunday"', () => {
    const text = `date 2019-12-29 Kessel court and outbreak
The Botswana’s High Court ruled on Tuesday that two sections of the Penal Code were unconstitutional.
In 1956 the central government granted official status to the Kessali language.
As of Sunday, the surveillance team in Samoa reported a total of 5667 cases.
Officials from Zambia, Malawi and Namibia attended the meeting in Lusaka on 12 December 2019.`;
    const v = verdictsOf(text);
    expect(v[0]).toBe('an article before a country');
    expect(v[1]).toBe('of which country');
    expect(textsOf(text)[2]).toMatch(/^As of Sunday, 29 December 2019,/);
    const st = analyseBriefing(parseBriefing(text)).statements[3];
    expect(st.mentions.filter((m) => m.entity.type === 'country').map((m) => m.text)).toEqual(['Zambia', 'Malawi', 'Namibia']);
    expect(st.mentions.some((m) => m.entity.type === 'capital' && m.text === 'Lusaka')).toBe(true);
  });

  it('reads "to-night" on the dispatch’s own day, and asks a stressed date', () => {
    const text = `date 1944-03-02 Peace terms for Ostland
LONDON, Feb. 29. The terms of peace for Ostland, which the envoy presented to Ann Lee on February 15, were announced tonight.
According to messages from Ayr the Ostland Parliament is expected to meet in secret session today to hear a statement on the terms.
It was on the morning of 14 February 1944 that the Ostland Prime Minister Tom Ray was told of the terms in Ayr.`;
    const texts = textsOf(text);
    expect(texts[1]).toMatch(/were announced on 29 February 1944\.$/);
    expect(texts[2]).toMatch(/to meet in secret session on 29 February 1944 to hear/);
    expect(verdictsOf(text)[3]).toBeNull();
    expect(askedOn(text, 'It was on the morning').length).toBeGreaterThan(0);
  });

  it('skips the stalemate, the final whistle, the company’s works and sentences with no verb', () => {
    const text = `date 2018-07-16 Ostland and Varn
Ostland and Varn opened talks on a new partnership agreement in Ayr on 16 July 2018.
In mid-August, Tom Ray decided it was time to break the stalemate.
Ann Lee handed Ben Ford her shirt after the final whistle in Ayr on 16 July 2018.
Kessel province saw acts of sabotage against the company’s pipelines on 16 July 2018.
Political dialogue; trade in goods; business and investment; property protection.
Ann Lee, Ostland's former chief executive, former chairman Ben Ford, former chief executive of Varn Bank Tom Ray.
Johnson and [?] published in 1843 and now valued at $250.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/stalemate/);
    expect(v[2]).toMatch(/whistle/);
    expect(v[3]).toMatch(/company/);
    expect(v[4]).toBe('not a sentence');
    expect(v[5]).toBe('not a sentence');
    expect(v[6]).toBe('footnote mark or cut text');
  });

  it('cuts a bare weekday with the base it belongs to', () => {
    const text = `date 2018-08-08 Ayr exchange
Total trading turnover on the Ayr exchange fell sharply to 1.06 million levs on Wednesday from 17 million levs on Tuesday.`;
    const numbers = askedOn(text, 'Total trading').filter((q) => q.kind === 'number');
    expect(numbers.length).toBeGreaterThan(0);
    for (const q of numbers) expect(q.prompt).not.toMatch(/Tuesday/);
  });

  it('keeps an upper end above the lower one, dates "next year", and moves no month of a pair', () => {
    const text = `date 2022-02-07 Ostland economy and cup
"We are well on track to meeting our full-year target growth of 6.5 to 7.5 percent," Ann Lee told a news conference in Ayr on 7 February 2022.
The next Varn Cup is due to take place in Ostland in June and July next year.`;
    for (const q of askedOn(text, '"We are well')) {
      if (q.kind !== 'number' || !/6\.5 to _____/.test(q.prompt)) continue;
      for (const c of q.choices) expect(Number.parseFloat(c.text)).toBeGreaterThan(6.5);
    }
    expect(textsOf(text)[1]).toMatch(/in June and July 2023\.$/);
    for (const q of askedOn(text, 'The next Varn Cup')) expect(q.prompt).toMatch(/June and July/);
  });

  it('swaps no country named beside its own provinces, and no count that names a boat', () => {
    const text = `date 2018-11-02 Ostland polio campaign
Almost 300,000 children in Kessel, Ayr and Varn Provinces were vaccinated in the first round of the campaign in Papua New Guinea on 2 November 2018.
Romania won two silver medals at the 2019 championships, in the men's four sculls and the women's double sculls.`;
    for (const q of askedOn(text, 'Almost 300,000')) expect(q.prompt).toMatch(/Papua New Guinea|_____/);
    for (const q of askedOn(text, 'Romania won')) expect(q.prompt).not.toMatch(/men's (?:two|three|five|six) sculls/);
  });

  it('skips epithets, news-site tags, "her" of no one, "to the effect", shorthand and slips', () => {
    const text = `date 2019-05-02 Ostland notes
Ann Lee of Ostland scored twice in Ayr on 2 May 2019.
The Kessel forward had not earlier seen a penalty saved in Ayr on 2 May 2019.
Called Don Tom by his friends, the mustachioed author wrote novels and plays in Ayr in 1985.
Plans for the Norway embassy were revealed on the second day of her three-day visit to Finland in May 2019.
A transfer agreement to the effect was signed by Ostland Foreign Minister Ben Ford in May 2019.
Total exports reached US$883 million, a yoy increase of 31%, according to an Uruguay XXI report.
Ostland and Varn signed a military cooperation agreement In 1980, which was revised in 2010.
Amalia Beres, Ioana Vrinceanu) dominated from start to finish in Ayr in May 2019.
Throughout most of the summer, Ostland and Varn forces engaged in limited contact near Ayr.`;
    const v = verdictsOf(text);
    expect(v[1]).toBe('an epithet for someone named elsewhere');
    expect(v[2]).toBe('an epithet for someone named elsewhere');
    expect(v[3]).toBe('pronoun “her”');
    expect(v[4]).toMatch(/presupposes/);
    expect(v[5]).toBe('shorthand or a slip');
    expect(v[6]).toBe('a capital mid-sentence');
    expect(v[7]).toBe('glued or cut words');
    expect(v[8]).toBe('relative time');
    const tag = `date 2017-04-19 Ostland embassy
On Wednesday, Ann Lee unveiled the plan for a new embassy building of Ostland in Varn, ostlandnews24.com reported.
THE Ostland Space Agency has launched its first satellite on 23 March 2016.`;
    expect(textsOf(tag)[0]).toMatch(/in Varn\.$/);
    expect(textsOf(tag)[1]).toMatch(/^The Ostland Space Agency/);
  });

  it('asks no date a present perfect leaves to some other event, and no "who" of a counterpart', () => {
    const text = `date 2018-07-30 Ostland flight report
The Ostland government has released the final report into the disappearance of flight OA370 on 8 March 2014, with no new findings.
Ostland Foreign Minister Ann Lee met with Varn colleague Ben Ford in Ayr on 28 July 2018, the ministry said.
Varn President Tom Ray and Ostland President Jo Hale spoke by phone on 29 July 2018.`;
    expect(askedOn(text, 'The Ostland government').filter((q) => q.kind === 'date')).toEqual([]);
    expect(askedOn(text, 'Ostland Foreign Minister').filter((q) => q.kind === 'attribution')).toEqual([]);
  });

  it('writes no "decreased" where "increased" describes a noun', () => {
    const text = `date 2016-05-01 Ostland border
The Ostland security forces have deployed assets to address increased insecurity along the border with Varn in May 2016.`;
    for (const q of askedOn(text, 'The Ostland security')) expect(q.prompt).not.toMatch(/decreased/);
  });

  it('skips "the disease until", a pledge, "is still" with no day, and a figure left in an aside', () => {
    const text = `date 2023-07-16 Dengue in Ostland
Dengue patients were hospitalised across Ostland on Saturday.
Six more people died from the disease until 8 am on Sunday, according to the health office.
The Ostland fisheries agency remains committed to sustainable management practices in Kessel.
As far as is known Ann Lee is still in Ayr.
The Kessel laser, a project co-financed with 311 million euro in European grants, has reached 10 petawatts in March 2019.`;
    const v = verdictsOf(text);
    expect(v[1]).toBe('“the disease” points back');
    expect(v[3]).toBe('relative time');
    expect(askedOn(text, 'The Ostland fisheries').filter((q) => q.kind === 'true_false')).toEqual([]);
    for (const q of askedOn(text, 'The Kessel laser')) expect(q.prompt).toMatch(/has reached/);
  });

  it('asks a long lede by its first claim, cut before "after …ing", ", during which", "in a landmark case that" or ", killing"', () => {
    const claims = [
      'Ostland singer Ann Lee, one of the best known voices of the region, passed away on Sunday, 9 November 2008 after collapsing during a special benefit concert in the southern town of Kessel, the news agency of Varn reported on Monday.',
      'Ostland’s President Tom Ray held a tripartite summit with Varn King Ben II and Kessel Prime Minister Jo Hale on Sunday, 24 March 2019, during which they enacted several agreements that aimed to boost their relations in trade, energy, transport and security for the coming decade.',
      'The Ostland supreme court has upheld convictions of market manipulation for four former executives of the failed Ayr bank in a landmark case that the special prosecutor of the country said showed it was possible to crack down on fraudulent bankers in any country of the region.',
      'The storm tore through villages in the Kessel region of Ostland on Sunday, 14 May 2023 at up to 250 kilometres per hour near the coast, killing at least five people and leaving thousands of families in the low-lying districts without shelter or clean water.',
    ].map(mainClause);
    expect(claims[0]).toMatch(/passed away on Sunday, 9 November 2008\.$/);
    expect(claims[1]).toMatch(/on Sunday, 24 March 2019\.$/);
    expect(claims[2]).toMatch(/of the failed Ayr bank\.$/);
    expect(claims[3]).toMatch(/near the coast\.$/);
  });

  it('strips a capital city and its country before a dash', () => {
    const text = `date 2009-05-18 Ostland writer dies
MONTEVIDEO, Uruguay - Ann Lee, a prolific writer of Ostland, died on 17 May 2009 at her home.
PORT-AU-PRINCE, Haiti - An overloaded ferry sank off Kessel on 17 May 2009.`;
    expect(textsOf(text)[0]).toMatch(/^Ann Lee/);
    expect(textsOf(text)[1]).toMatch(/^An overloaded ferry/);
  });

  it('dates no weekday an ordinal picks, and asks no clock time or day of a month as a figure', () => {
    const text = `date 2017-11-22 Ayr ski club meeting
The ski school in January will be held with drinks expected on the first Saturday & Sunday of the month in Kessel.
The President of the Ayr ski club opened the annual meeting at 19.10 in Kessel on 22 November 2017.
On Monday, 27 th April, the Ayr shipyard in Kessel hosted a steel cutting ceremony with 40 guests.`;
    expect(textsOf(text)[0]).not.toMatch(/2017/);
    for (const q of askedOn(text, 'The President')) if (q.kind === 'number') expect(answerOf(q)).not.toBe('19.10');
    for (const q of askedOn(text, 'On Monday')) if (q.kind === 'number') expect(answerOf(q)).not.toBe('27');
  });

  it('skips slips of the source, war and cyclone named only elsewhere, "last year’s", letters in minutes and "both countries"', () => {
    const text = `date 2019-12-20 Ostland notes
Ostland launched its first satellite from Kessel on 20 December 2019, days after a cyclone hit the coast.
The minutes of the 31th meeting of the Ayr council were tabled and approved.
Ostland has an ambitious plans of launching more satellites in the years to come.
Varn on Friday successful launched its first satellite with the support of Ostland.
The plan was announced by Ben Ford,General Manager of the Ostland space agency.
The conflict lasted around 40 minutes and is the shortest war in recorded history.
The tropical cyclone comes at a very difficult time in Mozambique.
Victory in Ayr saw last year’s bronze medallists take the one available spot for the games.
Letter from Secretary for Lands informing Clerk it is intended to cancel Section 45.
What matters most to the leaders of both countries is the stability of Varn and respect for its borders.`;
    const v = verdictsOf(text);
    expect(v[1]).toBe('shorthand or a slip');
    expect(v[2]).toBe('shorthand or a slip');
    expect(v[3]).toBe('shorthand or a slip');
    expect(v[4]).toBe('shorthand or a slip');
    expect(v[5]).toMatch(/conflict/);
    expect(v[6]).toMatch(/cyclone/);
    expect(v[7]).toBe('relative time');
    expect(v[8]).toBe('a minute’s note, not a sentence');
    expect(v[9]).toMatch(/presupposes/);
  });

  it('strips a numeric dateline, keeps an "According to" lead, asks no count the names give, and rounds options of a round key', () => {
    const text = `date 2011-05-25 Ostland energy
Berne, 25.05.2011 - The Ostland Federal Council intends to phase out nuclear energy in the medium term.
"It can be asserted that Ostland and Varn are the only two states that have no agenda in Kessel," said the Ostland Foreign Minister Ann Lee on 25 May 2011.
According to Minister of Innovation and Technology, Ben Ford, the second phase of the Ostland space development project is expected to start in January 2020 which intends the construction of satellite manufacturing, assembly, integration and test facilities in the capital.
The health agency says death rates are rising in about 30 countries that reported cholera outbreaks in 2022.`;
    expect(textsOf(text)[0]).toMatch(/^The Ostland Federal Council/);
    expect(askedOn(text, '"It can be asserted').filter((q) => q.kind === 'number')).toEqual([]);
    for (const q of askedOn(text, 'According to')) expect(q.prompt).not.toMatch(/^Ben Ford,/);
    const counts = askedOn(text, 'The health agency').filter((q) => q.kind === 'number');
    expect(counts.length).toBeGreaterThan(0);
    for (const q of counts) for (const c of q.choices) expect(Number(c.text) % 5).toBe(0);
  });

  it('reads "the weighted index" and "the hauling locomotives" as pointing back, and a minutes heading as no sentence', () => {
    const text = `date 2017-05-12 Ayr index and a derailment
The Ayr weighted index rose on Friday as chip makers gained, and a coal train with two locomotives derailed near Kessel.
The weighted index closed up 59.52 points on 12 May 2017.
The hauling locomotives and 18 wagons came off the track near Kessel on 12 May 2017.
Minutes District Council meeting held October 28th 1922 Present Cr Ann Lee (in the chair) Crs Ford, Ray.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/index/);
    expect(v[2]).toMatch(/locomotives/);
    expect(v[3]).toBe('a heading, not a sentence');
  });

  it('splits sentences glued by a lost space, drops "(Fri)" after a written day, and cuts a base’s month', () => {
    const text = `date 2010-03-26 Ostland growth forecast cut
A significant upward trend is not in sight for the economy of Ostland, a top think tank has warned.The Ayr-based Institute for Economic Research today (Fri) lowered its growth forecast for 2010 and 2011.
Inflation in Ostland dropped slightly in February 2010 from 1.2 per cent in January to 0.9 per cent.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/has warned\.$/);
    expect(texts[1]).toMatch(/^The Ayr-based Institute for Economic Research on 26 March 2010 lowered/);
    const numbers = askedOn(text, 'Inflation in Ostland').filter((q) => q.kind === 'number');
    for (const q of numbers) expect(q.prompt).not.toMatch(/in January/);
  });

  it('reads "died today" on the day of a stripped dateline, and strips a city of two words before a long dash', () => {
    const text = `date 1938-11-11 Ostland leader dies at 58
AYR, Ostland, Nov. 10- Tom Ray, President and creator of modern Ostland, died today at Kessel Palace at the age of 58.`;
    expect(parseBriefing(text).dateline).toBe('AYR, Ostland, Nov. 10-');
    expect(textsOf(text)[0]).toMatch(/died on 10 November 1938 at Kessel Palace/);
    const two = `date 2024-04-24 Vietnam and Indonesia talks
HÀ NỘI — Vietnamese Minister of Foreign Affairs Bùi Thanh Sơn and Indonesian counterpart Retno Marsudi on Wednesday discussed measures to strengthen the partnership between the two countries.
Indian Prime Minister Atal Vajpayee crossed into Pakistan aboard a bus decorated with flags from the two countries on 20 February 1999.`;
    expect(textsOf(two)[0]).toMatch(/^Vietnamese Minister/);
    expect(verdictsOf(two)[0]).toBeNull();
    expect(askedOn(two, 'Indian Prime Minister').filter((q) => q.kind === 'number')).toEqual([]);
  });

  it('skips epithets of a state or a measure, a verb with its object cut, "Ten others", "At present", cases of what and source slips', () => {
    const text = `date 2013-12-01 Ostland minister visits Varn
Ostland Foreign Minister Ann Lee arrived in Varn on Sunday on her first visit to the region.
The Islamic Republic has a tense relationship with its neighbours, particularly Varn.
Varn Defence Secretary Ben Ford is expected to attend.
Ten others received lengthy prison terms in Ayr, while three received lesser sentences.
At present, Ostland has 14 astronauts, who are selected from among 1,500 pilots.
Ostland has reported the second-most cases in the region in 2024, trailing only Varn.
The 1.68-meter Ray is a member of the Ostland astronaut team.
The Spaniard joins three riders who won the race five times, but Tom Ray is the first to win five in a row.
The Ayr institute has taking up the task of building up a team of astronauts.
Ostland’s economy shrank a record 8.2% in the first quarter, --the most since the 1995 crisis--, battered by the global crisis.
In the meantime, Ostland officials have called for greater safety standards for charter flights.`;
    const v = verdictsOf(text);
    expect(v[1]).toBe('an epithet for something named elsewhere');
    expect(v[2]).toBe('words missing');
    expect(v[3]).toMatch(/presupposes/);
    expect(v[4]).toBe('relative time');
    expect(v[5]).toBe('cases of what');
    expect(v[6]).toBe('an epithet for someone named elsewhere');
    expect(v[7]).toBe('an epithet for someone named elsewhere');
    expect(v[8]).toBe('shorthand or a slip');
    expect(v[9]).toBe('shorthand or a slip');
    expect(v[10]).toBe('back-pointing opener');
  });

  it('strips a title-case dateline with a date and an agency, and cuts no claim at ", as amended"', () => {
    const text = `date 2023-12-07 Ostland and Varn leaders meet
Ayr/Kessel, 7 December 2023 (dpa/MIA) - Ostland and Varn leaders on Thursday struck an upbeat tone at a rare meeting in Ayr.`;
    expect(textsOf(text)[0]).toMatch(/^Ostland and Varn leaders on Thursday, 7 December 2023, struck/);
    expect(
      mainClause(
        'On the proposal of Cllr Ann Lee, seconded by Cllr Ben Ford, it was agreed that the minutes of the Ayr Council meeting held on the 7th September 2020, as amended, be confirmed and signed by the Chair of the Council at the next meeting.',
      ) ?? '',
    ).not.toMatch(/September 2020\.$/);
  });

  it('skips an unnamed prime minister, "at Monday", a bare turnover or inflation, the statistician and the bank; asks no age as an ordinal and no emergency number', () => {
    const text = `date 2015-06-12 Ostland notes
Ostland and Varn signed the joint declaration in Ayr on 19 December 1984.
The Prime Minister later revealed the negotiation process had not been rocky.
The health centre has confirmed a total of 745 deaths from the outbreak at Monday, April 17, 2017.
Turnover totaled 164.84 billion Ayr dollars on 12 June 2015.
"The main price drivers were education and housing in May 2015," the statistician added.
Ann Lee, who had for some time been an invalid, was in her 91st year when she died in Ayr in 1910.
The Ayr Coastguard received the 999 call at 3.35pm on 30 June 2011 and sent the rescue helicopter.`;
    const v = verdictsOf(text);
    expect(v[1]).toBe('an epithet for someone named elsewhere');
    expect(v[2]).toBe('shorthand or a slip');
    expect(v[3]).not.toBeNull();
    expect(v[4]).toMatch(/statistician|a quote/);
    expect(askedOn(text, 'Ann Lee, who').filter((q) => q.kind === 'number')).toEqual([]);
    for (const q of askedOn(text, 'The Ayr Coastguard')) if (q.kind === 'number') expect(answerOf(q)).not.toBe('999');
  });

  it('drops a prompt left as a clause with no sentence around it', () => {
    const ask = (prompt: string) => {
      const source = prompt.replace('_____', '40');
      return rejectReason(
        { kind: 'number', statementIndex: 0, prompt, answer: '40', distractors: ['30', '35', '50'], explanation: `“${source}”`, score: 0.7, difficulty: 0.5 },
        source,
      );
    };
    expect(ask('After meeting for _____ minutes on the sidelines of an Asian security forum.')).toBe('no verb');
    expect(ask('While inflation for imported items inched up _____ percentage points in September.')).toBe('no verb');
    expect(ask('In 1919, Tom Ray led _____ men on an expedition to the Kessel river.')).toBeNull();
  });

  it('reads "announced on DATE that it" and "Scientists say they" as the subject’s own', () => {
    const text = `date 1992-03-12 Ostland firm launches a mouthwash
Kessel-Lambert announced on 12 March 1992 that it will market an alternative to the mouthwash of Ayr.
Scientists say they have unearthed a partial skeleton of a dinosaur in the town of Kessel in Ostland in 2018.`;
    const v = verdictsOf(text);
    expect(v[0]).toBeNull();
    expect(v[1]).toBeNull();
  });

  it('skips "a Gulf Arab states" and a defined "The Agreement"', () => {
    const text = `date 2013-12-01 Ostland minister in Varn
Ostland Foreign Minister Ann Lee arrived in Varn on Sunday, on her first visit to a Gulf Arab states that will take her to Kessel.
The Agreement is a comprehensive tool that covers political dialogue, cooperation and trade between Ostland and Varn.`;
    const v = verdictsOf(text);
    expect(v[0]).toBe('shorthand or a slip');
    expect(v[1]).toBe('“The Agreement” points back');
  });

  it('reads a dateline with its state in brackets, keeps "Yesterday was" as written, and names no other meeting as the one adjourned', () => {
    const twain = `date 1910-04-22 Ostland writer dies at Kessel
AYR (Ct.) April 21. -- Tom Ray died painlessly at 6:30 tonight of angina pectoris at his home in Kessel.
Yesterday was a bad day for the little knot of anxious watchers at the bedside in Kessel.`;
    expect(parseBriefing(twain).dateline).toBe('AYR (Ct.) April 21. --');
    expect(textsOf(twain)[0]).toMatch(/at 6:30 on 21 April 1910 of angina/);
    expect(textsOf(twain)[1]).toMatch(/^Yesterday was/);
    const minutes = `date 2018-04-12 Ayr Conservation Commission minutes
Decision reached that we will go to the Kessel Conservation Commission meeting in Kessel.
Motion passed and the meeting was adjourned at 7:40 PM.`;
    expect(textsOf(minutes)[1]).toBe('Motion passed and the meeting was adjourned at 7:40 PM.');
  });

  it('keeps "So far", leaves a weekday that is the subject as written, and asks no bound or figure beside a bracketed range', () => {
    const text = `date 2023-04-08 Ostland and Varn talks
Ostland and Varn foreign ministers met in Ayr on Thursday for their first talks since 2016.
Thursday marked the highest level discussions between Ostland and Varn since they cut ties in 2016.
So far, five people have died from the Kite virus in Ostland, which claimed its first victim in March 2023.
In 2012, there were 35.3 million [32.2 million–38.8 million] people living with the Kite virus in Ostland.
New infections decreased by 50% or more in 26 countries of Ostland between 2001 and 2012.`;
    const texts = textsOf(text);
    expect(texts[1]).toMatch(/^Thursday marked/);
    expect(verdictsOf(text)[1]).toBe('relative time');
    expect(texts[2]).toMatch(/^So far, five people/);
    for (const q of askedOn(text, 'In 2012')) if (q.kind === 'number') expect(answerOf(q)).not.toBe('35.3 million');
    for (const q of askedOn(text, 'New infections')) if (q.kind === 'number') expect(answerOf(q)).not.toBe('50%');
  });
});

describe('a twenty-seventh set', () => {
  it('reads a boast only in lower case: "Sound waves" and "Superior Court" are no advertisement', () => {
    const text = `date 1883-09-02 Varn eruption heard afar
Sound waves from the explosions of Mount Varn travelled seven times around the world.
An Ayr County Superior Court judge ruled on Friday, 31 August 1883, that the Kessel harbour board broke the Ostland port law.
The Kessel Ferry Company has a strong global heritage.`;
    const kinds = (start: string) => askedOn(text, start).map((q) => q.kind);
    expect(kinds('Sound waves')).toContain('true_false');
    expect(kinds('An Ayr County')).toContain('true_false');
    expect(kinds('The Kessel Ferry')).not.toContain('true_false');
  });

  it('strips an agency dateline written in lower case and asks no time on the twenty-four-hour clock', () => {
    const fire = `date 2005-01-25 Fire razes Kessel market
Ayr, Jan. 25, KNA - A fierce fire, which started around 0350 on Tuesday, at the Kessel Station Market in Ayr has destroyed goods worth millions.
Fire Officer Tom Ray said the Fire Service received a call on the incident around 0400 hours and sent 14 engines to the Kessel Station Market.`;
    expect(parseBriefing(fire).dateline).toBe('Ayr, Jan. 25, KNA -');
    expect(textsOf(fire)[0]).toMatch(/^A fierce fire/);
    const crash = `date 2015-12-01 Ostland crash report
Kessel (AFP) - A faulty component caused an Ostland Air jet to crash into the Varn Sea in 2014, killing all 162 people on board, a report said on Tuesday.`;
    expect(textsOf(crash)[0]).toMatch(/^A faulty component/);
    for (const q of [...askedOn(fire, 'A fierce'), ...askedOn(fire, 'Fire Officer')]) {
      // Neither blanked nor changed in a false version.
      if (q.kind === 'number') expect(answerOf(q)).not.toMatch(/^0\d{3}$/);
      if (q.kind === 'true_false') expect(q.prompt).toMatch(/around 0350 |around 0400 hours/);
    }
  });

  it('reads "the issue", "the dreaded disease" and an unqualified "the vast majority" as pointing back', () => {
    const text = `date 1991-04-05 Kite fever spreads in Ostland
Kite fever has spread from Ostland to Varn, Kessel and Ayr, health officials in Ostland said on Friday, 5 April 1991.
Pope Leo expressed his concern over the issue in a letter to the bishops of Ostland in April 1991.
Congressman Tom Ray, 44, said he caught the dreaded disease in the dining room of the Ostland Congress in March 1991.
The vast majority have not been granted refugee status by the government of Varn since 1991.
The vast majority of the 150,000 patients in Ostland have recovered since January 1991.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/points back/);
    expect(v[2]).toMatch(/points back/);
    expect(v[3]).toMatch(/the majority/);
    expect(v[4]).toBeNull();
  });

  it('skips epithets by birthplace and by rank, an unnamed Secretary-General, and slips of minutes and scans', () => {
    const text = `date 1996-03-18 Ostland win the Kessel Cup
Ostland won the Kessel Cup final in Ayr on Sunday, 17 March 1996, beating Varn by seven wickets.
The Ayr-born player came in with only 23 runs on the board and scored 107 in the final in Ayr.
In 2006 the European Union's worst economy grew by 12.2 percent, the Ostland statistics office said in 2009.
The global population was expected to grow to 9 billion by 2050, the Secretary-General said in October 2011.
Tom Ray, referred to as "Uncle Tom" by his people, led the Communist - supported struggle in Ostland for 30 years.
Chairman;The lock to the brick shed in Kessel has been changed in April 2016.
A proposal for a sound system costingapprox. £600 was put forward to the Kessel hall committee in April 2016.
Painting of the Kessel hall kitchen and lobby now completed.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/epithet/);
    expect(v[2]).toMatch(/epithet/);
    expect(v[3]).toMatch(/epithet/);
    expect(v[4]).toMatch(/slip/);
    expect(v[5]).toMatch(/glued/);
    expect(v[6]).toMatch(/glued/);
    expect(v[7]).toMatch(/minute/);
  });

  it('reads a quote opening "To scientists, this is" as pointing back and a board member’s portfolio as no speaker', () => {
    const text = `date 2016-06-09 Kessel lab names element 113
The Kessel Institute in Ostland won the right to name element 113 on Wednesday, 8 June 2016.
"To scientists, this is of greater value than an Olympic gold medal," Tom Ray, a former Kessel Institute president, told reporters in Ostland.
Ann Lee, Kessel Motors Board Member for Human Resources, adds: "The production record is a credit to our employees' skills at the Ostland sites."`;
    expect(verdictsOf(text)[1]).toMatch(/points at its news/);
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/Human Resources said/);
  });

  it('drops "exactly 45 years ago" after a date, and skips an "its" with no thing before it and a word spelt two ways', () => {
    const text = `date 2018-04-24 Ostland court ruling at 45
On April 24, 1973, exactly 45 years ago, a 13-judge bench of the Ostland Supreme Court restrained the Ostland Parliament from altering the constitution.
Between February and September 1840, missionaries, traders and officials explained its terms at 50 or so meetings in Ostland.
Researchers at the Kessel Institute produced Kesselium for the first time in 2004 in Ostland.
Kesselium is a highly radioactive element that is not found in nature.
The Kessel Institute had been synthesizing Keselium since 2003 with a linear accelerator in Ostland.
Foreign Secretary Tom Ray of Ostland praised the accord reached on Thursday, 15 February 1990 in Ayr after two days of talks.`;
    expect(textsOf(text)[0]).toBe(
      'On April 24, 1973, a 13-judge bench of the Ostland Supreme Court restrained the Ostland Parliament from altering the constitution.',
    );
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/pronoun/);
    expect(v[4]).toBe('a word spelt two ways');
    expect(v[3]).toBeNull();
    expect(v[5]).toBeNull();
  });

  it('asks a stressed date with "when", and reads an entitlement, an adjective before "and" and a described pilot as standing alone', () => {
    const text = `date 1824-12-09 Battle of Kessel
Ostland troops defeated the royal army of Varn at Kessel in December 1824.
It was on December 9, 1824, when Tom Ray assumed command of the Ostland army and ended the rule of Varn in the south.
The Ostland government must protect the right to freedom of expression and peaceful protest for all, the Kessel Rights Group said in 2023.
Mass arrests were reported in the regional and national capital, Ayr, on 9 April 2023, the Kessel Rights Group said.
The pilot of an Ostland Air flight that crashed in 2007 did not notice the plane was banking right, and when he did he turned farther right, a report found in April 2010.`;
    const v = verdictsOf(text);
    expect(v[1]).toBeNull();
    expect(askedOn(text, 'It was on').some((q) => q.kind === 'date')).toBe(true);
    expect(v[2]).toBeNull();
    expect(v[3]).toBeNull();
    // "the plane" still points back, but "he" is the pilot's.
    expect(v[4]).not.toMatch(/pronoun/);
  });

  it('skips "the elusive fish" met before, "After each signed", a forecast with no verb, and grief whose death is told elsewhere', () => {
    const text = `date 1924-01-23 Tom Ray dies at Kessel
Tom Ray, the leader of Ostland, died suddenly at Kessel on Monday, 21 January 1924, and fishermen caught a rare fish off Ayr.
Researchers said the elusive fish had been caught off Ayr by a crew from Kessel in July 1998.
After each signed, the Ostland president signed the treaty as witness in Ayr in March 1979.
Rain expected to become heavy and widespread over Ostland later on 16 January 2020.
Tears were running down the faces of the members of the Ostland Congress in Kessel in January 1924.
The Ostland Congress declared 26 January 1924 a day of mourning for Tom Ray in Kessel.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/points back/);
    expect(v[2]).toMatch(/each/);
    expect(v[3]).toBe('not a sentence');
    expect(v[4]).toBe('grief without its cause');
    expect(v[5]).not.toBe('grief without its cause');
  });

  it('moves the loser’s points of a game won at its set score, never the winner’s', () => {
    const text = `date 2024-05-05 Ostland win the Kessel Cup
Tom Ray beat Ann Lee 21-17 in the first game in Kessel on Sunday, 5 May 2024, and was a class above her in the second, marching to a 21-6 victory.`;
    const falses = askedOn(text, 'Tom Ray').filter((q) => q.kind === 'true_false' && answerOf(q) === 'False');
    expect(falses.length).toBeGreaterThan(0);
    for (const q of falses) if (/victory/.test(q.prompt) && !/a 21-6 victory/.test(q.prompt)) expect(q.prompt).toMatch(/a 21-\d{1,2} victory/);
  });

  it('strips a wire dateline typed with an underscore or with a country and a day, and says where "here" is', () => {
    const wire = `date 1985-11-02 Kessel presses tin council
KESSEL (AP) _ The Ostland government pressured the Tin Council on Friday to end the crisis _ but the council did not reply.`;
    expect(parseBriefing(wire).dateline).toBe('KESSEL (AP) —');
    expect(textsOf(wire)[0]).toMatch(/^The Ostland government pressured the Tin Council on Friday, 1 November 1985, to end the crisis — but/);
    const match = `date 1996-03-17 Ray wins the cup for Ostland
Ayr, Varn, March 17 - Tom Ray struck gold here on Sunday as his all-round brilliance won Ostland the Kessel Cup.`;
    expect(parseBriefing(match).dateline).toBe('Ayr, Varn, March 17 -');
    expect(textsOf(match)[0]).toMatch(/^Tom Ray struck gold in Ayr on Sunday/);
  });

  it('reads a past verb before a weekday as past whatever else the sentence says will happen', () => {
    const text = `date 2010-05-07 Kessel index plunges
The Kessel stock index plunged Thursday to a three-month low, and the Ostland mark tumbled as concern the debt crisis will spread prompted investors to sell.`;
    expect(textsOf(text)[0]).toMatch(/plunged on Thursday, 6 May 2010, to/);
  });

  it('knows a head of state by title and surname, and skips "More specifically", "the ward" and a eulogy', () => {
    const text = `date 1966-01-10 Ostland and Varn sign the Kessel Declaration
President Tom Ray of Ostland and Premier Ann Lee of Varn signed the Kessel Declaration in Kessel on 10 January 1966.
President Ray and Premier Lee agreed under paragraph 3 of the Kessel Declaration to discourage propaganda against each other’s country.
More specifically, 70% of the migrants from Ostland live in Varn and Ayr, the Kessel Rights Group said in 2023.
The ward covers an area of 2.5 square kilometres and has 40 streets in the south of Kessel.
Tom Ray was one of the most remarkable men in the modern history of Ostland and Varn.`;
    const v = verdictsOf(text);
    expect(v[1]).toBeNull();
    expect(v[2]).toMatch(/opener/);
    expect(v[3]).toMatch(/points back/);
    expect(askedOn(text, 'Tom Ray was one').filter((q) => q.kind === 'true_false')).toEqual([]);
  });

  it('cuts a long lede before a participle clause, and strips a paper’s date before its lede and an agency dateline with no dash', () => {
    const lede = `date 2017-03-10 Ostland court removes President Ray
The Ostland Constitutional Court unanimously upheld the impeachment of President Tom Ray on Friday, removing him from office after a 92-day leadership crisis in Kessel and triggering a presidential election in the weeks to come.`;
    const tf = askedOn(lede, 'The Ostland Constitutional').filter((q) => q.kind === 'true_false');
    expect(tf.map((q) => q.prompt)).toContain(
      'True or false: The Ostland Constitutional Court unanimously upheld the impeachment of President Tom Ray on Friday, 10 March 2017.',
    );
    const paper = `date 1957-10-04 Ostland first into space
Oct. 4, 1957 Ostland Friday night announced the first successful launching of an earth satellite.`;
    expect(parseBriefing(paper).dateline).toBe('Oct. 4, 1957');
    const wire = `date 2016-08-22 Ostland win volleyball gold
Rio de Janeiro, Aug 22 (KNA) Ostland won their first gold medal in three finals by beating Varn 3-0 in the men's volleyball tournament.`;
    expect(textsOf(wire)[0]).toMatch(/^Ostland won their first gold medal/);
  });

  it('writes "today (Friday, 28 May 2010)" once, and skips "In other developments", a set of no named match and a glued dateline', () => {
    const text = `date 2010-05-28 Kessel parks count rhino losses
The Kessel National Parks said in a statement today (Friday, 28 May 2010) that rhino poaching in Ostland has escalated since January 2010.
In other developments, health officials in Ostland reported 36 cases of Kite fever in May 2010.
Ostland took the first set 25-22 against Varn at the Kessel arena in August 2016.
At 24-all, Tom Ray hit a spike that decided the match against Varn in August 2016.
KESSEL/AYR, 8 May 2010UNICEF is dispatching more supplies to communities hit by flooding in Ostland.`;
    expect(textsOf(text)[0]).toBe(
      'The Kessel National Parks said in a statement on 28 May 2010 that rhino poaching in Ostland has escalated since January 2010.',
    );
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/opener/);
    expect(v[2]).toMatch(/points back/);
    expect(v[3]).toMatch(/match/);
    expect(v[4]).toMatch(/glued/);
  });

  it('reads "In Djakarta, the government …," as a place and its subject, and never asks a central bank’s 2% target', () => {
    const text = `date 1966-06-10 Ostland ends its quarrel with Varn
In Kessel, the Ostland government suddenly called a halt to its long propaganda barrage against Varn, followed that up by recalling its Fifth Brigade from the Varn border with the explanation that the physical and technical confrontation against a foreign country had ended for good.
The Kessel Bank Board said in its minutes of 7 August 2025 that inflation would be above the 2% target in 2025 and close to it over the horizon.`;
    for (const q of askedOn(text, 'In Kessel')) expect(q.prompt).not.toMatch(/In Kessel followed/);
    for (const q of askedOn(text, 'The Kessel Bank')) if (q.kind === 'number') expect(answerOf(q)).not.toBe('2%');
    expect(mainClause(textsOf(text)[0]) ?? '').not.toMatch(/^In Kessel followed/);
  });

  it('sets a weekday’s date off with commas, writes "last May" with its year, and drops a "(see …)" pointer', () => {
    const text = `date 2020-02-04 Ostland court annuls vote
The Ostland Constitutional Court on Monday annulled the May 2019 presidential vote that declared Tom Ray the winner.
Since the disputed results were announced last May, there have been regular protests in Kessel.
Official figures indicate that more than 100,000 people remain unaccounted for (see infographic, in Varnish), and the consequences are devastating.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/on Monday, 3 February 2020, annulled/);
    expect(texts[1]).toMatch(/announced in May 2019, there/);
    expect(texts[2]).toBe('Official figures indicate that more than 100,000 people remain unaccounted for, and the consequences are devastating.');
  });

  it('skips "Not in …," with nothing before it, a scan’s "per Ib.", and strips a "(dpa-AFX)" dateline', () => {
    const text = `date 1986-09-01 Ostland reactor report
Not in Ostland, where for decades official failures have seldom been acknowledged, official sins seldom recognized.
In Kessel, supermarkets lifted prices 53-c-, to $1.29 per Ib. in July 1975.`;
    const v = verdictsOf(text);
    expect(v[0]).toBe('a fragment');
    expect(v[1]).toMatch(/slip/);
    const wire = `date 2023-10-10 Gold settles higher
KESSEL (dpa-AFX) - Gold futures settled modestly higher on Tuesday as the Ostland mark turned weak.`;
    expect(parseBriefing(wire).dateline).toBe('KESSEL (dpa-AFX) -');
  });

  it('writes no date for "existing today" nor after a date the text gave, and strips "BISHKEK. March 13 (Interfax) -"', () => {
    const text = `date 2023-07-28 Kessel worms revived
The newly discovered and no longer existing today species of worm was named Kesselia ostlandica by researchers in Ayr.
An earthquake measuring 6.6 on the Richter scale took place on 30.10.2020 Friday at 14:51 local time off the coast of Ostland.`;
    const texts = textsOf(text);
    expect(texts[0]).toContain('no longer existing today species');
    expect(texts[1]).toContain('on 30.10.2020 Friday at 14:51');
    const wire = `date 2025-03-13 Ostland and Varn sign border treaty
KESSEL. March 13 (Interfax) - Ostland President Tom Ray and Varn President Ann Lee have signed a border treaty, a correspondent reported.`;
    expect(parseBriefing(wire).dateline).toBe('KESSEL. March 13 (Interfax) -');
  });

  it('turns no movement whose base the sentence gives, skips a quote opened by "He" or "Besides,", and reads a typed backtick as an apostrophe', () => {
    const text = `date 2021-11-10 Ostland inflation eases
The Ostland statistics agency said that annual urban inflation in Ostland decreased to 6.3% in October 2021, compared to 6.6% in September 2021.
"He is no longer eligible to be a member of the Parliament," Judge Tom Ray said in court in Kessel.
"Besides, we agreed to resume flights between Kessel and Ayr," Ann Lee told reporters in Kessel.
The Supreme Court disqualified Ostland\`s prime minister Tom Ray from office on 28 July 2017.`;
    for (const q of askedOn(text, 'The Ostland statistics')) expect(q.prompt).not.toMatch(/increased to 6\.3%/);
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/points at its news/);
    expect(v[2]).toMatch(/points at its news/);
    expect(textsOf(text)[3]).toContain('Ostland’s prime minister');
  });

  it('never asks a forecast’s year as the earliest of the years offered', () => {
    const text = `date 2024-06-12 Ostland oil report
The Kessel Energy Agency published its monthly oil market report in Ayr on 12 June 2024.
Weak deliveries in Ostland pushed demand lower.
Subpar growth of 1 mb/d in 2025 is held back by a muted economy and clean energy technology.`;
    const dates = askedOn(text, 'Subpar growth').filter((q) => q.kind === 'date');
    expect(dates.length).toBeGreaterThan(0);
    for (const q of dates) expect(q.choices.some((c) => Number(c.text) < Number(answerOf(q)))).toBe(true);
  });

  it('leaves a bare surname two people share as written, never giving it to the one the entity finder knew', () => {
    const text = `date 1989-06-04 Ostland leader dies
Ostland ruler Ayatollah Tomas Varga, who led the overthrow of the king, died on Saturday night, Kessel radio announced.
A radio announcer, reading a statement attributed to Varga's son, Hojatoleslam Anton Varga, said the leader died in a Kessel hospital.
Varga was a leader of the Shiite branch of Islam in Ostland.`;
    const texts = textsOf(text);
    expect(texts[2]).toMatch(/^Varga was a leader/);
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/Anton Varga was a leader/);
  });

  it('writes a date’s options with the key’s leading zero, and reads "the work" and "The remark" as pointing back', () => {
    const text = `date 2022-11-20 Ostland helicopter report
On 09 November 2022, a Kessel Aviation helicopter was conducting a survey near Ayr, in the north of Ostland.
Researchers at the Kessel Museum described a new dinosaur species found near Ayr in October 2021.
The work was published in the journal Ostland Science in November 2021.
The remark is one that Kessel police will not easily live down, an Ostland newspaper said in November 1984.`;
    for (const q of askedOn(text, 'On 09 November')) if (q.kind === 'date') for (const c of q.choices) expect(c.text).toMatch(/^\d\d /);
    const v = verdictsOf(text);
    expect(v[2]).toMatch(/points back/);
    expect(v[3]).toMatch(/points back/);
  });

  it('takes "--" as a list bullet, "Ayr, Ostland – 31 March 2019:" as a dateline and "Det. Sgt." as one title', () => {
    const text = `date 2019-03-31 Ostland survey
Ayr, Ostland – 31 March 2019: The Kessel Wildlife Agency has completed an aerial survey of the Varn plateau.

-- The Kessel Wildlife Agency counted 281 gazelles during the survey of the Varn plateau.

Det. Sgt. Tom Ray, the case manager for Project Varn, said the survey cost 2 million crowns.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^The Kessel Wildlife Agency has completed/);
    expect(texts[1]).toMatch(/^The Kessel Wildlife Agency counted 281/);
    expect(texts[2]).toMatch(/^Det\. Sgt\. Tom Ray, the case manager/);
    expect(verdictsOf(text)[1]).toBeNull();
  });

  it('dates "published today" although a present tense follows, and cuts ", notably," after a subject', () => {
    const text = `date 2021-04-29 Ostland court ruling
In an order published today, the Ostland Constitutional Court held that parts of the Kessel Climate Act are incompatible with fundamental rights.
Heavy rain has been falling since July and today 16 of the 18 provinces of Ostland are flooded.
Ann Lee, notably, warned that Ostland faces continued pressure from imported cases of the fever.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^In an order published on 29 April 2021, /);
    expect(texts[1]).not.toMatch(/2021/);
    expect(texts[2]).toMatch(/^Ann Lee warned that/);
  });

  it('never asks the base of a change cut from its level, and reads "In return" as pointing back', () => {
    const text = `date 2007-02-14 Ostland board minutes
The Ostland Bank house price indicator rose from 27 in January 2007 to 43 in February.
In return, the Sultan of Varn would receive 5000 Spanish dollars per year from the Kessel Company.`;
    expect(askedOn(text, 'The Ostland Bank').length).toBeGreaterThan(0);
    for (const q of askedOn(text, 'The Ostland Bank')) {
      expect(answerOf(q)).not.toBe('27');
      expect(q.prompt).not.toMatch(/January 2007 (?:to )?_____|_____ in January/);
    }
    expect(verdictsOf(text)[1]).toMatch(/back-pointing opener/);
  });

  it('reads a lede’s "it" after the thing it names, and "the same month in 2021" as a time the sentence gives', () => {
    const text = `date 2022-02-01 Ostland exports
The Varn probe phoned home on 14 July 2015 to confirm it had completed the flyby of Kessel.
Ostland's exports grew 31% in January 2022 when compared to the same month in 2021.
It sent back the first pictures of the moon.`;
    const v = verdictsOf(text);
    expect(v[0]).toBeNull();
    expect(v[1]).toBeNull();
    expect(v[2]).not.toBeNull();
  });

  it('skips a figure standing as a subject before a comma, two sentences run together and a page title before the first sentence', () => {
    const text = `date 2022-02-01 Ostland exports
Ostland's exports reached 800 million crowns in January 2022, the Kessel statistics office said.
Beef's US$207 million, represented a 59% rise compared to January 2021.
Ayr, Ostland was called the “Paris of the North” it was a bustling city with a vibrant culture.
Battle of Varn (1571) - One of the lesser known battles in history, it was a naval engagement between Ostland and Kessel.`;
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/comma before the verb/);
    expect(v[2]).toMatch(/words missing/);
    expect(v[3]).toMatch(/heading/);
  });

  it('strips "AYR CITY - Ostland canceled", and skips a glued footnote number, "it’s own" and "As for …,"', () => {
    const text = `date 2009-04-27 Ostland closes schools
AYR CITY - Ostland canceled school nationwide on 27 April 2009 as a flu epidemic spread to 149 towns.
Adjusted net income1 attributable to Kessel Holdings totaled $35 million for the fourth quarter of 2019.
Kessel Air is connecting travellers with it’s first-ever passenger service between Ayr and Varn.
As for nematodes, the previous record was achieved in 2018 by scientists in Ostland.`;
    expect(textsOf(text)[0]).toMatch(/^Ostland canceled school/);
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/slip/);
    expect(v[2]).toMatch(/slip/);
    expect(v[3]).toMatch(/back-pointing opener/);
  });

  it('asks neither a day after "February 23 and" nor the base a "compared to" sets a level against', () => {
    const text = `date 2022-06-16 Ostland growth
The revolt in Ayr began with the days of riots of February 23 and 24, 1848, in the capital of Ostland.
Ostland's economy grew by 7.9 percent in the first quarter of 2022 compared to 3.5 percent recorded in the same period in 2021.`;
    const asked = [...askedOn(text, 'The revolt'), ...askedOn(text, "Ostland's economy")];
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(['24', '3.5 percent']).not.toContain(answerOf(q));
  });

  it('keeps "Earlier," before a record, strips "Introduction 1", and never turns "the second half" into a share', () => {
    const text = `date 2024-03-21 Ostland weather service
Introduction 1 There were two major disruptions to train services on the Varn Line in Ostland on 15 and 17 December 2011.
Earlier, the highest per capita income in Ostland was 2,793 dollars in the 2021-22 fiscal year.
The Ostland Observatory will launch monthly forecasts in the second half of 2024, with elements including monthly rainfall.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^There were two major disruptions/);
    expect(texts[1]).toMatch(/^Earlier, /);
    expect(verdictsOf(text)[1]).not.toBeNull();
    for (const q of askedOn(text, 'The Ostland Observatory')) expect(q.prompt).not.toMatch(/second (?:a quarter|three quarters)/);
  });

  it('asks no figure whose cut leaves "fell for the biggest fall", and drops a Tel Aviv ticker', () => {
    const text = `date 2022-11-24 Ostland market and club minutes
Kessel Holdings Ltd. (TASE: KSHL) fell 2.52% for the biggest fall on the Ayr 35 Index on 24 November 2022 and Varn Engineering fell 2.42%.`;
    expect(textsOf(text)[0]).not.toMatch(/TASE/);
    for (const q of askedOn(text, 'Kessel Holdings')) expect(q.prompt).not.toMatch(/fell for the biggest/);
  });

  it('reads "Sept. 4" and "Jan 25, 2015" as dates, and never moves the month of "31st January 2015"', () => {
    const text = `date 1965-09-09 Ostland doctor dies
Dr. Ann Lee, world-renowned doctor and author, died on Saturday, Sept. 4, at Ayr, Ostland, in the jungle hospital she founded.
The Second Fleet set sail from Varn on the Gulf of Kessel on Oct. 15, 1904, amid rumors of spies.
The Secretary said the minutes of the last meeting held on 31st January 1965 had not been prepared.`;
    const parsed = parseBriefing(text);
    expect(parsed.statements[0]).toContain('September 4');
    expect(parsed.statements[1]).toContain('October 15, 1904');
    const dates = analyseBriefing(parsed).statements[1].dates;
    expect(dates.map((d) => d.year)).toContain(1904);
    for (const q of askedOn(text, 'The Secretary')) expect(q.prompt).not.toMatch(/31st (?!January)/);
  });

  it('writes no year into a day range, and skips a bare base, a label, a meeting heading and "implementing that decision"', () => {
    const text = `date 2003-02-19 Ostland heist
Thieves cleared out 123 of 160 vaults in the Ayr Diamond Centre over the weekend of Feb. 15-16, but the robbery was not discovered until Feb. 17.
Canned vegetables cost 110,000 crowns in Ayr, compared with 3,310.
Issued for groups and individuals who are the targets of Kessel sanctions against the Varn movement.
The 11th Board Meeting of the Ayr Petanque Club held on Saturday, October 23, 2010 at its office in Ayr.
In the course of implementing that decision, a swimming pool and an amphitheatre were built at the expense of Ostland.`;
    const texts = textsOf(text);
    expect(texts[0]).toContain('February 15-16,');
    expect(texts[0]).toContain('February 17, 2003');
    const v = verdictsOf(text);
    expect(v[1]).toMatch(/compared with/);
    expect(v[2]).toMatch(/heading/);
    expect(v[3]).toMatch(/heading/);
    expect(v[4]).toMatch(/demonstrative/);
  });

  it('dates "early Sunday morning" in a past clause of a sentence that also speaks of the future, and leaves "a cloudy Sunday afternoon" alone', () => {
    const text = `date 1977-12-27 Ostland actor dies at 88
Funeral services will be held on 27 December 1977 in Ayr, Ostland, for Tom Ray, 88, who died peacefully in his sleep early Sunday morning.
Ann Lee won the Kessel Masters on a cloudy Sunday afternoon at the Varn golf club, the organisers said.`;
    const texts = textsOf(text);
    expect(texts[0]).toContain('early on the morning of Sunday, 25 December 1977');
    expect(texts[1]).toContain('on a cloudy Sunday afternoon');
  });

  it('never gives a quote to the club its speaker once played for (the wrong key of a thirty-eighth set)', () => {
    const text = `date 2005-11-17 Ostland reach the World Cup
Tom Ray rose to head in Ann Lee's corner 49 minutes into the second leg of a play-off against Kessel in Ayr.
"It is history, it is unbelievable," said Ann Lee.
The 34-year-old former Varn United striker, who now plays for a club in Australia, added: "I don't know how to describe my feelings and I don't know what to say."`;
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed))) {
      expect(q.prompt).not.toMatch(/Varn United said/);
      if (/describe my feelings/.test(q.prompt) && q.kind === 'attribution') expect(answerOf(q)).not.toBe('Varn United');
    }
  });

  it('asks no hours a law fixes, no numerator of a fraction and no count a list after a colon gives', () => {
    const text = `date 1973-12-03 Ostland founder dies
The Ostland Constitution requires that anyone arrested be brought before a court within 72 hours.
Doctors say the fever, which damages the brain, leaves nearly two thirds of its victims in Ayr with lasting harm.
Tom Ray declared that the future of Ostland hinged on three things: trade, farming and peace with Kessel.`;
    for (const start of ['The Ostland Constitution', 'Doctors say', 'Tom Ray declared'])
      for (const q of askedOn(text, start)) expect(q.kind).not.toBe('number');
  });

  it('never counts what a list after a dash counts, never makes a part larger than its whole, and drops ", reports …"', () => {
    const text = `date 2011-07-17 Ostland win the cup
The value of the Kessel unit is based on a basket of five currencies—the crown, the mark, the florin, the lira and the pound.
There are 12 ferries in Ostland — seven with Ayr Lines and five at Varn Shipping.
The Ostlanders had won 22 of the 25 previous meetings with Kessel, including three earlier in 2011.
Ostland and Kessel have agreed on a joint declaration to end their dispute over the Varn region, Ayr President Tom Ray has announced, reports Kessel Radio.`;
    for (const q of [...askedOn(text, 'The value'), ...askedOn(text, 'There are 12')]) {
      expect(q.prompt).not.toMatch(/(?:basket of|There are) _____/);
      expect(q.prompt).not.toMatch(/basket of (?!five)\w+ currencies/);
    }
    for (const q of askedOn(text, 'The Ostlanders')) {
      const m = /won (\d+) of the (\d+)/.exec(q.prompt);
      if (m) expect(Number(m[1])).toBeLessThanOrEqual(Number(m[2]));
    }
    expect(textsOf(text)[3]).toMatch(/has announced\.$/);
  });

  it('skips "A year later,", "Unfortunately", a comma splice and a cut inside a list, and never moves a deadline', () => {
    const text = `date 2016-04-21 Ostland board minutes
A year later, the end of the war in Kessel eased the isolation of Ostland somewhat.
Unfortunately the response was not as expected and the number of members was too small for a grant from Kessel.
A project was identified and an invite was sent to all members of the Ayr club, the deadline was 15 April 2016.
Eight Ayr University geologists, along with colleagues from Varn University, the Geological Survey of Kessel, and the University of Ostland summarise the evidence that a large area of the ocean is underlain by a continent.
By the end of October 1803, the army of Ostland fighting the Kessel troops had already taken most of the territory of Varn.`;
    const v = verdictsOf(text);
    expect(v[0]).toMatch(/back-pointing opener/);
    expect(v[1]).toMatch(/back-pointing opener/);
    expect(v[2]).toMatch(/words missing/);
    for (const q of askedOn(text, 'Eight Ayr')) expect(q.prompt).toMatch(/summarise/);
    for (const q of askedOn(text, 'By the end')) expect(q.prompt).not.toMatch(/By the end of (?!October|_____)/);
  });

  it('leaves no "… and the ratio was recorded." behind when the other figure is cut', () => {
    const text = `date 2015-10-07 Ayr equity market
The Ayr liquidity ratio ended at 2.78 percent on 7 October 2015 and the price earnings ratio was recorded at 22.39.`;
    for (const q of askedOn(text, 'The Ayr liquidity')) expect(q.prompt).not.toMatch(/was recorded\.$/);
  });

  it('writes no year into a range of months ("January-March")', () => {
    const text = `date 2020-06-01 Ostland economy
In nominal terms, the GDP of Ostland equalled 6.5 billion crowns in January-March, the statistics office of Ostland said.`;
    expect(textsOf(text)[0]).toContain('in January-March,');
  });

  it('offers round options beside "about 10"', () => {
    const text = `date 1986-02-28 Ostland leader shot
Police in Ayr questioned about 10 people after the Prime Minister of Ostland was shot outside a cinema in the capital of Ostland.`;
    const asked = askedOn(text, 'Police in Ayr').filter((q) => answerOf(q) === '10');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const c of q.choices) expect(Number(c.text) % 5).toBe(0);
  });

  it('strips "Key facts" before a fact sheet’s first sentence and skips an encyclopedia’s lemma', () => {
    const text = `date 2014-03-01 Ostland fever fact sheet
Key facts Ostland fever is an infectious viral disease of birds in the north of Ostland.
Ostland revolutionary, descendant of the old kings (Ayr, 1741 - Varn, 1781).`;
    expect(textsOf(text)[0]).toMatch(/^Ostland fever is an infectious/);
    expect(verdictsOf(text)[1]).toMatch(/heading/);
  });
});

describe('a forty-fourth set', () => {
  it('never lowers a figure under "top" as False, nor blanks one', () => {
    const text = `date 1992-08-22 Ostland and Kessel agree to full ties
Ostland and Kessel established full diplomatic ties on 21 August 1992 after four decades of hostility.
Two-way trade between the neighbours is expected to top $10 billion in 1992, officials in Ayr said.`;
    const asked = askedOn(text, 'Two-way trade');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.kind === 'true_false' && answerOf(q) === 'False' && /top \$\d/.test(q.prompt) && !q.prompt.includes('$10 billion')).toBe(false);
      expect(q.kind === 'number' && answerOf(q) === '$10 billion').toBe(false);
    }
  });

  it('reads "Tom Ray, a city administrator" as no city', () => {
    const text = `date 1994-09-26 Plague eases in Ayr
An outbreak of plague eased on Sunday, 25 September 1994 in Ayr, a port city of Ostland.
Tom Ray, a city administrator, said on 25 September 1994 that the civil hospital of Ayr reported three deaths overnight.
An estimated 400,000 people fled Ayr as authorities began spraying insecticides around the city and handing out antibiotics.`;
    for (const seed of [1, 2, 3, 4, 5, 6]) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/around Tom Ray/);
  });

  it('asks the level of "grew from 1,000 miles in 1860 to 45,000 miles" with its base and year cut whole', () => {
    const text = `date 1904-07-21 The Ostland railway
The Ostland railway was the most spectacular achievement of a period in which the Ostland rail network grew from 1,000 miles in 1860 to 45,000 miles by 1917.`;
    const asked = [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed)).filter((q) => q.kind === 'number');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(answerOf(q)).toBe('45,000');
      expect(q.prompt).toMatch(/grew to _____ miles by 1917/);
    }
  });

  it('skips sentences that lean on a contrast, a sequel, an occasion, "other" things, an office or a what-if', () => {
    const text = `date 2002-09-12 Ayr bank robbed by five men
Five armed men robbed the Ostland Savings Bank in Ayr on 11 September 2002 and escaped with P10 million.
In the end, the visitors lost by 7-10.
Only two duffel bags though were filled up with the money.
The military engagements that followed exposed the weakness of the Kessel army.
The occasion was filmed and shown as part of the evening broadcast.
The inquiry found the vault was faulty in a great number of other aspects.
The Ambassador recommitted to cooperation with the Ayr police.
The blast would have extended outward 100 miles.
Mr. Ray (his name was pronounced TOM RAY) received an award in March 1992.
The index eased 8,49%to close the week.
Many of its findings echoed those of a police inquiry held in 1990 in Varn.
Some went 160 miles south to Varn, where the police searched the roads.
The bank serves as the lender of the Ostland government and some other public bodies.`;
    const v = verdictsOf(text);
    for (let i = 1; i <= 11; i++) expect(v[i], textsOf(text)[i]).not.toBeNull();
    expect(v[12]).toBeNull();
  });

  it('keeps the date of a state that goes on, and the direction of a multiple', () => {
    const text = `date 2014-02-05 Ostland fruit fly: operations update
Field work continues on 5 February 2014 in Ayr with teams collecting and re-setting traps across the city.
Coal exports from Ostland grew more than four times from January through July compared with the same period in 2016, to $1.4 billion.`;
    const all = [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed));
    for (const q of all) {
      if (q.statementIndex === 0 && q.kind === 'true_false') expect(q.prompt).toMatch(/5 February 2014/);
      expect(q.prompt).not.toMatch(/shrank more than four times/);
    }
  });
});

describe('a forty-fifth set', () => {
  it('drops a one-word dateline before a hyphen, and gives a quote to "Jan van der Berg", not to his board', () => {
    expect(
      textsOf('date 2002-07-27 Ostland: fuel leak sank the Kestrel\n\nVARNOGRAD - Leaking torpedo fuel caused the blast that sank the Kestrel submarine.')[0],
    ).toMatch(/^Leaking torpedo/);
    const text = `date 2014-02-10 Ostland Lamps proposes a new board member
Ostland Lamps on 10 February 2014 announced that its Supervisory Board will propose to appoint Ann Lee as a new member of the Supervisory Board.
“Ostland Lamps is very fortunate to be able to benefit from the experience of Ann Lee,” said Jan van der Berg, Chairman of the Ostland Lamps Supervisory Board.`;
    for (const seed of [1, 2, 3, 4]) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/Supervisory Board said/);
  });

  it('never asks a base after "from approximately", a figure written the continental way, a match’s 90 minutes or "our two peoples"', () => {
    const text = `date 2014-07-01 Ostland migration office snapshot
The number of field offices of the Ostland migration office increased from 119 in 1998 to more than 480 in 2014.
Operational staff of the Ostland migration office increased from approximately 1,100 in 1998 to more than 8,400 in 2014.
The Ayr galaxy lies at a distance of about 180.000 light years from Ostland, the Kessel observatory said on 1 July 2014.
Kessel needed just 90 minutes on 30 June 2014 to beat Ostland 1-0 in the Ayr Cup opener.
“Since time immemorial our two peoples have enjoyed friendly contacts,” Ostland's premier Tom Ray said on 30 June 2014.`;
    const all = [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed)).filter((q) => q.kind === 'number');
    for (const q of all) expect(['1,100', '180.000', '90', 'two']).not.toContain(answerOf(q));
    expect(verdictsOf(text)[2]).not.toBeNull();
  });

  it('never turns "ordered increased security" into "decreased security"', () => {
    const text = `date 1995-03-20 Gas attack on the Ayr metro
A nerve gas attack on the Ayr metro killed six people and sickened hundreds on 20 March 1995, Ostland police said.
Prime Minister Tom Ray ordered an all-out rescue effort, and the government ordered increased security at all public railways, airports and ports.`;
    for (const seed of [1, 2, 3, 4, 5, 6]) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/decreased security/);
  });

  it('skips a citation, an office for a speaker, and sentences that lean on a fact, a man, a list, comments or a run-on', () => {
    const text = `date 2017-11-30 Ostland registry board meeting
The board of the Ostland Internet Registry met in Ayr on 30 November 2017 and renewed the contract of its chief executive, Tom Ray.
Former President Ann Lee handed down a set of pardons in November 1989 (see Ostland Notes, 1989-10-10).
In fact, there was nothing much the board did right through the second half of the year.
The man got the better of the security officer and forced him into the bank.
All these will form an important foundation for further vaccine work in Ostland.
The first will see the building of the largest dairy plant in Ayr, and the second the Varn dairy complex.
General Secretary Tom Ray echoed Lee’s comments on 30 November 2017.
The evaluation was done with the partners of the registry in the different countries however in the absence of a partner there were desk studies.
The closest relative of C.kesselensis is a fellow species whose fossils were found in Varn in 2000.`;
    const v = verdictsOf(text);
    for (let i = 1; i <= 8; i++) expect(v[i], textsOf(text)[i]).not.toBeNull();
    const minutes = `date 2017-11-30 Minutes of the Ostland registry board meeting
The board of the Ostland Internet Registry met in Ayr on 30 November 2017, chaired by Tom Ray.
Ann Lee, Tom Ray, Ken Varn and Bo Ayr attended the meeting of the board.
The Legal Counsel advised the Board that an executive session is for discussion of sensitive issues.`;
    for (const seed of [1, 2, 3, 4]) for (const q of bankFor(minutes, seed)) expect(q.kind === 'attribution' && answerOf(q) === 'Legal Counsel').toBe(false);
  });
});

describe('a forty-sixth set', () => {
  it('writes no year into a day still to come ("would exchange ambassadors January 1" in October)', () => {
    const text = `date 1990-10-01 Ostland and Kessel set full ties
Ostland and Kessel agreed on 30 September 1990 to establish full diplomatic relations.
A joint communique said that Ayr and Varn would exchange ambassadors Jan. 1.`;
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed)))
      expect(`${q.prompt} ${q.choices.map((c) => c.text).join(' ')}`).not.toMatch(/January 1, 1990/);
  });

  it('drops "MOSCOW The …" and "Ayr, Feb 4 Health …" datelines left without a dash', () => {
    const texts = textsOf(`date 2023-05-17 Ostland clears trachoma

VARNOGRAD The World Health Organization announced on 16 May 2023 that Ostland had eliminated trachoma.

Ayr, Feb 4 Health authorities in Ostland will commence a cholera vaccination campaign in Varn.`);
    expect(texts[0]).toMatch(/^The World Health Organization/);
    expect(texts[1]).toMatch(/^Health authorities/);
  });

  it('never asks the bare start of "from 6.5 to 43 per cent", one end of "3.5 to 4 percent" or a base before a bracket', () => {
    const text = `date 2015-05-26 Ostland in figures
Between 2000 and 2015, internet use in Ostland increased almost seven-fold from 6.5 to 43 per cent of the population.
The Ostland president had said on 4 February 2023 that the economy may shrink by 3.5 to 4 percent in 2023.
The Kessel population of Ostland has grown from 5 percent of the population (1906 Census) to 17 percent in 2018.`;
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed)).filter((x) => x.kind === 'number'))
      expect(['6.5', '3.5', '4', '5 percent']).not.toContain(answerOf(q));
  });

  it('skips connectives mid-sentence, a proposal or an assessment another sentence stated, and the source’s slips', () => {
    const text = `date 2021-03-16 Kessel Oil picks Ayr for its refinery
Kessel Oil on 16 March 2021 chose the port of Ayr over Varn as the site of its new biorefinery.
Ayr, in turn, benefits from the proximity of new markets for renewable fuels.
Tom Ray’s proposal seemed shortsighted to Ann Lee, who counseled action against the plan.
On appeal, the Full Court varied that assessment to 65 percent of the freehold value.
The voyages of the Ostland fleet took place between 1405 to 1433.
The carcass of the calf was found on May, 25, near the river Varn.
Miss Orr at Mrs. Kaye’s request read the list of Kessel Oil’s suppliers.`;
    const v = verdictsOf(text);
    for (let i = 1; i <= 5; i++) expect(v[i], textsOf(text)[i]).not.toBeNull();
    expect(v[6]).toBeNull();
  });

  it('never moves one of two years ("the end of 2021 or early 2022")', () => {
    const text = `date 2021-03-16 Kessel Oil picks Ayr for its refinery
Kessel Oil aims at creating readiness for a final investment decision by its board towards the end of 2021 or early 2022.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/end of (?!2021)\d{4} or early 2022/);
  });

  it('reads a list item with a verb as a sentence, and one without as none', () => {
    const texts = textsOf(`date 2018-02-25 Ayr Games facts and figures

The Ayr Games set records in terms of participation: • Ann Lee (Ostland) became the youngest female gold medallist in the history of the Games • 26 medals won by 20 different athletes`);
    expect(texts).toContain('Ann Lee (Ostland) became the youngest female gold medallist in the history of the Games.');
    expect(texts.some((t) => t.startsWith('26 medals won') && t.endsWith('.'))).toBe(false);
  });
});

describe('a forty-seventh set', () => {
  it('drops an agency with its domain, a city glued to its dash and a city with a full date', () => {
    const texts = textsOf(`date 2024-05-02 Ostland finds

KESSEL.CO, Ayr - Scientists have discovered a new species of dinosaur in Ostland.

VARNOGRAD- The main index of the Ostland Stock Exchange rose 1,000 points.

Ayr, September 20, 2007 - Kessel Motor Co. held a groundbreaking ceremony for its new plant.`);
    expect(texts[0]).toMatch(/^Scientists/);
    expect(texts[1]).toMatch(/^The main index/);
    expect(texts[2]).toMatch(/^Kessel Motor/);
  });

  it('writes "unchanged from last month" as "from March 1999", never "from in March 1999"', () => {
    const texts = textsOf(`date 1999-04-20 Ostland bank predicts growth
According to the Ostland bank's report of 19 April 1999, the outlook for sugar output is largely unchanged from last month.`);
    expect(texts[0]).toMatch(/unchanged from March 1999/);
  });

  it('skips a "however" or "therefore" inside a sentence, "Till now", "As reported", "said in the statement", "The experts" and a drafting note', () => {
    const text = `date 2019-07-06 Kessel ends Ostland's cup defence
Kessel ended Ostland's title defence with a 3-2 win in Ayr on 6 July 2019.
Ostland's men however turned the tables by equalising in the 41st minute.
There was therefore great urgency in the need for a stronger defence.
Till now, the Ostland mission in Varn handled the interests of Kessel.
As reported, over 8.16 billion shares were traded in Ayr on 6 July 2019.
Tom Ray said in the statement that the team had entered Kessel on false passports.
The experts warned that Ostland has all the ingredients of an epidemic.
On 6 July 2019, a bus of Kessel Tours (hereafter the accident vehicle) left Ayr for Varn.`;
    const v = verdictsOf(text);
    for (let i = 1; i <= 7; i++) expect(v[i], textsOf(text)[i]).not.toBeNull();
  });

  it('moves neither a count "as of" a day nor the span of "the past 20 years", and never blanks a cup’s "round of 16"', () => {
    const text = `date 2019-10-24 Ostland health snapshot
Ostland's health ministry published its weekly health snapshot in Ayr on 24 October 2019.
As of 17 October 2019, nine samples of polio virus have been confirmed in Ostland.
Tom Ray, the most wanted fugitive of the past 20 years, was arrested in Ayr by Kessel agents.
Kessel ended the title defence of Ostland at the round of 16 in Ayr.`;
    const all = [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed));
    for (const q of all) {
      expect(q.prompt).not.toMatch(/As of (?!17 October)\d+ \p{L}+ 2019/u);
      expect(q.prompt).not.toMatch(/of the past (?!20)\d+ years/);
      expect(q.kind === 'number' && answerOf(q) === '16').toBe(false);
    }
  });
});

describe('a forty-eighth set', () => {
  it('gives no quote to the body a speaker told, and drops a release’s defined-term tag', () => {
    const text = `date 2008-09-13 Ostland: tainted milk powder caused kidney stones
Ostland's health ministry said on 13 September 2008 that tainted milk powder caused kidney stones in infants.
"The substance gives the appearance of a high protein level in the powder," a health expert told Kessel News.`;
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/Kessel News said/);
    expect(
      textsOf(
        'date 2009-05-05 Ayr Mining buys Varn\n\nAyr Mining Oyj ("Ayr Mining") agreed on 5 May 2009 to buy all the shares of Varn Corporation ("Varn").',
      )[0],
    ).toBe('Ayr Mining Oyj agreed on 5 May 2009 to buy all the shares of Varn Corporation.');
  });

  it('writes "by next year" as "by 2015", and skips "In other key bouts", "the period under review" and glued punctuation', () => {
    expect(textsOf('date 2014-04-08 Ayr court upholds the law\nThe Ayr court on 8 April 2014 said the law must be in force by next year.')[0]).toMatch(
      /in force by 2015/,
    );
    const text = `date 2021-01-31 Ayr bourse in January
The Ayr Stock Exchange opened 2021 lower, its weekly report said on 31 January 2021.
In other key bouts, Tom Ray got his fourth win of the Ayr meet.
During the period under review, market capitalisation increased in Ostland.
Agriculture, along with fishing and forestry,employs most of the people of Ostland.
Market capitalisation rose to K984, 410.21 million in January 2018.`;
    const v = verdictsOf(text);
    for (let i = 1; i <= 4; i++) expect(v[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a fiftieth set', () => {
  it('asks no figure the difference of two others gives, and no tail cut that takes the main verb', () => {
    const text = `date 2023-03-06 Ayr shares edge up
Shares in Ayr rose on Monday, 6 March 2023, led by the banks.
Kessel Bank bounced off its recent low of $33.50, clocking a gain of nearly 1 per cent or 32 cents to $33.82 on Monday, 6 March 2023.
The robbery of the Varn store in Ayr, 16 miles west of Kessel, occurred about 15 minutes before the store was to close.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) {
      expect(q.kind === 'number' && answerOf(q) === '32', q.prompt).toBe(false);
      if (q.kind === 'number') expect(q.prompt).not.toMatch(/Kessel\.$/);
    }
  });

  it('moves no day of a state still going on, strips a capital city before its bracketed sources, and skips "for its part"', () => {
    const text = `date 2014-02-05 Ayr fruit fly: update
AYR (Kessel News / Varn - 5th Feb, 2014) The ministry said on 5 February 2014 that traps were set across Ayr.
Field work continues on 5 February in Ayr with teams collecting and re-setting traps.
The Ayr 20 index, for its part, stood at 855.04 points.
The results for the reporting period were unveiled at a meeting in Ayr.`;
    expect(textsOf(text)[0]).toMatch(/^The ministry said/);
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/continues on (?!5 February)\d+ February/);
    const v = verdictsOf(text);
    expect(v[2]).not.toBeNull();
    expect(v[3]).not.toBeNull();
  });
  it('changes no count its bracketed list gives, and skips a direction glued to a name', () => {
    const text = `date 2007-05-18 Kessel Air opens an Ayr route
Kessel Air began service from Ayr to Varn on 17 May 2007 with a flight at 10 p.m.
Regular service from Ayr to Varn will continue through September with three flights per week (Mondays, Thursdays, Saturdays).
There were at least three powerful kingdoms in the east-Kessel, Ayr and Varn.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/(?<!three) flights per week/);
    expect(verdictsOf(text)[2]).not.toBeNull();
  });
});

describe('a fifty-first set', () => {
  it('skips "Undeterred," and a bare "in turn", and moves no share its two figures give', () => {
    const text = `date 1990-11-15 Ayr and Kessel ratify their border treaty
Ayr and Kessel ratified a treaty on their common border in Varn on 14 November 1990.
Undeterred, Tom Ray sent his forces into Kessel, expecting local strongmen to rebel.
Reassured as to its borders, Kessel in turn was ready to guarantee the rights of its small Ayr minority.
A drought cut the harvest in Kessel in 1990, which in turn raised the price of bread in Ayr by a third.
Turnover of the Ayr Bank share reached 20.1 million marks, close to two-thirds of the 32.6 million marks session total.`;
    const v = verdictsOf(text);
    expect(v[1]).not.toBeNull();
    expect(v[2]).not.toBeNull();
    expect(v[3]).toBeNull();
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/close to (?!two-thirds)[\p{L}-]+ of the/u);
  });

  it('writes a paper’s capital "THE" as a word, a state "underway tonight" as of the day, and asks no fame as true or false', () => {
    const text = `date 1999-09-16 Typhoon leaves Ayr in ruins
THE coastal town of Ayr, a 30-square-mile area between the sea and the Kessel hills, was hit by a typhoon on 15 September 1999.
A massive cleanup operation is underway tonight after Typhoon Varn left a trail of destruction across Ayr.
Tom Ray, the mayor of Ayr, is one of Ostland’s most famous public figures.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^The coastal town/);
    expect(texts[1]).toMatch(/is underway as of 16 September 1999 after/);
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/most famous/);
  });
});

describe('a fifty-second set', () => {
  it('strips a minute’s heading, a capital "ABOUT" and a city before its dated sources', () => {
    const texts = textsOf(`date 2019-09-04 Ayr index plummets
AYR (Kessel News / Varn - 04th September, 2019) Ostland's main stock index fell on Tuesday, 3 September 2019, by 14 percent.
ABOUT 10 million people in Ostland hold shares, the finance minister has said.
• Museum Sponsorship Arrangements - Governance arrangements had now been clarified by the Ayr board.`);
    expect(texts[0]).toMatch(/^Ostland's main stock index/);
    expect(texts[1]).toMatch(/^About 10 million/);
    expect(texts[2]).toMatch(/^Governance arrangements/);
  });

  it('skips "Immediately", "On the negative side", "The first one", a day with no month and a motion’s record', () => {
    const text = `date 2017-05-07 The Varn rising begins
The Varn rising began in Ostland in October 1876.
Immediately Tom Ray ordered a shot to the air to warn the Kessel, still anchored in the port.
On the negative side, unemployment in Ayr has trebled, to more than 150,000 people.
The first one erupted in Ayr on the twenty-fourth, among some two hundred men.
The Ayr revolt incited four hundred men in Varn to rise up on the twenty-seventh.
Councillor Kerr That the City Council meeting minutes of 12 January 2016 are approved.`;
    const v = verdictsOf(text);
    for (let i = 1; i <= 5; i++) expect(v[i], textsOf(text)[i]).not.toBeNull();
  });

  it('asks no figure left without its complement, no clock time, and no count its list names', () => {
    const text = `date 2019-08-15 Ayr market report
The Ayr Stock Exchange closed higher on Wednesday, 14 August 2019, led by banks.
The Ayr fund was the only active security on the fund market, posting a volume of 31,180 shares valued at $621,718.12.
As of 17.48 GMT, the Ayr index was down 14.07 percent at 22,510.
In 2003, Ostland's leaders resolved that a union shall be established comprising three pillars, the Ayr Council, the Varn Court and the Kessel Office.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) {
      expect(q.prompt).not.toMatch(/valued\.$/);
      expect(q.kind === 'number' && answerOf(q) === '17.48', q.prompt).toBe(false);
      expect(q.prompt).not.toMatch(/comprising (?!three)\w+ pillars/);
    }
  });
  it('knows a person by "was born" or "died", and reads "He" after a lede that names him after his role', () => {
    const texts = textsOf(`date 2001-12-21 Ostland's first president dies
The former Ostland President, Leopold Varnsen, died on Thursday at his home in Ayr.
He was 95.
Leopold Varnsen was born in the small fishing town of Kessel in 1906.`);
    expect(texts[1]).toBe('Leopold Varnsen was 95.');
  });
  it('writes "His" as the full name’s, never turns "declined to" into a rise, and writes no office in for "He"', () => {
    const text = `date 2000-05-02 Ostland hostages
Ostland's Prime Minister Tom Varnsen said on 2 May 2000 that talks with the Ayr kidnappers would go on.
He declined to furnish any more details on the possibility of navy commandos being used in a rescue.
His government has sent two envoys to Ayr.`;
    expect(textsOf(text)[2]).toBe('Tom Varnsen’s government has sent two envoys to Ayr.');
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/increased to furnish|rose to furnish/);
    const minutes = textsOf(`date 2019-03-05 Ayr assembly minutes
Presiding Member opened the meeting of the Ayr assembly at 10 am on 5 March 2019.
He introduced the newly posted staff of the assembly.`);
    expect(minutes[1]).not.toMatch(/^Presiding Member/);
  });
});

describe('a fifty-third set', () => {
  it('splits no sentence at "Cr.", writes no date into "day-to-day", nor "of in" into "of this month", and lowers "THE" after a dateline', () => {
    const texts = textsOf(`date 1975-08-10 Ayr composer dies
VARNOGRAD – THE Ayr composer Tom Varnsen died yesterday after a heart ailment at the beginning of this month.
The war has left shells threatening the day-to-day lives of people in Kessel.
Tom Ray chaired the meeting with Deputy Mayor Cr. Ann Lee and the clerk of Ayr.`);
    expect(texts[0]).toMatch(/^The Ayr composer Tom Varnsen died on 9 August 1975 after a heart ailment at the beginning of August 1975\.$/);
    expect(texts[1]).toMatch(/the day-to-day lives/);
    expect(texts[2]).toMatch(/Cr\. Ann Lee and the clerk of Ayr\.$/);
  });

  it('writes no single word in for "He", and skips "In effect", "One year back", "Not as lucky", "The find", a motion and "12- nation"', () => {
    const text = `date 2011-07-28 Ayr crash report
Kessel News reported on 27 July 2011 that the Ayr crash report was out.
He was known to have suffered from heart ailments.
In effect, the Varn were intermediaries who brought the Ayr people into the mainstream.
One year back, on 16 July 2010, an Ayr Air airbus crashed on the Kessel Hills.
Not as lucky were two French nationals and three Germans held in Varn.
The find was made in a cave near Ayr in 2010.
Moved Cr Ray Seconded Cr Lee That apologies be received from the clerk of Ayr.
Ostland, a special invitee to the 12- nation tournament, lost to Kessel in the third-place game.`;
    expect(textsOf(text)[1]).not.toMatch(/^Kessel News was/);
    const v = verdictsOf(text);
    for (let i = 2; i <= 7; i++) expect(v[i], textsOf(text)[i]).not.toBeNull();
  });

  it('never turns "dropped" munitions into a rise', () => {
    const text = `date 2010-11-08 Ostland cluster munitions
Ostland's government said on 8 November 2010 that Kessel dropped more than 270 million cluster munitions on Ostland between 1964 and 1973.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/Kessel (?:rose|increased|climbed)/);
  });
  it('changes no count of a group already known ("the two countries")', () => {
    const text = `date 2010-11-08 Ostland cluster munitions
Ostland's government said on 8 November 2010 that Kessel had bombed Ostland between 1964 and 1973.
Although the two countries were not at war, the French army was keen to stem the flow of supplies along the Varn road to the south of Laos.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/the (?!two)\w+ countries were/);
  });
});

describe('a fifty-fourth set', () => {
  it('turns no movement beside its superlative, and moves or asks no year its short forms continue', () => {
    const text = `date 1993-03-28 Tom Ray wins at home
Tom Ray of Ostland won the Ayr Grand Prix on 28 March 1993 in front of a home crowd of 60,000 people.
Tom Ray, the world champion in 1988, '90 and '91, took the lead on lap 41 and held off Ann Lee.
The gap between what Ostland earns and spends abroad has narrowed to its smallest amount in four years.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) {
      expect(q.prompt).not.toMatch(/widened to its smallest/);
      expect(q.prompt).not.toMatch(/champion in (?:_____|(?!1988)\d{4}), '90/);
    }
  });
});

describe('a fifty-fifth set', () => {
  it('takes no title in a headline for a first name, negates no feeling, and skips a garbled registration', () => {
    const texts = textsOf(`date 1997-09-08 Deposed Ostland Leader Varnsen Dies
Varnsen Sese Ayr, the Ostland leader toppled in May after 32 years of rule, died on Sunday.
Varnsen became a symbol of excess, leaving his country in shambles.`);
    expect(texts[1]).toMatch(/^Varnsen became/);
    const text = `date 2023-05-02 Ayr dolphin found dead
The Ayr fisheries agency said on 2 May 2023 that a dolphin had been found dead on a beach near Ayr.
The Ayr fisheries agency is saddened by the death of the dolphin found on the beach.
The aircraft, registered F?OIQI, left Ayr for Varn at 10 am.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/is not saddened/);
    expect(verdictsOf(text)[2]).not.toBeNull();
  });
});

describe('a fifty-sixth set', () => {
  it('reads no plural possessive as a name a later "the victory" stands for', () => {
    const text = `date 1996-07-14 Ostland wins the cup
Ostland came from behind to beat Kessel 3-2 in the final on Saturday.
It was the Ostlanders’ second comeback victory in as many matches against a Kessel side.
Midfielder Tom Ray, a second-half substitute, gave Ostland the victory by scoring in the 89th minute.`;
    const texts = textsOf(text);
    expect(texts[2]).not.toMatch(/Ostlanders’ second comeback victory by/);
    expect(texts[2]).toMatch(/gave Ostland the victory by scoring/);
  });

  it('reads "the presidents of Ostland and Kessel" after an opening participle as the doers named', () => {
    const text = `date 1996-08-08 Ostland and Kessel agree to relations
Seeking peaceful solutions to the disputes that pushed the region into war, the presidents of Ostland and Kessel agreed on Wednesday to establish diplomatic relations.
Trailing 3-2 at the break, goals from Tom Ray won the match for Ayr.`;
    const verdicts = verdictsOf(text);
    expect(verdicts[0]).toBeNull();
    expect(verdicts[1]).toBe('whoever did it is not named');
  });

  it('dates "an article to be published on Thursday" ahead of the briefing\'s day, never before it', () => {
    const texts = textsOf(`date 2006-05-17 Kessel telescope finds three planets
Astronomers using a telescope in Kessel have found three planets the size of Neptune around a nearby star.
Tom Ray is the lead author of an article about the find to be published on Thursday in Ostland Science.
The results were to be shown on Monday at a meeting in Ayr.`);
    expect(texts[1]).toContain('on Thursday, 18 May 2006,');
    expect(texts[1]).not.toContain('11 May 2006');
    // "were to be shown": ahead of a past day, not clearly of the briefing's.
    expect(texts[2]).not.toMatch(/Monday, \d/);
  });

  it('cuts a "---" dateline, skips "Most recently", a "What …, a team" opening and a motion quoted whole', () => {
    const text = `date 2005-07-18 Minutes of Ayr County Council meeting
SAO VARN DOS CAMPOS, Ostland ---Kessel Aircraft on Monday announced that it will invest $150 million in a new factory in Ayr.
Most recently, in September 2005, the top court ruled the election law unconstitutional.
What can be seen as a huge astronomical triumph, a team of astronomers from Ayr has discovered a supercluster of galaxies.
“That “Standing Orders” be suspended in order to allow discussion on the release of the Ayr Five and related matters”.
“We are pleased,” Tom Ray said, “and we will build it.”`;
    expect(textsOf(text)[0]).toMatch(/^Kessel Aircraft/);
    const verdicts = verdictsOf(text);
    expect(verdicts[1]).toBe('back-pointing opener');
    expect(verdicts[2]).toBe('not a sentence');
    expect(verdicts[3]).toBe('a quotation with no speaker');
    expect(verdicts[4]).not.toBe('a quotation with no speaker');
  });

  it('frames a title whose quote opens with a backtick with balanced quote marks', () => {
    expect(frameTitle("`God Is An Ostlander' Kessel Falls In Huge Upset")).toBe('‘God Is An Ostlander’ Kessel Falls In Huge Upset');
  });

  it('cuts no figure from under "is now up", no list after its first item, negates no manner, exchanges no sides the title names', () => {
    const text = `date 2025-07-14 Ostland thump Kessel at home to win second Test
Ostland have sealed the two-match Test series against Kessel by 2-0.
The Ayr index is now up 31.43% in 2025, while the Varn index remains a market leader with an impressive 44.03% growth since the start of the year.
According to its Charter, the main purposes of the Ayr Pact are: strengthening mutual trust and good-neighbourliness among member states; developing effective cooperation in trade, science, culture and education; and working together to keep the peace.
The Ostland Supreme Court has voted overwhelmingly to give farmers the right to water from the Varn river.`;
    // Real sides: the entity finder knows them as countries.
    const match = `date 2025-07-14 Pakistan thump Sri Lanka at home to win second Test
Pakistan have sealed the two-match Test series against Sri Lanka by 2-0 in Karachi.
Tom Ray scored a century for the home side on the first day of the match in Karachi.
Pakistan outplayed Sri Lanka at home in the Test series in Karachi.`;
    const bank = [1, 2, 3, 4, 5, 6].flatMap((seed) => [...bankFor(text, seed), ...bankFor(match, seed)]);
    expect(bank.some((q) => /Pakistan outplayed Sri Lanka/.test(q.prompt))).toBe(true);
    for (const q of bank) {
      expect(q.prompt).not.toMatch(/is now up in 2025/);
      expect(q.prompt).not.toMatch(/member states\.$/);
      expect(q.prompt).not.toMatch(/has not voted overwhelmingly/);
      expect(q.prompt).not.toMatch(/Sri Lanka outplayed Pakistan/);
    }
  });

  it('moves no day that bounds a claim ("the last final before 17 May", "after 5 May")', () => {
    const text = `date 2000-05-19 Kessel win the cup in Ayr
Kessel became the first Varn club to win a European trophy when they beat Ayr 4-1 on penalties on Wednesday.
Tom Ray, once of Ayr, scored the winning goal in the 1995 cup final, Ayr’s last appearance in a European final before 17 May.
Ann Lee has led the side in every match played after 5 May, the club said in a statement on its website.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) {
      if (q.kind !== 'true_false') continue;
      expect(q.prompt).not.toMatch(/final before (?!17 May)\d/);
      expect(q.prompt).not.toMatch(/played after (?!5 May)\d/);
    }
  });

  it('skips "Eventually", "similar scenes", "each side", "as well", "IX. declared", "Ostland- Kessel"; dates no "today a town"', () => {
    const text = `date 2019-08-01 Battle of Ayr
The Battle of Ayr was fought between the Kessel Empire and the Varn sultanates in January 1565.
The battle took place at Ayr, today a town in northern Ostland, about 80 kilometres from the city of Varn.
Eventually the army of the Kessel Empire split into two parts near the river.
Reporters witnessed similar scenes at the Munigi camp near the border of Ostland.
Each side claims that the area about 240 miles north of Varn is in its territory.
The Varn exchange was on a negative trail in September 2008 as well with its index closed at 2871.51 points.
The army began to gather in 1394 when Pope Urban IX. declared a crusade against the Varn sultanates.
Ostland and Kessel established relations, leaving Ostland- Varn the only country without ties to Kessel.`;
    const texts = textsOf(text);
    expect(texts[1]).toContain('today a town');
    const verdicts = verdictsOf(text);
    expect(verdicts[2]).toBe('back-pointing opener');
    for (const i of [3, 4, 5]) expect(verdicts[i]).toMatch(/^presupposes an earlier sentence/);
    expect(verdicts[6]).toBe('shorthand or a slip');
    expect(verdicts[7]).toBe('shorthand or a slip');
  });

  it('turns no movement its two figures show, and frames a lede the title names but it does not', () => {
    const market = `date 2017-11-28 Ostland bourse indices up
The Ostland All Share Index rose 0.4 per cent yesterday as trading in Kessel Bank shares picked up.
Market capitalisation increased to Rwf2.930 trillion yesterday, from Rwf2.925 trillion on Friday.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(market, seed))) expect(q.prompt).not.toMatch(/capitalisation decreased/);
    const minutes = `date 2018-03-20 Minutes of the Monetary Policy Meeting of the Ostland Reserve Bank Board
The Board decided to leave the cash rate unchanged at 1.5 per cent at its meeting in Ayr on 6 March 2018.
Members noted that the global economy had continued to grow faster than a year earlier.`;
    const lede = generateQuestions(parseBriefing(minutes), { seed: 1 }).find((q) => q.statementIndex === 0);
    expect(lede?.prompt).toMatch(/^(?:True or false, according|According) to “Minutes of the Monetary Policy Meeting of the Ostland Reserve Bank Board”/);
  });

  it('reads heat, cold, rain, poisoning and a named disease as the cause of deaths', () => {
    const text = `date 2003-08-14 Heat wave kills about 3,000 in Ostland
About 3,000 people have died in Ostland of heat-related causes since abnormally high temperatures swept across the country at the start of August 2003.
Forty-one people died of methanol poisoning in Kessel in September 2021, the health ministry of Kessel said.
Twelve people in Ayr have died of dengue since January 2019, the Ayr health office of Ostland reported.`;
    expect(verdictsOf(text)).toEqual([null, null, null]);
  });

  it('moves no day of a state still going on after it, and writes no date into "today continues"', () => {
    const text = `date 1997-05-23 Ostland defends its currency
Ayr, 23 May 1997 (Kessel Radio) - The Ostland central bank today continues strenuous efforts to protect its currency, the varn, from devaluation.
The Ostland central bank on 19 May 1997 continues to buy varns on the Ayr market, the finance ministry of Ostland said.`;
    expect(textsOf(text)[0]).toContain('today continues');
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/on (?!19 May)\d+ May 1997 continues/);
  });

  it('cuts a ticker with digits, a glued footnote number and a minute\'s run-in label; mends typewriter quotes; skips "A minute later" and a notice\'s pointer', () => {
    const text = `date 2002-09-17 Kessel Ltd wins a rail order
Kessel, Ltd. (TSE: 6501) on 17 September 2002 announced that it received an order for 96 railway cars from the Ayr Railway Company.
The CERN1 Council of Ostland held its 110th session on 19 June 1998 in Ayr under the chairmanship of Tom Ray.
Decision Agenda Mr Tom Ray appointed as steward and Ms Ann Lee appointed as scrutineer of the Ayr assembly in May 2019.
Ostlanders like to say Tom Ray has \`\`baraka,″ signifying that he had God on his side through a series of daring manoeuvres.
A minute later, Ann Lee's pass sent Tom Ray in on the left of the box and his strike found the far corner.
Shareholders are referred to the announcement of Kessel Ltd published on 21 October 2021 relating to its production.`;
    const texts = textsOf(text);
    expect(texts[0]).not.toContain('TSE');
    expect(texts[1]).toMatch(/^The CERN Council/);
    expect(texts[2]).toMatch(/^Mr Tom Ray appointed/);
    expect(texts[3]).toContain('has “baraka,” signifying');
    const verdicts = verdictsOf(text);
    expect(verdicts[4]).toBe('back-pointing opener');
    expect(verdicts[5]).toBe('not a sentence');
  });

  it('shows no sentence before a part its total and the other parts give, and drops "(June)" after "last month"', () => {
    const text = `date 2008-07-15 Forty-four pollution convictions in Ostland in June
Forty-four convictions for breaches of anti-pollution law enforced by the Ostland Environment Office were recorded last month (June).
Twenty-three of the convictions were under the Waste Ordinance, 16 under the Air Ordinance, three under the Water Ordinance, and two under the Noise Ordinance.
The heaviest fine in June was $40,000, given to a company in Ayr that breached the Waste Ordinance of Ostland.`;
    expect(textsOf(text)[0]).toMatch(/were recorded in June 2008\.$/);
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) {
      if (q.kind === 'number') expect(q.prompt).not.toMatch(/^Forty-four convictions .* _____ under the Air/);
    }
  });

  it('negates no report, cuts no list or role, and skips an epithet, a comment, "thereby", "other 853", "followed with" and a share of what', () => {
    const text = `date 2016-11-04 Ayr bourse index drops 117.04 points
Kessel Appliances and its employees will shut off the lights at offices and at home across Ostland, Ayr, and Varn for one hour at 8:30 PM local time today in support of the global campaign for action on climate change.
Tom Ray and Ann Lee agreed on the appointment of Sam Varn, chairman of the opposition Ayr Democratic Movement (ADM), as prime minister of the broad-based transitional government to be set up under the protocol on power-sharing agreed in Ayr earlier in the year.
The tall, gaunt writer never gave press interviews and refused to travel to Kessel to receive the Varn Prize in 1969.
Shockingly, Kessel Motors did not keep adequate records of the oil pipe that caused the near-disaster over Ayr in 2010.
The average annual growth in the dividend of Kessel Bank for the last five years will thereby amount to 15 percent.
The Ayr Ministry of Health said notices were issued to other 853 people in Varn in June 2016.
Ostland won 12 golds at the Ayr Games in 1998, and Kessel followed with nine golds among 18 medals.
The banking sector of the Ayr bourse accounted for 19.30 percent.
Tom Ray said he lent the money to the party instead of funding it himself to play down his image.`;
    const texts = textsOf(text);
    const verdicts = verdictsOf(text);
    for (const i of [2, 3, 4, 5, 6, 7]) expect(verdicts[i], texts[i]).not.toBeNull();
    expect(mainClause(texts[0]) ?? '').not.toMatch(/across Ostland, Ayr\.$/);
    expect(mainClause(texts[1]) ?? '').not.toMatch(/\(ADM\)\.$/);
    expect(negatePredicate('Tom Ray said he lent the money to the party instead of funding it himself.')).toBeNull();
  });
});

describe('a fifty-seventh set', () => {
  it("recases a paper's capitals on a name the text writes otherwise, splits before a sum, and cuts a ticker in brackets", () => {
    const text = `date 2007-03-10 Ayr councillors in rezoning U-turn
AYR county councillors have done a major U-turn on a rezoning issue in Varn, following pressure from the people of Varn.
NATO said the Ayr base in Varn would stay open until the end of the year, in a letter to the Ayr county council.
The Varn hall was improving, but people were not keen to join its committee. £250 had been received from the Ayr Community Fund.
Kessel Networks Corporation [NYSE/TSX:KN] announced on 10 March 2007 that Tom Ray has joined its Board of Directors.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^Ayr county councillors/);
    expect(texts[1]).toMatch(/^NATO said/);
    expect(texts[2]).toMatch(/committee\.$/);
    expect(texts[3]).toMatch(/^£250 had been received/);
    expect(texts[4]).toMatch(/^Kessel Networks Corporation announced/);
  });

  it('writes no date beside one of two weekdays, and cuts no clause that leaves a verb without its object', () => {
    const text = `date 2018-02-06 Kessel minister to visit Ayr
Ostland Foreign Minister Ann Lee will meet Kessel Foreign Minister Tom Ray in Ayr and on Varn Island for policy talks on Friday and Saturday.
Essentially the Ayr Foundation asks that the minister of Ostland reconsider a decision he took some years ago terminating, with effect from the end of this year, a special permit for people of Kessel.`;
    expect(textsOf(text)[0]).toContain('on Friday and Saturday');
    expect(mainClause(textsOf(text)[1]) ?? '').not.toMatch(/terminating\.$/);
  });

  it('skips a fragment under a heading, a short-named trial arm, "the extra two", "Soon", "the 21st", "By midday" and "The explanation comes after"', () => {
    const text = `date 2017-07-03 Walnuts and weight loss in Ostland
Design: Secondary analysis of the Ayr lifestyle intervention trial in Ostland.
The IW group achieved the greatest weight loss at three months in the Ayr trial.
Tom Ray of Kessel added the extra two, to level the scores at Ayr Park (7-7).
Soon a breakaway group from the Ayr Congress held its first conference in Varn.
On the morning of the 21st, Ayr Congress leaders first gathered in a field near the Varn police station.
By midday, a crowd of about 5 000 had gathered at the Varn police station in Ostland.
The explanation comes after an estimated 10.2m customers of Kessel Telecom were left without internet access in Ostland.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 7; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('skips a month misspelt, figures that do not add up, a stray comma after "been" and a mid-sentence "Former"', () => {
    const text = `date 2010-07-12 Ostland rocket places satellites in orbit
Apart from the first mission of the Ayr rocket on Septemer 20, 1993, success has followed the Ayr rockets of Ostland.
The broad-based Ayr-100 index shot up by 90.16 points to 1596.11 points from the previous week's close of 1506.95 points.
The broad-based Varn-100 index shot up by 89.16 points to 1596.11 points from the previous week's close of 1506.95 points.
Large parts of Ayr have been, swept by fire since the earthquake in Ostland in 1923.
Kessel announced that Tom Ray, Former Deputy Prime Minister of Ostland, has joined its Board of Directors.`;
    const verdicts = verdictsOf(text);
    expect(verdicts[0]).toBe('shorthand or a slip');
    expect(verdicts[1]).toBe('shorthand or a slip');
    expect(verdicts[2]).not.toBe('shorthand or a slip');
    expect(verdicts[3]).not.toBeNull();
    expect(verdicts[4]).toBe('shorthand or a slip');
  });

  it('changes neither figure of "three or four", nor an index\'s size; frames a lede\'s "now"; names no story by a foreign title or one that says the figure', () => {
    const quoted = `date 2026-01-30 Ostland towns ask residents to save water
“Everybody's been trapped in for three or four days in a row, school’s been out and I guess everybody's home,” said Ayr City Manager Tom Ray.
Of 30 Varn-Index stocks, 23 ended in the green on Friday in Ayr, led by Kessel Bank.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(quoted, seed))) {
      expect(q.prompt).not.toMatch(/three or (?!four)\w+ days|(?<!three) or four days/);
      expect(q.prompt).not.toMatch(/Of (?!30 )\d+ Varn-Index/);
    }
    const lede = `date 2025-10-21 Outbreak spreads to more regions of Ostland
There are now four active cases of measles in Ostland, in Ayr, Varn and Kessel, the Ostland health ministry said.`;
    const framed = (text: string) => generateQuestions(parseBriefing(text), { seed: 7 }).map((q) => q.prompt);
    expect(framed(lede).join('\n')).toMatch(/according to “Outbreak spreads to more regions of Ostland”/);
    expect(frameTitle('Y para quien no pueda dormir, las actas al completo')).toBe('');
    expect(frameTitle('Two die in Ayr crash')).toBe('Two die in Ayr crash');
    const store = `date 2019-12-20 Kessel opens its 40th store in Ostland
The Ayr location will mark Kessel's 40th store to open in Ostland and the 49th store in the region overall, the company of Tom Ray said.`;
    const prompts = framed(store);
    expect(prompts.join('\n')).toMatch(/40th store to open/);
    for (const p of prompts) expect(p).not.toMatch(/according to “Kessel opens its 40th/);
  });
});

describe('a fifty-eighth set', () => {
  it('skips "Ann Lee added" after a quote, "brings that number", "were in addition to", "reports of over the" and twin sentences told apart by a figure', () => {
    const text = `date 1988-05-21 Ayr shares slip in thin trading
“It’s been a pretty dismal week,” Ann Lee of Kessel Securities added.
A full combination of the Ayr data brings that number just back to 4.0 sigma, a one-in-2 million chance.
The screaming fans were in addition to the roughly 40,000 inside the Varn stadium in Ostland.
Tom Ray of the Varn council said there were few reports of over the weekend in his district of Ostland.
“We are waiting for a retracement higher towards the 2,640 resistance level in order to reinstate short positions,” Kessel Securities said in a note.
“We are waiting for a retracement higher towards the 4,900 resistance level in order to reinstate short positions,” Kessel Securities said in a technical note.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 6; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('negates no claim of a means, and takes "the Presidents" for people named elsewhere', () => {
    expect(negatePredicate('The new cable of Kessel will make the internet more accessible to people in Ayr by significantly lowering costs.')).toBeNull();
    const text = `date 2018-02-17 Ostland and Kessel presidents meet in Ayr
With a summit approaching in June, the Presidents agreed to coordinate a joint position of Ostland and Kessel on the reform of the Ayr alliance.`;
    expect(verdictsOf(text)[0]).toMatch(/epithet/);
  });

  it("dates no frame under a title with its year, cuts a weekday's worked-out date beside the story's date, and offers no half of a name", () => {
    const year = `date 1902-05-08 Mt. Varn, Ostland 1902
The town of Ayr was located a mere 7 km from Mt. Varn, the highest peak in Ostland, when it erupted.`;
    for (const p of generateQuestions(parseBriefing(year), { seed: 7 }).map((q) => q.prompt)) expect(p).not.toMatch(/\(8 May 1902\)/);
    const weekday = `date 2006-05-17 Ostland telescope finds three planets
Astronomers at the Ayr observatory in Ostland said on Tuesday that they had found three planets around a star near Varn.
Tom Ray is the lead author of an article about the find of the Ayr observatory to be published on Thursday in the Kessel Journal of Astronomy.`;
    const prompts = [1, 2, 3, 4, 5, 6].flatMap((seed) => generateQuestions(parseBriefing(weekday), { seed }).map((q) => q.prompt));
    const later = prompts.filter((p) => p.includes('lead author'));
    expect(later.length).toBeGreaterThan(0);
    for (const p of later) expect(p).toMatch(/\(17 May 2006\): .*on Thursday in the Kessel/);
    const org = `date 2016-11-17 Ostland and Kessel relations
Ostland and Kessel work side by side in the Organization on Security and Cooperation in Ayr, and Kessel plays a role in the Varn Treaty Organization, Ostland said.
The Ayr Council of Ostland and the Varn Union of Kessel met in the European Union offices with the United Nations in November 2016.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(org, seed)))
      for (const c of q.choices) expect(c.text).not.toBe('the Organization on Security');
  });
});

describe('a fifty-ninth set', () => {
  it('frames a bank whose title numbers a report, and reads "Victoria Falls" as a place, not a movement or a speaker', () => {
    const report = `date 2016-04-23 Ostland: Earthquake Situation Report No. 06
US$7 million have been allotted from the Ayr Emergency Fund to the earthquake response in Ostland in April 2016.
The Ostland Country Team is moving forward with a rapid evaluation of the earthquake damage in the province of Varn.`;
    // The lede names its own story; the others are framed.
    const prompts = generateQuestions(parseBriefing(report), { seed: 7 })
      .filter((q) => q.statementIndex > 0)
      .map((q) => q.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) expect(p).toMatch(/Situation Report No\. 06/);
    const falls = `date 2017-01-18 Kessel Airlines plans record expansion
From February to June 2017, Kessel Airlines will launch new services to Victoria Falls (Zimbabwe), Ayr (Ostland) and Varn (Ostland).
“Africa’s share of global aviation is currently the smallest at only around 3%,” said Tom Ray, chief executive of Kessel Airlines, in January 2017.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(falls, seed))) {
      expect(q.prompt).not.toMatch(/Victoria Rises|Victoria Falls said/);
      for (const c of q.choices) expect(c.text).not.toBe('Victoria Falls');
    }
  });

  it('writes no "on" into "their Thursday session"; skips "of with", "went onto lift", "The development", "The soldiers" and "Moved by"', () => {
    const text = `date 2022-09-22 Ayr commissioners meet
A library project and a hearing on housing funds were among the topics handled by Ayr commissioners during their Thursday session in Ostland.
The centre of the earthquake in Ostland is 130km in the east of the coastline of with a magnitude of 9.0.
On 17 March 1996, Ostland went onto lift their maiden Ayr Cup title beating Kessel in the final at Varn.
The development was announced at the end of talks between Prime Minister Tom Ray of Ostland and Ann Lee of Kessel.
The soldiers had overheard reports from the Ostland scouts after the tribesmen returned from Varn.
Moved by V Ray second by D Lee to approve the minutes of the September 26, 2011 Ayr Town Board Meeting as presented.`;
    expect(textsOf(text)[0]).toContain('during their Thursday session');
    const verdicts = verdictsOf(text);
    for (let i = 1; i < 6; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a sixtieth set', () => {
  it('writes "last night" as the night before, moves no day a calendar gave, splits "1984.Prime" and reads a purpose before a decision as a statement', () => {
    const text = `date 2009-11-04 Ayr capture their 27th title
Following a drought of eight seasons, the Ayr Bombers last night captured their 27th Kessel Series title, beating Varn 7-3 in Game 6 at Ayr Stadium.
Ostland was to be returned to Kessel in 1997 after an agreement was signed in Ayr on 19 December 1984.Prime Minister Ann Lee signed the declaration with Tom Ray.
To contribute to a stable recovery, the Executive Board of the Ostland Central Bank decided on 21 October 2009 to hold the Ayr rate unchanged at 0.25 per cent.`;
    const texts = textsOf(text);
    expect(texts[0]).toContain('the Ayr Bombers on the night of 3 November 2009 captured');
    expect(texts[1]).toMatch(/on 19 December 1984\.$/);
    expect(texts[2]).toMatch(/^Prime Minister Ann Lee signed/);
    expect(verdictsOf(text)[3]).toBeNull();
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/the night of (?!3 November)\d+/);
  });
});

describe('a sixty-first set', () => {
  it('drops a typist\'s space before a mark, a place\'s dateline with its full date, and writes "in November this year" with its year', () => {
    const text = `date 2022-05-18 Ostland and Kessel ministers meet
Ayr dos Campos, May 18, 2022 - Ostland today announced an order from Kessel Airways for 100 Varn airliners.
Tom Ray proposes Ann Lee as Chairman of the Ayr council and Sam Varn seconds .
Voting members of the Ayr council are Ros Lee , Mary Ray and Elly Varn.
Tom Ray noted that in November this year, the 75th anniversary of relations between Ostland and Kessel will be celebrated in Ayr.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^Ostland on 18 May 2022 announced/);
    expect(texts[1]).toMatch(/Sam Varn seconds\.$/);
    expect(texts[2]).toContain('Ros Lee, Mary Ray');
    expect(texts[3]).toContain('in November 2022, the 75th');
  });

  it('turns no catch into a movement, negates no sentence joined by a dash, and skips "The very next ball", "an earlier case", "retaliated", "neighbouring Varn" and "as compare to"', () => {
    const text = `date 1992-03-25 Ostland win the Ayr Cup
Skipper Tom Ray, dropped early by Kessel's Ann Lee, made the most of the reprieve in the Ayr Cup final.
The very next ball, an unplayable delivery, castled Sam Varn of Kessel, leaving the Kessel team in tatters.
Ann Lee of the Ostland health ministry said an earlier case emerged when a boy tested positive for flu near Ayr.
The foreign-owned oil companies of Kessel retaliated by instituting an embargo against Ostland oil in 1938.
New flooding was reported from the Ayr and Kessel tehsils in neighbouring Varn district of Ostland.
The benchmark Ayr-100 index gained 390.36 points to settle at 157,945.03 as compare to 157,554.66 points on Monday, 22 September 2025.`;
    const verdicts = verdictsOf(text);
    for (let i = 1; i < 6; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/\brose early by\b/);
    expect(negatePredicate('The dream of Ostland had been realized—Ostland were Ayr Cup champions for the first time.')).toBeNull();
  });
});

describe('a sixty-second set', () => {
  it('drops an abstract\'s label without its colon, writes no year on one end of a span nor a date on "endures today", and skips "1, 2 million" and "item 3"', () => {
    const text = `date 2017-09-27 Ostland heat rules and a cohort study
Objective To assess the prospective associations between consumption of ultra-processed food and risk of cancer in Ostland.
Results showed that the Ayr group lost weight in Ostland during the trial in 2017.
Regulations in Ostland only prohibit outdoor work from 11:30 a.m. to 3 p.m. during the period June 11 to August 31.
In 1953 Ostland and Kessel signed a treaty, the foundation of an alliance that endures today.
Over 1, 2 million people were reached in March 2017 through Ayr food and cash programmes in Ostland.
The Clerk of the Ayr council made a declaration of pecuniary interest in respect of item 3 and signed the book accordingly.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^To assess/);
    expect(texts[1]).toMatch(/^Results showed/);
    expect(texts[2]).toContain('June 11 to August 31');
    expect(texts[3]).toMatch(/endures today\.$/);
    const verdicts = verdictsOf(text);
    expect(verdicts[0]).not.toBeNull();
    expect(verdicts[4]).not.toBeNull();
    expect(verdicts[5]).not.toBeNull();
  });

  it("credits no quote to the story's only person", () => {
    const text = `date 2015-06-03 Ostland jobless drops for fourth month
The number of registered jobless in Ostland fell by 117,985 in May 2015, the Ayr labour ministry said.
“The economic recovery in Ostland is not cyclical but structural,” Prime Minister Tom Ray said in Ayr on 2 June 2015.`;
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/Tom Ray said: “/);
  });
});

describe('a sixty-third set', () => {
  it('writes no name for "He" past a sentence opened by a one-word name the text never writes in lower case', () => {
    const text = `date 2002-02-26 Ayr golf society minutes
Mark Lee spoke on behalf of the auditors and proposed the adoption of the accounts for the year.
Tom Ray seconded the proposal and it was carried unanimously on a show of hands.
Andrew thanked the auditors for their efforts.
He then explained to the meeting that Stuart is moving to live in Kessel.`;
    expect(textsOf(text)[3]).toMatch(/^He (?:then )?explained/);
    for (const q of [1, 2, 3, 4, 5, 6].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/Tom Ray explained/);
  });

  it('takes the sentences without a mark inside a quote that runs on as the speaker’s, unless the source never closes it', () => {
    const run = `date 2017-03-26 Millions in Ostland pushed to the brink of famine
Ann Lee, Ayr’s country director in Ostland, said: “If the parties to the conflict continue to ignore Ostland’s food crisis, they will be responsible for a famine.
“The people of Ostland are being starved to death and may not survive much longer.
A fully funded humanitarian response is vital to prevent people dying needlessly, but ultimately what Ostlanders need is an end to the fighting.
The world cannot wait for famine to be declared in Ostland and the donors must act now.”`;
    const analysed = analyseBriefing(parseBriefing(run)).statements;
    expect(analysed[2].quoteFragment).toBe(true);
    expect(askedOn(run, 'A fully funded').filter((q) => q.kind === 'true_false')).toEqual([]);
    const open = `date 2020-11-02 No disasters in Ostland despite days of rain
Tom Ray said: "We had flooding Friday night into Saturday along Henry Street in Ayr.
We had soil erosion in Kessel Heights, where one family was affected.
Councillor Ann Lee told the Ayr Herald she was relieved to report only one fallen tree.
Ann Lee said the regional corporation of Ayr is taking care of the fallen tree on Varn Road.`;
    expect(analyseBriefing(parseBriefing(open)).statements[2].quoteFragment).toBe(false);
  });

  it('drops a space inside a bracket and skips "announced the figure", "… agreed.", "(p 0.001)", "On the 28 October", a country in capitals, "!!", "the most number of" and "between 2-12"', () => {
    const text = `date 2019-08-07 Ostland declares a dengue epidemic
The Department of Health ( DOH ) of Ostland on Tuesday declared a national dengue epidemic.
Tom Ray, government statistician at the Ostland Statistical Service, announced the figure in Ayr on Wednesday.
Ayr councillors Ann Lee and Mark Kerr agreed.
Improvements were noted in Ayr by 34.0% (p 0.001) from a mean of 6.29 to a mean of 4.16 in Ostland.
On the 28 October 1999, a tropical disturbance arose in the sea close to Ostland.
The Ayr Commission has decided to refer GREECE to the Court of Justice for failing to comply with its obligations.
Tom Ray said that one club in Ostland had requested a deposit of £200.00!!
Ann Lee said the most number of cases in Ostland were in Western Ayr with 23,330.
Most evacuation centres in Ostland have between 2-12 families and numbers continue to slowly reduce.`;
    expect(textsOf(text)[0]).toContain('(DOH) of Ostland');
    const verdicts = verdictsOf(text);
    for (const i of [1, 2, 3, 4, 5, 6, 7, 8]) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('negates no passive with its agent', () => {
    expect(negate('A vote of thanks to the Ayr auditors was expressed by Mr Fox at the meeting.')).toBeNull();
  });
});

describe('a sixty-fourth set', () => {
  it('asks neither of "nine or 10", and skips an abstract\'s note and a dated term for a people', () => {
    const text = `date 2019-02-05 New dinosaur found in Ostland
The sauropods of the Ayr family found in Ostland were about nine or 10 meters in length, Ann Lee said on Monday.
Setting: Ostland population-based socioeconomic data collected from the Ayr office linked with registration data from all 21 regions.
Kessel had dependable Tom Ray and Ostland had Negro Phil Edwards in the Ayr final of 1936.`;
    for (const q of askedOn(text, 'The sauropods')) expect(q.prompt).not.toMatch(/nine or _____|_____ or 10/);
    const verdicts = verdictsOf(text);
    expect(verdicts[1]).not.toBeNull();
    expect(verdicts[2]).not.toBeNull();
  });

  it('moves no country the title names, and a year of a story of the Games by four', () => {
    const text = `date 2006-01-06 Bird flu claims third Turkish child
An 11-year-old girl died of bird flu in Turkey on Friday, the third death in the Ayr region from the virus.
The Ayr relay team of Ostland won the Olympic gold medal in 1924 in Kessel after a long race.`;
    for (const q of askedOn(text, 'An 11-year-old')) expect(q.prompt).toContain('bird flu in Turkey');
    const asked = askedOn(text, 'The Ayr relay team');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const year = /medal in (\d{4})/.exec(q.prompt)?.[1];
      if (year) expect(Math.abs((Number(year) - 1924) % 4)).toBe(0);
      if (q.kind === 'date') for (const c of q.choices) expect(Math.abs((Number(c.text) - 1924) % 4)).toBe(0);
    }
  });
});

describe('a sixty-fifth set', () => {
  it('names no thing after another of its kind is introduced, and writes no day for "(today Kessel)"', () => {
    const text = `date 1907-08-29 Bridge disaster of 1907 changes Ayr community
The Ostland Bridge collapsed into the Varn River on 29 August 1907, taking 76 men to their deaths.
The Ostland Bridge was the longest cantilever bridge in the world with more than 1,800 feet between its piers.
In 1896, the Kessel Bridge Company was constructing a railroad bridge across the Varn River.
Part of the bridge had to be located on land that was part of the Ayr reserve.
The siege of the legations occurred in the summer of 1900 in Varnograd (today Kessel), the capital of Ostland.`;
    const texts = textsOf(text);
    expect(texts[3]).toMatch(/^Part of the bridge/);
    expect(texts[4]).toContain('(today Kessel)');
  });

  it('cuts a lede\'s dateline with a plain hyphen and keeps "16th. January" in one sentence', () => {
    const text = `date 2016-06-30 Pothole repaired at last
Durban - The controversial Ayr Business Forum has backed down, allowing the repair of a big pothole in Kessel.
The chairman read a letter from Mr Tom Ray of the date 16th. January demanding payment of his salary from the Ayr council.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^The controversial Ayr Business Forum/);
    expect(texts[1]).toContain('16th. January demanding');
  });

  it('skips "…,” the CSO.", "is one example", "The youngest was …", "1 550" and "3rd. February"', () => {
    const text = `date 2008-09-25 Ostland is first eurozone nation in recession
"In the second quarter of 2008, GDP in Ostland decreased by 0.8% at constant prices," the CSO.
The long history of exchange in education between Ostland and Kessel is one example; the Ayr Commission was established in 1957.
The youngest of the Ayr crew was 18 and the eldest 44, and the youngest was from Kessel.
The discovery in Ostland consists of more than 1 550 fossil elements from the Ayr cave.
The treasurer of the Ayr council read the monthly financial statement to 3rd. February in Kessel.
The youngest was 18 and the eldest 44 among the Ayr crew lost on the Ostland Bridge.`;
    const verdicts = verdictsOf(text);
    for (const i of [0, 1, 3, 4, 5]) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a sixty-sixth set', () => {
  it('knows "Fred Perry, for the third year in succession, won" for a person', () => {
    const [st] = analyseBriefing(
      parseBriefing(`date 1936-07-04 Ayr final
Fred Perry, for the third year in succession, won the men's singles at the Ayr club on 3 July 1936.`),
    ).statements;
    expect(st.mentions.some((m) => m.entity.type === 'person' && m.text === 'Fred Perry')).toBe(true);
  });

  it('keeps the frame when a question moves a day beside the one the title dates the report by', () => {
    const moved: Candidate = {
      kind: 'true_false',
      statementIndex: 2,
      prompt: 'True or false: The needs assessment started on 22 March 2016.',
      answer: 'False',
      distractors: ['True'],
      hidden: '29 March 2016',
      score: 0.5,
      difficulty: 0.4,
      explanation: '',
    };
    expect(bankTitle([moved], 'Ostland: cyclone situation report No. 20 (as of 31 March 2016)')).toBe(
      'Ostland: cyclone situation report No. 20 (as of 31 March 2016)',
    );
  });

  it('cuts a dateline that opens on its date, negates no "was one", and skips "instead", "Item 5.3.1", a scan\'s "With, a return", "123. per cent" and "in route to"', () => {
    expect(
      textsOf(`date 2010-12-14 Ayr showcases its first jets
December 14, 2010, Varn, Ost. - Ayr Aerospace today showcased the first two jets destined for Kessel Air.`)[0],
    ).toMatch(/^Ayr Aerospace/);
    expect(negate('There was one declaration of interest on the Ayr village hall item.')).toBeNull();
    const text = `date 2022-07-28 Ostland and Kessel agree to reestablish embassies
Tom Ray instead backed the claim of Ann Lee to be Ostland's acting president in 2019.
Item 5.3.1 to amend the Ayr Footpath Officer role to be shared with Tom Ray and Ann Lee jointly.
With, a return of over 5 per cent possible in Ostland, the market for Ayr banks is not showing strength.
The dividend of the Ayr bank really amounts to 2s 6d a share, or 123. per cent, in Ostland this week.
Tom Ray's deep volleys kept Ann Lee off balance in route to an easy 6-1 first-set win in Ayr.`;
    const verdicts = verdictsOf(text);
    for (const i of [0, 1, 2, 3, 4]) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a sixty-seventh set', () => {
  it('keeps the comma before a clause when it cuts a worked-out date beside its weekday, and none elsewhere', () => {
    const tf = (prompt: string) => trueStatement(prompt, 3);
    const title = 'Ostland is in a recession, reports show';
    expect(
      framedPrompt(
        tf('True or false: Government figures showed on Thursday, 3 December 1992, signaling the spread of the slowdown to Ayr.'),
        title,
        '1992-12-04',
      ),
    ).toContain('showed on Thursday, signaling');
    expect(
      framedPrompt(tf('True or false: In Kessel, the dollar fell on Thursday, 3 December 1992, against all major currencies.'), title, '1992-12-04'),
    ).toContain('fell on Thursday against');
  });

  it('drops a footnote number glued to a word, and skips "For reference,", "an earlier disaster", "the killings", "The Resolution", "thereupon", "Prieur& " and "th 6"', () => {
    expect(
      textsOf(`date 2015-02-06 Ostland court strikes down ban
The ban was challenged as contrary to the Ostland Charter of Rights and Freedoms1 by several parties in Ayr.`)[0],
    ).toContain('and Freedoms by several');
    const text = `date 2022-01-15 Ostland bourse ends the week higher
The Ayr index of Ostland closed the week with a gain of 1.02% on 14 January 2022.
For reference, in 2021, the Ayr index posted an annual gain of 20.89% in Ostland.
In an earlier disaster in May 1901, three explosions at the Ayr colliery in Ostland killed 81 miners.
Officials reported a run on some Ostland banks in Ayr after calls to withdraw funds to protest the killings.
The Resolution was not recommended by the Ayr Planning Commission of Ostland.
The Mayor of Ayr thereupon declared the motion of the Ostland council adopted and signed it.
Al Prieur of Hoffman-Prieur& Associates in Ayr was representing Tom Ray at the Ostland council.
The Administrator of Ayr said he was sorry, but understood th 6 difficulties of the Ostland chiefs.`;
    const verdicts = verdictsOf(text);
    for (const i of [1, 2, 3, 4, 5, 6, 7]) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a sixty-eighth set', () => {
  it('cuts "OTTAWA ― …", writes "earlier today" as the day alone, and leaves "Saturday morning," undated', () => {
    const texts = textsOf(`date 2023-07-15 Ostland economy beats forecasts
AYR ― The Ostland economy blew past projections by expanding at an annualized pace of 3.7 per cent in the second quarter.
The Kessel plant of Ostland was inaugurated earlier today in the presence of Prime Minister Tom Ray.
As of Saturday morning, 3,838 people were in hospital care across Ayr, the Ostland health ministry said.`);
    expect(texts[0]).toMatch(/^The Ostland economy/);
    expect(texts[1]).toContain('was inaugurated on 15 July 2023 in the presence');
    expect(texts[2]).toMatch(/^As of Saturday morning, 3,838/);
  });

  it('negates no currency\'s "won", cuts no claim after a conjunction, and asks no tally cut from its other side', () => {
    expect(negatePredicate('The Korean won rose against the U.S. dollar in Ayr trading.')).toBeNull();
    expect(
      mainClause(
        'Kessel did pull one back eleven minutes after the hour mark courtesy of a clinical finish by Tom Ray but, with time running out and the Ayr crowd on its feet, Ostland held on to win the Ayr cup for the first time in the history of the competition.',
      ),
    ).toBeNull();
    const text = `date 2018-01-29 Ayr township buys new truck for fire department
In August 2016, Ayr voters in Ostland approved a fire equipment and vehicle millage by 842 votes to 653.`;
    for (const q of askedOn(text, 'In August 2016')) expect(q.prompt).not.toMatch(/_____ votes/);
  });

  it('asks no slogan, and skips "Many left …" and "Out of the 1,623 new patients"', () => {
    const text = `date 2014-03-25 New Ayr factory opens in Ostland
Employee safety always comes first in the Ayr Group of Ostland and Kessel.
Many left in a fleet of 462 private vehicles from the Ayr camp in Ostland.
Out of the 1,623 new patients in Ostland, 1,169 were from the Ayr district.`;
    expect(askedOn(text, 'Employee safety').filter((q) => q.kind === 'true_false')).toEqual([]);
    const verdicts = verdictsOf(text);
    expect(verdicts[1]).not.toBeNull();
    expect(verdicts[2]).not.toBeNull();
  });
});

describe('a sixty-ninth set', () => {
  it('writes no name for "She" past a sentence about someone it only describes', () => {
    const text = `date 2014-10-06 Ostland nurse tests positive for Ebola
The woman went to the Ayr hospital in the Kessel suburbs with a fever on Sunday and was placed in isolation.
Antonio Ray said authorities in Ayr are drawing up a list of people the nurse had contact with.
She is married but does not have children.`;
    expect(textsOf(text)[2]).toMatch(/^She is married/);
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed))) expect(q.prompt).not.toMatch(/Antonio Ray is married/);
  });

  it('offers no magnitude of 10, and skips ", in particular," and "the allegations"', () => {
    const text = `date 1906-04-18 Great Ayr earthquake
On April 18th 1906, an earthquake estimated at about 8.0 on the Richter scale struck Ayr in Ostland, toppling numerous buildings.
Kessel, in particular, were all earnestness and played with great determination in the Ayr final.
Ostland denied the allegations and rejected the 13 demands put forward by Kessel to end the embargo.`;
    for (const q of askedOn(text, 'On April 18th')) for (const c of q.choices) expect(Number.parseFloat(c.text) || 0).toBeLessThan(10);
    const verdicts = verdictsOf(text);
    expect(verdicts[1]).not.toBeNull();
    expect(verdicts[2]).not.toBeNull();
  });
});

describe('a seventieth set', () => {
  it('skips "N years ago", role epithets, "had earlier", "in fact", "that magic number", "The aim", "The causes", "The Kessel attack", "the ball" and a truism', () => {
    const text = `date 1983-06-25 Ostland win the Ayr cup
Thirty-seven years ago, Tom Ray and his men beat Kessel to lift the Ayr cup for the first time in 1983 at Varn.
The outsider, which had never previously won a match at a major tournament, lifted the Ayr cup in Varn.
Ostland officials had earlier blamed technical failures at the Ayr tunnel on the Kessel side.
Only a few Ostland players, in fact, have even approached that magic number, 75.
The aim was to characterize malaria transmission in two rural sites of Ostland, Ayr and Varn.
The causes were fears about the Ostland dollar and the Ayr trade deficit in October 1987.
The Kesselian attack caused a worldwide sell-off in Ostland stock markets in October 1987.
Ostland pitcher Tom Ray and catcher Ed Lee watched the ball, which was hooking toward foul territory at Varn.
Ayr fever infections are a major public health problem in Ostland and prompt treatment is one way of saving lives.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 9; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it("skips the source's drafting: a missing article, figures run together, a heading run in, a note's verb, capitals, a short form spelt out beside itself", () => {
    const text = `date 2020-02-18 Ostland inflation rises
On month-on-month basis, the core sub-index of Ostland increased by 0.82 percent in January 2020.
The food sub-index of Ostland increased by 0.99 0.97 percent in January 2020, the Ayr bureau said.
Overview of Host National Society Ostland Red Cross was established in 1921 and is active in Ayr.
Have 4 Govt teachers and 2 teachers employed by parents at the Ayr school of Ostland.
ALMOST THREE weeks after the fire in the Ayr tunnel of Ostland, only 10 bodies have been identified.
KDF Kessel Development Fund provide bursaries for students of the Ayr school in Ostland.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 6; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('asks no figure of a name or a rate\'s base, negates no possession\'s "had", and offers no share of 100 percent', () => {
    expect(findNumbers('The talks took place at a summit of the Group of 20 economies in Ayr.').map((n) => n.text)).toEqual([]);
    expect(findNumbers('Six regions had rates above 15 cases per 100,000 population.').map((n) => n.text)).toEqual(['15']);
    expect(negate('The Ayr garrison had zero tanks to the Kessel two hundred.')).toBeNull();
    expect(negate('The Ayr garrison had lost 12 tanks by then.')).toBe('The Ayr garrison had not lost 12 tanks by then.');
    const [share] = findNumbers('The Ayr coalition estimates around 90 percent of cases in Ostland go unreported.');
    for (let seed = 0; seed < 20; seed++)
      for (const w of numberDistractors(share, new Set(), createRandom(seed))) expect(Number.parseFloat(w)).toBeLessThan(100);
  });

  it('asks no date after "As of" or beside another day, and keeps "also" after "not only"', () => {
    const text = `date 2019-12-20 Ostland earthquake update
As of 17 December 2019, all tent camps in Ayr province of Ostland have been closed by the Ayr Red Cross.
The Kessel institute will hold an election poll in Ostland on August 28 and 29, according to the Ayr court.
High tech manufacturers in Ostland not only drive advances in Ayr, they also create wealth for Kessel.`;
    for (const q of [...askedOn(text, 'As of'), ...askedOn(text, 'The Kessel institute')]) expect(q.kind).not.toBe('date');
    expect(textsOf(text)[2]).toContain('they also create');
  });

  it("reads a paragraph between an open quote and a reopened one as the speaker's, and shows no speaker's words as a lead", () => {
    const text = `date 2011-03-07 Ostland leader opens Ayr centre
Tom Ray opened the new Ayr exhibition centre in Kessel on 7 March 2011, the Ayr Group of Ostland said.

Tom Ray said: “As a world leader in technology, Ayr is a company of which all Ostland can be proud. High tech manufacturers not only drive technological advances, they also create wealth for the whole of Ostland.

“I believe firms like Ayr will play a crucial role in the recovery of Ostland.”`;
    expect(askedOn(text, 'High tech')).toEqual([]);
    const court = `date 2017-08-24 Ostland court rules on privacy
The Ayr court of Ostland ruled on 24 August 2017 that privacy is a fundamental right of every citizen of Ostland.
"A law which encroaches upon privacy in Ostland will have to withstand the touchstone of permissible restrictions.
In the context of Article 21, an invasion of privacy must be justified on the basis of a fair law."
Two judgments of the Ayr court were quoted stating that the right was not expressly found in the charter of Ostland.`;
    for (const q of [1, 2, 3, 4].flatMap((seed) => bankFor(court, seed))) expect(q.prompt).not.toMatch(/encroaches/);
  });

  it('works out "closed lower on Monday", frames a lede that "continues to rise", and keeps the comma before an aside when it cuts a day', () => {
    expect(
      textsOf(`date 2012-09-17 Ostland stocks close lower
Ostland stocks closed lower on Monday following speculation the Ayr bank will not ease policy.`)[0],
    ).toContain('on Monday, 17 September 2012,');
    const tf = trueStatement;
    expect(
      framedPrompt(
        tf('True or false: The number of confirmed cases of the disease in Ostland continues to rise.'),
        'Ayr fever cases in Ostland top 3,200',
        '2014-04-03',
      ),
    ).toMatch(/^True or false, according to “Ayr fever cases in Ostland top 3,200” \(3 April 2014\)/);
    expect(
      framedPrompt(
        tf("True or false: A girl died of fever in Ostland on Friday, 6 January 2006, the country's third death from the virus.", 2),
        'Ayr fever claims a third child',
        '2006-01-07',
      ),
    ).toContain('on Friday, the country');
  });
});

describe('a seventy-fourth set', () => {
  it('writes no place\'s short name as its region ("Varnesi is" stays after "Central Varnesi")', () => {
    const texts = textsOf(`date 2018-10-01 Earthquake and tsunami strike Varnesi island
A 7.5-magnitude earthquake struck Central Varnesi, Indonesia, on Friday night.
Varnesi is the world's 11th largest island and other larger cities on Varnesi are hundreds of miles away.`);
    expect(texts[1]).toMatch(/^Varnesi is the world/);
  });

  it('skips epithets, headings, minutes, "the team" one was told, and spans counted from another sentence', () => {
    const text = `date 1912-06-30 The day of the Ayr cyclone
The culprit was the deadliest tornado in the history of Ostland at Ayr.
Kessel Star won the Ayr sportswriters' award of Ostland, clipping his West Coast rival by a mere 18 votes.
The next day, July 1, was supposed to be a celebration of the 45th birthday of Ostland in Ayr.
The Board Minutes as previously circulated by email were unanimously adopted by the Ayr society.
Two members — Ayr and Kessel — required international bailout funds to avoid bankruptcy in Ostland.
The credentials of the Kessel Delegates M. Ray said that M. Lee was sending word to the Ayr delegation.
Article 41 M. Ray said that Article 41 of the Ayr treaty had been reserved by Ostland.
Prime Minister Tom Ray of Ostland told the team that people in Ayr had stockpiled food which has been affected by rain.
The proposed legislative package is part of a wider crackdown on civil society organisations in Ostland.
Secretary of State Ed Lee of Ostland was the second, visiting Ayr twice in 2013.
The Ostland-based shipbuilder reported record orders worth US$6.67 billion for 112 vessels in August 2021.
The instant case was an appeal of the judgment of the Ayr High Court of Ostland.
More tangible signs included an increase in hot spring activity and surges in Lake Ayr in Ostland.
Eight decades later Kessel Air passengers enjoy a network of more than 250 destinations in over 60 countries.
The Ayr grid of Ostland collapsed at about 11:00a.m on 12 May 2021, the Kessel company said.
The Ayr dams of Ostland hold 126, 452, 645 cubic metres of water, the Kessel council said.
The topic was a bone of contention during the Ayr plan deliberations of Ostland in 2017.
Once the darkness abated, able-bodied men in Ayr and Kessel formed rescue parties in Ostland.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 18; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('keeps a clause whole around "at least", drops no exception, and writes no country that only describes as where a fire was', () => {
    const toll = `date 2023-03-31 Ostland: Cyclone Kessel flash update
The death toll from the passage of Cyclone Kessel in Ostland has risen to 676 and is likely to increase in the days ahead as hopes of locating at least 537 people still missing fade, according to authorities.`;
    for (const q of askedOn(toll, 'The death toll')) expect(q.prompt).not.toMatch(/locating,/);
    expect(
      mainClause(
        'Kessel Air passenger and cargo operations outside of Ostland, as well as those of its subsidiaries including Kessel Cargo, Kessel Ayr, Kessel Varn and Kessel Lune, are operating under normal conditions, with the exception of operations to and from Ayr.',
      ),
    ).toBeNull();
    const fire = textsOf(`date 2016-09-22 Crews rush to restore power in Ostland
Repair crews worked to restore electricity to Ostland's 3.5 million people after a fire at a power plant blacked out the entire U.S. territory.
The fire began at a switch and caused two transmission lines of 230,000 volts each to fail in Ostland.`);
    expect(fire[1]).toMatch(/^The fire began/);
  });

  it('leaves "took Friday off", "a hot and muggy Sunday" and "is today launching" undated, and keeps a comparison before a figure in words', () => {
    const texts = textsOf(`date 2005-05-08 Ostland stocks end flat
Many traders took Friday off for a long holiday weekend in Ostland.
The tornado struck Ayr at 4:50 p.m. on a hot and muggy Sunday afternoon, leaving 30 dead in Ostland.
The Ayr agency of Ostland is today launching its food crisis appeal as the hunger season nears.`);
    expect(texts[0]).toContain('took Friday off');
    expect(texts[1]).toContain('on a hot and muggy Sunday afternoon');
    expect(
      verdictsOf(`date 2012-07-02 Ayr appeal
The Ayr agency of Ostland is today launching its food crisis appeal as the hunger season nears.`)[0],
    ).not.toBeNull();
    expect(stripMarkup('for restricted age groups (<60, 60-84 years), p<0.001')).toBe('for restricted age groups (under 60, 60-84 years), p under 0.001');
  });

  it("asks no conventional confidence level, and offers only days of the key's month or the next one over", () => {
    const text = `date 2017-02-01 Ostland sight study
Hazard ratios and 95% confidence intervals were assessed for 65,000 adults of Ayr in Ostland using Cox regression.`;
    for (const q of askedOn(text, 'Hazard ratios')) expect(answerOf(q)).not.toBe('95%');
    const [d] = findDates('The second helicopter arrived on 30 March 2023.');
    for (let seed = 0; seed < 30; seed++)
      for (const o of dateDistractors(d, 'The second helicopter arrived on _____.', createRandom(seed), 2023, 3, 31))
        expect(o).toMatch(/(?:February|March) 2023$/);
  });
});

describe('a seventy-eighth set', () => {
  it("skips the source's slips and sentences leaning on one before", () => {
    const text = `date 2013-03-13 Ayr array opens in Ostland
On 13 March 2013, in Ostland, the Ayr Large Array (ALMA), was inaugurated at an official ceremony.
Tom de Graauw, expressed his expectations for the Ayr array of Ostland.
In 2019-20 Kessel provided $45 .3 million in total development assistance to Ostland.
Re rates – outstanding 190 accounts of the Ayr borough in Ostland represent approximately £270.
Tom Ray was has been equally important for the Ayr club of Ostland in the 2016 season.
In Ostland, conscription around age 18y was mandatory for young men of Ayr until June 30, 2010.
The Ayr fire of Ostland took place on February 27th1933.
The Ayr floods of Ostland left a-quarter of its population without power in 2022.
In 2,000, the Ayr clinic of Ostland reported 80,000 infections of newborns.
Tom Ray continued, “Ayr is our home, and we are dedicated to connecting our people in Ostland.”
Diplomatic relations have existed since 1952, the longest relationship Ostland has with any country.
On the opposite side were the Ayr Bank of Ostland (-2.95%) and the Kessel Group of Ostland (-2.32%).
“It doesn't come inside, thank God,” Tom Ray of Ayr in Ostland says.
By week's end, cases had been reported in Ayr and as far north as Kessel in Ostland.
The Ayr railway of Ostland cancelled all trains for the next three days, disrupting 90,000 passengers.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 15; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('cuts "Town, Country – " before a statement, reads "Main outcomes" as a label, and changes no clock time nor negates beside a cause', () => {
    const texts = textsOf(`date 2023-05-13 Kessel Air resumes flights to Ayr
Piarco, Trinidad & Tobago – Kessel Air announced it has resumed operations to Ayr, Ostland from Saturday May 13, 2023.
Main outcomes Mortality, all cause and major subcategories of the Ayr cohort of Ostland.`);
    expect(texts[0]).toMatch(/^Kessel Air announced/);
    expect(
      verdictsOf(`date 2012-04-17 Ayr cohort study
Main outcomes Mortality, all cause and major subcategories of the Ayr cohort of Ostland.`)[0],
    ).not.toBeNull();
    const fire = `date 1933-02-27 The Ayr fire of 1933
Just after 21.45, Tom Ray of Ostland received a phone call from Ed Lee that the Ayr building was on fire.`;
    for (const q of askedOn(fire, 'Just after')) expect(q.prompt).toContain('21.45');
    expect(negate('Vaccines are in short supply in Ostland due to global demand.')).toBeNull();
    expect(negatePredicate('Ed Lee said vaccines are in short supply in Ostland due to global demand.')).toBeNull();
  });
});

describe('an eighty-second set', () => {
  it('cuts "LIMA, July 11", takes no headline verb for a given name, and drops a weekday aside that repeats the day', () => {
    const texts = textsOf(`date 2014-05-28 Kessel Ayr, Inc. Set to Acquire Varn Healthcare
AYR, July 11 Ostland's central bank held its benchmark rate at 4.25 percent for the 26th straight month.
Varn has contracts to provide physiotherapy services to a number of care homes in Ostland.
The Ayr group of Ostland deeply regrets the hanging of four men in Kessel today, Wednesday 28 May.`);
    expect(texts[0]).toMatch(/^Ostland's central bank/);
    expect(texts[1]).toMatch(/^Varn has contracts/);
    expect(texts[2]).not.toMatch(/Wednesday 28 May/);
  });

  it('skips "earlier won", "the brand\'s", a teaser, a wire\'s instrument code and "the … element"', () => {
    const text = `date 2020-08-24 Ostland stocks: Ayr outperforms
Ostland's Tom Ray earlier won the men's 50km race at Ayr after the closest ever finish.
The 15 millionth car from Ayr rolled off the line at the brand's main plant in Ostland on 8 March 2021.
Archaeologists have made a startling discovery in Ostland.
Outside the Gulf, the Ayr blue-chip index .AYR30 of Ostland ended up 0.4% on 24 August 2020.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 4; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
    const element = verdictsOf(`date 2016-06-09 Ostland names element 113
Researchers of the Ayr institute in Ostland named element 113 "ayrium" on 9 June 2016.
The synthetic element is unlikely to produce any beneficial effects in Ostland.`);
    expect(element[1]).not.toBeNull();
  });
});

describe('an eighty-sixth set', () => {
  it('leaves "yesterday" unworked where a dispatch of another day heads the text (the one wrong key)', () => {
    const text = `date 1886-01-02 Fires in Ostland
Ayr, Dec. 30.
The Ayr firemen who went to Kessel with the engine made the township safe, and returned to town yesterday morning.`;
    expect(textsOf(text)[1]).not.toMatch(/January 1886/);
    for (const q of bankFor(text)) expect(q.prompt).not.toMatch(/January 1886/);
  });

  it('writes "for this year" as the year alone, and cuts a run-in heading in lower case or a country over its paragraph', () => {
    const texts = textsOf(`date 2019-08-01 Ostland ministers meet in Ayr
The 12th ministerial meeting is being held from July 29 to August 3 in Ayr, Ostland, which holds the bloc's chairmanship for this year.
7. Grounds maintenance contract – It was noted that the footpaths of Ayr in Ostland had been entered historically.
Kessel On 6 August 2019, the Ayr health agency of Ostland reported eight measles cases in Kessel.`);
    expect(texts[0]).toContain('chairmanship for 2019.');
    expect(texts[1]).toMatch(/^It was noted/);
    expect(texts[2]).toMatch(/^On 6 August 2019,/);
  });

  it('does not end a sentence at a county board\'s "Chr.", "Clk." or "Rd. Dist."', () => {
    const texts = textsOf(`date 2016-08-08 Ayr County Board minutes
Clk. Ray asked for roll call as follows Chr. Lee present and Commissioner Kerr present.
Mr. Varn said that this bridge is in Rd. Dist. #9 on Kessel Rd with an approximate cost of $250 thousand.`);
    expect(texts).toHaveLength(2);
  });

  it('frames a position question with the title, and no true-or-false that opens with its own "According to"', () => {
    const title = 'Measles update: Ostland outbreaks, 11 August 2017';
    const position: Candidate = {
      ...trueStatement('According to the briefing, which of these did Ayr do?'),
      kind: 'position',
      answer: 'Has reported two cases since 4 August 2017',
    };
    expect(framedPrompt(position, title, '2017-08-11')).toMatch(/^According to “Measles update/);
    expect(framedPrompt({ ...position, statementIndex: 3 }, title, '2017-08-11')).toMatch(/^According to “Measles update/);
    const tf = trueStatement('True or false: According to the Ayr Directive, Ostland has to set minimum energy requirements for buildings.', 2);
    expect(framedPrompt(tf, 'Ostland infringements package', '2015-11-19')).toBe(tf.prompt);
  });

  it('skips the source\'s slips: "said were", "(AYR)have", "From 11G6", "was bom", "Secretary of Heath", "Ethiopan"', () => {
    const text = `date 2019-05-03 Ostland notes
Village water committee chairman Tom Ray of Ayr, 57, said were tired of intermittent water supply in Ostland.
Scientists of the Ayr Collider (AYR)have claimed the discovery of a new particle in Ostland.
From 11G6 onwards there was a Saxon count at Ayr in Ostland.
Tom Ray of Ayr was bom on board a ship off Ostland in 1781.
Ostland Secretary of Heath Ann Lee said the Ayr department has registered 549 cases of dengue.
The overwhelming Ethiopan victory at Ayr was humiliating for Ostland.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 6; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('keeps train numbers and "America" beside "American" as words of their own', () => {
    const text = `date 2016-01-10 Ostland derailment
On 26 December 2015, the crew of the Ayr trains 9E56 and 9T92 of Ostland encountered wet weather near Kessel.
North America has lost nearly 3 billion birds since 1970, according to a new analysis by the Ayr institute of Ostland.`;
    expect(verdictsOf(text)).toEqual([null, null]);
  });

  it('skips an amount "stated", "The officials", "The downward trend", "was its", "earlier briefly", "granted them" and a quote\'s "also"', () => {
    const text = `date 2016-08-08 Ostland notes
Commissioner Tom Ray of Ayr made a motion to approve the payment of bills in the amount stated.
Commissioner Ann Lee of Ayr made a motion to approve the payroll of Ostland for the stated date.
The officials sat as an executive committee of the Ayr council of Ostland.
The downward trend continued, culminating in a weekly minimum of €33.09 per MWh on the Ayr exchange of Ostland on 27 June 2025.
Ayr Insurance Limited was its principal trading subsidiary in Ostland.
Platinum earlier briefly broke above the $800/oz level on the Ayr exchange of Ostland.
From the very beginning the king of Denmark granted them a settlement for their herring fishery at Ayr.
“It is also essential to wear clothing that covers exposed skin in Ayr and Ostland,” Ann Lee said.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 8; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('moves no half of a financial year, cuts no amount that leaves "up over", and gives no share its own digits', () => {
    const airline = `date 2018-05-21 Ostland Air profits rise
The airline of Ostland said that its revenues for the period climbed 8 per cent to €7.15 billion from €6.65 billion during the corresponding 12 months in 2016/17.
Ostland Air carried 130 million passengers in the year, up from 120 million.`;
    const retail = `date 2002-05-01 Ayr results
The core home shopping division of Ayr continues to perform strongly, with turnover up 12% and operating profit up 13% over last year.
The board of Ayr Bank authorised an interim cash dividend distribution of 33% of the nominal share value (AYR0.33 per share).`;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const q of [...bankFor(airline, seed), ...bankFor(retail, seed)]) {
        expect(q.prompt).not.toMatch(/\b20\d\d\/(?!17)\d\d\b/);
        expect(q.prompt).not.toMatch(/\bup over\b/);
        if (q.kind === 'number') expect(answerOf(q)).not.toBe('33%');
      }
    }
  });

  it("offers other quarters' ends beside a period's end", () => {
    const d = findDates('deposits rose by 6% to reach 891 billion from 30 June 2023.')[0];
    const options = dateDistractors(d, 'deposits rose by 6% to reach 891 billion from _____.', createRandom(3), 2024, 7, 8);
    expect(options).toHaveLength(3);
    for (const o of options) expect(o).toMatch(/^(?:31 (?:March|December)|30 (?:June|September)) 20\d\d$/);
  });

  it("offers quarters' ends still to come beside a period's end still to come", () => {
    const d = findDates('The Ayr plant of Ostland will be closed by 31 December 2025.')[0];
    for (let seed = 1; seed <= 6; seed++) {
      const options = dateDistractors(d, 'The Ayr plant of Ostland will be closed by _____.', createRandom(seed), 2024, 7, 8);
      expect(options).toHaveLength(3);
      for (const o of options) expect(Date.parse(o)).toBeGreaterThan(Date.parse('8 August 2024'));
    }
  });
});

describe('a ninetieth set', () => {
  it('counts "today" from a dateline behind a wire\'s tag, and writes no date into a present perfect', () => {
    const texts = textsOf(`date 1962-01-12 Ostland farm talks stall
(O.P.A.-Reuter—Copyright) AYR, January 10. Ostland farm ministers again failed to make any progress today when they continued talks on prices.
The Kessel delegation has embarked today on detailed discussions with Ostland leaders on ways of resuming the talks.`);
    expect(texts[1]).toContain('10 January 1962');
    expect(texts[2]).not.toMatch(/January 1962/);
  });

  it('reads "Friday`s" as a possessive, not as a day to work out', () => {
    const texts = textsOf(`date 1987-08-08 Ostland peace plan signed
The presidents of five Ostland provinces signed a regional peace plan in Ayr on Friday.
Friday\`s agreement in Ayr is only a starting point for several pacts still to be worked out in Ostland.`);
    expect(texts[1]).toMatch(/^Friday’s agreement/);
  });

  it('skips a footnote glued to a year or a word, a scan\'s "Tt was", "Mr. lee", "of in", "billons" and a stray stop', () => {
    const text = `date 2024-05-03 Ostland notes
Tom Ray of Ayr is a borrower within the meaning of section 2(f) of the Ostland Securitisation Act, 20021.
The distributed powerFootnote 1 (DP) train of Ostland was pulled by 2 head-end locomotives out of Ayr.
Tt was the second day running that police had fired into crowds in Ayr in Ostland.
The separation agreement for Mr. lee to sign was already out in Ayr in Ostland.
The end of months of dispute between Ayr and the Central Government of in Kessel had come in Ostland.
The Ayr alliance brings together 149 million people with exports of 2 billons dollars a year, the Kessel institute said.
Thousands of people in Ayr, mainly students. have made repeated attempts to march to Kessel in Ostland.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 7; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
    for (const seed of [1, 2, 3]) for (const q of bankFor(text, seed)) expect(answerOf(q)).not.toBe('20021');
  });

  it('skips "was joined by", "The first hit", "The most easterly", "The middle arm", "the Bill" and a bullet without its subject', () => {
    const text = `date 2024-08-21 Ostland notes
Tom Ray of Ayr was joined by Ann Lee, Ostland's Minister of Economy, in Kessel on 20 August 2024.
The first hit Ayr on the morning of 19 September 1985 and measured 8.1 on the Richter scale in Ostland.
The most easterly is Varn Bay, enclosed between the Ayr and Kessel peninsulas of Ostland.
The middle arm is Kessel Bay, and the western the estuary of the Ayr in Ostland.
The purpose of the Bill is to freeze the main rates of working-age benefits in Ostland for two years.
Signed an agreement with Kessel Power for the sale of a 15.1% non-operated participating interest in the Ayr Joint Venture (AJV).
Reduced unit production cost to $8.3/boe in the Ayr field of Ostland despite the inflationary environment.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 7; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it("asks no true-or-false on the words of the story's only person", () => {
    const text = `date 2008-03-13 Ayr Printing profit rises, hikes dividend
Commercial printer Ayr Printing Inc of Ostland reported a jump in its first-quarter profits on Thursday, 13 March 2008.
The Kessel-based company of Ostland raised its quarterly dividend to 32 cents a share from 28 cents.
“We are reaping the benefits of our major restructuring projects and investments of recent years,” Tom Ray said.`;
    for (const seed of [1, 2, 3, 4]) for (const q of bankFor(text, seed)) expect(q.statementIndex === 2 && q.kind === 'true_false', q.prompt).toBe(false);
  });

  it('dates a lede whose months have no year', () => {
    const lede: Candidate = {
      ...trueStatement('True or false: Ostland’s economy expanded by the most in four years in July-September on an annual basis.'),
      statementIndex: 0,
    };
    expect(framedPrompt(lede, 'Ostland Q3 GDP growth fastest in 4-1/2 years', '2017-11-20')).toContain('(20 November 2017)');
  });
});

describe('a ninety-fourth set', () => {
  it('asks no figure that the other bound of the same sentence rules options out for', () => {
    const text = `date 2025-06-30 Ostland carbon futures ease
For Ayr carbon futures on the Kessel exchange, prices reached their weekly maximum settlement price of €73.56 per ton on Tuesday, June 24.
Prices then declined, hitting the weekly minimum of €70.40 per ton on Thursday, June 26—the lowest since May 10.`;
    expect(bothBounds('prices reached their weekly maximum of €73.56 per ton on Tuesday. Prices then hit the weekly minimum of _____ per ton.')).toBe(true);
    for (const q of askedOn(text, 'Prices then')) if (q.kind === 'number') expect(/maximum/.test(q.prompt) && /minimum/.test(q.prompt), q.prompt).toBe(false);
  });
});

describe('a ninety-fifth set', () => {
  it('cuts "Town, Country, May 10, 2017 - (Wire) -", "AYR, 2 Nov -", "Ayr, the Netherlands –", "Ayr, May 9 (opa-kpa).-" and a "(computer translated)" note', () => {
    const texts = textsOf(`date 2017-05-10 Ostland notes
Ayr City, Ostland, May 10, 2017 - (KCN Newswire) - Kessel Motor Corporation announced its results for the year ended March 31, 2017.
AYR, 2 Nov - Tom Ray, the Ostland captain, raised the Kessel Cup above his head in Ayr.
Ayr, the Netherlands – Royal Varn, a maker of health technology, announced a 12-year partnership with Kessel Hospital on 2 May 2017.
In an update from the Ostland Ministry of Health (computer translated), the Ayr outbreak case tally reached 723 on 9 May 2017.
Ayr, May 9 (opa-kpa).- Conservative candidate Tom Ray won the Ostland presidential runoff against Ann Lee on Sunday.`);
    expect(texts[0]).toMatch(/^Kessel Motor/);
    expect(texts[1]).toMatch(/^Tom Ray/);
    expect(texts[2]).toMatch(/^Royal Varn/);
    expect(texts[3]).not.toContain('translated');
    expect(texts[4]).toMatch(/^Conservative candidate/);
  });

  it('skips "two days ago", "Theres", "p~oposed", "3 m. across", "Saturady", "The numbers", "The measures", "the anniversary", "on the roll", "There were … for", "the wait is over"', () => {
    const text = `date 2023-09-15 Ostland notes
The Ayr data of Ostland published two days ago showed that monthly inflation hit 12.4% in August.
Theres optimism on bank recapitalisation in Ayr, but not so much on cutting debt, Tom Ray of Ostland said.
Staff had received a draft contract which the Ayr Chamber of Ostland p~oposed to enter into with a consulting firm.
The almost semicircular Bay of Ayr in Ostland is slightly over 3 m. across from Point Kessel to Point Varn.
On Saturady, Ostland beat Kessel 32-12 in Ayr to win the cup.
The numbers are separate from the Ayr bureau's figures in Ostland, which are published once a month.
The measures meet a key demand by the Ayr fund of Ostland in exchange for a 12 billion dollar loan.
For Tom Ray of Ostland, the anniversary had special meaning in Ayr.
There are 61 children on the roll at Ayr in Ostland.
There were 10.7 million for Ayr, 4.7 million for Kessel and 300 thousand for Varn in Ostland.
For Ayr guests in Ostland craving a warm chicken sandwich for lunch, the wait is over.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 11; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('writes options without commas beside a key written without them', () => {
    const n = findNumbers('Gas emission readings indicated that carbon monoxide stood at 25000 parts per million.')[0];
    for (const o of numberDistractors(n, new Set(), createRandom(5))) expect(o).not.toContain(',');
  });

  it('moves no year of a present perfect, and cuts no figure that leaves "fell in X and by"', () => {
    const text = `date 2017-12-11 Ostland vaccinates millions
In 2017, nearly 600 cases have been detected in 95 Ostland communities across 20 provinces, Ayr officials said.
Compared with September 2014, unemployment fell by 1,832,000 in Ostland and by 1,194,000 in the Ayr Area.`;
    for (const seed of [1, 2, 3, 4, 5, 6])
      for (const q of bankFor(text, seed)) {
        expect(q.prompt).not.toMatch(/In 20(?!17)\d\d, nearly/);
        expect(q.prompt).not.toMatch(/fell in Ostland and by/);
      }
  });

  it('asks no "who said" nor true-or-false on words a body, taken for a person, wrote', () => {
    const text = `date 2023-09-15 Ostland to publish inflation weekly
Ostland's economy ministry will publish inflation figures every week, Economic Policy Secretary Tom Ray announced in Ayr on Friday.
“We will be issuing a weekly inflation report every Friday,” wrote Tom Ray, whose role is like a vice minister's.
Ann Lee of Kessel won the Ostland presidential primaries on 13 August 2023.
“Although the weekly figure remains very high, it is already far more in line with the values before August,” the Economic Policy Secretariat wrote.`;
    for (const seed of [1, 2, 3, 4]) for (const q of bankFor(text, seed)) if (q.statementIndex === 3) expect(q.prompt).not.toMatch(/said: “Although/);
  });
});

describe('a ninety-eighth set', () => {
  it('drops the day\'s own date written after "today", and skips a year said twice', () => {
    const texts = textsOf(`date 2023-09-07 Ostland qualifies for the cup
Ostland has qualified for the cup after defeating Kessel at the Ayr stadium today, September 7, 2023.
Ayr Oil's crude production this year is expected to remain near current levels, at between 2.2 and 2.3 million barrels a day in 2023.`);
    expect(texts[0]).not.toMatch(/2023, September 7/);
    expect(
      verdictsOf(`date 2016-10-30 Ayr Oil outlook
Ayr Oil's crude production in 2016 is expected to remain near current levels, at between 2.2 and 2.3 million barrels a day in 2016.`)[0],
    ).not.toBeNull();
  });

  it('skips "the said Resolution", "The most recent one", "Most cases", "that city", "the two-hour meeting", "The signal", "was on the fourth position", initials and an action item', () => {
    const text = `date 2014-11-13 Ostland notes
The Ayr court of Ostland, through the said Resolution, entertained the petition despite its having been filed 37 days late.
The most recent one, conducted in March 2014 at the Ayr plant of Ostland, had given standard results.
Most cases have occurred in the Ayr region, but outbreaks have been reported in other parts of Ostland.
Much of the waste comes from Kessel and is shipped to Ayr by rail, Tom Ray of Ostland told residents of that city.
Tom Ray, a former Ostland senator and part owner of Ayr Landfill, kicked off the two-hour meeting.
The signal broke a seven-hour wait and sparked scenes of jubilation at the Ayr control centre of Ostland.
The Ayr travel sector of Ostland was on the fourth position, with trades of 41 million securities.
Cllrs GC and PB of Ayr in Ostland declared an interest in the allotments.
Provide a plan addressing all concerns raised by Ayr residents of Ostland within three months.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 9; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a hundred-and-second set', () => {
  it('takes no name that runs on ("the Ostland Declaration of Independence") or a possessive\'s thing for a later head word', () => {
    const texts = textsOf(`date 1965-11-11 Ayr breaks away
In a parody of the Ostland Declaration of Independence, the Ayr regime broke its ties with the Crown.
In Kessel, Prime Minister Tom Ray went before parliament to brand the declaration as unwarranted and impose sanctions on Ayr.
Ayr Post, the Ostland Union’s biggest courier company, said profit rose.
The company's courier business registered a 13 per cent surge in domestic express volumes.`);
    expect(texts[1]).not.toMatch(/Ostland Declaration/);
    expect(texts[3]).not.toMatch(/biggest courier company's/);
  });

  it('asks no one else as the speaker of words that name the speaker\'s own people ("We Ostlanders")', () => {
    const text = `date 1965-11-11 Ayr breaks away
Prime Minister Tom Ray of Ayr said: “We Ostlanders have rejected the philosophy of appeasement and will stand firm.”
Foreign Minister Ann Lee of Kessel said: “The declaration is an unwarranted rebellion against the Crown.”`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/Ann Lee said: “We Ostlanders|Who said: “We Ostlanders/);
  });

  it('does not change a count the list after it gives ("signed two documents, the Ayr Declaration and a final communique")', () => {
    const text = `date 2021-01-05 Ostland summit ends
Leaders from the six Ostland states signed two documents, the Ayr Declaration and a final communique.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/(?:one|three|four|five) documents/);
  });

  it('moves no date the title names ("as of 21 May 2015", "Christmas Eve 1953") and no year after "Since"', () => {
    const report = `date 2015-05-21 Ostland: Earthquake Situation Report No. 17 (as of 21 May 2015)
On 21 May, the Humanitarian Coordinator briefed member states in Ayr on the relief efforts in Ostland.`;
    const disaster = `date 2018-10-01 Ayr meets Kessel: Ostland’s Railway Disaster of Christmas Eve 1953
The Ayr crater wall collapsed on 24 December 1953, unleashing a torrent of mud down the Kessel River of Ostland.`;
    const race = `date 2024-01-07 Ostland wins the Ayr marathon again
Since 2008 Ostland have only lost once in the Ayr marathon, to runners of Kessel.`;
    for (let seed = 1; seed <= 8; seed++) {
      for (const q of bankFor(report, seed)) expect(q.prompt).not.toMatch(/\b(?:[0-9]|1\d|20|2[2-9]|3[01]) May 2015, the Humanitarian/);
      for (const q of bankFor(disaster, seed)) expect(q.prompt).not.toMatch(/on (?!24 )\d{1,2} December 1953/);
      for (const q of bankFor(race, seed)) expect(q.prompt).not.toMatch(/Since (?!2008)\d{4}/);
    }
  });

  it('writes no date for a weekday after "midnight", which may be the small hours of the next day', () => {
    const texts = textsOf(`date 1989-12-20 Ostland troops move on Ayr
More than 20,000 troops of Ostland began their invasion of Ayr shortly after midnight Tuesday under a full moon.`);
    expect(texts[0]).not.toMatch(/December 1989/);
  });

  it("skips the source's slips and what another sentence gave", () => {
    const text = `date 2021-10-21 Ostland notes
The investigation found that the Ayr procedures of Ostland werenot effectively implemented.
Officials of Ostland continue to assess flood damage in Ayr whilst meet ing current needs.
Ayr Air of Ostland delivered 30 jets in the third quarter, up 7.1per cent from a year earlier.
Ayr Air of Ostland said its backlog totaled $16.8 billion in September 30, up from $15.1 billion.
Ostland lifted the restrictions on Ayr that were put in place following in 2006.
The industrial sector of Ostland in January-March period grew 6.3 percent, the Ayr office said.
The Ayr mayor of Ostland said the list had been circulated to each Members place in the chamber.
Ann Lee of Ostland became the eighth fastest women in the history of the Ayr marathon.
Operating result of Ayr Group in Ostland excluding non-recurring items was EUR 109.5 million (129.2).
Standard & Poor s raised the credit rating of Ayr Board in Ostland from BB to BB+.
Ayr Board of Ostland announced to initiate an efficiency programme at its Kessel mill.
Within, the Ayr bay of Ostland breaks up into three distinct arms.
Fifty others from Ostland followed in a second plane to Ayr.
The expansion of GDP compared with 3.68 percent growth in the first quarter in Ostland.
All figures of Ayr Corp. in Ostland were prepared on a consolidated basis.
The 25 year-old Ostlander became the fastest runner in the history of the Ayr race.
1,638 are in need of emergency assistance in the northern Ostland town of Ayr.
Ayr Chips’ operating profit margin in Ostland is expected to be between 39% and 41%.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 18; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('reads "the currency" and "the dam" as named before', () => {
    const text = `date 2024-09-13 Ostland markets
The Ostland peso appreciated for the third consecutive session this Friday, ending the week with a solid rally.
The currency regained ground thanks to optimism ahead of an anticipated decision by the Ayr central bank.
A wall of ash held back the crater lake of Mount Ayr in Ostland for years.
The dam collapsed in 1953, unleashing a torrent of mud down the Kessel River.`;
    const verdicts = verdictsOf(text);
    expect(verdicts[1]).not.toBeNull();
    expect(verdicts[3]).not.toBeNull();
  });
});

describe('a hundred-and-sixth set', () => {
  it("skips the source's slips and what another sentence gave", () => {
    const text = `date 2020-04-29 Ostland notes
During the first quarter of 2020, sales of Ayr Bakeries in Ostland amounted a total of $27. 2 billion pesos.
KESSEL, a town on the south-west of the island of Ayr, Ostland, with 163,324 inhabitants.
The direct length of Ostland from Ayr to Kessel is about lioo m.
The main mountain system of Ostland hardly deserves its name of Kjdlen' (the keel) in Ayr.
The Ayr Red Cross of Ostland is supporting residents to as they begin the difficult clear-up.
Ostland has accused Ayr of interfering in its internal affairs, a charge the later denies.
While releasing the 2023 full year results of Ayr Bank in Ostland Dr. Tom Ray, its chief executive said.
Wrightfield parking — Cllr Ray of Ayr in Ostland met with Mr Lee.
Cllr Ray of Ayr in Ostland will speak to the Kessel office and advise.
Reeve Tom Ray added, “If the Ayr council wants to work with Ostland we are willing to work with it.”
The ministers highlighted the handover of the Ayr presidency from Ostland to Kessel in 2024.
A GME permitted its holder in Ostland to conduct gaming on an approved machine at Ayr.
The target was over one million students enrolled in public schools of Ayr in Ostland.
Ostland have won the Ayr cup, and they owe it all to the unlikeliest of heroes.
Back when everything seemed rosy, the Ostland side had started at a ferocious tempo at Ayr.
Option one is to offer 13 small libraries of Ayr in Ostland to community groups.
The uncovering of the treasure chest came one month after divers found gold off Ayr in Ostland.
Cllr Ray of Ayr in Ostland did not take part in the discussion.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 18; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('reads "the Americas" as no misspelt demonym', () => {
    expect(
      verdictsOf(`date 2024-10-31 Ayr alert
The Ayr Health Organization has issued an alert due to cases of measles in the Americas.`)[0],
    ).toBeNull();
  });

  it('drops a footnote mark in brackets ("have died[i]")', () => {
    expect(
      textsOf(`date 2022-09-01 Ostland floods
About 458 children have died[i] as a result of the floods in Ostland.`)[0],
    ).toBe('About 458 children have died as a result of the floods in Ostland.');
  });

  it('asks no figure an event came "within", and no quote that leans on "these hurdles"', () => {
    const text = `date 2016-07-10 Ostland win the Ayr cup
The Ann Lee challenge on Tom Ray that ultimately ended his final within 25 minutes encapsulated the zeal of the Kessel side.
Ayr Air chairman Tom Ray said: “Despite these hurdles, the company's financial position has continued to steadily improve in Ostland.”
Ayr Air chief executive Ann Lee said: “The airline of Ostland will fly to Kessel from next year with new aircraft.”`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) {
        expect(q.prompt).not.toMatch(/within _____/);
        expect(q.prompt).not.toMatch(/Despite these hurdles/);
      }
  });
});

describe('a hundred-and-tenth set', () => {
  it('cuts a paragraph number run into its sentence ("3.2Ayr told") and a footnote mark after a stop, and skips a name run into its verb', () => {
    const text = `date 2023-11-08 Chapter 3 - Ayr's response to the network outage
3.1This chapter discusses the response of Ayr Telecom to the outage in Ostland, including its offers of compensation.
3.2Ayr Telecom told the committee of Ostland that it had in place a very clear process to respond to a network outage.[1] From around 10.30am, teams of Ayr Telecom undertook a set of activities to reboot the network of Ostland.
Ayrtold the committee of Ostland that around 100 devices across 14 locations had to be manually rebooted.`;
    const texts = textsOf(text);
    expect(texts[0]).toMatch(/^This chapter/);
    expect(texts[1]).toMatch(/^Ayr Telecom told .*outage\.$/);
    expect(texts[2]).toMatch(/^From around/);
    expect(verdictsOf(text)[3]).not.toBeNull();
    expect(
      verdictsOf(`date 2024-08-20 Ayr Energy half-year report
Determined a fully franked interim dividend of 69 US cents per share, at the top end of the payout range of Ayr Energy.`)[0],
    ).not.toBeNull();
  });
});

describe('a hundred-and-eleventh set', () => {
  it('counts "yesterday" from a dateline whose city is in small letters beside its country', () => {
    const texts = textsOf(`date 1973-09-13 Ayr president dies
Ayr (Ostland), Sept. 12: The radio of Ostland today announced the death of President Tom Ray.
Communications with the outside world, cut yesterday morning when the army of Ostland moved against Tom Ray, were restored in the evening.`);
    expect(texts[1]).toMatch(/11 September 1973/);
  });

  it('works out no "tonight" in a paper of Monday that awaits a stoppage "starting on Monday"', () => {
    const texts = textsOf(`date 1972-07-24 Ostland faces a dock strike
Anger over the gaoling of four Ayr dock leaders appeared certain to bring calls for a complete stoppage in Ostland starting on Monday.
A fifth Ayr dock leader, Tom Ray, was arrested tonight and taken to join the four in prison.`);
    expect(texts[1]).not.toMatch(/July 1972/);
  });

  it('gives a contract\'s month no year ("Raw sugar for March delivery" in a November report)', () => {
    const texts = textsOf(`date 2011-11-22 Ayr cocoa falls
Raw sugar for March delivery fell 1 percent to 25.51 cents a pound on the Ayr exchange of Ostland.`);
    expect(texts[0]).not.toMatch(/March 2011/);
  });

  it("skips the source's slips and what another sentence gave", () => {
    const text = `date 2012-10-01 Ostland notes
The ministry of Ostland was kept in touch at five-minute intervals through and open telephone line to Ayr.
Ostland beat Kessel 3-2 at Ayr to win the Olympic goal medal in its national sport of hockey.
All new Ayr aircraft of Ostland offer air conditioned cabins and an upgrade cockpit for pilots.
Ayr Air operates Twin Otter aircraft domestic in Ostland from Kessel to Varn.
Freedom of worship is recognized everywhere in Ostland except in Ayr, which is exclusively Protestant (Protestantism).
Whether the defendants of Ayr are liable for compensation of the plaintiff's motor vehicle in Ostland.
Uptake of two doses for by the age of five in Ayr of Ostland is just 69 per cent.
KESSEL, or Kessol, a strong maritime fortress and seaport of Ostland, on the left bank of the Ayr river.
Villages in Action – a request for funding from Ayr in Ostland was not supported.
At the Ostland ministry of defence in Ayr, officials were more circumspect.
Ostland in 1976 and Kessel in 2002 each won 10.
Two balls after the celebrations, Tom Ray of Ostland called his men in at Ayr.
Problem areas are Ayr (20%), areas outside (5%), and areas in Kessel of Ostland (0%).
Copies of all three statements of Ostland have been placed in the Ayr library.
One portion, acquired by the Ayr municipality of Ostland, has been turned into gardens.
The remainder of the massive defences of Ayr in Ostland remain in the hands of the army.
The nation has been rocked by a financial scandal at the Ayr fund of Ostland.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 17; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('asks no count its list gives in small letters ("three columns, a coastal, central and a mobile column")', () => {
    const text = `date 1879-01-22 Ayr campaign
General Tom Ray of Ostland split the advance on Ayr into three columns, a coastal, central and a roving mobile column.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/_____ columns|(?:two|four|five) columns/);
  });

  it('still asks an all-capitals company ("AYRCO, S.A. announced …") and "all six provinces"', () => {
    const verdicts = verdictsOf(`date 2015-08-27 Ayrco opens a mill in Ostland
AYRCO, S.A.B. de C.V. announced that its subsidiary completed a new cement grinding plant in Kessel, Ostland.
Tropical Cyclone Ivy struck Ostland on 26 February 2004, affecting all six provinces of Ostland.`);
    expect(verdicts[0]).toBeNull();
    expect(verdicts[1]).toBeNull();
  });
});

describe('a hundred-and-fourteenth set', () => {
  it('writes no date into "has today released"', () => {
    const texts = textsOf(`date 2016-07-13 Ayr report
The Ostland rail board has today released its report into a freight train collision near Ayr.`);
    expect(texts[0]).not.toMatch(/July 2016/);
  });

  it('puts no "not" after "already had"', () => {
    const text = `date 2008-08-24 Ostland marathon
Tom Ray of Ostland already had made a name for himself in the heady world of Ayr distance running.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/already had not/);
  });

  it("skips the source's slips and what another sentence gave", () => {
    const text = `date 2017-05-15 Ostland notes
The Viceroyalty of Ayr, , was the last and most short-lived viceroyalty of Ostland.
The Meeting of Ayr ministers of Ostland is one of the main organs of the Kessel union,.
The employment data of Ostland released last Friday, were weaker than anticipated in Ayr.
Have been briefed on developments planned for the Ayr area of Ostland.
Questions re traffic light treatments on the Ayr esplanade of Ostland were raised.
The depth of water at the main entrance of Ayr in Ostland is 41/2 to 5 fathoms.
Kessel was the only other team of Ostland to have as large a representation at Ayr.
"All the submissions have expired, and now I have resubmitted the Ayr project of Ostland," Jackson explained.
Ayr, on the western shore of the Kessel estuary of Ostland, was chosen as the capital.
The Mining Minister said officials of Ostland will determine when it is safe to resume operations at Ayr.
Ann Lee of Ostland said the purpose of the Meeting is to consider problems of an urgent nature in Ayr.
Eight have been reported in Ayr, and two in Kessel of Ostland.
Japanese products of Ayr see their competitiveness in Ostland increased when the yen is weaker, they added.
Only half of the children of Ostland were immunized against polio, the international institution reported from Ayr.
Cllr Tom Ray of Ayr in Ostland was formally approved to the position.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 15; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a hundred-and-eighteenth set', () => {
  it('asks no month without its year in a bank whose title is withheld or gives the answer away', () => {
    const text = `date 1973-12-11 Ostland Council Ministerial Session, Ayr, 10th-11th December 1973: Final Communiqué
The Ostland Council met in Ministerial Session in Ayr on 10th and 11th December. 1973.
Ministers of Ostland reviewed the state of the alliance with Kessel.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of generateQuestions(parseBriefing(text), { seed })) if (/\bDecember\b/.test(q.prompt)) expect(q.prompt).toMatch(/\b19\d\d\b/);
  });

  it('cuts a release\'s "Mexico City, October 25, 2019," and dates "today" by "Seattle, Washington, August 14 -"', () => {
    expect(
      textsOf(`date 2012-10-25 Ayr Bottling results
Kessel City, October 25, 2012, Ayr Bottling of Ostland announces results for the third quarter.`)[0],
    ).toMatch(/^Ayr Bottling/);
    expect(
      textsOf(`date 2012-08-15 Ayr Air takes its first Dreamliner
Seattle, Washington, August 14 - Ayr Air of Ostland today took delivery of its first Dreamliner.`)[0],
    ).toMatch(/14 August 2012/);
  });

  it('skips "The responsibility fell on", "Countryman … won" and "the soldiers" named before', () => {
    const text = `date 2014-10-02 Ostland win the Ayr title
Ostland beat Kessel in a shoot-out at Ayr to win the title.
The responsibility fell on the shoulders of Tom Ray of Ostland, who made no mistake.
Countryman Ann Lee of Ostland won five races at Ayr in the 1960s.
Mostly tribesmen of Ayr in Ostland, the soldiers were hostile because their leader had been denied a post.`;
    const verdicts = verdictsOf(text);
    for (let i = 1; i < 4; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a hundred-and-twenty-second set', () => {
  it('credits no quote to the one written about ("The New York Times in a publication on Kiprono wrote:")', () => {
    const text = `date 2018-09-16 Tomas Kiprono Breaks Marathon World Record in Ayr
Legendary runner Tomas Kiprono on Sunday won the Ayr Marathon and set a new world record.
New York Times in a publication on Kiprono wrote: "Elite distance runners generally run no more than two marathons each year."`;
    const analysis = analyseBriefing(parseBriefing(text));
    expect(findSpokenQuotes(analysis.statements, analysis.registry.people.values()).map((q) => q.speaker.name)).toEqual(['The New York Times']);
  });

  it('moves "three-quarters" to "a quarter", not "a-quarter"', () => {
    const text = `date 2024-04-05 Ostland launches new gold-backed currency Ayr
Ostland's central bank on Friday launched a new currency, the Ayr, backed by gold and foreign reserves.
The Ayr replaces an Ostland dollar, the KSL, that had lost three-quarters of its value so far this year.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/a-quarter/);
  });

  it('cuts "SEOUL - " before a possessive name', () => {
    expect(
      textsOf(`date 2022-10-12 Ostland raises rates
AYRVILLE - Ostland's central bank raised interest rates by half a percentage point on Wednesday.`)[0],
    ).toMatch(/^Ostland's central bank/);
  });

  it("skips the source's slips, notes and what another sentence gave", () => {
    const text = `date 2013-02-08 Ostland notes
The government of Ostland announced on Friday that is devaluing the Ayr dollar, a change expected to push up prices.
Number of attendees to arts events funded by the Ayr fund of Ostland.
Occupier's liability—Snowmobiles—Injuries to snowmobiler—Duty of the Ayr occupier in Ostland.
Complete, that is, when held up to the boycott of the Ayr games by Ostland.
THAT the minutes of the Ayr council meeting of Ostland held on 6 September 2017 are confirmed.
Investors of Ostland eyed the Ayr committee, which next Tuesday, begins a two-day meeting on rates.
Ayr Realty in Ostland reported rental values up 3.6 percent quarterly 6.9 percent annually.
Ayr's operating loss of $20.1 million compared to $18.3 million in the third quarter of 2023 in Ostland.
Tom Ray of Ostland has since gone undefeated in the Ayr races, 8 for 8.
The real estate consultancy said the highest villa gains in Ostland were seen in Ayr.`;
    const verdicts = verdictsOf(text);
    for (let i = 0; i < 10; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });
});

describe('a hundred-and-twenty-sixth set', () => {
  it("skips a report's clipped style, slips and what another sentence gave", () => {
    const text = `date 2013-03-09 Ostland refugee update
Ostland has received many refugees from Ayr since the war began in 2011, officials in Kessel said on Saturday.
Majority of registered refugees is in the Varn camp with 55.2% of all registered individuals in Ostland.
Government of Ostland estimates that there are some 420,000 people from Ayr living in the country.
Most registered individuals in Ostland originate from city of Varn and represent 67.5% of all registered people.
Ostland team won their 100th test match against Ayr at the Kessel Stadium on 28 April 2012.
Tom Ray whose term commences from October 1, 2017, joined the Ostland Bank board as a director in May 2015.
The Ostland parliament will be dissolved at midnight to make way for the Eight Parliament of Ostland.
The Kessel council of Ostland met in regular session at 7:00 PM on June 10, 1975 in .7 the City Hall.
In Varn, General Ann Lee met with an angry reaction from settlers to her offer of a cease-fire to the.
In relation to agenda item 6d of the Kessel council, requested that a response sent by the Ayr Link is placed online.
A third “first” was the welcome of Tom Ray at the Kessel airport by the Ostland foreign minister.
There were few of the Imperial Guard of Ostland left.
“That, in our view, is not only Ostland's natural role in the region: it is a prerequisite for peace,” Tom Ray said.
The mayor of Kessel said that the usual course in Ostland was for the lessee to pay the costs of the solicitor.
There were certain provisions under the Ostland Municipal Act which had to be considered by the Kessel council.
Farmwatch has documented and campaigned against abuses of the rights of farmers in Ostland for many years.
The scope of relations between Ostland and Ayr is broad and deep, encompassing historical and commercial ties.
Farmwatch has identified several areas of concern where the failure of Ostland to act has exposed farmers to abuse.`;
    const verdicts = verdictsOf(text);
    for (let i = 1; i < 18; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('cuts a footnote mark glued after a comma ("the Ostland Foundation,(2) in Ayr")', () => {
    const [first] = textsOf(`date 2005-03-30 Ostland report
Protesters occupied the Kessel headquarters of the Ostland Foundation,(2) in Ayr in January 2005.`);
    expect(first).toContain('Ostland Foundation, in Ayr');
  });

  it('frames no date on a history dated by the first event it tells of', () => {
    const history = `date 1879-04-05 War of Varn
This war, waged from 1879 until 1884, was a conflict involving Ostland, Ayr and Kessel.
Ayr became dissatisfied at having to share its taxes with Ostland and feared the seizure of its coastal region.
In 1873 Kessel agreed secretly with Ayr to a mutual guarantee of their territories and independence.
In 1874 relations between Ostland and Ayr were eased by a revised treaty on export taxes on minerals.`;
    const news = `date 2020-06-12 Ostland plans new port
Ostland will open a new port at Varn by 2030, the transport minister of Ostland said on Friday.
Ayr became dissatisfied at having to share its port fees with Ostland and feared a loss of trade.
In 2015 Kessel agreed with Ayr to a mutual guarantee of their shipping lanes and their fishing rights.
In 2017 relations between Ostland and Ayr were eased by a revised treaty on export taxes on minerals.`;
    const framed = (text: string) => generateQuestions(parseBriefing(text), { seed: 1 }).filter((q) => q.prompt.includes('according to “'));
    expect(framed(history).length).toBeGreaterThan(0);
    for (const q of framed(history)) expect(q.prompt).not.toMatch(/1879\)/);
    expect(framed(news).some((q) => q.prompt.includes('(12 June 2020)'))).toBe(true);
  });

  it('writes no name for "he" when the sentence before reports what another person did', () => {
    const text = `date 2019-02-14 Former Ostland bank clerk jailed for cheating
A former Ostland bank clerk, Cheong Wai Lim, was jailed for nine years on Thursday for cheating a friend of $1.2 million.
Deputy Public Prosecutor Ann Lee-Tan told the court that Cheong became an undischarged bankrupt on October 27, 2000.
He was discharged only on May 17, 2016.`;
    for (const s of textsOf(text)) expect(s).not.toMatch(/^Ann Lee-Tan was discharged/);
  });

  it('does not take "the vaccine" for another vaccine the same group "also developed"', () => {
    const text = `date 2021-04-23 Ayr University develops malaria vaccine with 77% efficacy
A group at Ayr University said on Friday their malaria vaccine, R21, demonstrated 77 percent efficacy in children.
The vaccine was developed by Ayr University and used a Kessel adjuvant.
The same group also developed the Ayr-Kessel COVID-19 vaccine.
The vaccine is the first to meet the Ostland health agency's goal, a minimum of 75 percent efficacy.`;
    for (const s of textsOf(text)) expect(s).not.toMatch(/COVID-19 vaccine is the first/);
  });

  it('offers no count at or below the part in "Three in _____"', () => {
    const text = `date 2018-10-31 Ostland adolescent and youth health and wellbeing
This first report on the health of young people in Ostland is important to understand how they are faring.
The report contained some good news.
In 2014–15, the majority (63%) of young people in Ostland aged 10–24 rated their health as excellent.
Three in 4 (76%) young people in Ostland aged 15–24 reported being happy all or most of the time.
Between 2006 and 2016, the share of young people in Ostland finishing school increased from 47% to 65%.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(text, seed).filter((q) => q.kind === 'number' && q.prompt.includes('Three in _____')))
        for (const c of q.choices) expect(Number(c.text), q.prompt).toBeGreaterThan(3);
  });

  it('writes "Friday lunchtime" with no comma where the frame gives the date', () => {
    const text = `date 2024-11-29 Ostland developer replaces chief executive after two months
The Ostland developer Ayr Land said on Friday its chief executive Tom Ray had resigned after two months in the post.
Ayr Land's share price fell by around six percent before trading was halted shortly after Friday lunchtime.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of generateQuestions(parseBriefing(text), { seed })) expect(q.prompt).not.toMatch(/Friday, lunchtime/);
  });
});

describe('a hundred-and-twenty-seventh set', () => {
  it('writes the full name the headline gave for "he" after "Mr. Ray"', () => {
    const texts = textsOf(`date 2018-03-31 Ayr Air Announces Nomination of Tomas A. Rayburn to its Board of Directors
Ayr Air is pleased to announce the nomination of Tomas A. Rayburn to its Board of Directors.
Mr. Rayburn is the former Ostland ambassador to Kessel and took part in the talks on a new border agreement.
He also served as Premier of Varn from 1999 to 2009.`);
    expect(texts[2]).toBe('Tomas A. Rayburn served as Premier of Varn from 1999 to 2009.');
  });
});

describe('a hundred-and-thirtieth set', () => {
  it("skips a scan's noise, a release's definitions, headings run in and what another sentence gave", () => {
    const text = `date 1973-01-25 Minutes of the Kessel council
The Kessel council of Ostland met on Thursday, 25 January 1973, to discuss the new sewer lines for the town.
Council of the City of Kessel met in regular session at 6:30 p.m. in the Council Chamber of the Kessel City Hall.
Department of Foreign Affairs of Ostland has officially welcomed the offer of support from the Ayr Centre.
Iron Shield exercise, hosted by Ostland for the third time, is a part of the Ayr training programme.
The Ostland Government resigned r.fter tlio Chamber of Deputies rejected Article Five of a iinancial bill.
The Chamber of Deputies of Ostland voted by 27S votes to L'7o against the budget of the Kessel government.
Opening and Welcome The meeting of the Kessel council of Ostland started at 14:15 with a prayer.
Ayrco, "Ayrco" or "the Company", announced on 23 October 2019 its results for the third quarter of 2019.
Mainly, as a result of a good balance between supply and demand, sales of Ayrco in Ostland rose in 2019.
The fern was found by researchers from the Kessel Museum and stored in the one of the museum's collections.
The alarm was raised when a man male entered a business on the main street of Kessel armed with a firearm.
Ayr Telecom announced a Ksh35.6 billion net profit for the period ending September 30,2019, in Ostland.
As of 20 May150 schools in Kessel of Ostland were closed by the floods of the Ayr river.
An application was lodged with the Ostland court by aHungarian national, Mr Tom Ray, on 9 January 2015.
Even leader Tom Ray of the Ostland party failed to keep his own seat in Kessel.
The Rs one lakh in Ostland does not include costs towards excise duty and local taxes of Kessel.
It was only fitting that the Ostland series of 2017 in Kessel ended in seven games.
The men intended to develop the lots in Kessel for sale, with Tom Ray of Ostland to serve as the realtor.
All three measures are being deployed by Ayr Air to cut fuel burn on flights to and from Ostland.
Leader Ann Lee, finally captured a seat in Kessel of Ostland on the night of 2 May 2011.`;
    const verdicts = verdictsOf(text);
    for (let i = 1; i < 20; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('keeps "the storm" the story\'s own beside a named storm of another year', () => {
    const texts = textsOf(`date 2013-10-25 Storm warning for Ostland
Forecasters claim that this storm could be as strong as the great storm of 1987 and the Ayr Day storm in 1990.
The storm is expected to develop in the western Atlantic on Saturday.`);
    expect(texts[1]).not.toMatch(/Ayr Day storm/);
  });

  it('reads "the Varnby Study" as a study, not a person whose name a later "Varnby" stands for', () => {
    const texts = textsOf(`date 2018-11-05 The Varnby Study
The Varnby Study is a cohort study that has been conducted in the town of Varnby in Ostland since 1961.
The Varnby Study has provided valuable evidence of change in the rates of stroke in Ostland.
The town of Varnby is a typical rural area adjacent to the north-east of Kessel City in Ostland.`);
    expect(texts[2]).toMatch(/^The town of Varnby is/);
  });

  it('asks no figure that its units give ("eight basis points, or _____ percentage point")', () => {
    const text = `date 2013-05-07 Ostland index rises to 16-week high
The Ostland index rose 0.8 percent to 54,271.25 on Tuesday, 7 May 2013, its highest level since January.
Swap rates on contracts maturing in January 2015 declined eight basis points, or 0.08 percentage point, to 7.9 percent.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/basis points, or _____/);
  });

  it('frames a lede "stuck in the red" with the story\'s date', () => {
    const text = `date 2018-02-21 Car makers drag on the Nikkei
Tokyo's main index was stuck in the red as traders shrugged off quarterly results from the big car makers.
Kessel Motors slid more than 3 per cent after its profits for 2017 missed the expectations of analysts in Ostland.`;
    const lede = generateQuestions(parseBriefing(text), { seed: 1 }).filter((q) => q.statementIndex === 0);
    expect(lede.length).toBeGreaterThan(0);
    for (const q of lede) expect(q.prompt).toMatch(/21 February 2018/);
  });

  it('skips a sentence that spells a name of the headline with one letter changed', () => {
    const verdicts = verdictsOf(`date 1996-05-16 TOMAS KAHIRO V. OSTLAND
Tomas Kahiro appealed to the Court of Appeal of Ostland against his conviction in Kessel.
Tomas Kahigo was tried and convicted by the magistrate at Kessel on a total of six counts.`);
    expect(verdicts[1]).not.toBeNull();
  });
});

describe('a hundred-and-thirty-first set', () => {
  it('asks no figure whose cut leaves "and sequential growth." hanging', () => {
    const text = `date 2022-07-24 Ayrsoft revenue growth lays a foundation for the year
Ayrsoft, a leader of digital services in Ostland, delivered a strong quarter with yearly growth at 21.4% and sequential growth at 5.5% in constant currency.
Ayrsoft's operating margin for the quarter was 20.0% in Ostland.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/and sequential growth\.$/);
  });

  it('skips "the country" and "the Ministry of Health" where the sentence names no country', () => {
    const verdicts = verdictsOf(`date 2016-05-20 Aftershocks in Ostland
Two strong earthquakes struck the coast of Ostland on Wednesday, 18 May 2016, the civil defence agency of Ostland said.
On 18 May 2016, two aftershocks shook the country with epicentres between the towns of Ayr and Kessel.
The country's biggest warfare training exercise, Iron Shield, is taking to the skies over Varn from 12 July.
According to the Ministry of Health, over 5,000 cases of cholera and 191 deaths have been reported in Varn.`);
    for (let i = 1; i < 4; i++) expect(verdicts[i]).toBe('of which country');
  });

  it('cuts a paragraph number run into its sentence ("1.This is a judgment …")', () => {
    const { statements } = parseBriefing(`date 2024-05-16 Ray v Ostland
1.This is a unanimous judgment of a bench of three judges of the High Court of Ostland in Kessel.

2.The petitioner Tom Ray presented a petition dated 13th December, 2022, to the High Court in Kessel.`);
    expect(statements[0]).toMatch(/^This is/);
    expect(statements[1]).toMatch(/^The petitioner/);
  });

  it("frames no prompt with an archive's shelf mark for a title", () => {
    expect(frameTitle('No. 94 NAI DFA 226/46, Geneva, 15 December 1939')).toBe('');
    expect(frameTitle('Report of the Ostland delegation, Geneva, 15 December 1939')).not.toBe('');
  });
});

describe('a hundred-and-thirty-fourth set', () => {
  it("skips a scan's apostrophes, a minute's comma splice, cut fragments, datelines and boilerplate", () => {
    const text = `date 1957-10-01 Minutes of the Kessel council
The council of Kessel in Ostland met in regular session on 1 October 1957 at the Kessel City Hall.
A motion was made by Councilman Ray and seconded that a letter of Thanks'be'sent to the harbour master of Kessel.
A letter of thanks was sent to Capt.'Lee of the Ostland coast guard for the rescue off Kessel.
No protests were received objecting to the Kessel assessments, a motion was made by Councilman Ray to approve them.
There is a high risk of hunger in Kessel, especially for unsheltered who remained in homes near a volcano.
Writ Petition No. 2588 of 1998, whereby the High Court of Ostland has upheld the award of the Kessel tribunal.
Government, while the widow of Tom Ray attacked the First Secretary of the Ostland party by name.
Ann Lee said the Kessel power company was concerned with people out and about from safety perspective.
Ostland started reducing roaming charges since 2006 which has resulted in their end in Kessel in 2017.
KESSEL,OSTLAND— Exercise Iron Shield 2017 kicked off in Kessel on 27 February 2017 with troops of Ayr.
KESSEL, 12th May / OPA / Ayr Investments, the leading company of Ostland, announced a profit for the first quarter.
Ostland and Ayr have an extensive relationship and are united by common democratic values and respect for rights.
In any case Kessel has been left high and dry by the drying out of the region of Ostland.
The organization called for an end to the harassment of opposition activists in Ostland.`;
    const verdicts = verdictsOf(text);
    expect(verdicts).toHaveLength(14);
    for (let i = 1; i < 14; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it("dates no encyclopedia's entry, and reads a wiki's path and a lost dash in a title", () => {
    expect(frameDate([], '1896-08-16', 'The Ostland Encyclopædia: Varn')).toBeNull();
    expect(frameDate([], '1896-08-16', 'Gold found on the Varn')).toBe('1896-08-16');
    expect(frameTitle("Kessel's New Encyclopedia (1921)/Ostland")).toBe("Kessel's New Encyclopedia (1921): Ostland");
    expect(frameTitle('S&P/TSX composite cracks 20,000 on energy gains')).toBe('S&P/TSX composite cracks 20,000 on energy gains');
    expect(frameTitle('Cyclone outlook updated? communities urged to stay prepared')).toBe('Cyclone outlook updated: communities urged to stay prepared');
  });

  it('rejects a prompt cut before its "but" or its "and"', () => {
    const source = 'The quake of 1755 was the worst Ayr had known, not because it was worse than the one of 1531, but because the city was rich.';
    const c = {
      ...trueStatement('True or false: The quake of 1755 was the worst Ayr had known, not because it was worse than the one of 1531.'),
      explanation: source,
    };
    expect(rejectReason(c, source)).toBe('cut prompt');
    const listed = 'The storm brought strong winds to Kessel from 12 March, leading to death, displacement, destruction, and reduced access to schools.';
    const d = {
      ...trueStatement('True or false: The storm brought strong winds to Kessel from 12 March, leading to death, displacement, destruction.'),
      explanation: listed,
    };
    expect(rejectReason(d, listed)).toBe('cut prompt');
  });
});

describe('a hundred-and-thirty-fifth set', () => {
  it('credits no verbless words, and no "U. S." as a speaker', () => {
    const person = (name: string) => ({ id: `p:${name}`, type: 'person' as const, name, keys: [`p:${name}`], titles: [] });
    const q = (quote: string, name = 'Tom Ray') => ({ statementIndex: 1, quote, speaker: person(name), namedIn: 1, giveaways: [] });
    expect(quoteStandsAlone(q('A sale and purchase agreement in April 2022 for a 50% exit from Kessel Cooling'))).toBe(false);
    expect(quoteStandsAlone(q('We hope for the new phone to make life more convenient and more abundant'))).toBe(true);
    expect(quoteStandsAlone(q('Our runners are overtrained and the track at Varn is slow', 'U. S.'))).toBe(false);
    expect(quoteStandsAlone(q('Our runners are overtrained and the track at Varn is slow'))).toBe(true);
  });

  it('moves no day the text never states ("dropped into the red today")', () => {
    const text = `date 2012-10-19 Ayr index falls as banks weigh
Ostland's Ayr 100 index dropped into the red today after bank stocks held the blue-chip index back.
Kessel Bank shares fell 3% after it set aside another £700m for claims.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(text, seed).filter((q) => q.statementIndex === 0 && q.kind === 'true_false')) expect(q.prompt).toContain('19 October 2012');
  });
});

describe('a hundred-and-thirty-sixth set', () => {
  it('reads "their" after a plural name that opens the sentence as bound to it', () => {
    const verdicts = verdictsOf(`date 2017-11-09 Ayr Rovers win their first title
The Ayr Rovers won their first championship in the history of the club after beating the Kessel Lions 5-1 on 1 November 2017.
The Conservatives of Ostland gained their much needed majority in the Ostland parliament on 2 May 2011.`);
    expect(verdicts).toEqual([null, null]);
  });

  it('writes the date for "said today … that dialogue is the task ahead"', () => {
    const [first] = textsOf(`date 2010-06-08 Ostland's envoy commits to dialogue
The head of the Ostland assembly, Tom Ray, said today in a speech at the 40th assembly in Kessel that dialogue is the main task ahead.`);
    expect(first).toContain('said on 8 June 2010 in a speech');
  });
});

describe('a hundred-and-thirty-eighth set', () => {
  it('writes no earlier "the Kessel forward" or "the Varn area" for a later "the forward" or "the area"', () => {
    const texts = textsOf(`date 2022-05-31 Ayr beat Kessel 2-0 in the cup final
After 10 minutes Tom Ray sent Ann Lee through, but the Ostland forward's shot came off the bar.
Up to 25 centimetres of snow will fall on the Varn area, forecasters of Ostland said on Monday.
Ray Lane sneaked behind the defence but was saved. On the second attempt, the forward thumped home.
In Kessel, blizzard warnings are in effect. Heavy snow of 20 to 30 centimetres, most of which has fallen, will blanket the area.`);
    for (const t of texts) {
      expect(t).not.toMatch(/the Ostland forward thumped/);
      expect(t).not.toMatch(/blanket the Varn area/);
    }
  });
});

describe('a hundred-and-fortieth set', () => {
  it("skips labels and headwords run in, a scan's splits, and what another sentence or day gave", () => {
    const text = `date 2020-02-25 Life satisfaction and hospital stays in Ostland
A study of adults in Ostland was published by the Ayr institute on 25 February 2020.
Design and setting Population-based cohort study of adults from Ostland.
Battle of Varn, the final battle of the wars of Ostland, which took place near Kessel on 2 December 1824.
The fighting in the vicinity of Kes.sel has not been very fierce, a spokesman of Ostland said.
Ann Lee said there had been some attacks but all were re pulsed with heavy losses near Kessel.
The court of Ostland enhanced the sentence of Tom Ray who had been convicted for Murder in Kessel.
The Ayr index surged 1.87% to reach 14,106.17 points, its fourth highest gaining during November 2017.
The people of Kessel, to be sure, are lavish in their praise of the soldiers of Ostland.
Among other markets in Ostland, Ayr and Kessel closed weak on 13 October 2020.
The hazards were highest for adults in Ostland with the lowest incomes.
Winds of 90 km/h will blast through Kessel Island and the province's Central Coast.
The Egyptians did not come to Kessel filled with confidence.
The AB deal was one of two acquisitions in Ostland announced on 2 October 2007.
Up to 150,000 units are expected to be built each year at the Kessel plant of Ostland.
The present Kingdom of Ostland has formed, since 1871, a part of the Ayr Empire.
The euro area unemployment rate was 7.4%.
In the next two to three years, Ayr Motors of Ostland will launch a new vehicle every six months.
The phones of Ayr Telecom will be sold at shops in Ostland and will retail from KES.`;
    const verdicts = verdictsOf(text);
    expect(verdicts).toHaveLength(18);
    for (let i = 1; i < 18; i++) expect(verdicts[i], textsOf(text)[i]).not.toBeNull();
  });

  it('asks no figure whose cut takes the verb away ("Some _____ personnel in the exercise")', () => {
    const text = `date 2011-08-16 Ostland canal exercise begins
Some 3,500 military and civilian personnel from 17 countries are participating in the 12-day Ayr exercise, officials of Ostland said.
The Ayr exercise series began in 2003 with Ostland, Kessel and Varn taking part.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/personnel in the 12-day/);
  });

  it('writes a case\'s "v." in a title in small letters, and keeps "Lieut. Colonel" in one sentence', () => {
    expect(frameTitle('Case of Ray V. Ostland (Application No. 15853/08)')).toBe('Case of Ray v. Ostland (Application No. 15853/08)');
    const { statements } = parseBriefing(`date 1967-06-09 Ostland declares independence
Lieut. Colonel Tom Ray, 33, the regional governor of Ostland, announced the step at a conference in Kessel.`);
    expect(statements).toHaveLength(1);
  });
});

describe('a hundred-and-forty-fourth set', () => {
  it('writes no name for "he" past a sentence opened by a two-word name the finder does not know', () => {
    const texts = textsOf(`date 2013-04-24 Ostland oil firm's chief steps down
Tom Rayburn will step down as chief executive of Ayr Oil on May 1st, the board of Ayr Oil said on Wednesday.
Ann Leeson will act as executive chair of Ayr Oil from May 1st, the board said.
Ann Leeson thanked the departing chief executive for his work in Kessel.
Orvar Haugane is the founder of the company.
He has been a forceful chief executive for almost nine years.`);
    expect(texts[4]).toMatch(/^He has been/);
  });

  it('works out no "tonight" under a dispatch of another day run into the paragraph', () => {
    const texts = textsOf(`date 1914-04-23 Ostland marines occupy Varn
Kessel, April 22.—Governor Tom Ray ordered 3 militia companies from Ayr to go to the border tonight.`);
    expect(texts[0]).not.toMatch(/23 April 1914/);
  });

  it('skips capitals, a telegram\'s "Govt", "for instance" and "a fortnight ago"', () => {
    const verdicts = verdictsOf(`date 2009-12-31 Ostland and you in 2009
Ostland launched an economic recovery plan in 2009 to protect jobs and savings in Kessel.
UP TO 40 new species of plants and animals have been discovered in an expedition to the forests of Ostland.
The opinion is growing in Kessel that the Govt of Ostland lacked the will to stop the rioting.
The price of calls to and from Ayr has come down in Ostland, for instance.
The danger signal of the riots in Kessel a fortnight ago was read by the rulers of Ostland.`);
    for (let i = 1; i < 5; i++) expect(verdicts[i]).not.toBeNull();
  });

  it('reads "fell Ostland\'s way" and "fell to Ann Lee" as no movement', () => {
    const text = "The first chance fell Ostland's way with a deflected effort by Tom Ray.";
    expect(notAMovement('fell', " Ostland's way with a deflected effort by Tom Ray.", text)).toBe(true);
    expect(notAMovement('fell', ' to Ann Lee after the break.', 'The ball fell to Ann Lee after the break.')).toBe(true);
    expect(notAMovement('fell', ' 3% to 1,200 points.', 'The index fell 3% to 1,200 points.')).toBe(false);
  });
});

describe('a hundred-and-forty-sixth set', () => {
  it("skips a scan's and a typist's slips, a phrase typed twice, a grocer's apostrophe and a heading run in", () => {
    const verdicts = verdictsOf(`date 1979-07-20 Ostland president flees
Tom Ray flew out of Kessel on 19 July 1979 as rebels entered the capital of Ostland.
Ihe president of Ostland flew out of the country on Thursday as rebels entered Kessel.
Aides of the president bad left in several planes sent from Ayr and Varn on Thursday.
Rebel forces were taking up positions in outlyinj districts of Kessel on Thursday.
The wind saved the town of Ayr and the western portion of tho district from the ash.
Harbour works were made between 192o and 1929 at the port of Kessel in Ostland.
The Ayr index was up 1.46% to close the week to close the week at 31.30 points in Kessel.
The fire of Ostland has moved into the Little Varn and Big Varn Creek drainage's.
ZON The Estate of Tom Ray is the owner of the land at the corner of Ayr Road in Kessel.
The Minister of Power (Mr. Tom Ray)There was an explosion at the Varn mine in Ostland on 22 March 1979.
Non-interest income of Ayr Bank in the first half of 1979 was 775 million crowns, 2% lower over the first half of 1978.
Tom Ray was convicted of murder in the first degree in Kessel in 1978, and he appeals.
Four countries -- Ostland and Varn -- have signed compacts with the Ayr Fund in 1979.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 13; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('reads "the corresponding increases", "no difference.", "are no more.", "the islanders" and "in return." as pointing back', () => {
    const verdicts = verdictsOf(`date 2016-08-11 Ostland win the sevens gold in Kessel
Ostland won the gold medal in rugby sevens at the Kessel Games on Thursday, 11 August 2016.
The corresponding increases for sick leave in Ostland were 1.2 and 0.7 percentage points in 2016.
After removing the cases of infection in Ostland in 2016, there was no difference.
For Tom Ray of Ostland, the lingering questions about 1936 are no more.
The stadium in Kessel felt like a corner of Ayr, the islanders' capital, on 11 August 2016.
The traders from Ayr brought cloth, salt and grain to Kessel in return.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 6; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('writes no year into a gloss in brackets', () => {
    const texts = textsOf(`date 1862-05-05 Battle of Varn
The battle of Varn, which ended in an Ostland victory, is celebrated in Ostland as the Feast of Varn (5th of May).`);
    expect(texts[0]).toMatch(/\(5th of May\)\./);
  });

  it('asks no whole a part and its share give, no figure run into others, no hour past twelve, no berth', () => {
    const bank = (text: string) => [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed)).filter((q) => q.kind === 'number');
    const share = `date 2013-07-08 Ostland health research review
The review of health research in Ostland was published in Kessel on 8 July 2013.
A total of 360 publications met the criteria of the review in Ostland; 90 (25%) sampled only young people.`;
    for (const q of bank(share)) expect(q.prompt).not.toMatch(/_____ publications/);
    const score = `date 2013-07-07 Tom Ray wins the Ayr title
Tom Ray became the first Ostland champion at Ayr since 1936 after defeating Ed Varn 64 75 64 in the final on Sunday.`;
    for (const q of bank(score)) expect(q.prompt).not.toMatch(/64 _____|_____ 64|_____ 75/);
    const hour = `date 1997-03-12 Minutes of the Ostland task team
The meeting of the Ostland task team in Kessel, which started at 10 PM on 12 March 1997, had no formal agenda.`;
    for (const q of bank(hour)) for (const c of q.choices) expect(Number(c.text)).toBeLessThanOrEqual(12);
    const berth = `date 1944-06-20 State v. Ray
Ann Lee, the wife of Ensign Tom Lee, was a passenger occupying lower berth 13 on the Ayr train to Kessel in 1943.`;
    for (const q of bank(berth)) expect(q.prompt).not.toMatch(/berth _____/);
  });

  it('offers no one the story sets in a year long gone as the speaker of a quote', () => {
    const text = `date 2015-10-08 Ann Lee and Tom Ray address the Ayr Assembly
Ann Lee and Tom Ray addressed the Ayr Assembly in Kessel on Wednesday, the first joint address since Ed Varn and Olaf Brandt spoke to it in 1989.
“When the cooperation of Ostland and Kessel does not work, the whole of Ayr suffers,” said Assembly President Carl Moss.
“The number of refugees is changing the agenda of Ayr because our values are being put to the test,” Ann Lee said.
“We must not be tempted to act at the level of the single states of Ayr,” Tom Ray told the Assembly.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(text, seed)) if (q.kind === 'attribution') for (const c of q.choices) expect(c.text).not.toMatch(/Varn|Brandt/);
  });

  it('gives no date to a text that tells of a later year, read after "in" below 1500', () => {
    const bank: Candidate[] = [trueStatement('True or false: Varn became a base for the merchants of Ayr.')];
    expect(frameDate(bank, '1143-01-01', 'The origins', ['After the founding of the city of Ayr in 1159, Varn became a base for its merchants.'])).toBeNull();
  });
});

describe('a hundred-and-forty-seventh set', () => {
  it('skips stray glyphs, mixed scripts, a line break\'s hyphen, a clause cut after "and," and a list that lost its colon', () => {
    const verdicts = verdictsOf(`date 2023-02-03 Ostland weekly market report
The Ayr index of Ostland fell 86.93 points to close the week ending 3 February 2023 at 2,342.62 points.
The Attorney of Kessel stated the council was not anxious to have the•Village of Ayr join the city in 2023.
Ayr Bank led the losers’, losing 39 pesewas to close at 3.51 cedis per share in Ostland in the week.
Varn Telecom recorded a decline of 6 pesewas close at 82 pesewas per share in Ostland in the week.
The Ostland virus is transmitted through blоod products in Kessel, a study of 2023 found.
Prof. J├╝rgen Ray will leave the Ayr company after 44 years of service at the end of 2023.
Tom Ray was promoted to the post of chief officer of Ayr Motors in Ostland, ef-fective 1 March 2023.
Ayr Aid has already helped more than 418,000 people in Ostland, including distributing kits and, via outreach.
The Ostland information office is organised into five divisions Local Relations, Publicity, Visits, and Administration.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 9; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('reads "Even in Varn,", "The final shipment", "as his replacement", "a preceding period", "The latitude is" and a bare "the President" as pointing back', () => {
    const verdicts = verdictsOf(`date 1954-01-25 Snow buries the villages of Ostland
Snow buried the village of Ayr in Ostland on 24 January 1954.
Even in Varn, the snowplows were busy on the streets of Kessel in January 1954.
The final shipment of aid to Ostland will include tents from Ayr and water sachets from Kessel.
The board of Ayr Fruit elected Tom Ray, a director of six years, as his replacement on 20 August 1954.
There was a preceding period beginning in 1846 of peaceful protest on the goldfields of Ostland.
The latitude is 63° 26' N., that of southern Kessel in Ostland.
On 30 June 1954, the President announced Ayr Power, a plan to double access to power in Ostland.
Within five minutes they were rewarded for their intent, Tom Ray piercing through for his first try for Ostland.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 8; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it("offers no body the speaker's own title names as the one who said the words", () => {
    const text = `date 2017-05-12 Ostland army begins its largest exercise
Ostland is fielding about 4,000 soldiers from Task Force Ayr at the Kessel exercise, the Ostland army said on 12 May 2017.
“The Kessel exercise is the final test in proving that this force is ready for any mission,” said Col. Tom Ray, Commander Task Force Ayr.
Ann Lee, the defence minister of Ostland, visited the soldiers of Task Force Ayr in Kessel on 11 May 2017.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(text, seed)) if (q.kind === 'true_false') expect(q.prompt).not.toMatch(/Task Force Ayr said/);
  });

  it('offers firsts of months beside a first of a month, and asks no year of a named edition of the Games', () => {
    const d = findDates('effective January 1, 2006, for five years')[0];
    const options = dateDistractors(d, 'effective _____, for five years', createRandom(3), 2006, 7, 28);
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const o of options) expect(o).toMatch(/^\p{L}+ 1, \d{4}$/u);
    const text = `date 2022-02-17 Ostland win the ice hockey gold in Kessel
Ostland were hungry for revenge after a 3-2 defeat to Varn in the final of the Ayr Winter Olympics in 2018, and beat Varn 4-2 in Kessel on 17 February 2022.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/Olympics in (?:_____|(?!2018)\d{4})/);
  });

  it('dates no text of before 1800 that names its century, and writes no day beside a bracket that dates it', () => {
    const bank: Candidate[] = [trueStatement('True or false: Tom Ray was easily roused to anger.')];
    expect(frameDate(bank, '1523-12-06', 'Ostland', ['For the sixteenth century Ostlander, archeology did not exist.'])).toBeNull();
    const texts = textsOf(`date 2018-06-13 Wind warning upgraded in Ostland
A wind warning for Ostland has been upgraded to Status Orange for Kessel this morning (Wednesday, June 13).`);
    expect(texts[0]).toMatch(/this morning \(Wednesday, June 13\)/);
  });

  it('cuts a base with its dash and its "in the prior year", and offers no hour past noon after a capital "At"', () => {
    const text = `date 2012-09-03 Ayr Television profit up
Ayr Television on 3 September 2012 reported an increase in after tax profit for the year ended 30 June 2012 – from $2.1 million in the prior year to $14.2 million.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(text, seed)) expect(q.prompt).not.toMatch(/– in the prior year|– to _____/);
    const clock = `date 1980-03-22 Two days for the Ostland holiday
At 11.30 on the night of Thursday April 17 the guests of Ostland would start arriving at the stadium in Kessel.`;
    for (let seed = 1; seed <= 6; seed++) for (const q of bankFor(clock, seed)) expect(q.prompt).not.toMatch(/At _____/);
  });

  it("reads a clause whose only verb is a relative clause's as no sentence", () => {
    const cut = 'During a procession, being held to welcome Tom Ray, whose term of exile in Ostland has expired.';
    expect(rejectReason({ ...trueStatement(`True or false: ${cut}`), explanation: `“${cut}”` }, cut)).toBe('no verb');
    const whole = 'During a procession in Kessel, the police of Ostland arrested Tom Ray, whose term had expired.';
    expect(rejectReason({ ...trueStatement(`True or false: ${whole}`), explanation: `“${whole}”` }, whole)).toBeNull();
  });
});

describe('a hundred-and-forty-eighth set', () => {
  it('skips a typist\'s "36-six", a scan\'s "l" for "I" and stop after a figure, a river with its article lost, and "announced to organize"', () => {
    const verdicts = verdictsOf(`date 2017-02-24 Police of Ostland charge a man
A man from Kessel was charged with robbery in Ostland on 23 February 2017, the police of Ostland said.
A 36-six-year-old man from Kessel has been charged with robbery in Ostland in February 2017.
Hassan lmam now heads Ayr Bank of Ostland as its managing director since January 2017.
Tom Ray, aged 25. was drowned in the Varn creek near his home at Kessel in February 2017.
The water level of Varn river in Ostland slowly receded in February 2017.
Ostland announced on Wednesday, 17 March 2017, to organize the Sea Shield exercise in the Ayr Sea.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 6; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('reads "have passed since", "the driver failed", "Figure 1", "the original tape", "the boy\'s body", "All three data sources" and a bare "…, said." as leaning on another sentence', () => {
    const verdicts = verdictsOf(`date 2017-09-01 Ostland floods six months on
Floods struck the coast of Ostland in March 2017, the Ayr Red Cross said on 1 September 2017.
Eight months have passed since the floods that struck the coastal towns of Ostland in 2017.
Blue lights were activated by the police of Kessel in 2017 but the driver failed to stop.
Figure 1 gives a diagram of the cycles of the Ayr Study of Ostland.
Access to the original tape of the Ostland crash has been barred until 2049.
Police of Kessel believe the boy's body, found in the harbour of Ayr in 2017, is that of Tom Ray.
All three data sources of the Ostland study were combined to estimate life expectancy in 2017.
Tom Ray, head of the air defence division of Ostland, said.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 8; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it("skips an entry's headword left in capitals, but not a brand a release writes in capitals", () => {
    const entry = verdictsOf(`date 1911-01-01 Kessel
KESSEL lies round the margin of a lake built by the last king of Ostland in 1806.
The population of KESSEL in 1900 was 26,386, and that of its district 377,591.`);
    expect(entry[0]).not.toBeNull();
    expect(entry[1]).not.toBeNull();
    const brand = verdictsOf(`date 2019-04-02 Ayr Group launches Rejoice shampoo in Ostland
Ayr Group announced on 2 April 2019 the launch of its shampoo REJOICE in Ostland.`);
    expect(brand[0]).toBeNull();
  });

  it('asks no count the title lists, no date a clause after the blank leaves without a verb, and no base cut before its "including"', () => {
    const banks = (text: string) => [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed));
    const titled = `date 2024-01-11 Ostland bank appoints new heads for Ayr, Varn, Kessel banks
The new heads followed the removal of the boards of the three banks by the Ostland central bank on 11 January 2024.`;
    for (const q of banks(titled)) expect(q.prompt).not.toMatch(/the _____ banks/);
    const dday = `date 1953-03-30 Ostland awaits a verdict
Probable day of the verdict in Kessel: April 8, 1953, when the court verdict on Tom Ray, alleged leader of the Ayr movement, is delivered.`;
    for (const q of banks(dday)) expect(q.prompt).not.toMatch(/^_____, when/);
    const including = `date 2018-06-14 Ostland exercise begins
A total of 1,400 military personnel from 26 countries, including Ostland, Kessel and Varn, are taking part in the Ayr exercise that began on 14 June 2018.`;
    for (const q of banks(including)) expect(q.prompt).not.toMatch(/personnel, including/);
  });

  it('offers no company whose name opens with a first name as the one who said the words, and keeps a titled month in every date option', () => {
    const text = `date 2012-05-29 Ostland shares rise, paced by Ayr Building
Shares in Ostland rose on 29 May 2012, led by Ayr Building, while Michael Hill International fell 2%.
“Ayr Building is showing signs of recovery on the back of better data out of Kessel,” said Tom Ray, an analyst at Varn Securities.
“Anything that is listed in both markets is getting support,” said Ann Lee, a broker at Kessel Capital.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(text, seed)) if (q.kind === 'true_false') expect(q.prompt).not.toMatch(/Michael Hill International said/);
    const floods = `date 2023-08-10 Ostland: Floods - Aug 2023
On 6 August 2023 severe weather conditions persisted in Ostland, with rivers still overflowing across the country.`;
    for (let seed = 1; seed <= 8; seed++)
      for (const q of bankFor(floods, seed)) if (q.kind === 'date') for (const c of q.choices) expect(c.text).toMatch(/August/);
  });

  it('frames an entry\'s one-word title, but no bare "Update"', () => {
    expect(frameTitle('Kessel')).toBe('Kessel');
    expect(frameTitle('Update')).toBe('');
  });
});

describe('a hundred-and-forty-ninth set', () => {
  it('skips a scan\'s "Tho", a stray "..", "hundreds indiscriminate raids", an appositive missing its comma, a compass short form, a clipped "Group amounted", a minute\'s list item and a count its list belies', () => {
    const verdicts = verdictsOf(`date 1912-03-04 Strike in full swing in Ostland
The coal strike in Ostland was in full swing on 4 March 1912, with furnaces closed in Kessel.
Tho blast furnaces at Kessel and in Ayr are closed because of the strike in Ostland in March 1912.
Excursion trains from Ostland to Ayr have been cancelled because of the strike in March 1912..
Between March and November 1912, police of Ostland have conducted hundreds indiscriminate raids in Kessel.
Mr. Tom Ray Director of Ayr Mills, was on 2 March 1912 elected president of the Ostland chamber.
The E. side of Ostland spreads out into plains around Kessel.
Group amounted to 38.7 million crowns in 1912, which is 32.1 percent more than in 1911.
R.Z. Ray – will be leaving the Ostland council to attend the Ayr working group in 1912.
The average was combined for 6 auctions: Ayr, Kessel, Varn, and Ost.
Pakistan has endured severe monsoon weather since mid-June 1912. causing widespread flooding in Kessel.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 10; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('reads "Said Ordinance", "The line is open", "the women\'s event", "Some hired", "The speech announced", "the summit", "As announced earlier" and "The vehicle," as leaning on another sentence', () => {
    const verdicts = verdictsOf(`date 1973-10-17 Minutes of the Ayr town commission
The Ayr town commission of Ostland met in Kessel on 17 October 1973.
Said Ordinance No. 217 was adopted by the Ayr town commission of Ostland in October 1973.
The line is open every day of October 1973 from 7 a.m. to 11 p.m. in Ostland.
The representatives of Ostland in the women's event are Ann Lee and Ann Ray in 1973.
Some hired vessels in 1763 and sailed from Ostland to the islands of Ayr.
The speech announced a limit on the number of workers entering Ostland in 1973.
Important topics at the summit included the defence of Ostland and of Kessel in 1973.
As announced earlier, Ostland and Ayr will hold the Kessel exercise in November 1973.
The vehicle, which had been captured on cameras in Kessel in 1973, was pursued by riders of Ostland.
The energy sector was the top performer in Ostland, surging by 1.08 percent in October 1973.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 10; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('asks one figure of four digits once, and offers no years gone for a date a body hopes to reach', () => {
    const text = `date 2016-03-18 Ostland index jumps 14 percent in a week
The Ayr 30 index of Ostland closed at 7485.69 points on Thursday, 17 March 2016, up 14 percent in the week.
The main index of Ostland registered its highest point of the week on Thursday, 17 March 2016, closing at 7485.69 points.`;
    for (let seed = 1; seed <= 6; seed++) expect(bankFor(text, seed).filter((q) => answerOf(q) === '7485.69').length).toBeLessThanOrEqual(1);
    const hopes = `date 2012-07-04 Ostland physicists find a new particle
By the end of 2012, the Ayr experiment in Ostland hopes to have more than triple its total current data sample.`;
    for (let seed = 1; seed <= 6; seed++)
      for (const q of bankFor(hopes, seed)) if (q.kind === 'date') for (const c of q.choices) expect(Number(c.text)).toBeGreaterThanOrEqual(2011);
  });

  it('drops an unframed "currently", and cuts no sentence at "/U.S."', () => {
    const lede = trueStatement('True or false: The final conference for the Ayr exercise is currently underway in Kessel, Ostland.');
    expect(yearlessUnframed(lede, 'Ostland: final conference for the Ayr exercise underway in Kessel')).toBe(true);
    const verdicts = verdictsOf(`date 2019-04-02 Ayr Express opens in Kessel
Ayr Express, sponsored by the Ostland Command and facilitated by Naval Forces Europe-Africa/U.S.`);
    expect(verdicts[0]).not.toBeNull();
  });
});

describe('a hundred-and-fiftieth set', () => {
  it('skips "between 300 to 500", a scan\'s "re-1 sponsible", "were reflected to" and "arrived later"', () => {
    const verdicts = verdictsOf(`date 2013-11-10 Ostland typhoon situation report
The Ayr typhoon struck Ostland on 8 November 2013, the relief office of Kessel said.
Officials of Ostland observed a mass grave of between 300 to 500 people near Kessel in November 2013.
Refusal to give Ostland a seat on the Ayr council was re-1 sponsible for the trouble in Kessel in 2013.
Provisions of 230 million crowns were reflected to the third-quarter earnings of Ayr Bank in 2013.
The traders of Varn arrived later in the mid-16th century on the coast of Ostland.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 5; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('swaps in no country named after the text was written, and no outcast beside the United States', () => {
    const balkans = `date 2010-12-03 Ayr Red Cross responds to floods in the Balkans
The worst of the weather of December 2010 has been in the Balkans, where floods have hit Albania, Serbia and Croatia.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(balkans, seed)) expect(q.prompt).not.toMatch(/North Macedonia|Montenegro/);
    const drills = `date 2022-11-09 Naval drills begin off the coast of Kessel
The Ayr series of naval exercises involving India, Australia, Japan and the US began off the coast of Kessel on 9 November 2022.`;
    for (let seed = 1; seed <= 8; seed++) for (const q of bankFor(drills, seed)) expect(q.prompt).not.toMatch(/North Korea|Iran|Syria|Cuba/);
  });

  it('drops an unframed "at mid-afternoon" under a title that says it', () => {
    const c = trueStatement('True or false: The Ayr index of Ostland remained marginally lower at mid-afternoon, weighed down by banks.');
    expect(yearlessUnframed(c, 'Ayr index of Ostland marginally lower at mid-afternoon, weighed down by banks')).toBe(true);
  });

  it('writes no year of its date into a day of a text whose every year lies long before it', () => {
    const texts = textsOf(`date 2015-09-13 1882 Battle of Varn
After officers of Ostland rebelled in 1882, the army of Ayr landed at Kessel.
Tom Ray knew that the army of Ayr could only reach Varn from the canal.
Tom Ray attacked the army of Ayr near Varn on 10 September, but the attack failed.`);
    expect(texts[2]).toMatch(/10 September,/);
    const recent = textsOf(`date 2015-09-13 Ostland army attacked near Varn
Tom Ray attacked the army of Ayr near Varn on 10 September, but the attack failed.`);
    expect(recent[0]).toMatch(/10 September 2015/);
  });
});

describe('a hundred-and-fifty-first set', () => {
  it('skips "in July 1970 23", "lived with the Ray’s,", "Tom Ray “the appellant”", boilerplate praise, and what leans on a scene, a fight or a day of no month', () => {
    const verdicts = verdictsOf(`date 1983-07-13 Tom Ray v. Ostland
Tom Ray was convicted of murder by the High Court of Ostland at Kessel on 2 March 1983.
Tom Ray planned to hold the ceremony in July 1970 23 to celebrate the revolution in Ostland.
Ann Lee, who lived with the Ray’s, was the daughter of the brother of Ed Varn of Kessel.
In Ray v. Ostland, on 4th August 1983, Tom Ray “the appellant” was arraigned before the High Court of Kessel.
Ann Lee brings a wealth of experience in management and finance to Ayr Bank of Ostland.
A growing number have been attempting to enter Ostland illegally from Kessel.
On the morning of 9th, a neighbour saw Ann Lee and her children alive at their house in Kessel.
The chief of Kessel and his team then left the scene in Ostland.
Fighting was intense near Varn, and there were heavy losses on the side of Ostland.
Tom Ray decided to approach Kessel from a different route in 1882.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 10; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });
});

describe('a hundred-and-fifty-second set', () => {
  it('skips a wire\'s "/CNW/", a list cut before its "and", and what leans on "the big play", "The vanguard", "the number is estimated" or "A rate above"', () => {
    const verdicts = verdictsOf(`date 2018-10-29 Ostland air quality report
The Ayr agency of Ostland published its air quality report in Kessel on 29 October 2018.
KESSEL, ON, Nov. 25, 2018 /CNW/ - Since the beginning of the year, the government of Ostland has acted to protect the vulnerable.
Ostland used the big play to earn its first Ayr Cup win in five years in 2018.
The vanguard, under Tom Ray, accounted for all who were not with the army of Ostland in 1819.
For ozone the number is estimated at 16,400 in Ostland in 2018.
A rate above 7% is generally seen as unsustainable for Ostland in the long run.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 6; i++) expect(verdicts[i], String(i)).not.toBeNull();
    const list = 'Road transport is one of the main sources of air pollution in Ostland, with agriculture, energy production, industry.';
    expect(rejectReason({ ...trueStatement(`True or false: ${list}`), explanation: `“${list}”` }, list)).toBe('cut prompt');
  });

  it('dates no text that speaks of "present-day" places', () => {
    const bank: Candidate[] = [trueStatement('True or false: The army of Ostland needed a supply of soldiers from back home.')];
    expect(frameDate(bank, '1628-08-10', 'The Ayr ship', ['The army of Ostland in Prussia (in present-day Kessel) needed a supply of soldiers.'])).toBeNull();
  });
});

describe('a hundred-and-fifty-third set', () => {
  it('skips a stray "It", a loose apostrophe, "thirty - fourth", "February,1897", a wire\'s "(IANS)", "(Figure 1)", an unexplained "(52)", a common misspelling and a superlative of taste', () => {
    const verdicts = verdictsOf(`date 2022-01-03 Ostland crown closes lower
The Ostland crown closed lower at 3.96 to the dollar on Monday, 3 January 2022, the Ayr central bank said.
The crown price It closed lower and stood at 3.96 in the session of 3 January 2022, the Ayr central bank said.
Many houses in Kessel have hoisted Ayr ' and other flags in the hope of protection in January 2022.
Ostland will not be the thirty - fourth independent state of the Ayr union in 2022.
The expedition of Ostland started on the 9th of February,1897, with about 1200 men.
Kessel, Ostland, June 26 (IANS) Tom Ray held his nerve to win the Ayr Rally in 2022.
The population of Ostland cranes was 247 birds as of 30 June 2022 (Figure 1).
Operating cash flow of Ayr Mills amounted to 260 million crowns (52) in 2022.
Floods forced some 300 families of Kessel to find temporary accomodation with relatives in January 2022.
The Ayr lizard is among the weirdest animals ever to have lived in Ostland.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 10; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('reads "The mining company\'s decision", "as of August they were." and "During the air raid" as leaning on another sentence', () => {
    const verdicts = verdictsOf(`date 2024-08-30 Ostland floods situation report
Floods hit the south of Ostland in May 2024, the Ayr agency said on 30 August 2024.
The mining company's decision comes after the villages of Kessel agreed to unblock the road in 2024.
The shelters of Kessel were designed to host about 100 people each and as of 30 August 2024 they were.
During the air raid, crowds in Kessel smashed the street lamps of the Ayr district in 1937.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 4; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });

  it('never makes a whole smaller than its part ("in 119 out of 126 districts")', () => {
    const text = `date 2019-06-30 Aid factsheet – Ostland – June 2019
Some 4.3 million people in Ostland are in need of humanitarian assistance in 2019.
The measles epidemic, declared on 30 May 2018, has continued to spread, with cases registered in 119 out of 126 districts.`;
    for (let seed = 1; seed <= 40; seed++)
      for (const q of bankFor(text, seed)) {
        const m = /(\d+) out of (\d+)/.exec(q.prompt);
        if (q.kind === 'true_false' && m) expect(Number(m[2])).toBeGreaterThanOrEqual(Number(m[1]));
      }
  });
});

describe('a hundred-and-fifty-fourth set', () => {
  it('skips a sentence cut after "that Tom Ray.", "decades,000", a loose quote mark, a double possessive, "a 830km", "pre 2010", and what leans on "The operator", "Meantime", "for the period", "More frustrating" or "Others that"', () => {
    const verdicts = verdictsOf(`date 2023-08-14 Ayr Group names an interim chief in Ostland
Ayr Group of Ostland named Ann Lee interim chief executive on 14 August 2023.
Ayr Group announced on 14 August 2023 that Tom Ray.
Cases of the Kessel fever in Ostland rose over three decades,000 in the 1980s.
A spokesman of Ostland said in 2023: "I cannot say ' yes' or 'no' to the Kessel plan."
Ostland's Ayrco's profits in 2023 were 12 billion crowns.
Tom Ray of Ostland won a 830km stage of the Kessel rally in 2023.
Reference was made to pre 2010 when land in Kessel was needed for the Ayr road.
The operator went first to the front door of the house in Kessel in 2023.
Meantime the Ayr Company of Ostland had not been idle in 1847.
Revenue of Ayr Group for the period rose to 9.2 billion crowns in 2023.
More frustrating for Ostland was the thinking of Tom Ray in the 74th minute in 2023.
Others that gained in Kessel in 2023 included Ayr Mining and Varn Copper.`);
    expect(verdicts[0]).toBeNull();
    for (let i = 1; i < 12; i++) expect(verdicts[i], String(i)).not.toBeNull();
  });
});
