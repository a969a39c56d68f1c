import { beforeAll, describe, expect, it } from 'vitest';
import { auth, call, expectError } from '../api/helpers';
import { eventually, fixture, hostSocket, joinAs, liveGame, rightChoice, secretTexts, type Fixture } from './helpers';

let f: Fixture;

beforeAll(async () => {
  f = await fixture();
});

describe('a whole live game', () => {
  it('runs host and three players from lobby to podium, then counts in the quiz’s results and leaderboard', async () => {
    const { quiz, teacherKey, code, live, links } = await liveGame(f, { questionCount: 3 });
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(code).not.toBe(quiz.code);
    expect(live).toMatchObject({ code, quizCode: quiz.code, state: 'lobby', playerCount: 0, questionIndex: null, questionCount: 3 });
    expect(links).toEqual({ host: `/live/${code}/host`, play: `/live/${code}` });

    const host = await hostSocket(code, teacherKey);
    const secrets = secretTexts(f);
    host.secrets = secrets;
    const ada = await joinAs(code, 'Ada');
    const bo = await joinAs(code, 'Bo');
    const cy = await joinAs(code, 'Cy');
    const players = [ada, bo, cy];
    for (const p of players) p.secrets = secrets;
    expect(ada.joined).toMatchObject({ name: 'Ada', state: 'lobby', score: 0, streak: 0 });
    const lobby = await host.take('lobby', 5000, (m) => m.players.length === 3);
    expect(lobby.players.map((p: any) => p.name)).toEqual(['Ada', 'Bo', 'Cy']);
    expect((await call('GET', `/api/live/${code.toLowerCase()}`)).json.live).toMatchObject({ state: 'lobby', playerCount: 3 });

    host.send({ type: 'start' });
    const expected = new Map(players.map((p) => [p.id, 0]));
    for (let i = 0; i < 3; i++) {
      const hq = await host.take('question');
      expect(hq).toMatchObject({ index: i, count: 3, limitMs: 5000 });
      const key = rightChoice(f, hq);
      for (const p of players) expect(await p.take('question')).toEqual({ ...hq, serverTime: expect.any(String) });
      // Ada is always right, Bo always wrong, Cy right on the first question only.
      const picks = [key.id, key.wrong, i === 0 ? key.id : key.wrong];
      for (const [j, p] of players.entries()) {
        p.send({ type: 'answer', index: i, choiceId: picks[j] });
        expect(await p.take('ack')).toEqual({ type: 'ack', index: i, choiceId: picks[j] });
      }
      // Everyone answered: the question closes without the host.
      const reveal = await host.take('reveal');
      expect(reveal).toMatchObject({ index: i, correctChoiceId: key.id, explanation: key.bank.explanation, source: { text: expect.any(String) } });
      expect(Object.values(reveal.counts).reduce((a: number, b: any) => a + b, 0)).toBe(3);
      expect(reveal.counts[key.id]).toBe(i === 0 ? 2 : 1);
      for (const [j, p] of players.entries()) {
        const r = await p.take('reveal');
        const right = picks[j] === key.id;
        expect(r).toMatchObject({ index: i, correctChoiceId: key.id, choiceId: picks[j], correct: right });
        if (right) expect(r.points).toBeGreaterThanOrEqual(500);
        else expect(r.points).toBe(0);
        expected.set(p.id, expected.get(p.id)! + r.points);
        expect(r.score).toBe(expected.get(p.id));
      }
      const progress = host.received.filter((m) => m.type === 'progress' && m.index === i).map((m) => m.answered);
      expect(Math.max(...progress)).toBe(3);
      host.skip('progress');
      host.send({ type: 'next' });
      if (i < 2) {
        const board = await host.take('leaderboard');
        expect(board.top[0]).toMatchObject({ rank: 1, name: 'Ada' });
        expect((await bo.take('leaderboard')).you).toEqual({ rank: 3, score: 0 });
        await ada.take('leaderboard');
        await cy.take('leaderboard');
        host.send({ type: 'next' });
      }
    }
    const ended = await host.take('ended');
    expect(ended.podium.map((p: any) => p.name)).toEqual(['Ada', 'Cy', 'Bo']);
    const adaEnd = await ada.take('ended');
    expect(adaEnd).toMatchObject({ rank: 1, score: expected.get(ada.id), correctCount: 3 });
    expect((await bo.take('ended')).rank).toBe(3);
    for (const c of [host, ...players]) c.expectClean();

    // The game's plays are the quiz's: results, CSV and leaderboard include them.
    const results = await eventually(async () => {
      const r = await call('GET', `/api/quizzes/${quiz.code}/results`, undefined, auth(teacherKey));
      return r.json.plays.length === 3 ? r.json : null;
    });
    const adaPlay = results.plays.find((p: any) => p.name === 'Ada');
    expect(adaPlay).toMatchObject({
      score: expected.get(ada.id),
      correctCount: 3,
      answeredCount: 3,
      questionCount: 3,
      rank: 1,
      finishedAt: expect.any(String),
    });
    expect(adaPlay.answers).toHaveLength(3);
    expect(adaPlay.answers.every((a: any) => a.correct && a.points >= 500)).toBe(true);
    // Stored under the quiz's own choice ids, like self-paced answers.
    const bankIds = new Set(f.bank.flatMap((b) => b.choices.map((c: any) => c.id)));
    expect(adaPlay.answers.every((a: any) => bankIds.has(a.choiceId))).toBe(true);
    expect(results.questions[0].answered).toBe(3);
    const board = await call('GET', `/api/quizzes/${quiz.code}/leaderboard`);
    expect(board.json.entries.map((e: any) => e.name)).toEqual(['Ada', 'Cy', 'Bo']);
    expect(board.json.total).toBe(3);
    const csv = await call('GET', `/api/quizzes/${quiz.code}/results.csv`, undefined, auth(teacherKey));
    expect(csv.text.split('\n').filter(Boolean)).toHaveLength(4);
    expect((await call('GET', `/api/live/${code}`)).json.live).toMatchObject({ state: 'ended', playerCount: 3, questionIndex: 2 });
    // A player's live token opens the play it became, for its review.
    const review = await call('GET', `/api/plays/${ada.id}?review=1`, undefined, auth(ada.token));
    expect(review.status).toBe(200);
    expect(review.json.review).toHaveLength(3);
    for (const c of [host, ...players]) c.close();
  });
});

