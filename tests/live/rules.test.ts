import { env } from 'cloudflare:workers';
import { evictDurableObject } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, call } from '../api/helpers';
import { eventually, fixture, hostSocket, joinAs, liveGame, open, rightChoice, type Fixture } from './helpers';

let f: Fixture;

beforeAll(async () => {
  f = await fixture();
});

async function results(quizCode: string, teacherKey: string, count: number) {
  return eventually(async () => {
    const r = await call('GET', `/api/quizzes/${quizCode}/results`, undefined, auth(teacherKey));
    return r.json.plays.length === count ? r.json : null;
  });
}

describe('answers', () => {
  it('takes one answer per question: a second one or one after the close is a conflict, and the first stands', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    const bo = await joinAs(code, 'Bo');
    host.send({ type: 'start' });
    const q = await ada.take('question');
    const key = rightChoice(f, q);
    ada.send({ type: 'answer', index: 0, choiceId: key.id });
    await ada.take('ack');
    ada.send({ type: 'answer', index: 0, choiceId: key.wrong });
    expect(await ada.take('error')).toMatchObject({ code: 'conflict' });
    // An answer to a question that is not open (the next one) is refused too.
    ada.send({ type: 'answer', index: 1, choiceId: key.id });
    expect(await ada.take('error')).toMatchObject({ code: 'conflict' });
    // A choice of no question is bad input, not an answer.
    bo.send({ type: 'answer', index: 0, choiceId: 'nope' });
    expect(await bo.take('error')).toMatchObject({ code: 'invalid_input' });
    host.send({ type: 'next' });
    const reveal = await ada.take('reveal');
    expect(reveal).toMatchObject({ choiceId: key.id, correct: true });
    expect(reveal.points).toBeGreaterThanOrEqual(500);
    bo.send({ type: 'answer', index: 0, choiceId: key.id });
    expect(await bo.take('error')).toMatchObject({ code: 'conflict' });
    expect(await bo.take('reveal')).toMatchObject({ choiceId: null, correct: false, points: 0, score: 0 });
    expect(ada.closed).toBeNull();
    for (const c of [host, ada, bo]) c.expectClean();
  });

  it('closes a question when its time is up, by the object’s clock', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2, timeLimitSec: 2 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    const q = await ada.take('question');
    const started = Date.now();
    const reveal = await ada.take('reveal', 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(reveal).toMatchObject({ index: 0, choiceId: null, correct: false, points: 0, streak: 0 });
    expect(q.limitMs).toBe(2000);
    ada.send({ type: 'answer', index: 0, choiceId: q.choices[0].id });
    expect(await ada.take('error')).toMatchObject({ code: 'conflict' });
    host.expectClean();
    ada.expectClean();
  });
});

describe('dropped connections', () => {
  it('waits a few seconds for a player whose connection dropped before closing the question without them', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2, timeLimitSec: 60 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    const bo = await joinAs(code, 'Bo');
    host.send({ type: 'start' });
    const q = await ada.take('question');
    ada.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q).id });
    await ada.take('ack');
    const left = Date.now();
    bo.close();
    // Not at once (a reload would come back), but well before the minute is up.
    const reveal = await ada.take('reveal', 10_000);
    expect(Date.now() - left).toBeGreaterThanOrEqual(4000);
    expect(reveal).toMatchObject({ index: 0, correct: true });
    host.expectClean();
    ada.expectClean();
  }, 15_000);
});

