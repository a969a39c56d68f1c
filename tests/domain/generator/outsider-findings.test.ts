// What an outside tester found: a day the text speaks of as still to come, written out as the next
// such day and asked with options to come; offices left on one name among the options.
import { describe, expect, it } from 'vitest';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { parseBriefing } from '../../../src/domain/briefing';
import { answerOf, bankFor } from './helpers';

// 2025-09-11 is a Thursday.
const NOTICE = `date 2025-09-11 Harbour town closes its schools
Schools in nine villages will remain closed until Monday, harbour master Ines Duarte said.
The town council met on Monday to discuss the storm damage.
On Tuesday, Ines Duarte visited the flooded quays of the harbour.
Councillor Tomas Reyes said on Wednesday that the repairs will begin soon.
The new ferry timetable starts next Monday, the port office said.
Ines Duarte said the ferry would return on Saturday.
The roads stayed closed until Tuesday, officials said.`;

const RECALL = `date 2025-06-02 Carmaker recalls vans over a faulty brake hose
Velora Motors is recalling 31,000 delivery vans built in 2023 because a brake hose can wear through.
No injuries have been reported, company spokesman Jonas Berg said on 30 May 2025.
Owners will be contacted by letter from 16 June 2025, Jonas Berg said.
Dealers will replace the hose free of charge.
The work takes about two hours per van, the company said.`;

describe('days still to come', () => {
  it('writes out a weekday to come as the next one, and one past as the last, in the text’s own words', () => {
    const texts = analyseBriefing(parseBriefing(NOTICE)).statements.map((s) => s.text);
    expect(texts[0]).toBe('Schools in nine villages will remain closed until Monday, 15 September 2025, harbour master Ines Duarte said.');
    expect(texts[1]).toContain('met on Monday, 8 September 2025');
    expect(texts[2]).toMatch(/^On Tuesday, 9 September 2025, /);
    expect(texts[3]).toContain('said on Wednesday, 10 September 2025, that');
    // Neither "next Monday" nor a reported "would" says which week.
    expect(texts[4]).toBe('The new ferry timetable starts next Monday, the port office said.');
    expect(texts[5]).toBe('Ines Duarte said the ferry would return on Saturday.');
    expect(texts[6]).toContain('until Tuesday, 9 September 2025');
    for (const t of texts) expect(t).not.toMatch(/\b(?:until|from|next) on\b/);
  });

  it('offers dates to come for a date to come, so the answer is not the only later one', () => {
    for (let seed = 1; seed <= 6; seed++) {
      for (const q of bankFor(RECALL, seed)) {
        if (q.kind !== 'date' || answerOf(q) !== '16 June 2025') continue;
        for (const c of q.choices) {
          const d = new Date(`${c.text} UTC`);
          expect(d.getTime(), c.text).toBeGreaterThan(Date.UTC(2025, 5, 2));
        }
      }
      const falseDate = bankFor(RECALL, seed).find((q) => q.kind === 'true_false' && q.statementIndex === 2 && answerOf(q) === 'False');
      if (falseDate) expect(falseDate.prompt).not.toMatch(/\b(?:May|April) 2025\b|\b[1-2] June 2025\b/);
    }
  });
});

describe('offices in minutes', () => {
  const MINUTES = `date 2025-04-08 Bayport council minutes
Mayor Lucia Ferraro opened the meeting of the Bayport town council at 7 pm on 7 April 2025.
“The general fund held $2.4 million at the end of March,” Treasurer Hamid Qureshi told the council.
“The new seawall will be 2.8 kilometres long,” Engineer Sofia Lindqvist said.
Councillor Daniel Okafor proposed a public hearing on the seawall in May.
Clerk Ruth Adeyemi read the minutes of the March meeting.`;

  it('never leaves an office on one name among the options, where it would mark that one out', () => {
    let asked = 0;
    for (let seed = 1; seed <= 4; seed++) {
      for (const q of bankFor(MINUTES, seed)) {
        if (q.kind !== 'attribution' && q.kind !== 'cloze') continue;
        asked++;
        for (const c of q.choices) expect(c.text).not.toMatch(/^(?:Treasurer|Engineer|Clerk|Mayor|Councillor) /);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});