describe('hosting over HTTP', () => {
  it('needs the quiz’s teacher key, a quiz that exists and a real WebSocket', async () => {
    const { quiz, teacherKey, code } = await liveGame(f, { questionCount: 2 });
    expectError(await call('POST', `/api/quizzes/${quiz.code}/live`), 401, 'unauthorized');
    expectError(await call('POST', `/api/quizzes/${quiz.code}/live`, undefined, auth('x'.repeat(40))), 403, 'forbidden');
    expectError(await call('POST', `/api/quizzes/ZZZZZZ/live`, undefined, auth(teacherKey)), 404, 'not_found');
    expectError(await call('POST', `/api/quizzes/${quiz.code}/live`, { timeLimitSec: 1 }, auth(teacherKey)), 400, 'invalid_input');
    // A bare POST hosts the quiz with its own time limit.
    const bare = await call('POST', `/api/quizzes/${quiz.code}/live`, undefined, auth(teacherKey));
    expect(bare.status, bare.text).toBe(201);
    expect(bare.json.live.code).not.toBe(code);
    expectError(await call('GET', '/api/live/ZZZZZZ'), 404, 'not_found');
    expectError(await call('GET', '/api/live/not-a-code'), 404, 'not_found');
    expectError(await call('GET', `/api/live/${code}/socket`), 400, 'invalid_input');
    expectError(await call('GET', `/api/live/ZZZZZZ/socket`, undefined, { upgrade: 'websocket' }), 404, 'not_found');
    expectError(await call('GET', `/api/live/${code}/socket`, undefined, { upgrade: 'websocket', origin: 'https://evil.example' }), 403, 'forbidden');
    expectError(await call('DELETE', `/api/live/${code}`), 405, 'method_not_allowed');
    const closed = await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    expect(closed.status).toBe(200);
    expectError(await call('POST', `/api/quizzes/${quiz.code}/live`, undefined, auth(teacherKey)), 410, 'gone');
  });
});
