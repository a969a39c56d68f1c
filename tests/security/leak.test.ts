// 2. No answer leak: every payload a player can reach, walked for keys, explanations and sources
// before that player's own answer; choice ids and order give nothing away.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, auth, briefingFixture, call, correctChoice, join, newQuiz, secretKeysIn, wrongChoice } from './helpers';

let code: string;
let briefingId: string;
let bank: any[];

beforeAll(async () => {
  ({ briefingId, bank } = await briefingFixture());
  // One order of questions for all, so every player meets the same first question.
  code = (await newQuiz({ questionCount: 8, shuffleQuestions: false })).quiz.code;
});

/** Text that only the answer side of a question carries. */
function explanationsIn(text: string): string[] {
  return bank.filter((q) => q.explanation.length > 20 && text.includes(q.explanation)).map((q) => q.id);
}

describe('payloads a player sees before answering', () => {
  it('carry no answer, explanation or source anywhere in the walk of a whole play', async () => {
    const seen: { what: string; json: unknown; text: string }[] = [];
    const look = (what: string, res: { json: unknown; text: string }) => seen.push({ what, json: res.json, text: res.text });

    look('quiz', await call('GET', `/api/quizzes/${code}`));
    const start = await call('POST', `/api/quizzes/${code}/plays`, { name: 'Walker' }, { 'cf-connecting-ip': '192.0.2.10' });
    expect(start.status).toBe(201);
    look('start', start);
    const { id } = start.json.play;
    const token = start.json.playToken;
    let question = start.json.question;
    for (let i = 0; question; i++) {
      look(`resume ${i}`, await call('GET', `/api/plays/${id}`, undefined, auth(token)));
      look(`leaderboard ${i}`, await call('GET', `/api/quizzes/${code}/leaderboard?limit=100`));
      // Wrong on purpose: a wrong answer's response tells this player the right one, and nothing more.
      const res = await answer(id, token, { questionId: question.id, choiceId: await wrongChoice(question) });
      expect(res.status, res.text).toBe(200);
      expect(res.json.correctChoiceId).toBe(await correctChoice(question));
      expect(res.json.correct).toBe(false);
      look(`next after ${i}`, { json: { next: res.json.next, play: res.json.play }, text: JSON.stringify({ next: res.json.next, play: res.json.play }) });
      if (res.json.next) {
        const nextKey = await correctChoice(res.json.next);
        expect(JSON.stringify(res.json.next.choices)).toContain(nextKey);
        expect(Object.keys(res.json)).not.toContain('nextCorrectChoiceId');
      }
      question = res.json.next;
    }
    look('finished resume', await call('GET', `/api/plays/${id}`, undefined, auth(token)));
    look('leaderboard', await call('GET', `/api/quizzes/${code}/leaderboard`));
    look('briefing leaderboard', await call('GET', `/api/briefings/${briefingId}/leaderboard`));
    look('briefings', await call('GET', '/api/briefings'));
    look('briefing', await call('GET', `/api/briefings/${briefingId}`));

    for (const s of seen) {
      expect(secretKeysIn(s.json), s.what).toEqual([]);
      expect(explanationsIn(s.text), s.what).toEqual([]);
      expect(s.text, s.what).not.toMatch(/token_?hash|teacher_?key/i);
    }
  });

  it('review only the questions this play has answered, never the current one', async () => {
    const { play, token, question } = await join(code, 'Reviewer');
    const before = await call('GET', `/api/plays/${play.id}?review=1`, undefined, auth(token));
    expect(before.json.review ?? []).toEqual([]);
    expect(secretKeysIn(before.json)).toEqual([]);
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await wrongChoice(question), serveNext: false });
    expect(res.status).toBe(200);
    expect(res.json.next).toBeNull();
    const after = await call('GET', `/api/plays/${play.id}?review=1`, undefined, auth(token));
    expect(after.json.review.map((r: { questionId: string }) => r.questionId)).toEqual([question.id]);
    // Keys appear inside the review of the answered question only.
    expect(secretKeysIn({ ...after.json, review: undefined })).toEqual([]);
    expect(after.json.question.id).not.toBe(question.id);
    expect(JSON.stringify(after.json.review)).not.toContain(after.json.question.id);
    // Another play's token reviews nothing of this one.
    const other = await join(code, 'Snoop');
    expect((await call('GET', `/api/plays/${play.id}?review=1`, undefined, auth(other.token))).status).toBe(403);
  });

  it('keep the question bank and the results behind the teacher key', async () => {
    const { token } = await join(code, 'Peeker');
    for (const path of [
      `/api/briefings/${briefingId}/questions`,
      `/api/quizzes/${code}/results`,
      `/api/quizzes/${code}/results.csv`,
      `/api/quizzes/${code}/export?format=gift`,
    ]) {
      const none = await call('GET', path);
      expect(none.status, path).toBe(401);
      // A play token is a credential, but not for these.
      const player = await call('GET', path, undefined, auth(token));
      expect(player.status, path).toBe(403);
      expect(explanationsIn(none.text + player.text)).toEqual([]);
    }
  });
});

describe('choice ids', () => {
  it('are opaque: not positions, not letters, not in an order that marks the answer', () => {
    const sortedIndexes = new Set<number>();
    for (const q of bank) {
      for (const c of q.choices) expect(c.id, q.prompt).not.toMatch(/^([a-f]|[0-9]|choice[-_]?\d+|answer|correct)$/i);
      sortedIndexes.add(
        q.choices
          .map((c: { id: string }) => c.id)
          .sort()
          .indexOf(q.answerId),
      );
    }
    expect(bank.length).toBeGreaterThanOrEqual(4);
    expect(sortedIndexes.size).toBeGreaterThan(1);
  });

  it('come in an order of their own for each play, so a neighbour cannot say "the second one"', async () => {
    const positions = new Map<string, Set<number>>();
    for (let p = 0; p < 12; p++) {
      const { question } = await join(code, `Player ${p}`);
      const right = await correctChoice(question);
      const at = question.choices.findIndex((c: { id: string }) => c.id === right);
      positions.set(question.prompt, (positions.get(question.prompt) ?? new Set()).add(at));
    }
    for (const [prompt, seen] of positions) expect(seen.size, prompt).toBeGreaterThan(1);
  });

  it('do not change between a question and its resume, so a reload cannot be used to reshuffle', async () => {
    const { play, token, question } = await join(code, 'Reloader');
    const resumed = await call('GET', `/api/plays/${play.id}`, undefined, auth(token));
    expect(resumed.json.question.choices).toEqual(question.choices);
  });
});
