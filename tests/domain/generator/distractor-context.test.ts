// Wrong options must be of the answer's context, not merely its type: each test fails on the
// off-topic options seen in the app (world leaders beside a local official, quotes from another
// briefing, far-off countries and courts as fillers).
import { describe, expect, it } from 'vitest';
import { bankFor } from './helpers';

const TRAMS = `date 2026-03-09 Tram line reopens after repairs
The tram line to the harbour reopened on Monday after three weeks of track repairs.
Transport director Maren Olsson said the service was “back to its usual rhythm”.
“We expect a few delays while drivers relearn the route,” said Olsson.
Councillor Bram Vos said the repairs had cost 2.1 million euros.
Passenger group spokesman Ivo Janssen called the closure “a long and tiring wait”.`;

describe('quotes as wrong options', () => {
  it('drops a quote question rather than fill it with phrases that do not fit the blank', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const bank = bankFor(TRAMS, seed);
      // Quote blanks are no longer asked at all; the checks below hold for any that come back.
      expect(bank.filter((x) => x.kind === 'quote')).toEqual([]);
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
