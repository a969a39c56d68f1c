// False versions by substitution: each rule makes the false twin a teacher would write, and stays
// silent where the text would not refute it. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { COUNTRIES } from '../../../src/domain/facts/countries';
import type { Context } from '../../../src/domain/questions/common';
import { rejectReason } from '../../../src/domain/questions/quality';
import { mainClause, trueFalseQuestions } from '../../../src/domain/questions/true-false';
import {
  authorSwapped,
  dayMoved,
  listMemberSwapped,
  placeSwapped,
  scoreChanged,
  shareChanged,
  subjectExchanged,
  yearMoved,
} from '../../../src/domain/questions/true-false-swaps';
import { createRandom } from '../../../src/domain/random';
import { answerOf, bankFor, expectSound } from './helpers';

function setUp(text: string, seed = 3) {
  const parsed = parseBriefing(text);
  const analysis = analyseBriefing(parsed, 50);
  const ctx: Context = { analysis, random: createRandom(seed), seed, briefingDate: parsed.date, headline: parsed.headline, cache: new Map() };
  ctx.accept = (c) => !rejectReason(c, analysis.statements[c.statementIndex].source);
  const at = (needle: string) => {
    const st = analysis.statements.find((s) => s.text.includes(needle));
    if (!st) throw new Error(`no statement with ${needle}`);
    return st;
  };
  /** The false version trueFalseQuestions makes of the statement holding `needle`, or undefined. */
  const falseOf = (needle: string) => trueFalseQuestions(at(needle), ctx).find((c) => c.answer === 'False')?.prompt;
  return { ctx, at, falseOf };
}

/** The statement with the edit written in. */
const applied = (text: string, e: { from: number; to: number; wrong: string } | null) => e && text.slice(0, e.from) + e.wrong + text.slice(e.to);

describe('a share in words', () => {
  const { at, falseOf } = setUp(`date 2025-03-10 Council spending
Schools account for nearly half of the spending of the Harwick town council, its finance office reported.
Parks account for more than a third of the spending of the Harwick town council, the office added.`);

  it('moves far from what the text says', () => {
    expect(falseOf('Schools account')).toBe(
      'True or false: Schools account for nearly a quarter of the spending of the Harwick town council, its finance office reported.',
    );
  });

  it('leaves a bound alone: "more than a third" allows too much', () => {
    expect(shareChanged(at('Parks account'))).toBeNull();
  });
});

describe('a day of a month', () => {
  const { at, ctx } = setUp(`date 2025-06-20 Harbour festival
The Kestrel Bay harbour festival opened on June 14 with a parade of fishing boats.
The craft market runs from June 15 to June 18 beside the old pier.`);

  it('moves a week, to a day the text never names', () => {
    const st = at('festival opened');
    expect(applied(st.text, dayMoved(st, ctx))).toBe('The Kestrel Bay harbour festival opened on June 7, 2025 with a parade of fishing boats.');
  });

  it('leaves the bounds of a range alone', () => {
    expect(dayMoved(at('craft market'), ctx)).toBeNull();
  });
});

describe('a year the date finder did not read', () => {
  const { at, ctx } = setUp(`date 2024-05-01 Mill history
In 1911, the Ashford mill was rebuilt in brick after a fire destroyed the wooden one.
The mill was extended in 1909 and again in 1913 for the new looms.`);

  it('moves to a year the text never names', () => {
    const st = at('Ashford mill');
    const changed = applied(st.text, yearMoved(st, ctx));
    expect(changed).toMatch(/^In 1\d{3}, the Ashford mill was rebuilt/);
    expect(changed).not.toMatch(/1909|1911|1913/);
  });

  it('leaves a statement with two years alone', () => {
    expect(yearMoved(at('extended'), ctx)).toBeNull();
  });

  it('leaves a forecast alone: another year is not refuted, only not forecast', () => {
    const { falseOf } = setUp(`date 2024-06-12 Grain outlook
Wheat output in the Harwick valley is forecast to grow by 40,000 tonnes in 2026, the growers' board said.
Barley output in the Harwick valley is expected to hold steady in 2025.`);
    expect(falseOf('Wheat output') ?? '').toContain('in 2026');
    expect(falseOf('Barley output')).toBeUndefined();
  });
});

