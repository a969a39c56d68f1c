// A self-paced play that is not played to the end still ends well: where its quiz closes (by the
// teacher or at its closing time) it stops with what was answered, and one left untouched for
// longer than its remaining questions' time is finalised as abandoned by whatever reads it.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABANDON_GRACE_MS } from '../../src/services/play-end';
import { answerKey, auth, call, createQuiz, expectError } from './helpers';

const BRIEFING = `date 2025-10-07 Two valleys open a shared rail link
The regional councils of Arndale and Broomfield opened the Arndale valley railway on 6 October 2025.
Council chair Helen Marsh said the Arndale railway was “the link our grandparents asked for”.
Transport officer Samir Qureshi said the line would carry 9,000 passengers every day.
The Arndale railway runs 48 kilometres between the two valleys.
Engineers from the Northern Track Company will inspect the line every month.
Farmers in Broomfield warned that “a train alone will not bring back the market”.
Helen Marsh and Samir Qureshi will open a second station in May 2026.`;

let briefingId: string;
let briefingKey: string;
let bank: any[];

beforeAll(async () => {
  const res = await call('POST', '/api/briefings', { text: BRIEFING });
  expect(res.status, res.text).toBe(201);
  briefingId = res.json.briefing.id;
  briefingKey = res.json.teacherKey;
  bank = await answerKey(briefingId, briefingKey);
});

/** The right choice of a question as this play sees it (ids are each play's own; texts are not). */
function rightChoice(q: any): string {
  const b = bank.find((x) => x.prompt === q.prompt);
  const text = b.choices.find((c: any) => c.id === b.answerId).text;
  return q.choices.find((c: any) => c.text === text).id;
}

async function start(code: string, name: string) {
  const res = await call('POST', `/api/quizzes/${code}/plays`, { name });
  expect(res.status, res.text).toBe(201);
  return { id: res.json.play.id as string, token: res.json.playToken as string, question: res.json.question };
}

async function answerRight(play: { id: string; token: string }, q: any, serveNext = true) {
  const res = await call('POST', `/api/plays/${play.id}/answers`, { questionId: q.id, choiceId: rightChoice(q), serveNext }, auth(play.token));
  expect(res.status, res.text).toBe(200);
  return res.json;
}

const results = async (code: string, key: string) => (await call('GET', `/api/quizzes/${code}/results`, undefined, auth(key))).json;
const leaderboard = async (code: string) => (await call('GET', `/api/quizzes/${code}/leaderboard`)).json;

describe('a quiz closed by its teacher mid-play', () => {
  it('stops the play there: the player gets a result and rank, the leaderboard and results count it', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 4 }, briefingKey);
    const ana = await start(quiz.code, 'Ana');
    const first = await answerRight(ana, ana.question);
    const ben = await start(quiz.code, 'Ben');
    const closed = await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    expect(closed.json.quiz).toMatchObject({ closed: true, finishedCount: 2, playCount: 2 });

    // The next answer is refused as the contract says (410), and the play has ended with what was answered.
    const late = await call('POST', `/api/plays/${ana.id}/answers`, { questionId: first.next.id, choiceId: rightChoice(first.next) }, auth(ana.token));
    expectError(late, 410, 'gone');
    const resumed = await call('GET', `/api/plays/${ana.id}?review=1`, undefined, auth(ana.token));
    expect(resumed.json.question).toBeNull();
    expect(resumed.json.play).toMatchObject({ state: 'stopped', answeredCount: 1, correctCount: 1, questionCount: 4, rank: 1 });
    expect(resumed.json.play.score).toBe(first.score);
    expect(Date.parse(resumed.json.play.finishedAt)).toBeGreaterThanOrEqual(Date.parse(resumed.json.play.startedAt));
    expect(resumed.json.review).toHaveLength(1);
    expect(resumed.json.review[0]).toMatchObject({ correct: true, questionId: ana.question.id });

    // Ben saw one question and answered none: he ends with nothing, ranked after Ana.
    const benNow = await call('GET', `/api/plays/${ben.id}`, undefined, auth(ben.token));
    expect(benNow.json.play).toMatchObject({ state: 'stopped', answeredCount: 0, score: 0, rank: 2, durationMs: 4 * 20_000 });

    const board = await leaderboard(quiz.code);
    expect(board.total).toBe(2);
    expect(board.entries.map((e: any) => [e.rank, e.name, e.state, e.correctCount, e.questionCount])).toEqual([
      [1, 'Ana', 'stopped', 1, 4],
      [2, 'Ben', 'stopped', 0, 4],
    ]);
    const r = await results(quiz.code, teacherKey);
    expect(r.plays.map((p: any) => [p.name, p.state, p.rank, p.answers.length])).toEqual([
      ['Ana', 'stopped', 1, 1],
      ['Ben', 'stopped', 2, 0],
    ]);
  });

  it('keeps a play finished before the close as finished; reopening lets new players in, and stopped plays stay stopped', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 1 }, briefingKey);
    const done = await start(quiz.code, 'Done');
    expect((await answerRight(done, done.question)).play.state).toBe('finished');
    await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    expect((await results(quiz.code, teacherKey)).plays[0]).toMatchObject({ name: 'Done', state: 'finished' });
    await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: false }, auth(teacherKey));
    const again = await start(quiz.code, 'After');
    // A play stopped at an earlier close stays stopped after a reopen, and says so.
    const stopped = await start(quiz.code, 'Stopped');
    await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: false }, auth(teacherKey));
    const late = await call('POST', `/api/plays/${stopped.id}/answers`, { questionId: stopped.question.id, choiceId: null }, auth(stopped.token));
    expectError(late, 409, 'conflict');
    expect(late.json.error.message).toContain('stopped when the quiz closed');
    expect((await call('GET', `/api/plays/${again.id}`, undefined, auth(again.token))).json.play.state).toBe('stopped');
  });
});

