// Wrong options must be of the answer's context, not merely its type: each test fails on the
// off-topic options seen in the app (world leaders beside a local official, quotes from another
// briefing, far-off countries and courts as fillers).
import { describe, expect, it } from 'vitest';
import { analyseBriefing, type BriefingAnalysis } from '../../../src/domain/analysis/document';
import { parseBriefing } from '../../../src/domain/briefing';
import { COUNTRIES, NEIGHBOUR_REGIONS } from '../../../src/domain/facts/countries';
import { ORGANISATIONS } from '../../../src/domain/facts/organisations';
import { PEOPLE } from '../../../src/domain/facts/people';
import type { Context } from '../../../src/domain/questions/common';
import { entityDistractors } from '../../../src/domain/questions/distractors';
import { extractLibraryFacts } from '../../../src/domain/questions/generate';
import { createRandom } from '../../../src/domain/random';
import type { LibraryFacts } from '../../../src/domain/types';
import { answerOf, bankFor, expectSound } from './helpers';

const TRAMS = `date 2026-03-09 Tram line reopens after repairs
The tram line to the harbour reopened on Monday after three weeks of track repairs.
Transport director Maren Olsson said the service was “back to its usual rhythm”.
“We expect a few delays while drivers relearn the route,” said Olsson.
Councillor Bram Vos said the repairs had cost 2.1 million euros.
Passenger group spokesman Ivo Janssen called the closure “a long and tiring wait”.`;

const CALL = `date 2026-02-05 Call
Chinese President Xi Jinping spoke with US President Donald Trump about trade on 4 February 2026.
Xi told Trump that Taiwan concerns China’s “core interests”.
The White House said the call covered “key strategic issues” and “shared concerns”.`;

const LIBRARY: LibraryFacts[] = [extractLibraryFacts(parseBriefing(CALL)), { people: ['Hanna Brook', 'Vladimir Putin'], quotes: ['a turning point', 'no easy answers'] }];
const FAMOUS = new Set(PEOPLE.flatMap((p) => [p.name, p.surname]));

function contextOf(text: string, seed: number, library: LibraryFacts[] = LIBRARY): { analysis: BriefingAnalysis; ctx: Context } {
  const analysis = analyseBriefing(parseBriefing(text));
  return { analysis, ctx: { analysis, library, random: createRandom(seed), seed, cache: new Map() } };
}

function entityNamed(analysis: BriefingAnalysis, name: string) {
  const e = [...analysis.registry.entities.values()].find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}`);
  return e;
}

describe('people as wrong options', () => {
  it('never offers a world leader beside a little-known answer, whatever the library holds', () => {
    let personQuestions = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const bank = bankFor(TRAMS, seed, LIBRARY);
      expectSound(TRAMS, bank);
      for (const q of bank.filter((x) => x.kind === 'attribution' || x.kind === 'cloze')) {
        personQuestions++;
        const texts = q.choices.map((c) => c.text);
        for (const t of texts) expect(FAMOUS.has(t), `${q.prompt}: ${t}`).toBe(false);
        // Full names with full names.
        expect(new Set(texts.map((t) => t.includes(' '))).size, q.prompt).toBe(1);
      }
    }
    expect(personQuestions).toBeGreaterThan(0);
  });

  it('takes the briefing’s own people first, then little-known people of the library, then invented ones', () => {
    const text = `date 2026-03-10 Lab results
Chief chemist Ruth Adler said nitrate levels in the river had fallen for a third year.
Adler said farmers had cut fertiliser use along the upper valley.`;
    const { analysis, ctx } = contextOf(text, 3);
    const adler = entityNamed(analysis, 'Ruth Adler');
    const options = entityDistractors(adler, 'Ruth Adler', false, ctx, 'Who said nitrate levels had fallen?', new Set(), 5).map((o) => o.text);
    expect(options[0]).toBe('Hanna Brook');
    expect(options).not.toContain('Vladimir Putin');
    expect(options).not.toContain('Donald Trump');
    for (const name of options.slice(1)) {
      expect(name).toMatch(/^\p{Lu}[\p{L}-]+ \p{Lu}[\p{L}-]+$/u);
      for (const word of name.split(' ')) expect(text.includes(word), name).toBe(false);
    }
    // Same seed, same invented names.
    const again = contextOf(text, 3);
    expect(entityDistractors(entityNamed(again.analysis, 'Ruth Adler'), 'Ruth Adler', false, again.ctx, 'Who said nitrate levels had fallen?', new Set(), 5).map((o) => o.text)).toEqual(options);
  });

  it('matches the answer’s form: surnames with a surname, a title with a titled answer', () => {
    const text = `date 2026-03-10 Lab results