describe('a figure with a unit read as a year', () => {
  it('is never moved as a year', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const { falseOf } = setUp(
        `date 2022-08-01 Spectrum sale
Northwave Telecom has bought licences in 1800 MHz, 2100 MHz and 2500 MHz from the Harwick regulator for its network.`,
        seed,
      );
      expect(falseOf('Northwave') ?? '').not.toMatch(/\b(?!1800\b)1\d{3} MHz/);
    }
  });
});

describe('a score', () => {
  const { at, ctx } = setUp(`date 1999-11-02 Cup final
The Riverside Rovers won the county cup after a hard-fought 3-1 victory over Millbrook Town at Elm Park.
Millbrook Town had earlier held the Rovers to a 2-2 draw at home in the league.
The Rovers stormed into an 8-2 lead by half-time in the semi-final against Ashby.`);

  it('raises the winning side and keeps the article right', () => {
    const cup = at('county cup');
    expect(applied(cup.text, scoreChanged(cup, ctx))).toContain('a hard-fought 5-1 victory');
    const semi = at('semi-final');
    expect(applied(semi.text, scoreChanged(semi, ctx))).toContain('into a 10-2 lead');
  });

  it('leaves a draw alone', () => {
    expect(scoreChanged(at('draw at home'), ctx)).toBeNull();
  });
});

describe('an author of the story', () => {
  const { at, ctx, falseOf } = setUp(`date 2019-05-10 Poetry award
Maria Olsen's debut collection Salt Lines has won the Northern Poetry Award.
The judges also praised Tomas Reyes's Winter Harbour and Anna Wells's The Glass Hour, which were shortlisted.`);

  it('puts another author of a named work in place of this one', () => {
    expect(falseOf('Salt Lines')).toBe("True or false: Tomas Reyes's debut collection Salt Lines has won the Northern Poetry Award.");
  });

  it('leaves a statement naming two works alone', () => {
    expect(authorSwapped(at('Winter Harbour'), ctx)).toBeNull();
  });
});

describe('a country where a thing happened', () => {
  const { at, ctx } = setUp(`date 2023-09-01 Oat drink launch
Brightwell Foods announces the launch of Europe's No. 1 oat drink in Kenya.
Food prices in Uganda rose 4 percent in August, the statistics office said.`);

  it('moves to a country of the same region the text never names', () => {
    const st = at('oat drink');
    const e = placeSwapped(st, ctx);
    expect(e).not.toBeNull();
    const wrong = COUNTRIES.find((c) => c.name === e!.wrong);
    const kenya = COUNTRIES.find((c) => c.name === 'Kenya');
    expect(wrong?.region).toBe(kenya?.region);
    expect(['Kenya', 'Uganda']).not.toContain(e!.wrong);
    expect(applied(st.text, e)).toBe(`Brightwell Foods announces the launch of Europe's No. 1 oat drink in ${e!.wrong}.`);
  });

  it('leaves a place that says what is measured alone', () => {
    expect(placeSwapped(at('Food prices'), ctx)).toBeNull();
  });
});

describe('a member of a closed list', () => {
  const { at, ctx } = setUp(`date 2024-08-12 Arctic race
Teams from Norway, Sweden, Finland and Denmark took part in the Arctic sailing race.
Crews from several countries, including Canada, Mexico and the United States, watched the start.
Four nations, including Germany, France, Italy and Spain, sent judges to the race.`);

  it('swaps a middle member for a country the text never names', () => {
    const st = at('Teams from');
    const changed = applied(st.text, listMemberSwapped(st, ctx));
    expect(changed).toMatch(/^Teams from Norway, Sweden, [A-Z][a-z]+ and Denmark took part/);
    expect(changed).not.toContain('Finland');
  });

  it('leaves an open list alone, unless its count says it is whole', () => {
    expect(listMemberSwapped(at('Crews from'), ctx)).toBeNull();
    expect(listMemberSwapped(at('Four nations'), ctx)).not.toBeNull();
  });
});

describe('the subject of a parallel statement', () => {
  const { at, ctx } = setUp(`date 2024-02-01 Harvest
Greenfield Farms has reported a harvest of 1,200 tonnes of wheat this season.
Hollow Creek Farms has reported a harvest of 950 tonnes of wheat this season.`);

  it('takes the other subject, whose own figure the text gives', () => {
    const st = at('Greenfield');
    expect(applied(st.text, subjectExchanged(st, ctx))).toBe('Hollow Creek Farms has reported a harvest of 1,200 tonnes of wheat this season.');
  });
});

