// A prompt names the story it comes from ("According to “Ostland bourse ends week lower” (7 May
// 2020): …"), so "the All-Share index" or "GDP" read on their own say whose; never where the
// title would give the answer away.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import type { Candidate } from '../../../src/domain/questions/common';
import { bankTitle, frameDate, framedPrompt, frameTitle, recasedTitle, unframed } from '../../../src/domain/questions/frame';
import { generateQuestions } from '../../../src/domain/questions/generate';
import { answerOf } from './helpers';

const candidate = (over: Partial<Candidate>): Candidate => ({
  kind: 'true_false',
  statementIndex: 3,
  prompt: 'True or false: The All-Share index fell 2.28% over the week.',
  answer: 'True',
  distractors: ['False'],
  explanation: '',
  score: 1,
  difficulty: 0.2,
  ...over,
});

const BOURSE = `date 2020-05-07 Ostland bourse ends week lower on thin trade

The Ostland Stock Exchange closed the week lower as trading thinned across all sectors.
The All-Share index fell 2.28% to 4,861.92 points over the week, while the main index lost 1.9%.
The number of deals concluded reached 31,680 against 37,140 a week earlier.
Market value has slumped by 22.3% since the end of 2019, to about 27.6 billion marks.`;

describe('the story a prompt names', () => {
  it('opens a statement that leans on the story with its title and date', () => {
    const bank = generateQuestions(parseBriefing(BOURSE), { seed: 3 });
    const later = bank.filter((q) => q.statementIndex > 0);
    expect(later.length).toBeGreaterThan(0);
    for (const q of later) {
      expect(q.prompt).toMatch(/^(True or false, according to|According to) “Ostland bourse ends week lower on thin trade” \(7 May 2020\)[:,] /);
      expect(unframed(q.prompt).length).toBeLessThan(q.prompt.length);
    }
  });

  it('leaves a lede that repeats the title as it stands, since the title would give it away', () => {
    const text = `date 2024-03-02 Tremor rattles the Ostrava region of Czechia

A tremor measuring 4.6 rattled the Ostrava region of Czechia on Saturday, damaging chimneys.
Fire crews checked 140 homes in the town of Karvina for cracks in the following hours.`;
    const bank = generateQuestions(parseBriefing(text), { seed: 5 });
    const lede = bank.filter((q) => q.statementIndex === 0);
    expect(lede.length).toBeGreaterThan(0);
    for (const q of lede) expect(q.prompt).not.toMatch(/according to “/i);
  });

  it('never shows a figure, a name or a date that the question asks', () => {
    const title = 'Kessel economy grows 6.3% in second quarter';
    // The figure the title shows, asked or moved by a false version.
    expect(framedPrompt(candidate({ prompt: 'True or false: Output grew 6.3% after 5.9% a quarter earlier.' }), title, '2018-09-29')).not.toMatch(/according/);
    expect(
      framedPrompt(candidate({ prompt: 'True or false: Output grew 7.1% after 5.9%.', answer: 'False', hidden: '6.3%' }), title, '2018-09-29'),
    ).not.toMatch(/according/);
    expect(
      framedPrompt(candidate({ kind: 'number', prompt: 'Output grew _____ after 5.9% a quarter earlier.', answer: '6.3 percent' }), title, '2018-09-29'),
    ).not.toMatch(/according/);
    // The person the title names, asked as "who".
    expect(
      framedPrompt(
        candidate({ kind: 'attribution', prompt: 'Who told the press that growth would slow?', answer: 'Tom Ray' }),
        'Ray warns of slower growth',
        null,
      ),
    ).toBe('Who told the press that growth would slow?');
    // A date question, or a false version that moves a date, names the story without its date.
    expect(
      framedPrompt(candidate({ kind: 'date', prompt: 'The farm output figures were published on _____.', answer: '29 September 2018' }), title, '2018-09-29'),
    ).toBe(`According to “${title}”: The farm output figures were published on _____.`);
    expect(
      framedPrompt(
        candidate({ prompt: 'True or false: Exports rose after the harvest of 4 August.', answer: 'False', hidden: '14 August' }),
        title,
        '2018-09-29',
      ),
    ).toBe(`True or false, according to “${title}”: Exports rose after the harvest of 4 August.`);
  });

  it('shows no date in any frame once a question of the bank names that day', () => {
    const c = candidate({ prompt: 'True or false: Work starts in the spring.' });
    const onTheDay = candidate({ kind: 'date', prompt: 'The council approved the wall on _____.', answer: '4 June 2021' });
    const written = candidate({ prompt: 'True or false: The council met on June 4 to approve the wall.' });
    expect(frameDate([c], '2021-06-04')).toBe('2021-06-04');
    expect(frameDate([c, onTheDay], '2021-06-04')).toBeNull();
    expect(frameDate([c, written], '2021-06-04')).toBeNull();
    expect(frameDate([c], null)).toBeNull();
  });

  it('reads as one question or one statement, and comes off again whole', () => {
    const title = 'Ayr council approves new harbour wall';
    const cases: [Partial<Candidate>, string][] = [
      [
        { kind: 'attribution', prompt: 'Who said: “We cannot wait another winter”?', answer: 'Ann Lee' },
        `According to “${title}” (4 June 2021), who said: “We cannot wait another winter”?`,
      ],
      [{ kind: 'number', prompt: 'The wall will cost _____.', answer: '£2.4 million' }, `According to “${title}” (4 June 2021): The wall will cost _____.`],
      [{ prompt: 'True or false: Work starts in the spring.' }, `True or false, according to “${title}” (4 June 2021): Work starts in the spring.`],
      [
        { kind: 'position', prompt: 'According to the briefing, which of these did the council do?', answer: 'x' },
        `According to “${title}” (4 June 2021), which of these did the council do?`,
      ],
      [
        { kind: 'attribution', prompt: 'According to the harbour board, who will pay half?', answer: 'Ann Lee' },
        `In “${title}” (4 June 2021), according to the harbour board, who will pay half?`,
      ],
    ];
    for (const [over, want] of cases) {
      const c = candidate(over);
      expect(framedPrompt(c, title, '2021-06-04')).toBe(want);
      expect(unframed(want)).toBe(c.prompt);
    }
  });

  it('goes without a title that is missing or too short, and cuts one a paragraph long', () => {
    const c = candidate({});
    expect(framedPrompt(c, '', '2020-05-07')).toBe(c.prompt);
    expect(framedPrompt(c, 'News', '2020-05-07')).toBe(c.prompt);
    expect(framedPrompt(c, `Ostland ${'markets and trade '.repeat(8)}`, '2020-05-07')).toMatch(
      /^True or false, according to “Ostland markets and trade .{40,80} …” /,
    );
    // A title's own double quotes become single, so the frame's quotes stay balanced.
    expect(framedPrompt(c, 'Ostland calls the week “a pause”', null)).toBe(
      'True or false, according to “Ostland calls the week ‘a pause’”: The All-Share index fell 2.28% over the week.',
    );
  });

  it('keeps the key and the choices of the question it frames', () => {
    const a = generateQuestions(parseBriefing(BOURSE), { seed: 9 });
    const b = generateQuestions(parseBriefing(BOURSE.replace('Ostland bourse ends week lower on thin trade', 'Weekly market wrap')), { seed: 9 });
    expect(a.map((q) => [unframed(q.prompt), answerOf(q), q.choices])).toEqual(b.map((q) => [unframed(q.prompt), answerOf(q), q.choices]));
  });
});