describe('joining and coming back', () => {
  it('lets a late joiner in at the next question', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    const q0 = await ada.take('question');
    const late = await joinAs(code, 'Late');
    expect(late.joined.state).toBe('question');
    const seen = await late.take('question');
    expect(seen).toMatchObject({ index: 0, canAnswer: false });
    late.send({ type: 'answer', index: 0, choiceId: q0.choices[0].id });
    expect(await late.take('error')).toMatchObject({ code: 'conflict' });
    // Ada is the only one expected: her answer closes the question.
    ada.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q0).id });
    await host.take('reveal');
    host.send({ type: 'next' });
    await host.take('leaderboard');
    host.send({ type: 'next' });
    const q1 = await late.take('question');
    expect(q1.index).toBe(1);
    expect(q1.canAnswer).toBeUndefined();
    await ada.take('question');
    late.send({ type: 'answer', index: 1, choiceId: rightChoice(f, q1).id });
    await late.take('ack');
    ada.send({ type: 'answer', index: 1, choiceId: rightChoice(f, q1).wrong });
    expect(await late.take('reveal')).toMatchObject({ index: 0, correct: false, points: 0 });
    expect((await late.take('reveal')).correct).toBe(true);
    host.send({ type: 'next' });
    expect((await late.take('ended')).rank).toBe(1);
    const r = await results(quiz.code, teacherKey, 2);
    const latePlay = r.plays.find((p: any) => p.name === 'Late');
    expect(latePlay.answers).toHaveLength(1);
    expect(latePlay.answeredCount).toBe(1);
    for (const c of [host, ada, late]) c.expectClean();
  });

  it('brings a player back by token with score and streak intact, mid-question and after a reload', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 3 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    const bo = await joinAs(code, 'Bo');
    host.send({ type: 'start' });
    const q0 = await ada.take('question');
    ada.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q0).id });
    await ada.take('ack');
    bo.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q0).id });
    const first = await ada.take('reveal');
    host.send({ type: 'next' });
    await host.take('leaderboard');
    host.send({ type: 'next' });
    const q1 = await ada.take('question');
    ada.send({ type: 'answer', index: 1, choiceId: rightChoice(f, q1).id });
    await ada.take('ack');
    // The network drops mid-question, after the answer.
    ada.close();
    await eventually(async () => host.received.some((m) => m.type === 'lobby' && m.players.some((p: any) => p.name === 'Ada' && !p.connected)));
    const back = await open(code, 'player');
    back.send({ type: 'rejoin', token: ada.token });
    // Score and streak as before this question: the new answer's points would give it away.
    expect(await back.take('joined')).toMatchObject({ playerId: ada.id, name: 'Ada', state: 'question', score: first.score, streak: 1 });
    expect(await back.take('question')).toMatchObject({ index: 1 });
    expect(await back.take('ack')).toMatchObject({ index: 1, choiceId: rightChoice(f, q1).id });
    bo.send({ type: 'answer', index: 1, choiceId: rightChoice(f, q1).wrong });
    const second = await back.take('reveal');
    expect(second).toMatchObject({ correct: true, streak: 2 });
    expect(second.score).toBeGreaterThan(first.score);
    // The object is evicted (as after hibernation): the game comes back from its storage.
    await evictDurableObject(env.LIVE_GAME.get(env.LIVE_GAME.idFromName(code)), { webSockets: 'close' });
    const again = await open(code, 'player');
    again.send({ type: 'rejoin', token: ada.token });
    expect(await again.take('joined')).toMatchObject({ state: 'reveal', score: second.score, streak: 2 });
    expect(await again.take('reveal')).toMatchObject({ index: 1, score: second.score });
    // The host's screen reloads and attaches to the running game.
    const host2 = await hostSocket(code, teacherKey);
    expect(await host2.take('reveal')).toMatchObject({ index: 1 });
    host2.send({ type: 'next' });
    expect((await again.take('leaderboard')).you).toMatchObject({ rank: 1, score: second.score });
    for (const c of [host, host2, back, again, bo]) c.expectClean();
  });

  it('refuses a token of another game, a taken name and an offensive one', async () => {
    const a = await liveGame(f, { questionCount: 2 });
    const b = await liveGame(f, { questionCount: 2 });
    const ada = await joinAs(a.code, 'Ada');
    const intruder = await open(b.code, 'player');
    intruder.send({ type: 'rejoin', token: ada.token });
    expect(await intruder.take('error')).toMatchObject({ code: 'forbidden' });
    expect(await intruder.waitClosed()).toMatchObject({ code: 1008 });
    const twin = await open(a.code, 'player');
    twin.send({ type: 'join', name: ' ADA ' });
    expect(await twin.take('error')).toMatchObject({ code: 'conflict' });
    const rude = await open(a.code, 'player');
    rude.send({ type: 'join', name: 'sh1thead' });
    expect(await rude.take('error')).toMatchObject({ code: 'name_rejected' });
    const hidden = await open(a.code, 'player');
    hidden.send({ type: 'join', name: 'Ad\u202ea' });
    expect(await hidden.take('error')).toMatchObject({ code: 'invalid_input' });
    const host = await open(a.code, 'host');
    host.send({ type: 'host', key: b.teacherKey });
    expect(await host.take('error')).toMatchObject({ code: 'forbidden' });
    expect(await host.waitClosed()).toMatchObject({ code: 1008 });
    // A credential of the wrong shape is a wrong credential too, not a missing hello.
    const shortKey = await open(a.code, 'host');
    shortKey.send({ type: 'host', key: 'wrong' });
    expect(await shortKey.take('error')).toMatchObject({ code: 'forbidden' });
    const shortToken = await open(a.code, 'player');
    shortToken.send({ type: 'rejoin', token: 'abc' });
    expect(await shortToken.take('error')).toMatchObject({ code: 'forbidden' });
    expect(await shortToken.waitClosed()).toMatchObject({ code: 1008 });
  });

  it('closes a connection that sends junk or does not say who it is in time', async () => {
    const { code } = await liveGame(f, { questionCount: 2 });
    const junk = await open(code, 'player');
    junk.send('{"type":"join"');
    expect(await junk.take('error')).toMatchObject({ code: 'invalid_input' });
    expect(await junk.waitClosed()).toMatchObject({ code: 1008 });
    const wrong = await open(code, 'player');
    wrong.send({ type: 'answer', index: 0, choiceId: 'x' });
    expect(await wrong.take('error')).toMatchObject({ code: 'invalid_input' });
    expect(await wrong.waitClosed()).not.toBeNull();
    const silent = await open(code, 'player');
    // LIVE_HELLO_MS is 1.5 s in tests (10 s by default).
    expect(await silent.take('error', 5000)).toMatchObject({ code: 'unauthorized' });
    expect(await silent.waitClosed()).toMatchObject({ code: 1008 });
  });

  it('waits past the hello limit for a connection whose hello is behind a wave of joins, and not for ever', async () => {
    const { code } = await liveGame(f, { questionCount: 2 });
    const slow = await open(code, 'player');
    const silent = await open(code, 'player');
    const opened = Date.now();
    // Others keep joining past the 1.5 s limit, as a class does whose hellos queue on a busy object.
    for (let i = 0; Date.now() - opened < 2400; i++) {
      await joinAs(code, `Wave ${i + 1}`);
      await new Promise((r) => setTimeout(r, 300));
    }
    slow.send({ type: 'join', name: 'Slow' });
    expect(await slow.take('joined')).toMatchObject({ name: 'Slow' });
    expect(slow.closed).toBeNull();
    // One that never says who it is goes at the latest three limits (4.5 s) after it opened.
    expect(await silent.take('error', 8000)).toMatchObject({ code: 'unauthorized' });
    expect(Date.now() - opened).toBeLessThan(4500 + 1500);
  });
});