describe('other false versions the text refutes', () => {
  const { falseOf } = setUp(`date 2025-01-15 Clinic trial
Wearing surgical gloves on every shift reduces the rate of skin infections among Dunmore nurses, compared with not wearing them.
The Harwick Book Fair, founded by the town library, is now in its fifth year.
The participants were aged 40 to 75 when they joined the Lakeside study of the Dunmore clinic.`);

  it('turns a finding whose comparison base holds a "not"', () => {
    expect(falseOf('surgical gloves')).toBe(
      'True or false: Wearing surgical gloves on every shift increases the rate of skin infections among Dunmore nurses, compared with not wearing them.',
    );
  });

  it('moves how many years a thing has run', () => {
    expect(falseOf('Book Fair')).toBe('True or false: The Harwick Book Fair, founded by the town library, is now in its seventh year.');
  });

  it('never moves a bound of a range outwards', () => {
    expect(falseOf('aged 40 to 75')).toBeUndefined();
  });
});

describe('long statements and names in capitals', () => {
  it('changes a long statement within the claim it is asked by', () => {
    const { falseOf } = setUp(`date 2018-06-21 Home sales
Unsold housing stock in the Harwick district climbed 2.8 percent to 1,850 homes at the end of May 2018, but is still 6.1 percent lower than a year ago (1,970 homes) and has fallen year-over-year for 36 consecutive months, the Harwick estate agents' association said.`);
    const prompt = falseOf('Unsold housing');
    expect(prompt).toMatch(/^True or false: Unsold housing stock in the Harwick district (?:climbed|fell) .* at the end of May 2018\.$/);
    expect(prompt).not.toBe('True or false: Unsold housing stock in the Harwick district climbed 2.8 percent to 1,850 homes at the end of May 2018.');
  });

  it('asks a name the text keeps writing in capitals, not a word shouted once', () => {
    const { at, ctx } = setUp(`date 2024-08-05 Results
Kelso Care said its adjusted EBITDA rose 12.0% to $40.2 million in the second quarter of 2024.
Kelso Care expects adjusted EBITDA margins to stay near last year's level.
Kelso Care opened the region's BIGGEST home-care academy in Derby in March 2024 with 40 trainees.`);
    expect(trueFalseQuestions(at('rose 12.0%'), ctx).length).toBeGreaterThan(0);
    expect(trueFalseQuestions(at('academy'), ctx)).toEqual([]);
  });
});