describe('ties between plays that ended differently', () => {
  it('rank a play that answered every question ahead of one stopped with the same score and fewer answers', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 2 }, briefingKey);
    const stopped = await start(quiz.code, 'Sat Still');
    const done = await start(quiz.code, 'All Wrong');
    let q = done.question;
    while (q) {
      const wrong = q.choices.find((c: any) => c.id !== rightChoice(q)).id;
      const res = await call('POST', `/api/plays/${done.id}/answers`, { questionId: q.id, choiceId: wrong }, auth(done.token));
      q = res.json.next;
    }
    await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    const board = await leaderboard(quiz.code);
    expect(board.entries.map((e: any) => [e.rank, e.name, e.score, e.state])).toEqual([
      [1, 'All Wrong', 0, 'finished'],
      [2, 'Sat Still', 0, 'stopped'],
    ]);
    expect(stopped.id).toBeTruthy();
  });
});

describe('answers racing the close', () => {
  it('are each either counted or refused, and every count agrees with the plays', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 4 }, briefingKey);
    const players = await Promise.all(['Ivy', 'Jon', 'Kim', 'Lou', 'Max', 'Ned'].map((n) => start(quiz.code, n)));
    const answering = players.map(async (p) => {
      let q = p.question;
      while (q) {
        const res = await call('POST', `/api/plays/${p.id}/answers`, { questionId: q.id, choiceId: rightChoice(q) }, auth(p.token));
        if (res.status !== 200) return res.status;
        q = res.json.next;
      }
      return 200;
    });
    const closing = call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    const statuses = await Promise.all(answering);
    expect((await closing).status).toBe(200);
    for (const st of statuses) expect([200, 410]).toContain(st);
    const r = await results(quiz.code, teacherKey);
    for (const p of r.plays) {
      expect(p.state).not.toBe('playing');
      expect(p.answers).toHaveLength(p.answeredCount);
      expect(p.correctCount).toBe(p.answeredCount);
    }
    expect(r.quiz.finishedCount).toBe(players.length);
    const board = await leaderboard(quiz.code);
    expect(board.total).toBe(players.length);
    expect(board.entries).toHaveLength(players.length);
  });
});

describe('a closing time that passes mid-play', () => {
  it('stops the play at the closing time, in real time', async () => {
    const closesAt = new Date(Date.now() + 2500).toISOString();
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 3, closesAt }, briefingKey);
    const cara = await start(quiz.code, 'Cara');
    const first = await answerRight(cara, cara.question, false);
    expect(first.play.state).toBe('playing');
    // The second question is fetched before the close and answered after it.
    const shown = await call('GET', `/api/plays/${cara.id}`, undefined, auth(cara.token));
    expect(shown.json.question.index).toBe(1);
    const wait = Date.parse(closesAt) - Date.now() + 200;
    await new Promise((r) => setTimeout(r, Math.max(0, wait)));

    const late = await call(
      'POST',
      `/api/plays/${cara.id}/answers`,
      { questionId: shown.json.question.id, choiceId: rightChoice(shown.json.question) },
      auth(cara.token),
    );
    expectError(late, 410, 'gone');
    const ended = await call('GET', `/api/plays/${cara.id}`, undefined, auth(cara.token));
    expect(ended.json.question).toBeNull();
    expect(ended.json.play).toMatchObject({ state: 'stopped', answeredCount: 1, correctCount: 1, rank: 1, finishedAt: closesAt });
    const board = await leaderboard(quiz.code);
    expect(board.entries).toMatchObject([{ name: 'Cara', state: 'stopped', correctCount: 1, finishedAt: closesAt }]);
    expect(board.total).toBe(1);
    expect((await results(quiz.code, teacherKey)).quiz).toMatchObject({ closed: true, finishedCount: 1 });
  });

  it('ends a play nobody touches again at the closing time when the teacher reads the results', async () => {
    const closesAt = new Date(Date.now() + 1500).toISOString();
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 3, closesAt }, briefingKey);
    await start(quiz.code, 'Dev');
    expect((await results(quiz.code, teacherKey)).plays[0].state).toBe('playing');
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(closesAt) - Date.now() + 200)));
    expect((await results(quiz.code, teacherKey)).plays[0]).toMatchObject({ state: 'stopped', finishedAt: closesAt, rank: 1 });
  });
});

