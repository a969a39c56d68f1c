// Mutated and random texts: the generator answers with a bank or UnprocessableBriefing, never a
// crash, and every question it does make keeps the mechanical rules.
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { unframed } from '../../../src/domain/questions/frame';
import { generateQuestions } from '../../../src/domain/questions/generate';
import { createRandom } from '../../../src/domain/random';
import { UnprocessableBriefing } from '../../../src/domain/types';
import { ALL } from './briefings';

const PIECES = [
  '“',
  '”',
  '"',
  "'",
  '’',
  ' ',
  '.',
  ',',
  '–',
  '-',
  '(',
  ')',
  'U.S.',
  'Mr.',
  ' the ',
  'He said',
  'They',
  '5 February 2026',
  '€4.2 million',
  '12%',
  'Xi Jinping',
  'President',
  'China’s',
  'said',
  '\n',
  '<b>',
  '</b>',
  '&amp;',
  'Washington',
  'May',
  '1,000',
  '3-2',
  '...',
  '?',
  '!',
  'al-',
  'de la',
  'Ñandú',
  '😀',
  '\u200b',
  'The White House',
  'Prime Minister',
  'of the',
];

describe('robustness', () => {
  it('never crashes on mutated or random text', () => {
    const random = createRandom(2026);
    let banks = 0;
    for (let i = 0; i < 150; i++) {
      let text = random() < 0.5 ? 'date 2026-01-01 Fuzz\n' : '';
      if (random() < 0.6) {
        const chars = ALL[i % ALL.length].split('');
        for (let k = 0; k < 20; k++) chars.splice(Math.floor(random() * chars.length), Math.floor(random() * 3), PIECES[Math.floor(random() * PIECES.length)]);
        text += chars.join('');
      } else {
        for (let k = 0; k < 150; k++) text += PIECES[Math.floor(random() * PIECES.length)] + (random() < 0.3 ? ' ' : '');
      }
      try {
        const parsed = parseBriefing(text);
        const bank = generateQuestions(parsed, { seed: i });
        banks++;
        for (const q of bank) {
          // The generator's prompt, then the story's title (at most 120 characters) and date before it.
          expect(unframed(q.prompt).length).toBeLessThanOrEqual(240);
          expect(q.prompt.length - unframed(q.prompt).length).toBeLessThanOrEqual(170);
          expect(q.prompt).not.toMatch(/[<>]/);
          expect(q.choices.filter((c) => c.id === q.answerId)).toHaveLength(1);
          expect(new Set(q.choices.map((c) => c.text)).size).toBe(q.choices.length);
        }
      } catch (err) {
        expect(err).toBeInstanceOf(UnprocessableBriefing);
      }
    }
    expect(banks).toBeGreaterThan(50);
  });
});