Chief chemist Ruth Adler said nitrate levels in the river had fallen for a third year.`;
    const { analysis, ctx } = contextOf(text, 4, []);
    const adler = entityNamed(analysis, 'Ruth Adler');
    const surnames = entityDistractors(adler, 'Adler', true, ctx, 'Who said it?', new Set()).map((o) => o.text);
    expect(surnames).toHaveLength(3);
    for (const s of surnames) expect(s).toMatch(/^\p{Lu}[\p{L}-]+$/u);
    const titled = entityDistractors(adler, 'Dr Ruth Adler', false, ctx, 'Who said it?', new Set()).map((o) => o.text);
    expect(titled).toHaveLength(3);
    for (const s of titled) expect(s).toMatch(/^Dr \p{Lu}[\p{L}-]+ \p{Lu}[\p{L}-]+$/u);
  });

  it('offers famous leaders only for a famous leader, of a comparable office or the same country', () => {
    const text = `date 2014-07-18 Call
President Obama spoke today with Prime Minister Cameron of the United Kingdom about trade.`;
    const { analysis, ctx } = contextOf(text, 5, []);
    const obama = entityNamed(analysis, 'Obama');
    const options = entityDistractors(obama, 'Obama', true, ctx, 'Who spoke today?', new Set(), 50).map((o) => o.text);
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const s of options) {
      const p = PEOPLE.find((x) => x.surname === s);
      expect(p, s).toBeDefined();
      const comparable = ['President', 'Prime Minister', 'Premier', 'Chancellor'].includes(p!.title);
      expect(comparable || p!.country === 'the United States', s).toBe(true);
    }
  });
});

describe('quotes as wrong options', () => {
  const WATER = `date 2026-03-11 River water improves
The regional water laboratory said nitrate levels in the river had fallen for a third year.
Chief chemist Ruth Adler called the results “a welcome sign for the river”.
Adler said seasonal rainfall and agricultural runoff still caused sharp peaks in spring.
The laboratory tested 240 samples from the upper valley between April and October.`;

  it('never borrows a quote from another briefing; fills a noun-phrase blank with phrases of the same story', () => {
    const borrowed = new Set(LIBRARY.flatMap((l) => l.quotes ?? []));
    let quotes = 0;
    for (let seed = 1; seed <= 8; seed++) {
      for (const q of bankFor(WATER, seed, LIBRARY)) {
        if (q.kind !== 'quote') continue;
        quotes++;
        expect(answerOf(q)).toBe('a welcome sign for the river');
        expect(q.choices.length).toBeGreaterThanOrEqual(3);
        for (const c of q.choices) {
          expect(borrowed.has(c.text), c.text).toBe(false);
          expect(WATER.includes(c.text), c.text).toBe(true);
        }
      }
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it('drops a quote question rather than fill it with phrases that do not fit the blank', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const bank = bankFor(TRAMS, seed, LIBRARY);
      for (const q of bank.filter((x) => x.kind === 'quote')) {
        for (const c of q.choices) {
          expect(TRAMS.includes(c.text), c.text).toBe(true);
          // A whole sentence of another quote does not fit a phrase slot.
          expect(c.text).not.toMatch(/^We expect/);
          // Nor does a fragment of another option ("usual rhythm" beside "back to its usual rhythm").
          for (const d of q.choices) if (d !== c) expect(d.text.toLowerCase().includes(c.text.toLowerCase()), `${c.text} in ${d.text}`).toBe(false);
        }
      }
    }
  });
});

describe('places and organisations as wrong options', () => {
  const near = (answer: string, option: string) => {
    const a = COUNTRIES.find((c) => c.name === answer || c.capital === answer)!;
    const o = COUNTRIES.find((c) => c.name === option || c.capital === option)!;
    return o.region === a.region || (NEIGHBOUR_REGIONS[a.region] ?? []).includes(o.region);
  };

  it('offers only countries and capitals of the answer’s region or a neighbouring one', () => {
    const text = `date 2026-04-01 Visit
Kenya and Ghana signed a trade agreement in Nairobi on 30 March 2026.
The ministers said the deal would cut tariffs on tea and cocoa.`;
    const { analysis, ctx } = contextOf(text, 6);
    for (const name of ['Kenya', 'Nairobi']) {
      const e = entityNamed(analysis, name);
      const options = entityDistractors(e, name, false, ctx, 'Where?', new Set(), 80).map((o) => o.text);
      expect(options.length).toBeGreaterThanOrEqual(3);
      for (const o of options) expect(near(name, o) || text.includes(o), `${name}: ${o}`).toBe(true);
    }
  });

  it('offers organisations of the same kind: no court or agency beside a political bloc', () => {
    const text = `date 2026-04-02 Sanctions
The United States and the European Union agreed new steps to raise the costs to Russia.`;
    const { analysis, ctx } = contextOf(text, 7);
    const eu = entityNamed(analysis, 'the European Union');
    const options = entityDistractors(eu, 'the European Union', false, ctx, 'Who agreed?', new Set(), 80).map((o) => o.text);
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const o of options) {
      const fact = ORGANISATIONS.find((x) => x.name === o);
      expect(['intergovernmental', 'alliance'], o).toContain(fact?.subtype);
    }
  });
});
