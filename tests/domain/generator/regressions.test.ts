// Each test pins a failure mode a prototype generator showed; each fails on the bad output.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { negate, negatePredicate } from '../../../src/domain/questions/negation';
import { answerOf, bankFor, expectSound } from './helpers';

const CALL = `date 2026-04-02 Leaders discuss trade by phone
Chinese President Xi Jinping spoke with US President Donald Trump about China–US trade on 1 April 2026.
Xi told Trump that tariffs hurt “both peoples”.
He urged Washington to show “patience and goodwill”.
The White House said the call covered “a wide range of issues”.
The United States, Taiwan’s main backer, keeps a policy of “strategic ambiguity”.`;

describe('prototype failure modes', () => {
  it('never puts a blank inside an X–Y compound', () => {
    for (let seed = 1; seed <= 5; seed++) {
      for (const q of bankFor(CALL, seed)) {
        expect(q.prompt).not.toMatch(/_____[–—-]|[–—-]_____/);
      }
    }
  });

  it('skips a statement whose pronoun has no safe antecedent', () => {
    const text = `date 2026-04-04 Meeting
The summit opened in Geneva on 3 April 2026 with delegations from 40 countries.
She said the talks would last “as long as they need to”.
It was the first such meeting since 2019.`;
    const bank = bankFor(text);
    expect(bank.some((q) => q.statementIndex === 1 || q.statementIndex === 2)).toBe(false);
    for (const q of bank) expect(q.prompt).not.toMatch(/\b(She|It) /);
  });

  it('never offers two options of one alias group, nor an option named in the prompt', () => {
    const text = `date 2026-04-05 Envoys
Beijing and Washington agreed to resume talks, the Chinese foreign ministry said.
The United States said the talks would start in Geneva on 20 April 2026.
US officials said they hoped to reach a deal by June.
Japan welcomed the news, and Tokyo said it would send an observer.`;
    const groups = [
      ['the United States', 'Washington', 'US', 'the White House'],
      ['China', 'Beijing'],
      ['Japan', 'Tokyo'],
    ];
    for (let seed = 1; seed <= 8; seed++) {
      const bank = bankFor(text, seed);
      expectSound(text, bank);
      for (const q of bank) {
        const texts = q.choices.map((c) => c.text);
        for (const g of groups) expect(texts.filter((t) => g.includes(t)).length, q.prompt).toBeLessThanOrEqual(1);
      }
    }
  });

  it('keeps prompts within 240 characters and starting with a capital', () => {
    const long = `date 2026-04-06 Resolution
Adopting a resolution by a recorded vote of 120 in favour to 9 against, with 30 abstentions, the General Assembly expressed deep concern at the situation in Yemen, and condemned attacks on hospitals, schools and markets, including the shelling of residential areas in the port city of Hodeidah, which aid groups said had killed dozens of civilians.
The Assembly called on all parties to allow aid to reach civilians.`;
    const bank = bankFor(long);
    expect(bank.length).toBeGreaterThan(0);
    for (const q of bank) {
      expect(q.prompt.length).toBeLessThanOrEqual(240);
      expect(q.prompt).toMatch(/^(\p{Lu}|_____)/u);
    }
  });

  it('never asks about the date line, and never turns a weekday into a date', () => {
    const text = `date 2026-05-08 Ministers meet
The finance ministers of Brazil and Mexico met in Lima on Tuesday.
They agreed to cut tariffs on farm goods by 15%.
Brazilian Finance Minister Rui Costa said the cut would start on Monday.`;
    for (let seed = 1; seed <= 5; seed++) {
      for (const q of bankFor(text, seed)) {
        expect(q.kind).not.toBe('date');
        for (const c of q.choices) expect(c.text).not.toMatch(/2026|Monday|Tuesday/);
      }
    }
  });

  it('gives number options the unit and scale of the answer', () => {
    const text = `date 2026-05-09 Budget
The city council approved a budget of €4.2 million for the new bridge on 4 May 2026.
Mayor Lena Brandt said the bridge would carry 12,500 people a day.`;
    const bank = bankFor(text);
    const euros = bank.find((q) => q.kind === 'number' && answerOf(q) === '€4.2 million');
    expect(euros).toBeDefined();
    for (const c of euros!.choices) expect(c.text).toMatch(/^€\d+\.\d million$/);
    const people = bank.find((q) => q.kind === 'number' && answerOf(q) === '12,500');
    if (people) for (const c of people.choices) expect(c.text).toMatch(/^\d{1,3},\d{3}$/);
  });

  it('negates only a main-clause auxiliary and never doubles a negation', () => {
    expect(negate('Ties between the two powers have been strained by disputes over trade.')).toBe(
      'Ties between the two powers have not been strained by disputes over trade.',
    );
    expect(negate('No agreements were announced after the call.')).toBeNull();
    expect(negate('While details were limited, the talks were useful.')).toBeNull();
    expect(negate('He said that Taiwan is part of China.')).toBeNull();
  });

  it('uses people of the same field as distractors for a scientist', () => {
    const text = `date 2026-06-01 Study
Astronomers at the Southern Observatory said they had found a new comet on 28 May 2026.
Lead author Dr Maya Lindgren said the comet was “unusually bright”.
Professor Omar Said of the University of Cairo called the study “careful and convincing”.`;
    const politicians = ['Xi Jinping', 'Donald Trump', 'Joe Biden', 'Vladimir Putin', 'Emmanuel Macron', 'Narendra Modi'];
    for (let seed = 1; seed <= 6; seed++) {
      for (const q of bankFor(text, seed)) for (const c of q.choices) expect(politicians).not.toContain(c.text);
    }
  });
});