describe('the host', () => {
  it('kicks a player: the player is told and disconnected, cannot come back, and does not count', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    const rude = await joinAs(code, 'Rudy');
    await host.take('lobby', 5000, (m) => m.players.length === 2);
    host.send({ type: 'kick', playerId: rude.id });
    expect(await rude.take('error')).toMatchObject({ code: 'forbidden' });
    expect(await rude.waitClosed()).toMatchObject({ code: 1008 });
    const lobby = await host.take('lobby', 5000, (m) => m.players.length === 1);
    expect(lobby.players[0].name).toBe('Ada');
    const back = await open(code, 'player');
    back.send({ type: 'rejoin', token: rude.token });
    expect(await back.take('error')).toMatchObject({ code: 'forbidden' });
    host.send({ type: 'kick', playerId: 'nobody' });
    expect(await host.take('error')).toMatchObject({ code: 'not_found' });
    // The name is free again once its player is gone.
    const fresh = await joinAs(code, 'Rudy');
    expect(fresh.id).not.toBe(rude.id);
    host.send({ type: 'start' });
    await ada.take('question');
    host.send({ type: 'end' });
    await ada.take('ended');
    const r = await results(quiz.code, teacherKey, 2);
    expect(r.plays.map((p: any) => p.id).sort()).toEqual([ada.id, fresh.id].sort());
    host.expectClean();
  });

  it('ends a game early: everyone sees the podium and the questions shown are written to D1', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 3 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    const bo = await joinAs(code, 'Bo');
    host.send({ type: 'start' });
    const q0 = await ada.take('question');
    ada.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q0).id });
    await ada.take('ack');
    host.send({ type: 'end' });
    expect((await host.take('ended')).podium[0]).toMatchObject({ rank: 1, name: 'Ada' });
    expect(await bo.take('ended')).toMatchObject({ rank: 2, score: 0 });
    host.send({ type: 'next' });
    expect(await host.take('error')).toMatchObject({ code: 'conflict' });
    const late = await open(code, 'player');
    late.send({ type: 'join', name: 'Cy' });
    expect(await late.take('error')).toMatchObject({ code: 'gone' });
    const r = await results(quiz.code, teacherKey, 2);
    const bos = r.plays.find((p: any) => p.name === 'Bo');
    // Bo never answered the one question shown: a timeout, as in self-paced plays.
    expect(bos.answers).toEqual([{ questionId: expect.any(String), choiceId: null, correct: false, points: 0, elapsedMs: 5000 }]);
    expect((await call('GET', `/api/live/${code}`)).json.live.state).toBe('ended');
    for (const c of [host, ada, bo]) c.expectClean();
  });

  it('writes no play for a game that ends in its lobby', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'end' });
    // No question was shown: nobody is ranked, as nobody is in the results.
    expect(await ada.take('ended')).toMatchObject({ rank: null, score: 0, podium: [] });
    // Finalised: the game's row records its end (and no player).
    const row = await eventually(() =>
      env.DB.prepare('select ended_at, player_count from live_games where code = ? and ended_at is not null').bind(code).first(),
    );
    expect(row).toMatchObject({ player_count: 0 });
    const r = await call('GET', `/api/quizzes/${quiz.code}/results`, undefined, auth(teacherKey));
    expect(r.json.plays).toEqual([]);
  });

  it('is finalised by its alarm when abandoned', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 3 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    const q0 = await ada.take('question');
    ada.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q0).id });
    await ada.take('reveal');
    host.close();
    // Nobody acts for LIVE_IDLE_MS (6 s in tests, 30 min by default): the alarm ends the game.
    expect(await ada.take('ended', 12_000)).toMatchObject({ rank: 1, correctCount: 1 });
    const r = await results(quiz.code, teacherKey, 1);
    expect(r.plays[0]).toMatchObject({ name: 'Ada', correctCount: 1, answeredCount: 1, finishedAt: expect.any(String) });
    expect((await call('GET', `/api/live/${code}`)).json.live.state).toBe('ended');
    ada.expectClean();
  }, 20_000);
});

