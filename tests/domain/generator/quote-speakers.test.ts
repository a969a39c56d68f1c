// Quotes keep their speaker over a run of sentences and are asked on their own words.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { analyseBriefing } from '../../../src/domain/analysis/document';
import { SECTION_LEAD } from '../../../src/domain/analysis/leads';
import { findSpokenQuotes, type SpokenQuote } from '../../../src/domain/analysis/quote-runs';
import { quoteStandsAlone } from '../../../src/domain/questions/quote-speaker';
import { answerOf, bankFor } from './helpers';

const FERRY = `date 2025-03-14 Harbour council approves new ferry route
The Marlow harbour council approved a new ferry route to Kestrel Island on 13 March 2025.
Council leader Anna Berg said the route would open in June.
“The island has waited far too long for a reliable daily crossing,” Anna Berg said. “Families will finally be able to reach the mainland hospital in under an hour.”
Peter Lund, an opposition councillor, voted against the plan.
“We are spending money we simply do not have on a service few people will use,” he said.
Maria Holm, chief engineer at Halden Capital, said: “The two new vessels will run on electric power for most of the year.”
“Our crews have been training on the new boats since January.”
The council will review the route after twelve months.
“Nobody has asked the fishermen what they think about the timetable.”`;

function spoken(text: string): SpokenQuote[] {
  const a = analyseBriefing(parseBriefing(text));
  return findSpokenQuotes(a.statements, a.registry.people.values());
}

const speakerAt = (qs: SpokenQuote[], index: number) => qs.find((q) => q.statementIndex === index)?.speaker.name;

describe('quote runs', () => {
  it('gives the later sentences of a quote the speaker its first sentence named', () => {
    const qs = spoken(FERRY);
    expect(speakerAt(qs, 2)).toBe('Anna Berg');
    expect(speakerAt(qs, 3)).toBe('Anna Berg');
    expect(qs.find((q) => q.statementIndex === 3)?.namedIn).toBe(2);
  });

  it('gives a paragraph that is only a quote to the speaker of the quote before it', () => {
    expect(speakerAt(spoken(FERRY), 7)).toBe('Maria Holm');
  });

  it('ends a run at a sentence outside the quote', () => {
    // After "The council will review …", a quote with no name is nobody's.
    expect(speakerAt(spoken(FERRY), 9)).toBeUndefined();
  });

  it('reads the speaker of "he said" from the person the text was about', () => {
    expect(speakerAt(spoken(FERRY), 5)).toBe('Peter Lund');
  });
});

describe('"X said: …" is a speaker, not a section label', () => {
  it('does not cut a speaker and a speech verb before a colon', () => {
    expect(SECTION_LEAD.exec('Tom Reed said: "Rates will fall soon."')).toBeNull();
    expect(SECTION_LEAD.exec('Tom Reed said: Rates will fall soon.')).toBeNull();
    expect(SECTION_LEAD.exec('Results: The trial found no effect.')?.[0]).toBe('Results: ');
  });

  it('keeps the speaker of a colon quote in the statement', () => {
    const text = `date 2025-05-02 Orchard harvest
Tom Reed said: “The apple harvest will be the largest in a decade.”`;
    const a = analyseBriefing(parseBriefing(text));
    expect(a.statements[0].text.startsWith('Tom Reed said:')).toBe(true);
    expect(speakerAt(spoken(text), 0)).toBe('Tom Reed');
  });
});

describe('person with a role at a body', () => {
  it('reads "Name, role at Org," as the person, and the body as an organisation', () => {
    const text = `date 2025-05-02 Rates
“Rates will stay high for most of the coming year,” Jane Doe, chief economist at Acme Bank, said.
Lena Voss, head of research at Halden Capital, said: “We expect two cuts before the end of the year.”
Gil Marsh, Orwin Partners chief strategist, said inflation had peaked.`;
    const a = analyseBriefing(parseBriefing(text));
    const types = new Map([...a.registry.entities.values()].map((e) => [e.name, e.type]));
    expect(types.get('Jane Doe')).toBe('person');
    expect(types.get('Lena Voss')).toBe('person');
    expect(types.get('Halden Capital')).toBe('org');
    expect(types.get('Gil Marsh')).toBe('person');
    const qs = spoken(text);
    expect(speakerAt(qs, 0)).toBe('Jane Doe');
    expect(speakerAt(qs, 1)).toBe('Lena Voss');
  });
});

