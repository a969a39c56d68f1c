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
    expect(bank.length).toBeGreaterThanOrEqual(6);
    // Three kinds, so a quiz's default selection can mix them.
    expect(new Set(bank.map((q) => q.kind))).toEqual(new Set(['date', 'true_false', 'position']));
  });

  it('keys the facts of the call correctly', () => {
    const when = bank.find((q) => q.kind === 'date');
    expect(when && answerOf(when)).toBe('5 February 2026');
    // Options of the call's date never lie after the briefing's own date.
    for (const c of when!.choices) expect(Date.parse(c.text)).toBeLessThanOrEqual(Date.parse('2026-02-05T23:59:59Z'));
    const wh = bank.find((q) => q.kind === 'position');
    expect(wh && answerOf(wh)).toMatch(/open channels/);
    for (const q of bank.filter((x) => x.kind === 'true_false')) expect(q.prompt).not.toMatch(/\bthe two\b|fewer details/);
  });
});