describe('a play left untouched', () => {
  /** Moves a play's every sign of life `ms` into the past, as if its player had left that long ago. */
  async function leave(playId: string, ms: number) {
    await env.DB.prepare(
      `update plays set served_at = case when served_at = 0 then 0 else served_at - ?1 end, answered_at = answered_at - ?1,
         started_at = strftime('%Y-%m-%dT%H:%M:%fZ', (julianday(started_at) - 2440587.5) * 86400 - ?1 / 1000.0, 'unixepoch') where id = ?2`,
    )
      .bind(ms, playId)
      .run();
  }

  it('is finalised as abandoned by the first read after its remaining questions’ time', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 3, timeLimitSec: 10 }, briefingKey);
    const eve = await start(quiz.code, 'Eve');
    const first = await answerRight(eve, eve.question, false);
    const stays = await start(quiz.code, 'Stays');
    // Two questions left at 10 s each: within that and the grace, the play is still in progress.
    await leave(eve.id, 2 * 10_000 + ABANDON_GRACE_MS - 5_000);
    expect((await leaderboard(quiz.code)).entries).toEqual([]);
    expect((await results(quiz.code, teacherKey)).plays.map((p: any) => p.state)).toEqual(['playing', 'playing']);
    await leave(eve.id, 10_000);

    const board = await leaderboard(quiz.code);
    expect(board.entries).toMatchObject([{ rank: 1, name: 'Eve', state: 'abandoned', score: first.score, correctCount: 1, questionCount: 3 }]);
    expect(board.total).toBe(1);
    const r = await results(quiz.code, teacherKey);
    expect(r.plays.map((p: any) => [p.name, p.state])).toEqual([
      ['Eve', 'abandoned'],
      ['Stays', 'playing'],
    ]);
    expect(r.quiz.finishedCount).toBe(1);
    // Its end is when it was due; its duration runs to its last answer, plus the full time of
    // each question not answered.
    const eveRow = r.plays[0];
    expect(eveRow.durationMs).toBeGreaterThanOrEqual(2 * 10_000);
    expect(eveRow.durationMs).toBeLessThan(2 * 10_000 + 5_000);
    expect(Date.parse(eveRow.finishedAt)).toBeLessThan(Date.now() - 4_000);

    // The player coming back finds the result, and no more answers are taken.
    const back = await call('GET', `/api/plays/${eve.id}`, undefined, auth(eve.token));
    expect(back.json).toMatchObject({ question: null, play: { state: 'abandoned', rank: 1, answeredCount: 1 } });
    const late = await call('POST', `/api/plays/${eve.id}/answers`, { questionId: `${quiz.code}-2`, choiceId: null }, auth(eve.token));
    expectError(late, 409, 'conflict');
    expect((await env.DB.prepare('select count(*) as n from answers where play_id = ?').bind(eve.id).first())?.n).toBe(1);
    expect((await call('GET', `/api/plays/${stays.id}`, undefined, auth(stays.token))).json.play.state).toBe('playing');
  });

  it('is finalised by the player’s own return, and ranks on the briefing’s leaderboard', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 2, timeLimitSec: 5 }, briefingKey);
    const fay = await start(quiz.code, 'Fay Left');
    await answerRight(fay, fay.question, true);
    await leave(fay.id, 5_000 + ABANDON_GRACE_MS + 1_000);
    const back = await call('POST', `/api/plays/${fay.id}/answers`, { questionId: `${quiz.code}-2`, choiceId: null }, auth(fay.token));
    expectError(back, 409, 'conflict');
    const resumed = await call('GET', `/api/plays/${fay.id}`, undefined, auth(fay.token));
    expect(resumed.json.play).toMatchObject({ state: 'abandoned', answeredCount: 1, rank: 1 });
    const board = await call('GET', `/api/briefings/${briefingId}/leaderboard?limit=100`);
    expect(board.json.entries.find((e: any) => e.name === 'Fay Left')).toMatchObject({ state: 'abandoned', correctCount: 1 });
  });

  it('of a briefing’s quiz, is finalised by a read of the briefing’s leaderboard', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 2, timeLimitSec: 5 }, briefingKey);
    const gus = await start(quiz.code, 'Gus Gone');
    await answerRight(gus, gus.question, false);
    await leave(gus.id, 5_000 + ABANDON_GRACE_MS + 1_000);
    const board = await call('GET', `/api/briefings/${briefingId}/leaderboard?limit=100`);
    expect(board.json.entries.find((e: any) => e.name === 'Gus Gone')).toMatchObject({ state: 'abandoned', correctCount: 1 });
    expect((await call('GET', `/api/quizzes/${quiz.code}`)).json.quiz.finishedCount).toBe(1);
  });
});
