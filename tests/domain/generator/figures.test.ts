// A sentence of several figures: each figure asked alone, in a prompt without the figures that
// would compute it or that another question asks. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/domain/analysis/dates';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { findNumbers } from '../../../src/domain/analysis/numbers';
import { parseBriefing } from '../../../src/domain/briefing';
import { numberQuestions } from '../../../src/domain/questions/number';
import { createRandom } from '../../../src/domain/random';
import { focusOn } from '../../../src/domain/questions/focus';
import { answerOf, bankFor, expectSound } from './helpers';

const focus = (text: string, figure: string) => {
  const st = { text, numbers: findNumbers(text), dates: findDates(text) };
  const n = st.numbers.find((x) => x.text === figure);
  if (!n) throw new Error(`no figure ${figure}`);
  return focusOn(st, n)?.text ?? null;
};

describe('one figure of several', () => {
  it('drops the change when the level is asked, the level when the change is asked, and the base always', () => {
    const s =
      'Sales of used boats, which include sailing boats, motor boats and canoes, fell 2.5 percent to an annual rate of 41,200 in March 2023 from a revised 42,250 in February.';
    expect(focus(s, '41,200')).toBe('Sales of used boats fell to an annual rate of 41,200 in March 2023.');
    expect(focus(s, '2.5 percent')).toBe('Sales of used boats fell 2.5 percent in March 2023.');
    expect(focus(s, '42,250')).toBeNull();
  });

  it('cuts a tail that holds another figure, but never the clause that holds the one asked', () => {
    const s = 'The median price of a flat in Orlov was $188,300 in May, a record and up 6.2 percent from a year before ($177,300).';
    expect(focus(s, '$188,300')).toBe('The median price of a flat in Orlov was $188,300 in May.');
    expect(focus(s, '6.2 percent')).toBeNull();
  });

  it('leaves a list of figures whole rather than cut it in the middle', () => {
    const s = 'Tarvo Mobile bid for 3,120 MHz of spectrum in the 700 MHz, 900 MHz and 3500 MHz bands.';
    expect(focus(s, '3,120')).toBeNull();
  });

  it('asks two figures of one sentence as two questions that do not answer each other', () => {
    const text = `date 2023-04-20 Boat sales slip in March
Used-boat sales at the Kestrel Marine Group fell 2.5 percent to an annual rate of 41,200 in March 2023 from a revised 42,250 in February, the company said.
The group's director Ilse Varga said dealers expected a stronger summer.
Fuel prices at Kestrel Marine Group marinas rose 4 percent in March 2023.`;
    const bank = bankFor(text);
    expectSound(text, bank);
    const boats = bank.filter((q) => q.statementIndex === 0 && q.kind === 'number');
    expect(boats.map(answerOf).sort()).toEqual(['2.5 percent', '41,200']);
    for (const q of boats) expect(q.prompt).not.toContain('42,250');
  });

  it('reads a sum written without its space ("£6million") and spells its options the same way', () => {
    const [n] = findNumbers('In 1901 the city lent the railway company £6million to finish the line.');
    expect(n).toMatchObject({ text: '£6million', value: 6, currency: '£' });
    // A scale glued to a bare figure is a typo inside a word, not a sum.
    expect(findNumbers('The 4million mark was passed.').map((x) => x.text)).toEqual([]);
    const text = `date 1901-05-02 The northern line
In 1901 the city council of Harwick lent the Northern Railway Company £6million to finish the line to the coast.`;
    const analysis = analyseBriefing(parseBriefing(text));
    const ctx = { analysis, random: createRandom(7), seed: 7, cache: new Map() };
    const [q] = numberQuestions(analysis.statements[0], ctx);
    expect(q.answer).toBe('£6million');
    expect(q.distractors).toHaveLength(3);
    for (const d of q.distractors) expect(d).toMatch(/^£\d+million$/);
  });
});