describe('a bank of such statements', () => {
  const text = `date 2024-08-12 Arctic race
Teams from Norway, Sweden, Finland and Denmark took part in the Arctic sailing race off Tromsø.
The Riverside Rovers won the regional cup after a hard-fought 3-1 victory over Millbrook Town at Elm Park.
Greenfield Farms has reported a harvest of 1,200 tonnes of wheat this season.
Hollow Creek Farms has reported a harvest of 950 tonnes of wheat this season.
Schools account for nearly half of the spending of the Harwick town council, its finance office reported.`;

  it('holds about as many False as True, every one sound', () => {
    for (const seed of [1, 2, 3]) {
      const bank = bankFor(text, seed);
      expectSound(text, bank);
      const tf = bank.filter((q) => q.kind === 'true_false').map(answerOf);
      expect(Math.abs(tf.filter((a) => a === 'True').length - tf.filter((a) => a === 'False').length)).toBeLessThanOrEqual(1);
      expect(tf.filter((a) => a === 'False').length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the claim a long statement is asked by', () => {
  const SETTING =
    'Following a week of heavy rain across the northern hills and the coastal plain of the Harwick district and two days of flood warnings from forecasters';

  it('drops a leading setting when the claim needs nothing from it', () => {
    expect(mainClause(`${SETTING}, Kestrel Water Board engineers opened all four sluice gates of Ashby Dam on Tuesday morning.`)).toBe(
      'Kestrel Water Board engineers opened all four sluice gates of Ashby Dam on Tuesday morning.',
    );
  });

  it('keeps the setting when the claim points back into it', () => {
    expect(mainClause(`${SETTING}, Kestrel Water Board engineers opened all four sluice gates to relieve the pressure of the rain on the dam.`)).toBeNull();
    // "the hryvnia": a thing the claim names itself, not one the setting gave it.
    expect(
      mainClause(
        'In a monetary reform awaited for five years and long delayed by the parliament, Ostland on Monday introduced a new currency, the varn, to replace the inflation-ravaged scrip issued when the country broke away from the Kessel rouble zone.',
      ),
    ).toBe(
      'Ostland on Monday introduced a new currency, the varn, to replace the inflation-ravaged scrip issued when the country broke away from the Kessel rouble zone.',
    );
  });

  it('ends before "according to" when nothing else breaks the sentence', () => {
    const text =
      'In 1902 and 1907 the Harwick parish council had obtained two grants from the county treasury to build a stone bridge over the river Ash at the old ford below the mill, according to plans drawn up by the engineer Thomas Webb of Ashby.';
    expect(text.length).toBeGreaterThan(225);
    expect(mainClause(text)).toBe(
      'In 1902 and 1907 the Harwick parish council had obtained two grants from the county treasury to build a stone bridge over the river Ash at the old ford below the mill.',
    );
  });
});

describe('a year the text does not write', () => {
  it('is never moved: "this year" dated from the date line says nothing of other years', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { falseOf } = setUp(
        `date 2022-10-05 Prize entries
About a third of the entries for the Greywater Fiction Prize this year came from first-time authors, the judges said.`,
        seed,
      );
      expect(falseOf('first-time authors') ?? '').not.toMatch(/\b20(?!22)\d\d\b/);
    }
  });
});

describe('false versions a reader rules out without the text', () => {
  it('does not negate work that is going on, and does not give a parallel statement’s subject beside that statement', async () => {
    const { negate, negatePredicate } = await import('../../../src/domain/questions/negation');
    expect(negate('Harwick Public Health is continuing its outbreak investigation.')).toBeNull();
    expect(negatePredicate('Harwick Public Health continues its outbreak investigation.')).toBeNull();
    expect(negate('Harwick Public Health has closed its outbreak investigation.')).toBe('Harwick Public Health has not closed its outbreak investigation.');
    // Three parallel statements: each takes the next one's subject, and says which statement it took it from.
    const { at, ctx } = setUp(`date 2024-02-01 Harvest
Greenfield Farms has reported a harvest of 1,200 tonnes of wheat this season.
Hollow Creek Farms has reported a harvest of 950 tonnes of wheat this season.
Stony Brook Farms has reported a harvest of 610 tonnes of wheat this season.`);
    const edits = ['Greenfield', 'Hollow Creek', 'Stony Brook'].map((n) => subjectExchanged(at(n), ctx));
    expect(edits.map((e) => e?.wrong)).toEqual(['Hollow Creek Farms', 'Stony Brook Farms', 'Greenfield Farms']);
    expect(edits.map((e) => e?.pairedWith)).toEqual([at('Hollow Creek').index, at('Stony Brook').index, at('Greenfield').index]);
  });
});

describe('a month moved in a false version', () => {
  it('moves a one-off’s month, never a month’s price move the text is silent on for other months', () => {
    const { at, ctx } = setUp(`date 2024-06-12 Grain market report
Wheat futures in Harrow fell by $6 a tonne in May 2024 as harvest forecasts rose.
Barley prices in Harrow rose sharply in May as rain delayed planting.
The new grain exchange in Harrow opened in May after two years of building.`);
    const months = /January|February|March|April|June|July|August|September|October|November|December/;
    for (const needle of ['Wheat futures', 'Barley prices']) {
      for (const c of trueFalseQuestions(at(needle), ctx)) expect(c.prompt).not.toMatch(months);
    }
    expect(trueFalseQuestions(at('grain exchange'), ctx).some((c) => c.answer === 'False' && months.test(c.prompt))).toBe(true);
  });
});

describe('a day still to come and a label', () => {
  const { falseOf } = setUp(`date 2015-04-07 Ostland cyclone situation report 18
The state of emergency in Ostland was extended by the Ayr government on 2 April 2015.
All assessment teams of the Ayr mission in Ostland will be debriefed by the Ayr government on 12 April.
The Ayr study in Ostland found that the risk of type 2 diabetes was higher among obese adults who smoked.`);

  it('moves a day still to come only to another day after the report, never before it', () => {
    const day = /debriefed by the Ayr government on (\d+) April/.exec(falseOf('assessment teams') ?? '')?.[1];
    expect(Number(day)).toBeGreaterThan(7);
  });

  it('changes no figure of a label ("type 2 diabetes")', () => {
    expect(falseOf('type 2') ?? '').not.toMatch(/type [013-9]\b/);
  });
});
