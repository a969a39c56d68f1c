// 3. The server decides: fields a client forges (correct, points, score, timing, caps, ids) change nothing.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, auth, briefingFixture, call, correctChoice, fromFreshIp, join, newQuiz, playRow, quizRow, wrongChoice } from './helpers';

let code: string;
let teacherKey: string;

beforeAll(async () => {
  const q = await newQuiz({ timeLimitSec: 30 });
  code = q.quiz.code;
  teacherKey = q.teacherKey;
});

const FORGED = { correct: true, points: 1000, score: 99_999, streak: 9, elapsedMs: 0, servedAt: 0, correctCount: 50, finishedAt: null };

describe('forged fields', () => {
  it('do not make a wrong answer right or give it points', async () => {
    const { play, token, question } = await join(code, 'Forger');
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await wrongChoice(question), ...FORGED });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ correct: false, points: 0, score: 0, streak: 0 });
    const row = await env.DB.prepare('select correct, points from answers where play_id = ?').bind(play.id).first();
    expect(row).toEqual({ correct: 0, points: 0 });
    expect(await playRow(play.id)).toMatchObject({ score: 0, correct_count: 0, streak: 0 });
  });

  it('do not stop the server clock: elapsed time is what the server measured', async () => {
    const { play, token, question } = await join(code, 'Slowpoke');
    await env.DB.prepare('update plays set served_at = served_at - 10000 where id = ?').bind(play.id).run();
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question), ...FORGED });
    expect(res.status, res.text).toBe(200);
    expect(res.json.correct).toBe(true);
    // 10 s of a 30 s limit: at most round(1000 * (1 - 10/30/2)) = 833.
    expect(res.json.points).toBeLessThanOrEqual(833);
    expect(res.json.elapsedMs).toBeGreaterThanOrEqual(10_000);
    const row = await env.DB.prepare('select elapsed_ms, points from answers where play_id = ?').bind(play.id).first<{ elapsed_ms: number; points: number }>();
    expect(row!.elapsed_ms).toBeGreaterThanOrEqual(10_000);
    expect(row!.points).toBe(res.json.points);
  });

  it('do not set a new play’s score, id, quiz or length', async () => {
    const res = await call(
      'POST',
      `/api/quizzes/${code}/plays`,
      { name: 'Mallory', id: 'forged-id', score: 5000, quizCode: 'AAAAAA', questionCount: 1, finishedAt: '2020-01-01T00:00:00Z', position: 4, tokenHash: 'x' },
      fromFreshIp(),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.json.play).toMatchObject({ score: 0, quizCode: code, questionCount: 5, finishedAt: null, answeredCount: 0 });
    expect(res.json.play.id).not.toBe('forged-id');
    expect(await playRow(res.json.play.id)).toMatchObject({ position: 0, score: 0 });
  });

  it('do not choose a quiz’s code, cap, counts, state or teacher key', async () => {
    const { briefingId, briefingKey } = await briefingFixture();
    const res = await call(
      'POST',
      '/api/quizzes',
      {
        briefingIds: [briefingId],
        code: 'AAAAAA',
        playerCap: 1_000_000,
        playCount: 400,
        finishedCount: 3,
        closed: true,
        teacherKey: 'my-own-key-0123456789',
        teacherKeyHash: 'x',
        createdAt: '2000-01-01T00:00:00Z',
      },
      auth(briefingKey),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.json.quiz.code).not.toBe('AAAAAA');
    expect(res.json.teacherKey).not.toBe('my-own-key-0123456789');
    expect(await quizRow(res.json.quiz.code)).toMatchObject({ player_cap: 500, play_count: 0, finished_count: 0, closed: 0 });
    expect(res.json.quiz.createdAt).not.toMatch(/^2000/);
  });

  it('do not choose a briefing’s id, counts or key', async () => {
    const res = await call(
      'POST',
      '/api/briefings',
      {
        text: 'date 2025-02-02 Test\nThe mayor of Leeds, Anna Smith, said the bridge would open on 3 May 2025.\nSmith said it cost 12 million pounds.',
        id: 'forged',
        questionCount: 99,
        teacherKey: 'my-own-key-0123456789',
        listed: false,
      },
      fromFreshIp(),
    );
    expect([201, 422]).toContain(res.status);
    if (res.status === 201) {
      expect(res.json.briefing.id).not.toBe('forged');
      expect(res.json.teacherKey).not.toBe('my-own-key-0123456789');
    }
    expect(await env.DB.prepare("select count(*) as n from briefings where id = 'forged'").first()).toEqual({ n: 0 });
  });

  it('do not let a teacher raise the cap or rewrite counts through PATCH', async () => {
    const before = await quizRow(code);
    const res = await call('PATCH', `/api/quizzes/${code}`, { playerCap: 1_000_000, playCount: 0, finishedCount: 0, code: 'BBBBBB' }, auth(teacherKey));
    expect(res.status).toBe(400);
    expect(await quizRow(code)).toEqual(before);
  });
});