describe('people, speakers and names', () => {
  it('keeps a name with particles whole and never offers England beside the United Kingdom', () => {
    const text = `date 2026-07-15 Final
Spain beat England 2-1 in the final in Berlin on Sunday.
Spain coach Luis de la Fuente said his players had “earned every minute”.
England manager Gareth Southgate said his side had been “beaten by the better team”.`;
    for (let seed = 1; seed <= 6; seed++) {
      for (const q of bankFor(text, seed)) {
        const texts = q.choices.map((c) => c.text);
        expect(texts.includes('England') && texts.includes('the United Kingdom')).toBe(false);
        expect(q.prompt).not.toMatch(/_____ de la Fuente|Luis _____/);
      }
    }
  });

  it('negates a known verb after the subject, dropping "also", and leaves quantified subjects alone', () => {
    expect(negatePredicate('Xi told Trump that the issue mattered.')).toBe('Xi did not tell Trump that the issue mattered.');
    expect(negatePredicate('The ministers also discussed trade.')).toBe('The ministers did not discuss trade.');
    expect(negatePredicate('Taiwan remains a flashpoint.')).toBe('Taiwan does not remain a flashpoint.');
    expect(negatePredicate('Both sides said that talks would follow.')).toBeNull();
    expect(negatePredicate('They conferred about the talks and agreed that efforts must continue.')).toBeNull();
    expect(negatePredicate('While details were limited, the White House said the call was useful.')).toBeNull();
  });
});

describe('answer keys', () => {
  it('writes the full name, in the briefing’s own order, when it rewrites a pronoun', () => {
    const text = `date 2024-04-10 Press conference
Foreign Ministry Spokesperson Mao Ning said on Wednesday that China opposed the statement.
Mao said the statement “interfered in internal affairs”.
She urged the three countries to stop creating tensions in the region.`;
    const a = analyseBriefing(parseBriefing(text));
    // A surname alone ("Mao urged …") would read as someone the player met before.
    expect(a.statements[2].text).toBe('Mao Ning urged the three countries to stop creating tensions in the region.');
  });

  it('does not blank a name used as a modifier after a determiner', () => {
    const text = `date 2024-02-20 Trip
Foreign Minister Sergei Lavrov will travel to Brazil for a G20 meeting next week.
The European Union agreed a new package of sanctions on Friday.`;
    for (const q of bankFor(text)) expect(q.prompt).not.toMatch(/\ba _____/);
  });

  it('does not ask the first day of a date range as a number', () => {
    const text = `date 2024-04-10 Visit
Premier Li Qiang will visit Germany from 14 to 16 April, the spokesperson said.
The ministers will meet in Rio de Janeiro on 21 and 22 February.`;
    for (const q of bankFor(text)) expect(q.kind === 'number' && /_____ (to|and) \d/.test(q.prompt)).toBe(false);
  });
});

