// What blind reviewers failed: a changed figure on the wrong side of the base the sentence gives
// it ("down from 27 days"), and a day asked without the year the date line gives it.
import { describe, expect, it } from 'vitest';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { parseBriefing } from '../../../src/domain/briefing';
import type { Context } from '../../../src/domain/questions/common';
import { rejectReason } from '../../../src/domain/questions/quality';
import { trueFalseQuestions } from '../../../src/domain/questions/true-false';
import { createRandom } from '../../../src/domain/random';
import { answerOf, bankFor } from './helpers';

const MARKET = `date 2019-07-22 Lakeside home sales slow in June
Homes in Lakeside typically stayed on the market for 31 days in June, down from 38 days a year ago.
The median sale price in Lakeside was $310,400 in June, the county's realtors' board said.
Sales of new homes rose 4% in June to 1,240 units, up from 1,192 units in May.
The board's chief economist Marta Lindgren said buyers were waiting for lower mortgage rates.`;

const DRILL = `date 2021-09-10 Coastguard drill ends
The Northern Shield drill began on September 6 with 14 ships and 900 sailors from four countries.
Rear Admiral Kofi Mensah said the drill tested search and rescue at night.
The drill will end on September 19 off the coast of Norway.`;

describe('what blind reviewers failed', () => {
  it('keeps a changed figure on the side of the base the sentence compares it with', () => {
    // The false versions themselves: in the bank these statements are now asked by their figures.
    let falses = 0;
    const parsed = parseBriefing(MARKET);
    const analysis = analyseBriefing(parsed, 50);
    for (let seed = 1; seed <= 12; seed++) {
      const ctx: Context = { analysis, random: createRandom(seed), seed, briefingDate: parsed.date, headline: parsed.headline, cache: new Map() };
      ctx.accept = (c) => !rejectReason(c, analysis.statements[c.statementIndex].source);
      for (const st of analysis.statements) {
        for (const q of trueFalseQuestions(st, ctx)) {
          if (q.answer !== 'False') continue;
          const days = /market for (\d+) days/.exec(q.prompt);
          if (days) {
            falses++;
            expect(Number(days[1]), q.prompt).toBeLessThan(38);
          }
          const units = /to ([\d,]+) units, up from 1,192/.exec(q.prompt);
          if (units) {
            falses++;
            expect(Number(units[1].replace(/,/g, '')), q.prompt).toBeGreaterThan(1192);
          }
        }
      }
    }
    expect(falses).toBeGreaterThan(0);
  });

  it('writes the year of the date line beside a day that has none, when the day is not after it', () => {
    const texts = analyseBriefing(parseBriefing(DRILL)).statements.map((s) => s.text);
    expect(texts[0]).toContain('began on September 6, 2021 with');
    // A day still to come is left as the text has it.
    expect(texts[2]).toContain('on September 19 off');
    for (let seed = 1; seed <= 6; seed++) {
      for (const q of bankFor(DRILL, seed)) {
        if (q.kind === 'date') expect(answerOf(q)).toBe('September 6, 2021');
      }
    }
  });
});
