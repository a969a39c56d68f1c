// Shared checks for generator tests: the invariants every question of every bank must satisfy.
import { expect } from 'vitest';
import { parseBriefing } from '../../../src/domain/briefing';
import { unframed } from '../../../src/domain/questions/frame';
import { generateQuestions } from '../../../src/domain/questions/generate';
import type { GeneratedQuestion } from '../../../src/domain/types';

/**
 * A bank with each prompt as the generator wrote it, without the story's title it opens with for
 * the player: the checks here are on the sentence (the frame has its own tests in frame.test.ts).
 */
export function bankFor(text: string, seed = 7): GeneratedQuestion[] {
  return generateQuestions(parseBriefing(text), { seed }).map((q) => ({ ...q, prompt: unframed(q.prompt) }));
}

export function answerOf(q: GeneratedQuestion): string {
  return q.choices.find((c) => c.id === q.answerId)!.text;
}

/** Asserts the rubric's mechanical rules on every question of a bank. */
export function expectSound(text: string, bank: GeneratedQuestion[]): void {
  const statements = parseBriefing(text).statements;
  const perStatementKind = new Set<string>();
  for (const q of bank) {
    const where = `${q.kind}: ${q.prompt}`;
    // A prompt may open with the sentence before it, as context (up to 220 characters).
    expect(q.prompt.length, where).toBeLessThanOrEqual(461);
    expect(q.prompt, where).toMatch(/^(["“‘]?\p{Lu}|_____)/u);
    expect(q.prompt, where).not.toMatch(/[<>]/);
    // A blank replaces whole words: never glued to a letter or digit ("Bin_____").
    expect(q.prompt, where).not.toMatch(/[\p{L}\p{N}]_____|_____[\p{L}\p{N}]/u);
    expect(unframed(q.prompt), where).not.toMatch(/^(True or false: )?(He|She|They|It|His|Her|Their)\b/);
    expect(
      q.choices.filter((c) => c.id === q.answerId),
      where,
    ).toHaveLength(1);
    expect(new Set(q.choices.map((c) => c.id)).size, where).toBe(q.choices.length);
    expect(new Set(q.choices.map((c) => c.text.toLowerCase())).size, where).toBe(q.choices.length);
    for (const c of q.choices) expect(c.id, where).toMatch(/^[0-9a-z]{6}$/);
    if (q.kind === 'true_false') {
      expect(q.choices.map((c) => c.text).sort(), where).toEqual(['False', 'True']);
    } else {
      expect(q.choices.length, where).toBeGreaterThanOrEqual(3);
      if (q.kind !== 'position') {
        const promptWithoutBlank = q.prompt.replace('_____', ' ');
        for (const c of q.choices) {
          const bare = c.text.replace(/^the /i, '');
          const re = new RegExp(`(^|[^\\p{L}\\p{N}])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
          expect(re.test(promptWithoutBlank), `${where} — option “${c.text}” is in the prompt`).toBe(false);
        }
      }
    }
    expect(q.explanation, where).toContain(statements[q.statementIndex].replace(/^“(.*)”$/, '$1'));
    const key = `${q.statementIndex}:${q.kind}`;
    // Several figures of one sentence may each be asked, in prompts that show none of the others.
    const siblings = bank.filter((o) => o !== q && o.statementIndex === q.statementIndex && o.kind === q.kind);
    if (q.kind === 'number') for (const o of siblings) expect(o.prompt.includes(answerOf(q)), `${o.prompt} shows ${answerOf(q)}`).toBe(false);
    else expect(perStatementKind.has(key), `two ${q.kind} questions for statement ${q.statementIndex}`).toBe(false);
    perStatementKind.add(key);
    expect(q.difficulty).toBeGreaterThanOrEqual(0);
    expect(q.difficulty).toBeLessThanOrEqual(1);
  }
}
