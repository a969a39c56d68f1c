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

describe('quotes as wrong options', () => {
  const WATER = `date 2026-03-11 River water improves
The regional water laboratory said nitrate levels in the river had fallen for a third year.
Chief chemist Ruth Adler called the results “a welcome sign for the river”.
Adler said seasonal rainfall and agricultural runoff still caused sharp peaks in spring.
The laboratory tested 240 samples from the upper valley between April and October.`;

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