describe('true or false', () => {
  it('mixes true and false answers across a bank', () => {
    // Statements that stand alone, with figures and dates a false version can change.
    const text = `date 2026-03-02 Council
The Brookfield council approved a budget of 3.4 million pounds on 27 February 2026.
Mayor Anna Pike said that 240 homes in Brookfield would get new water pipes.
Brookfield opened a library with 18,000 books in its old market hall in January 2026.
The Brookfield bridge carries about 9,000 cars a day, council engineer Omar Hale said.
Brookfield has 31 parks and 4 public swimming pools, according to the council website.
Mayor Anna Pike said Brookfield would plant 1,200 trees along the river Wend.
Mayor Anna Pike opened the Brookfield Heritage Museum in the old Wend Mill.
Brookfield Rovers won the Wend Valley Cup at the Brookfield Arena.`;
    const answers = new Set<string>();
    for (let seed = 1; seed <= 4; seed++) for (const q of bankFor(text, seed)) if (q.kind === 'true_false') answers.add(answerOf(q));
    expect(answers).toEqual(new Set(['True', 'False']));
  });
});

describe('names used as modifiers', () => {
  it('never turns "US officials" or "EU leaders" into a subject or a blank', () => {
    const text = `date 2026-04-05 Envoys
US officials said they hoped to reach a deal by June.
EU leaders agreed a new budget on Friday after two days of talks.
China firmly opposes the new tariffs, the ministry said.`;
    for (let seed = 1; seed <= 6; seed++) {
      for (const q of bankFor(text, seed)) {
        expect(q.prompt).not.toMatch(/^(Who|Which country) (officials|leaders)\b|_____ (officials|leaders)\b/);
        expect(q.prompt).not.toMatch(/firmly does not/);
      }
    }
  });

  it('reads no verb into a named phrase: "the British welcomed the bridge" names no bridge', () => {
    const text = `date 1890-03-01 A bridge over the Forth
Work on the crossing took seven years, and the British welcomed the bridge as a triumph of steel.
The bridge opened to trains on 4 March 1890, and cut hours from the journey north.`;
    const later = analyseBriefing(parseBriefing(text)).statements[1].text;
    expect(later).toMatch(/^The bridge opened/);
    expect(later).not.toMatch(/welcomed/);
  });

  it('names the event a verb told: "the fire" after "X caught fire", "the eruptions" after "X erupted"', () => {
    const text = `date 1911-02-03 Sawmill lost
The Kell sawmill, which caught fire at noon on 2 February 1911, burned down, causing a loss of about $12,000.
The fire broke out in the drying shed and was found by the night watchman, Arthur Bede.`;
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[1].text).toMatch(/^The Kell sawmill fire broke out/);
    expect(bankFor(text).some((q) => q.statementIndex === 1)).toBe(true);
    const volcano = `date 1902-05-09 Mount Orra
Mount Orra erupted violently on 8 May 1902.
The eruptions occurred at dawn and at noon local time.
The explosions were heard on islands 900 miles away.`;
    const v = analyseBriefing(parseBriefing(volcano)).statements;
    expect(v[1].text).toMatch(/^The eruptions occurred/);
    expect(v[2].text).toMatch(/^The explosions of Mount Orra were heard/);
    // A sentence with no named thing before the verb teaches nothing.
    const bare = analyseBriefing(
      parseBriefing(`date 1902-05-09 Fires
It caught fire twice that winter.
The fire spread to the roof.`),
    ).statements;
    expect(bare[1].text).toBe('The fire spread to the roof.');
  });
});
