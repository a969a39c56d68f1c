// What a briefing adds to the library: its people, places, organisations and short quotes, the
// pool later briefings draw wrong options from.
import type { BriefingAnalysis } from '../analysis/document';
import type { LibraryFacts } from '../types';

function uniq(list: string[], max: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const x of list) {
    const k = x.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
    if (out.length >= max) break;
  }
  return out;
}

export function libraryFacts(analysis: BriefingAnalysis): LibraryFacts {
  const people: string[] = [];
  const places: string[] = [];
  const organisations: string[] = [];
  const quotes: string[] = [];
  for (const e of analysis.registry.entities.values()) {
    if (e.type === 'person' && e.name.includes(' ')) people.push(e.name);
    else if (e.type === 'country' || e.type === 'capital') places.push(e.name);
    else if (e.type === 'org') organisations.push(e.name);
  }
  for (const st of analysis.statements) {
    if (!st.usable) continue;
    for (const q of st.quotes) {
      const n = q.text.split(/\s+/).length;
      if (n >= 2 && n <= 9 && q.text.length <= 70) quotes.push(q.text);
    }
  }
  return {
    people: uniq(people, 40),
    places: uniq(places, 40),
    organisations: uniq(organisations, 40),
    quotes: uniq(quotes, 40),
  };
}
