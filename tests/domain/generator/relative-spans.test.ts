// Periods a report's date and headline fix, written out so a lone sentence says when ("over the
// month" → "in March 2025"), and the ones left as written, and refused, because nothing fixes them.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { relativeTime, reportedPeriod } from '../../../src/domain/analysis/relative-times';
import { standaloneVerdicts } from '../../../src/domain/questions/standalone';
import { bankFor, expectSound } from './helpers';

function read(text: string): { texts: string[]; verdicts: (string | null)[] } {
  const parsed = parseBriefing(text);
  const analysis = analyseBriefing(parsed);
  return { texts: analysis.statements.map((s) => s.text), verdicts: standaloneVerdicts(analysis, parsed.headline) };
}

const MONTHLY = `date 2025-04-09 Kettle prices in Dorland climbed in March
The Dorland statistics office said kettle prices climbed by 1.1% in March 2025 from February.
Toaster prices fell 0.6% over the month.
The blender index rose 4.2% over the last 12 months.
The grill index rose 2.5% over the last year.
For the previous three months toaster prices had risen 0.3% per month.
With last month’s rise, kettle prices are now 6.4% above a year ago.
Kettle sales were 3.1% lower than a year ago in every region.
Stocks of kettles stood at 2.9 months of sales (3.3 months a year ago).
Unsold kettles are at a 2.9-month supply at the current sales pace (3.3 months a year ago).
"Over the month, demand for kettles held steady," the office said.
If prices fall over the month, retailers would cut orders.
The Dorland kettle works closed a year ago.
Oven prices rose 1.9% over the last 12 months.`;

describe('a monthly report', () => {
  const { texts, verdicts } = read(MONTHLY);

  it('reads its month from the headline, of the year before when the month is still to come', () => {
    expect(reportedPeriod('Kettle prices in Dorland climbed in March', '', '2025-04-09')).toEqual({ kind: 'month', part: 3, year: 2025 });
    expect(reportedPeriod('Kettle prices climbed in November', '', '2025-01-12')).toEqual({ kind: 'month', part: 11, year: 2024 });
    // Two months in the headline: neither is the report's.
    expect(reportedPeriod('Prices rose in March after falling in February', 'Prices rose in March.', '2025-04-09')).toBeNull();
    // A month long before the date is no report's.
    expect(reportedPeriod('Kettle maker founded in March 2019 expands', '', '2025-04-09')).toBeNull();
    expect(reportedPeriod('Heron numbers', 'Herons have been counted in Dorland since 1970.', '2025-04-09')).toBeNull();
    // Nothing in the headline: the lede may say.
    expect(reportedPeriod('Kettle prices', 'Kettle sales fell in August, the office said.', '2025-09-20')).toEqual({ kind: 'month', part: 8, year: 2025 });
  });

  it('writes "over the month", "the last 12 months" and "the last year" as the month it reports on', () => {
    expect(texts[1]).toBe('Toaster prices fell 0.6% in March 2025.');
    expect(verdicts[1]).toBeNull();
    expect(texts[2]).toBe('The blender index rose 4.2% over the 12 months to March 2025.');
    expect(verdicts[2]).toBeNull();
    // Not "over the in 2024": the last year of a monthly report is not the calendar year before.
    expect(texts[3]).toBe('The grill index rose 2.5% over the 12 months to March 2025.');
    // Months named before do not make "the 12 months to March 2025" point back: its month says which.
    expect(texts[12]).toBe('Oven prices rose 1.9% over the 12 months to March 2025.');
    expect(verdicts[12]).toBeNull();
  });

  it('writes "the previous three months" as the months before the report’s', () => {
    expect(texts[4]).toBe('From December 2024 to February 2025, toaster prices had risen 0.3% per month.');
    expect(verdicts[4]).toBeNull();
  });

  it('writes "last month’s" and "a year ago" as the report’s month and the same month a year before', () => {
    expect(texts[5]).toBe('With March 2025’s rise, kettle prices are now 6.4% above March 2024.');
    expect(verdicts[5]).toBeNull();
    expect(texts[6]).toBe('Kettle sales were 3.1% lower than in March 2024 in every region.');
    expect(texts[7]).toBe('Stocks of kettles stood at 2.9 months of sales (3.3 months in March 2024).');
    // No figure compared: a year before the date line, not the report's month.
    expect(texts[11]).toBe('The Dorland kettle works closed a year ago.');
    expect(verdicts[11]).toMatch(/relative time/);
  });

  it('leaves a sentence whose "current" would still need the date line, a quote and a condition as written', () => {
    expect(texts[8]).toContain('(3.3 months a year ago)');
    expect(verdicts[8]).toMatch(/relative time/);
    expect(texts[9]).toContain('"Over the month, demand');
    expect(verdicts[9]).toMatch(/relative time/);
    expect(texts[10]).toContain('fall over the month');
    expect(verdicts[10]).toMatch(/relative time/);
  });

  it('asks the written-out sentences soundly', () => {
    const bank = bankFor(MONTHLY);
    expectSound(MONTHLY, bank);
    expect(bank.some((q) => q.prompt.includes('in March 2025') && q.statementIndex === 1)).toBe(true);
    for (const q of bank) expect(q.prompt).not.toMatch(/over the month|a year ago|last month/);
  });
});

