// The name filter the Worker ships is obscenity's English matcher: the same data (generated into
// name-filter-data.ts; `npm run build:name-filter` after updating the library) and the same answers.
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers, parseRawPattern, resolveConfusablesTransformer } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { decodeConfusables, englishData, englishTransformers, nameMatcher } from '../../src/domain/name-filter';
import { CONFUSABLES } from '../../src/domain/name-filter-data';
import { EXTRA_BLOCKED as BLOCKED, REAL_NAMES } from '../../src/domain/names';

/** The matcher as obscenity's own entry point builds it. */
function libraryMatcher() {
  const data = new DataSet<{ originalWord: string }>().addAll(englishDataset);
  for (const w of BLOCKED) data.addPhrase((p) => p.setMetadata({ originalWord: w }).addPattern(parseRawPattern(w)));
  for (const w of REAL_NAMES) data.addPhrase((p) => p.addWhitelistedTerm(w));
  return new RegExpMatcher({ ...data.build(), ...englishRecommendedTransformers });
}

const library = englishDataset.build();

describe('the name filter', () => {
  it("has obscenity's English patterns and whitelisted terms (run npm run build:name-filter)", () => {
    const { patterns, whitelist } = englishData();
    expect(patterns.map(parseRawPattern)).toEqual(library.blacklistedTerms.map((t) => t.pattern));
    expect(whitelist).toEqual(library.whitelistedTerms);
  });

  it("reads every look-alike letter as obscenity's own table does", () => {
    const ours = englishTransformers().blacklistMatcherTransformers[0];
    const theirs = resolveConfusablesTransformer();
    const chars = [...decodeConfusables(CONFUSABLES).values()].join('');
    expect([...chars].length).toBeGreaterThan(2500);
    // Every character the table names, and the whole Basic Multilingual Plane besides.
    const points = [...new Set([...[...chars].map((c) => c.codePointAt(0) ?? 0), ...Array.from({ length: 0x10000 }, (_, i) => i)])];
    if (ours.type !== 0 || theirs.type !== 0) throw new Error('look-alikes are a simple transformer');
    const differ = points.filter((cp) => ours.transform(cp) !== theirs.transform(cp));
    expect(differ).toEqual([]);
  });

  it('gives the answers of the matcher built from obscenity itself', () => {
    const ours = nameMatcher(BLOCKED, REAL_NAMES);
    const theirs = libraryMatcher();
    const table = [...decodeConfusables(CONFUSABLES)];
    const words = [
      ...(library.whitelistedTerms ?? []),
      ...englishData().patterns.map((p) => p.replace(/[[\]|?]/g, '')),
      ...REAL_NAMES,
      ...BLOCKED,
      'fuck',
      'f u c k',
      'sh1t',
      '$h!t',
      'a$$',
      'ｆｕｃｋ',
      'Liam Hall',
      'Player 17',
      'Dick van Dyke',
      'cassandra',
    ];
    // Each word as typed, upper case, and with each letter written as each of its look-alikes in turn.
    const inputs = new Set(words.flatMap((w) => [w, w.toUpperCase(), `x ${w} y`]));
    for (const w of words.slice(0, 200)) {
      for (const [letter, alikes] of table) {
        const at = w.indexOf(letter);
        if (at >= 0) for (const c of alikes) inputs.add(w.slice(0, at) + c + w.slice(at + 1));
      }
    }
    expect(inputs.size).toBeGreaterThan(5000);
    const differ = [...inputs].filter((s) => ours.hasMatch(s) !== theirs.hasMatch(s));
    expect(differ).toEqual([]);
    expect([...inputs].filter((s) => ours.hasMatch(s)).length).toBeGreaterThan(1000);
  });
});
