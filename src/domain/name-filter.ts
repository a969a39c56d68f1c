// The offensive-word matcher of player names: obscenity's RegExpMatcher with its English data set
// and recommended transformers, assembled from the library's own modules. Its entry point is
// CommonJS that loads every module, data set and look-alike table included, so it would all
// ship; the data comes from name-filter-data.ts instead (generated from the library by
// `npm run build:name-filter`, checked against it by a test). The package's exports map names
// only its entry, hence the paths into its dist folder.
import { RegExpMatcher } from '../../node_modules/obscenity/dist/matcher/regexp/RegExpMatcher.js';
import { parseRawPattern } from '../../node_modules/obscenity/dist/pattern/Pattern.js';
import { collapseDuplicatesTransformer } from '../../node_modules/obscenity/dist/transformer/collapse-duplicates/index.js';
import { remapCharactersTransformer } from '../../node_modules/obscenity/dist/transformer/remap-characters/index.js';
import { resolveLeetSpeakTransformer } from '../../node_modules/obscenity/dist/transformer/resolve-leetspeak/index.js';
import { toAsciiLowerCaseTransformer } from '../../node_modules/obscenity/dist/transformer/to-ascii-lowercase/index.js';
import { CONFUSABLES, ENGLISH_PATTERNS, ENGLISH_WHITELIST } from './name-filter-data';

/** The look-alike table as obscenity keeps it: each letter with the characters drawn like it. */
export function decodeConfusables(encoded: string): Map<string, string> {
  const map = new Map<string, string>();
  let cp = 0;
  for (const [, step, letter] of encoded.matchAll(/([0-9a-z]+)\.(.)/gsu)) {
    cp += Number.parseInt(step, 36);
    map.set(letter, (map.get(letter) ?? '') + String.fromCodePoint(cp));
  }
  return map;
}

/** obscenity's englishDataset, built: its patterns and whitelisted terms. */
export function englishData() {
  return { patterns: ENGLISH_PATTERNS.split('\n'), whitelist: ENGLISH_WHITELIST.split('\n') };
}

/**
 * obscenity's `englishRecommendedTransformers` (preset/english.js), with the look-alike table
 * read from the compact copy.
 */
export function englishTransformers() {
  return {
    blacklistMatcherTransformers: [
      remapCharactersTransformer(decodeConfusables(CONFUSABLES)),
      resolveLeetSpeakTransformer(),
      toAsciiLowerCaseTransformer(),
      collapseDuplicatesTransformer({
        defaultThreshold: 1,
        customThresholds: new Map([
          ['b', 2],
          ['e', 2],
          ['o', 2],
          ['l', 2],
          ['s', 2],
          ['g', 2],
        ]),
      }),
    ],
    whitelistMatcherTransformers: [
      toAsciiLowerCaseTransformer(),
      collapseDuplicatesTransformer({ defaultThreshold: Number.POSITIVE_INFINITY, customThresholds: new Map([[' ', 1]]) }),
    ],
  };
}

/**
 * The English data set with `blocked` words added and `allowed` terms whitelisted, as
 * `new DataSet().addAll(englishDataset)` and a phrase for each would build it.
 */
export function nameMatcher(blocked: readonly string[], allowed: readonly string[]): RegExpMatcher {
  const { patterns, whitelist } = englishData();
  return new RegExpMatcher({
    blacklistedTerms: [...patterns, ...blocked].map((p, id) => ({ id, pattern: parseRawPattern(p) })),
    whitelistedTerms: [...whitelist, ...allowed],
    ...englishTransformers(),
  });
}