describe('who said it, asked on the quote alone', () => {
  const MUSEUM = `date 2025-09-10 City museum reopens after repairs
The Greyford city museum reopened on 9 September 2025 after two years of repairs.
Mayor Clara Winter cut the ribbon at the main entrance.
Museum director Oskar Lind said visitor numbers had doubled in the first week.
“Last month we still had scaffolding in the great hall,” he said. “Children are queuing at the doors to see the dinosaur skeleton.”
Curator Helen Frost chose the first exhibition.
“The new lighting lets visitors see colours that were invisible for a century,” Helen Frost said.
Architect David Moss designed the new glass roof.
“Repairing an old building costs more than building a new one, but it keeps the city’s memory alive,” David Moss said.`;

  it('asks a quote whose own sentence leans on the one before, showing only the quote', () => {
    const bank = bankFor(MUSEUM);
    const q = bank.find((x) => x.prompt.includes('Last month we still had scaffolding'));
    expect(q).toBeDefined();
    expect(q!.prompt).toBe('Who said: “Last month we still had scaffolding in the great hall”?');
    expect(answerOf(q!)).toBe('Oskar Lind');
  });

  it('offers the story’s other people as wrong options, never the speaker twice or a body', () => {
    let asked = 0;
    for (let seed = 1; seed <= 6; seed++) {
      for (const q of bankFor(MUSEUM, seed).filter((x) => x.prompt.startsWith('Who said:'))) {
        asked++;
        const texts = q.choices.map((c) => c.text);
        expect(texts).toHaveLength(4);
        for (const t of texts) expect(['Oskar Lind', 'Helen Frost', 'David Moss', 'Clara Winter']).toContain(t);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('refuses quotes that cannot stand alone or that give the speaker away', () => {
    const q = (quote: string, giveaways = ['Oskar', 'Lind']): SpokenQuote => ({
      statementIndex: 0,
      quote,
      speaker: { id: 'p:Oskar Lind', type: 'person', name: 'Oskar Lind', keys: ['p:Oskar Lind'], titles: [] },
      namedIn: 0,
      giveaways,
    });
    expect(quoteStandsAlone(q('Visitors will see the museum as it was meant to be seen'))).toBe(true);
    expect(quoteStandsAlone(q('But visitors will see the museum as it was meant to be seen'))).toBe(false);
    expect(quoteStandsAlone(q('He took the whole collection away without asking anyone'))).toBe(false);
    expect(quoteStandsAlone(q('We are very happy'))).toBe(false);
    expect(quoteStandsAlone(q('The Lind family has run this museum for three generations now'))).toBe(false);
    expect(quoteStandsAlone(q('I, the director, promise that the museum will stay open all year'))).toBe(false);
    expect(quoteStandsAlone(q('We have also raised the money for a second wing of the museum'))).toBe(false);
    expect(quoteStandsAlone(q(`Visitors ${'will see more '.repeat(15)}`))).toBe(false);
  });

  it('asks true or false when the story has too few people, with the False naming another of them', () => {
    const bank = bankFor(FERRY);
    const claims = bank.filter((x) => /^True or false: [A-Z][a-z]+ [A-Z][a-z]+ said: “/.test(x.prompt));
    expect(claims.length).toBeGreaterThan(0);
    const qs = spoken(FERRY);
    for (const c of claims) {
      const speaker = qs.find((x) => c.prompt.includes(x.quote))!.speaker.name;
      expect(answerOf(c)).toBe(c.prompt.includes(`${speaker} said:`) ? 'True' : 'False');
    }
  });

  it('asks a lone speaker’s words as True once a briefing at most', () => {
    // Another person named, so the speaker is not the story's only one (who is never credited).
    const text = `date 2025-06-01 Bridge reopens
The Alder bridge, built in memory of Ann Lee, reopened to traffic on 31 May 2025 after a year of repairs.
Engineer Tom Reed led the repair team.
“The steel cables were replaced one by one without closing the river to boats,” Tom Reed said.
“Every bolt on the bridge was checked by hand at least twice over the year.”
“Drivers will notice a smoother road surface from the first day.”`;
    for (let seed = 1; seed <= 4; seed++) {
      const claims = bankFor(text, seed).filter((x) => /^True or false: Tom Reed said: “/.test(x.prompt));
      expect(claims.length).toBeLessThanOrEqual(1);
    }
    const all = [1, 2, 3, 4].flatMap((seed) => bankFor(text, seed)).filter((x) => /^True or false: Tom Reed said: “/.test(x.prompt));
    expect(all.length).toBeGreaterThan(0);
    for (const c of all) expect(answerOf(c)).toBe('True');
  });
});