describe('a report on a month not yet over', () => {
  it('leaves "over the month" as written: the month of its data is another', () => {
    const text = `date 2025-06-11 Grain Market Report - June 2025
Global wheat stocks fell by 4.2 mt in April 2025.
Maize stocks rose by 1.3 mt over the month.`;
    const { texts, verdicts } = read(text);
    expect(texts[1]).toBe('Maize stocks rose by 1.3 mt over the month.');
    expect(verdicts[1]).toMatch(/relative time/);
  });
});

describe('a quarterly or yearly report', () => {
  const QUARTER = `date 2025-08-04 Velmora Foods Announces Second Quarter 2025 Results
Velmora Foods Corporation today announced its results for the second quarter of 2025.
Velmora Foods’s net income was $12.4 million for the second quarter of 2025, compared with $10.2 million for the second quarter of 2024, while income per share was $0.81 compared with $0.66 for the same period a year ago.
For the first six months of 2025, Velmora Foods’s revenues rose 8.0% to $402.5 million from $372.7 million for the prior-year period.
Velmora Foods’s revenues were $210.0 million on 30 June 2025 and $180.0 million in 2023, against $190.0 million for the same period a year ago.
Velmora Foods’s revenues for the six months ended June 30 were $402.5 million, against $372.7 million for the same period a year ago.`;

  it('reads a quarter or a fiscal year from the headline, the later of two fiscal years', () => {
    expect(reportedPeriod('Velmora Foods Announces Second Quarter 2025 Results', '', '2025-08-04')).toEqual({ kind: 'quarter', part: 2, year: 2025 });
    expect(reportedPeriod('Federal Spending on Rural Roads, FY2016-FY2017', '', '2018-03-01')).toEqual({ kind: 'fy', year: 2017 });
  });

  it('writes the prior-year period as the sentence’s own period a year before', () => {
    const { texts, verdicts } = read(QUARTER);
    expect(texts[1]).toBe(
      'Velmora Foods’s net income was $12.4 million for the second quarter of 2025, compared with $10.2 million for the second quarter of 2024, while income per share was $0.81 compared with $0.66 for the second quarter of 2024.',
    );
    expect(verdicts[1]).toBeNull();
    expect(texts[2]).toBe(
      'For the first six months of 2025, Velmora Foods’s revenues rose 8.0% to $402.5 million from $372.7 million for the first six months of 2024.',
    );
    // A day and an unrelated year: which period "the same period" is, the sentence does not say.
    expect(texts[3]).toContain('for the same period a year ago');
    expect(verdicts[3]).toMatch(/presupposes|relative time/);
    // A period of its own, undated: not the report's quarter.
    expect(texts[4]).toContain('for the same period a year ago');
  });

  it('writes "the previous year" after the report’s fiscal year as the one before, and no other year', () => {
    const text = `date 2018-03-01 Federal Spending on Rural Roads, FY2016-FY2017
The federal government spent $41 billion in FY2017 on rural roads, and $37 billion the previous year.
Bridge repairs took $9 billion in FY2015 and $8 billion the previous year.`;
    const { texts } = read(text);
    expect(texts[0]).toBe('The federal government spent $41 billion in FY2017 on rural roads, and $37 billion in FY2016.');
    expect(texts[1]).toContain('the previous year');
  });

  it('writes "for the year as a whole" as the report’s year', () => {
    const text = `date 2025-06-11 Grain Market Report - June 2025
Global wheat output rose by 3.1 mt in May 2025 as the harvest in Brazil began early.
For the year as a whole, the wheat harvest of Dorland rises by 11.2 mt, led by gains of 4.0 mt in its south.`;
    const { texts, verdicts } = read(text);
    expect(texts[1]).toBe('For 2025 as a whole, the wheat harvest of Dorland rises by 11.2 mt, led by gains of 4.0 mt in its south.');
    expect(verdicts[1]).toBeNull();
  });
});

describe('a narrative', () => {
  it('writes "earlier that year" as the year the text last named when it is the date’s', () => {
    const text = `date 1902-05-08 Mount Pelée
Mount Pelée is a volcano on the island of Martinique.
It erupted with great force on 8 May 1902.
Small tremors were felt across Martinique earlier that year, when ash first fell on Saint-Pierre.`;
    const { texts, verdicts } = read(text);
    expect(texts[2]).toBe('Small tremors were felt across Martinique earlier in 1902, when ash first fell on Saint-Pierre.');
    expect(verdicts[2]).toBeNull();
    // The last year named is not the date's: "that year" may be either.
    const other = read(text.replace('8 May 1902', '8 May 1899'));
    expect(other.texts[2]).toContain('earlier that year');
    expect(other.verdicts[2]).toMatch(/relative time/);
  });
});

describe('the gates around a written-out period', () => {
  it('holds the rule in one place', () => {
    expect(relativeTime('Prices fell over the month.')).toBe(true);
    expect(relativeTime('Prices fell in March 2025 over the month.')).toBe(false);
    expect(relativeTime('Prices fell yesterday in March 2025.')).toBe(true);
  });

  it('reads a time adverb after "the island" as no second noun, and a growth past a time frame as growth of what', () => {
    const text = `date 1902-05-08 Mount Pelée
Mount Pelée is a volcano on the island of Martinique.
Small tremors were felt around the island earlier in 1902 by the people of Saint-Pierre.
For 2025 as a whole, output increases by 3.2 mt in every region of Dorland.`;
    const { verdicts } = read(text);
    expect(verdicts[1]).toMatch(/the island/);
    expect(verdicts[2]).toBe('growth of what');
  });
});