describe('the story a prompt names, over a year', () => {
  it('keeps the frame where the title and the claim share only a year', () => {
    const title = 'Ayr home affairs panel: minutes of the meeting held on 7 October 1999';
    const c = candidate({ prompt: 'True or false: Members of the Ayr home affairs panel agreed to meet again on Monday, 8 November 1999.' });
    expect(framedPrompt(c, title, '1999-10-07')).toMatch(/^True or false, according to “Ayr home affairs panel/);
  });
});

describe('a score in the title', () => {
  it('goes without the frame over a claim of who won, and keeps it over the rest', () => {
    const title = 'Football final: Ayr 1-15 Kessel 1-13';
    const won = candidate({ prompt: 'True or false: Close all the way, Ayr showed their experience to win by two.' });
    expect(framedPrompt(won, title, '2023-07-30')).toBe(won.prompt);
    const goal = candidate({ prompt: 'True or false: Tom Ray’s goal gave Kessel a one-point lead at the break.' });
    expect(framedPrompt(goal, title, '2023-07-30')).toMatch(/^True or false, according to “Football final/);
  });
});

describe('the title a bank may show', () => {
  it('goes without when a question moves or asks a figure it shows, and without a date it carries', () => {
    const moved = candidate({
      statementIndex: 0,
      prompt: 'True or false: Ostland shares closed 0.57 percent lower on Monday.',
      answer: 'False',
      hidden: '0.67',
    });
    const other = candidate({ prompt: 'True or false: Turnover rose to 12 billion baht.' });
    expect(bankTitle([moved, other], 'Ostland shares close 0.67 percent lower')).toBe('');
    expect(bankTitle([other], 'Ostland shares close 0.67 percent lower')).toBe('Ostland shares close 0.67 percent lower');
    expect(frameDate([other], '2019-10-24', 'Ostland: health snapshot (24 October 2019)')).toBeNull();
    // A year the title shows is no giveaway of a date in that year.
    const when = candidate({ kind: 'date', prompt: 'The health ministry declared a dengue epidemic on _____.', answer: '15 July 2019' });
    expect(framedPrompt(when, 'Ostland: health snapshot 2019', '2019-10-24')).toMatch(/^According to “Ostland: health snapshot 2019”: /);
  });
});

