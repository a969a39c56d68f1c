// 6. Sequence: only the current question can be answered, a late answer scores 0, a finished play takes nothing.
// Time is moved by rewriting served_at in D1, never by sleeping.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, auth, call, correctChoice, join, newQuiz, playRow, rowCounts } from './helpers';

const LIMIT_MS = 10_000;
const GRACE_MS = 1_000;
let speed: string;
let accuracy: string;

beforeAll(async () => {
  const q = await newQuiz({ questionCount: 3, timeLimitSec: LIMIT_MS / 1000 });
  speed = q.quiz.code;
  accuracy = (await newQuiz({ questionCount: 3, timeLimitSec: LIMIT_MS / 1000, scoring: 'accuracy' })).quiz.code;
});

const rewind = (playId: string, ms: number) => env.DB.prepare('update plays set served_at = served_at - ? where id = ?').bind(ms, playId).run();

describe('answer order', () => {
  it('refuses questions that are not current with 409 and writes nothing', async () => {
    const { play, token, question } = await join(speed, 'Skipper');
    const code = speed;
    const before = await rowCounts();
    // Each play meets the questions in an order of its own: any but the one served is not current.
    const others = [`${code}-1`, `${code}-2`, `${code}-3`].filter((id) => id !== question.id);
    for (const questionId of [...others, `${code}-99`, `${code}-0`, 'someone-elses-question']) {
      const res = await answer(play.id, token, { questionId, choiceId: question.choices[0].id });
      expect(res.status, questionId).toBe(409);
      expect(res.json.error.code).toBe('conflict');
    }
    expect(await rowCounts()).toEqual(before);
    const first = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
    expect(first.status).toBe(200);
    // The question just answered is no longer current either.
    const again = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
    expect(again.status).toBe(409);
  });

  it('refuses every answer after the play finished', async () => {
    let { play, token, question } = await join(speed, 'Done');
    const ids: string[] = [];
    while (question) {
      ids.push(question.id);
      const res = await answer(play.id, token, { questionId: question.id, choiceId: question.choices[0].id });
      expect(res.status).toBe(200);
      question = res.json.next;
    }
    const before = await playRow(play.id);
    expect(before!.finished_at).not.toBeNull();
    for (const questionId of [...ids, `${speed}-4`]) {
      const res = await answer(play.id, token, { questionId, choiceId: null });
      expect(res.status).toBe(409);
    }
    expect(await playRow(play.id)).toEqual(before);
    const resumed = await call('GET', `/api/plays/${play.id}`, undefined, auth(token));
    expect(resumed.json.question).toBeNull();
  });

  it('refuses answers once the teacher closes the quiz (410)', async () => {
    const q = await newQuiz({ questionCount: 2 });
    const { play, token, question } = await join(q.quiz.code, 'Latecomer');
    expect((await call('PATCH', `/api/quizzes/${q.quiz.code}`, { closed: true }, auth(q.teacherKey))).status).toBe(200);
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
    expect(res.status).toBe(410);
    expect(await env.DB.prepare('select count(*) as n from answers where play_id = ?').bind(play.id).first()).toEqual({ n: 0 });
  });
});

describe('questions not yet shown (serveNext: false)', () => {
  it('refuses an answer to a question the player has not fetched yet', async () => {
    const { play, token, question } = await join(speed, 'Eager');
    const first = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question), serveNext: false });
    expect(first.status).toBe(200);
    expect(first.json.next).toBeNull();
    const nextId = `${speed}-2`;
    const blind = await answer(play.id, token, { questionId: nextId, choiceId: null });
    expect(blind.status).toBe(409);
    expect(await env.DB.prepare('select count(*) as n from answers where play_id = ?').bind(play.id).first()).toEqual({ n: 1 });
  });

  it('starts the clock once, however many resumes race for the first sight', async () => {
    const { play, token, question } = await join(speed, 'Racer');
    await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question), serveNext: false });
    const resumes = await Promise.all(Array.from({ length: 20 }, () => call('GET', `/api/plays/${play.id}`, undefined, auth(token))));
    expect(resumes.every((r) => r.status === 200)).toBe(true);
    const servedAts = new Set(resumes.map((r) => r.json.question.servedAt));
    expect(servedAts.size).toBe(1);
    expect(Date.parse([...servedAts][0])).toBe((await playRow(play.id))!.served_at);
  });
});

describe('the time limit', () => {
  it('scores a right answer past the limit and its grace 0 and resets the streak', async () => {
    const { play, token, question } = await join(speed, 'Tortoise');
    const first = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
    expect(first.json.points).toBeGreaterThan(0);
    await rewind(play.id, LIMIT_MS + GRACE_MS + 50);
    const late = await answer(play.id, token, { questionId: first.json.next.id, choiceId: await correctChoice(first.json.next) });
    expect(late.status).toBe(200);
    expect(late.json).toMatchObject({ points: 0, streak: 0, score: first.json.points });
  });

  it('counts an answer inside the grace period as given at the limit', async () => {
    const { play, token, question } = await join(speed, 'Photo finish');
    await rewind(play.id, LIMIT_MS + GRACE_MS / 2);
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
    expect(res.json.points).toBe(500);
  });

  it('scores a late answer 0 in accuracy mode too: the limit closes the question', async () => {
    const { play, token, question } = await join(accuracy, 'Careful');
    await rewind(play.id, LIMIT_MS + GRACE_MS + 50);
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
    expect(res.status).toBe(200);
    expect(res.json.points).toBe(0);
    const next = res.json.next;
    const inTime = await answer(play.id, token, { questionId: next.id, choiceId: await correctChoice(next) });
    expect(inTime.json.points).toBe(1000);
  });

  it('does not restart the clock on a resume', async () => {
    const { play, token, question } = await join(speed, 'Reloader');
    await rewind(play.id, 5_000);
    const servedAt = (await playRow(play.id))!.served_at;
    const resumed = await call('GET', `/api/plays/${play.id}`, undefined, auth(token));
    expect(resumed.json.question.id).toBe(question.id);
    expect(Date.parse(resumed.json.question.servedAt)).toBe(servedAt);
    expect((await playRow(play.id))!.served_at).toBe(servedAt);
  });

  it('starts the next question’s clock when the previous one is answered', async () => {
    const { play, token, question } = await join(speed, 'Stopwatch');
    await rewind(play.id, LIMIT_MS * 5);
    const res = await answer(play.id, token, { questionId: question.id, choiceId: null });
    expect(res.json.points).toBe(0);
    const next = await answer(play.id, token, { questionId: res.json.next.id, choiceId: await correctChoice(res.json.next) });
    expect(next.json.points).toBeGreaterThan(500);
  });
});
