// 1. The answer is not computable from what a player receives. The attacker here knows the source
// code's old recipe (choice ids from a 32-bit FNV hash of public data, canonical order from a
// seeded shuffle, per-play order from a hash of the play id) and even the briefing's full text,
// and sees everything a player sees. Before the fix that recipe answered every question right;
// now it, and simpler guesses (first, last, smallest or largest id), do no better than chance.
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_BRIEFING, answer, briefingFixture, correctChoice, join } from './helpers';
import { createQuiz } from '../api/helpers';
// The old recipe used the project's own hash, PRNG, shuffle and bank choice ids, which are still these.
import { createRandom, hashString, shuffle } from '../../src/domain/random';
import { choiceId } from '../../src/domain/questions/common';

interface Seen {
  playId: string;
  question: { id: string; kind: string; prompt: string; choices: { id: string; text: string }[] };
}

/** The offline attack: find the question's hash from one id and its text, then undo both shuffles. */
function recipePredictor({ playId, question }: Seen): string | null {
  const seed = hashString(SAMPLE_BRIEFING);
  const n = question.choices.length;
  for (let si = 0; si < 60; si++) {
    const keyHash = hashString(question.prompt, hashString(`${seed}:${si}:${question.kind}:`));
    if (!question.choices.every((c) => [0, 1, 2].some((salt) => choiceId(keyHash + salt, c.text) === c.id))) continue;
    const idx = [...Array(n).keys()];
    const canonical = shuffle(idx, createRandom(keyHash)); // canonical[k] = index in [answer, ...distractors]
    const perPlay = shuffle(idx, createRandom(hashString(`${playId}:${question.id}`))); // served[j] = canonical[perPlay[j]]
    const j = perPlay.findIndex((k) => canonical[k] === 0);
    return question.choices[j].id;
  }
  return null;
}

const PREDICTORS: Record<string, (s: Seen) => string> = {
  'the old recipe (else the first choice)': (s) => recipePredictor(s) ?? s.question.choices[0].id,
  'the first choice': (s) => s.question.choices[0].id,
  'the last choice': (s) => s.question.choices.at(-1)!.id,
  'the smallest id': (s) => s.question.choices.map((c) => c.id).sort()[0],
  'the largest id': (s) =>
    s.question.choices
      .map((c) => c.id)
      .sort()
      .at(-1)!,
};

let code: string;
/** the same quiz with one order of questions for all: every play meets the same first question */
let fixed: string;

beforeAll(async () => {
  const f = await briefingFixture();
  code = (await createQuiz([f.briefingId], { questionCount: 50, timeLimitSec: 300 }, f.briefingKey)).quiz.code;
  fixed = (await createQuiz([f.briefingId], { questionCount: 50, timeLimitSec: 300, shuffleQuestions: false }, f.briefingKey)).quiz.code;
});

describe('an attacker holding everything a player receives', () => {
  it('predicts the answer no better than chance over many questions', async () => {
    const hits = Object.fromEntries(Object.keys(PREDICTORS).map((k) => [k, 0]));
    let chance = 0;
    let variance = 0;
    let total = 0;
    for (let p = 0; p < 12; p++) {
      const { play, token, question: first } = await join(code, `Guesser ${p}`);
      let question = first;
      while (question) {
        const seen: Seen = { playId: play.id, question };
        const right = await correctChoice(question);
        for (const [name, predict] of Object.entries(PREDICTORS)) if (predict(seen) === right) hits[name]++;
        const q = 1 / question.choices.length;
        chance += q;
        variance += q * (1 - q);
        total++;
        const res = await answer(play.id, token, { questionId: question.id, choiceId: PREDICTORS['the old recipe (else the first choice)'](seen) });
        expect(res.status, res.text).toBe(200);
        question = res.json.next;
      }
    }
    expect(total).toBeGreaterThanOrEqual(60);
    // Four standard deviations above chance: a real edge shows, luck does not.
    const ceiling = chance + 4 * Math.sqrt(variance);
    for (const [name, n] of Object.entries(hits)) expect(n, `${name}: ${n} of ${total}, chance ${chance.toFixed(1)}`).toBeLessThanOrEqual(ceiling);
  });

  it('meets choice ids that differ in every play, so one play is no key for the next', async () => {
    const a = await join(fixed, 'Scout');
    const b = await join(fixed, 'Follower');
    expect(a.question.id).toBe(b.question.id);
    const idsA = new Set(a.question.choices.map((c: { id: string }) => c.id));
    expect(b.question.choices.some((c: { id: string }) => idsA.has(c.id))).toBe(false);
  });
});