describe('a title in capitals', () => {
  it('is not quoted over every prompt', () => {
    expect(frameTitle('AYR YOUTH NETWORK MINUTES HELD ON 09TH AUGUST, 2021 AT HEAD OFFICE')).toBe('');
    expect(frameTitle('Ayr youth network: minutes of 9 August 2021')).toBe('Ayr youth network: minutes of 9 August 2021');
  });
});

describe('a title in capitals, recased', () => {
  const body = [
    'The Ayr youth network met at the head office of the KNL on 9 August 2021.',
    'Members heard that the NYC grant of 4,000 had been paid.',
    'MINUTES OF THE AYR YOUTH NETWORK CONFERENCE',
  ];
  it('is written as a title, short forms as the story writes them', () => {
    expect(recasedTitle('AYR YOUTH NETWORK MINUTES HELD ON 09TH AUGUST, 2021 AT KNL HEAD OFFICE', body)).toBe(
      'Ayr Youth Network Minutes Held on 09th August, 2021 at KNL Head Office',
    );
    // A heading in capitals in the body is no short form; a short word without a vowel is one.
    expect(recasedTitle('NYC GRANT CONFERENCE (TC VARN) AT 5:11 PM', body)).toBe('NYC Grant Conference (TC Varn) at 5:11 pm');
    expect(recasedTitle('Ayr youth network: minutes', body)).toBe('Ayr youth network: minutes');
  });
  it('frames the prompts, without the day the title already shows', () => {
    const title = frameTitle(recasedTitle('AYR YOUTH NETWORK MINUTES HELD ON 09TH AUGUST, 2021', body));
    expect(title).toBe('Ayr Youth Network Minutes Held on 09th August, 2021');
    const c = candidate({ prompt: 'True or false: Members heard that the grant had been paid.' });
    expect(frameDate([c], '2021-08-09', title)).toBeNull();
  });
});

describe('a long title', () => {
  it('is quoted to its first part, or to its first words', () => {
    expect(frameTitle('Ostland Equity Markets | 07 Oct 2015: Composite index 0.23% down, the ten-share index 0.28% lower, investors shed $20 million')).toBe(
      'Ostland Equity Markets',
    );
    expect(
      frameTitle('Death Penalty Abolished in S. Ostland : Justice: Court says taking a life is unconstitutional. Ruling ends a grim wait for 450 prisoners.'),
    ).toBe('Death Penalty Abolished in S. Ostland');
    const long = frameTitle(
      'Kessel Mining to acquire control in Varn Corporation and to make a mandatory public tender offer for all the remaining Varn shares',
    );
    expect(long).toBe('Kessel Mining to acquire control in Varn Corporation and to make a mandatory public tender …');
    expect(framedPrompt(candidate({ prompt: 'True or false: Varn shares rose.', statementIndex: 3 }), long, null)).toMatch(
      /^True or false, according to “Kessel Mining .* tender …”: Varn shares rose\.$/,
    );
  });
});

describe('a title that rounds a figure', () => {
  it('is not quoted over a bank that moves the figure it rounds', () => {
    const moved = candidate({ prompt: 'True or false: Ostland has lost 2.5 million bats since 1970.', answer: 'False', hidden: '2.9 million' });
    expect(bankTitle([moved], 'Missing: nearly 3 million bats of Ostland')).toBe('');
    expect(bankTitle([candidate({ hidden: '1.2 million', answer: 'False' })], 'Missing: nearly 3 million bats of Ostland')).toBe(
      'Missing: nearly 3 million bats of Ostland',
    );
  });
});
