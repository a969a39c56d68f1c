// 10. Atomicity: a failure in the last statement of every multi-statement write leaves no partial rows.
// The failure is a trigger that aborts, created in the test database and dropped afterwards.
import { env } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { faults } from '../api/helpers';
import {
  SAMPLE_BRIEFING,
  answer,
  auth,
  briefingFixture,
  call,
  correctChoice,
  fromFreshIp,
  join,
  newQuiz,
  playRow,
  quizRow,
  rowCounts,
  type Res,
} from './helpers';

async function failing(event: 'INSERT' | 'UPDATE', table: string) {
  faults.injected = true;
  await env.DB.prepare(`CREATE TRIGGER inject_failure BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`).run();
}

afterEach(async () => {
  faults.injected = false;
  await env.DB.prepare('DROP TRIGGER IF EXISTS inject_failure').run();
});

function expectServerError(res: Res) {
  expect(res.status, res.text).toBe(500);
  expect(res.json.error.code).toBe('internal');
  expect(res.text).not.toMatch(/injected|at \w+ \(|\.ts:\d+|SQLITE|D1_/);
}

let briefingId: string;
let briefingKey: string;

beforeAll(async () => {
  ({ briefingId, briefingKey } = await briefingFixture());
});

describe('a failure in the last statement of a batch', () => {
  it('creating a briefing (briefing, statements, questions): nothing stays', async () => {
    const before = await rowCounts();
    await failing('INSERT', 'questions');
    expectServerError(await call('POST', '/api/briefings', { text: SAMPLE_BRIEFING.replace('2025', '2024') }, fromFreshIp()));
    expect(await rowCounts()).toEqual(before);
  });

  it('creating a listed briefing (… and its public quiz and its questions): nothing stays', async () => {
    const before = await rowCounts();
    await failing('INSERT', 'quiz_questions');
    expectServerError(await call('POST', '/api/briefings', { text: SAMPLE_BRIEFING.replace('2025', '2023'), listed: true }, fromFreshIp()));
    expect(await rowCounts()).toEqual(before);
  });

  it('creating a quiz (quiz, its briefings, its questions): nothing stays', async () => {
    const before = await rowCounts();
    await failing('INSERT', 'quiz_questions');
    expectServerError(await call('POST', '/api/quizzes', { briefingIds: [briefingId], questionCount: 20 }, auth(briefingKey)));
    expect(await rowCounts()).toEqual(before);
  });

  it('starting a play (play, quiz count): no play and no count stay, and the join works once the fault is gone', async () => {
    const { quiz } = await newQuiz();
    const before = await rowCounts();
    await failing('UPDATE', 'quizzes');
    expectServerError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Unlucky' }, fromFreshIp()));
    expect(await rowCounts()).toEqual(before);
    expect((await quizRow(quiz.code))!.play_count).toBe(0);
    await env.DB.prepare('DROP TRIGGER inject_failure').run();
    // In assessed mode a half-written play would now hold the name; it does not.
    expect((await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Unlucky' }, fromFreshIp())).status).toBe(201);
  });

  it('answering (answer, play): no answer stays, and the same answer can be sent again', async () => {
    const { quiz } = await newQuiz();
    const { play, token, question } = await join(quiz.code, 'Retry');
    const body = { questionId: question.id, choiceId: await correctChoice(question) };
    const before = await rowCounts();
    const playBefore = await playRow(play.id);
    await failing('UPDATE', 'plays');
    expectServerError(await answer(play.id, token, body));
    expect(await rowCounts()).toEqual(before);
    expect(await playRow(play.id)).toEqual(playBefore);
    await env.DB.prepare('DROP TRIGGER inject_failure').run();
    const retry = await answer(play.id, token, body);
    expect(retry.status).toBe(200);
    expect(retry.json.correct).toBe(true);
  });

  it('answering the last question (answer, play, quiz finished count): nothing stays', async () => {
    const { quiz } = await newQuiz({ questionCount: 1 });
    const { play, token, question } = await join(quiz.code, 'Last');
    const body = { questionId: question.id, choiceId: await correctChoice(question) };
    const before = await rowCounts();
    const playBefore = await playRow(play.id);
    await failing('UPDATE', 'quizzes');
    expectServerError(await answer(play.id, token, body));
    expect(await rowCounts()).toEqual(before);
    expect(await playRow(play.id)).toEqual(playBefore);
    expect((await quizRow(quiz.code))!.finished_count).toBe(0);
    await env.DB.prepare('DROP TRIGGER inject_failure').run();
    const retry = await answer(play.id, token, body);
    expect(retry.status).toBe(200);
    expect(retry.json.play.finishedAt).not.toBeNull();
    expect((await quizRow(quiz.code))!.finished_count).toBe(1);
  });
});
