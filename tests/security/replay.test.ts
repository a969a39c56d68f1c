// 4. Replay: the same answer sent many times at once is stored once and scored once.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, correctChoice, join, newQuiz, playRow, quizRow } from './helpers';

let code: string;

beforeAll(async () => {
  code = (await newQuiz({ questionCount: 3 })).quiz.code;
});

const answerRows = async (playId: string) =>
  (await env.DB.prepare('select position, points from answers where play_id = ? order by position').bind(playId).all<{ position: number; points: number }>())
    .results;

describe('a burst of the same answer', () => {
  it('50 identical answers at once: one row, one score, 49 conflicts', async () => {
    const { play, token, question } = await join(code, 'Replayer');
    const body = { questionId: question.id, choiceId: await correctChoice(question) };
    const results = await Promise.all(Array.from({ length: 50 }, () => answer(play.id, token, body)));
    const ok = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(ok.length).toBe(1);
    expect(conflicts.length).toBe(49);
    for (const r of conflicts) expect(r.json.error.code).toBe('conflict');
    const rows = await answerRows(play.id);
    expect(rows).toEqual([{ position: 0, points: ok[0].json.points }]);
    expect(ok[0].json.points).toBeGreaterThan(0);
    expect(await playRow(play.id)).toMatchObject({ score: ok[0].json.points, answered_count: 1, correct_count: 1, position: 1 });
  });

  it('50 different choices at once: the one stored is the one acknowledged', async () => {
    const { play, token, question } = await join(code, 'Guesser');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => answer(play.id, token, { questionId: question.id, choiceId: question.choices[i % question.choices.length].id })),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok.length).toBe(1);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const stored = await env.DB.prepare('select choice_id, points from answers where play_id = ?').bind(play.id).all();
    expect(stored.results).toHaveLength(1);
    expect(stored.results[0]).toMatchObject({ points: ok[0].json.points });
    expect((await playRow(play.id))!.score).toBe(ok[0].json.score);
  });

  it('50 copies of the last answer at once finish the play once', async () => {
    const { play, token, question: first } = await join(code, 'Finisher');
    let question = first;
    for (let i = 0; i < 2; i++) {
      const res = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
      expect(res.status).toBe(200);
      question = res.json.next;
    }
    const finishedBefore = (await quizRow(code))!.finished_count as number;
    const body = { questionId: question.id, choiceId: await correctChoice(question) };
    const results = await Promise.all(Array.from({ length: 50 }, () => answer(play.id, token, body)));
    expect(results.filter((r) => r.status === 200).length).toBe(1);
    expect(results.filter((r) => r.status === 409).length).toBe(49);
    expect(await answerRows(play.id)).toHaveLength(3);
    expect((await quizRow(code))!.finished_count).toBe(finishedBefore + 1);
    const row = await playRow(play.id);
    expect(row).toMatchObject({ answered_count: 3, position: 3 });
    expect(row!.finished_at).not.toBeNull();
    expect(row!.score).toBe((await answerRows(play.id)).reduce((s, a) => s + a.points, 0));
  });
});
