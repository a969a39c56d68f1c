import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/domain/analysis/sentences';

describe('splitSentences', () => {
  it('splits plain sentences', () => {
    expect(splitSentences('The vote passed. Two members abstained! Was it close? Not really.')).toEqual([
      'The vote passed.',
      'Two members abstained!',
      'Was it close?',
      'Not really.',
    ]);
  });

  it('keeps titles and honorifics with the name that follows', () => {
    expect(splitSentences('Mr. Lindt met Gen. Okoro and Dr. Sato in Geneva. They spoke for an hour.')).toEqual([
      'Mr. Lindt met Gen. Okoro and Dr. Sato in Geneva.',
      'They spoke for an hour.',
    ]);
  });

  it('does not split inside U.S. or U.N. before a name, but does before a new sentence', () => {
    expect(splitSentences('The U.S. Senate voted on Friday. The U.N. Security Council met later.')).toEqual([
      'The U.S. Senate voted on Friday.',
      'The U.N. Security Council met later.',
    ]);
    expect(splitSentences('Aid arrived from the U.S. The shipments were larger than planned.')).toEqual([
      'Aid arrived from the U.S.',
      'The shipments were larger than planned.',
    ]);
  });

  it('keeps decimals, initials and numbered references intact', () => {
    expect(splitSentences('Growth was 2.5 percent, said George W. Bush of No. 10 Policy Unit. Prices rose.')).toEqual([
      'Growth was 2.5 percent, said George W. Bush of No. 10 Policy Unit.',
      'Prices rose.',
    ]);
  });

  it('ends a sentence after a closing quote mark', () => {
    expect(splitSentences('She called it “a new start.” The talks resume in May.')).toEqual(['She called it “a new start.”', 'The talks resume in May.']);
  });

  it('does not split when a quote is followed by a lower-case attribution', () => {
    expect(splitSentences('“Is this the end?” she asked. Nobody answered.')).toEqual(['“Is this the end?” she asked.', 'Nobody answered.']);
  });

  it('returns nothing for blank text and a single piece for text without a full stop', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('A headline without a stop')).toEqual(['A headline without a stop']);
  });
});
