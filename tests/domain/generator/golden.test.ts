// The bank of the shipped default briefing, pinned. After an intended generator change, refresh
// it with: npm run generate -- src/content/2026-02-05-xi-trump-taiwan-call.txt --json > tests/domain/generator/golden/default-briefing.json
import { describe, expect, it } from 'vitest';
import text from '../../../src/content/2026-02-05-xi-trump-taiwan-call.txt';
import { parseBriefing } from '../../../src/domain/briefing';
import { generateQuestions } from '../../../src/domain/questions/generate';
import { hashString } from '../../../src/domain/random';
import golden from './golden/default-briefing.json';
import { answerOf, expectSound } from './helpers';

describe('default briefing', () => {
  const bank = generateQuestions(parseBriefing(text), { seed: hashString(text) });

  it('generates the pinned bank, byte for byte', () => {
    expect(JSON.stringify(bank, null, 2)).toBe(JSON.stringify(golden, null, 2));
  });

  it('is sound and varied', () => {
    expectSound(text, bank);
    expect(bank.length).toBeGreaterThanOrEqual(12);
    expect(new Set(bank.map((q) => q.kind))).toEqual(new Set(['attribution', 'quote', 'cloze', 'date', 'true_false', 'position']));
  });

  it('keys the facts of the call correctly', () => {
    const who = bank.find((q) => q.kind === 'attribution' && q.prompt.includes('prudence and responsibility'));
    expect(who && answerOf(who)).toBe('Xi Jinping');
    const when = bank.find((q) => q.kind === 'date');
    expect(when && answerOf(when)).toBe('5 February 2026');
    const wh = bank.find((q) => q.kind === 'attribution' && q.prompt.includes('open channels'));
    expect(wh && answerOf(wh)).toBe('the White House');
  });
});