describe('what an outside tester found', () => {
  it('closes a player who floods the game with refused messages, and the others are answered on time', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const flood = await joinAs(code, 'Flood');
    const ann = await joinAs(code, 'Ann');
    host.send({ type: 'start' });
    const q = await ann.take('question');
    for (let i = 0; i < 200; i++) flood.send({ type: 'answer', index: 0, choiceId: 'nope' });
    expect(await flood.waitClosed()).toMatchObject({ code: 1008 });
    const sent = Date.now();
    ann.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q).id });
    await ann.take('ack');
    expect(Date.now() - sent).toBeLessThan(2000);
  });

  it('refuses to kick anyone once the game has ended, so the podium and the results agree', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    await ada.take('question');
    host.send({ type: 'end' });
    await ada.take('ended');
    host.send({ type: 'kick', playerId: ada.id });
    expect(await host.take('error')).toMatchObject({ code: 'conflict' });
  });
});

describe('hosting over HTTP, as an outside tester tried it', () => {
  it('refuses a body past the size limit, like every other JSON route', async () => {
    const { quiz, teacherKey } = await liveGame(f, { questionCount: 2 });
    const big = JSON.stringify({ timeLimitSec: 20, pad: 'x'.repeat(600 * 1024) });
    const r = await call('POST', `/api/quizzes/${quiz.code}/live`, big, { ...auth(teacherKey), 'content-type': 'application/json' });
    expect(r.status).toBe(413);
  });
});

describe('a quiz closed while its game runs', () => {
  it('takes no new players into the game, as its self-paced joins take none', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const ada = await joinAs(code, 'Ada');
    const closed = await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    expect(closed.status).toBe(200);
    const late = await open(code, 'player');
    late.send({ type: 'join', name: 'Latecomer' });
    expect(await late.take('error')).toMatchObject({ code: 'gone' });
    expect(await late.waitClosed()).toMatchObject({ code: 1008 });
    expect(ada.closed).toBeNull();
  });
});

describe('the podium and the results', () => {
  it('leave out a player who joined after the last question opened, both of them', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    const q = await ada.take('question');
    ada.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q).id });
    await ada.take('ack');
    host.send({ type: 'next' });
    await ada.take('reveal');
    host.send({ type: 'next' });
    await ada.take('leaderboard');
    host.send({ type: 'next' });
    await ada.take('question');
    const late = await joinAs(code, 'Late');
    host.send({ type: 'end' });
    const ended = await host.take('ended');
    expect(ended.podium.map((r: any) => r.name)).toEqual(['Ada']);
    expect(await late.take('ended')).toMatchObject({ rank: null });
    const r = await results(quiz.code, teacherKey, 1);
    expect(r.plays.map((p: any) => p.name)).toEqual(['Ada']);
  });
});
