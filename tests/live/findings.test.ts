// Live games, from an outside tester's findings: each test is one finding, failing before its fix.
import { evictDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, call, createQuiz } from '../api/helpers';
import { eventually, fixture, hostSocket, joinAs, liveGame, open, rightChoice, secretTexts, type Fixture } from './helpers';

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

describe('a player removed after answering', () => {
  it('keeps the closed questions’ answers in the results, marked removed, unranked and off every podium and leaderboard', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 3, timeLimitSec: 30 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    const rudy = await joinAs(code, 'Rudy');
    host.send({ type: 'start' });
    const q0 = await ada.take('question');
    const k0 = rightChoice(f, q0);
    // Rudy is right and quick on the first question: he would lead the game.
    rudy.send({ type: 'answer', index: 0, choiceId: k0.id });
    await rudy.take('ack');
    ada.send({ type: 'answer', index: 0, choiceId: k0.wrong });
    const r0 = await rudy.take('reveal');
    expect(r0.points).toBeGreaterThan(0);
    host.send({ type: 'next' });
    await host.take('leaderboard');
    host.send({ type: 'next' });
    const q1 = await rudy.take('question', 5000, (m) => m.index === 1);
    // He answers the second question, then is removed while it is open: that answer is taken back.
    rudy.send({ type: 'answer', index: 1, choiceId: rightChoice(f, q1).id });
    await rudy.take('ack');
    host.send({ type: 'kick', playerId: rudy.id });
    expect(await rudy.waitClosed()).toMatchObject({ code: 1008 });
    ada.send({ type: 'answer', index: 1, choiceId: rightChoice(f, q1).id });
    const hr = await host.take('reveal', 5000, (m) => m.index === 1);
    expect(Object.values(hr.counts).reduce((a: number, b: any) => a + b, 0)).toBe(1);
    host.send({ type: 'end' });
    const ended = await ada.take('ended');
    expect(ended.podium.map((p: any) => p.name)).toEqual(['Ada']);
    expect(ended.rank).toBe(1);

    const r = await results(quiz.code, teacherKey, 2);
    const play = r.plays.find((p: any) => p.id === rudy.id);
    expect(play).toMatchObject({ name: 'Rudy (removed)', rank: null, score: r0.points, correctCount: 1, answeredCount: 1 });
    expect(play.answers).toHaveLength(1);
    expect(play.answers[0]).toMatchObject({ correct: true, points: r0.points });
    const adaPlay = r.plays.find((p: any) => p.id === ada.id);
    expect(adaPlay).toMatchObject({ rank: 1, answeredCount: 2 });
    // The first question's statistics count his answer; the second's do not.
    const stats = r.questions.filter((q: any) => q.answered > 0).map((q: any) => q.answered);
    expect(stats).toEqual([2, 1]);
    const board = await call('GET', `/api/quizzes/${quiz.code}/leaderboard`);
    expect(JSON.stringify(board.json)).not.toContain('Rudy');
    expect(JSON.stringify(board.json)).toContain('Ada');
    const row = await env.DB.prepare('select player_count as n from live_games where code = ?').bind(code).first<{ n: number }>();
    expect(row?.n).toBe(1);
    for (const c of [host, ada]) c.expectClean();
  });

  it('cannot be passed off: no one joins under a name that reads as removed', async () => {
    const { code } = await liveGame(f);
    for (const name of ['Ada (removed)', 'Ada (REMOVED )', '(removed) Bo']) {
      const p = await open(code, 'player');
      p.send({ type: 'join', name });
      expect(await p.take('error')).toMatchObject({ code: 'name_rejected' });
      expect(await p.waitClosed()).toMatchObject({ code: 1008 });
    }
    expect((await joinAs(code, 'Ada removed')).joined.name).toBe('Ada removed');
  });
});

describe('hosting', () => {
  it('has its own budget: past 30 games a minute from one address it answers 429 and starts nothing', async () => {
    const { quiz, teacherKey } = await createQuiz([f.briefingId], { questionCount: 2 }, f.briefingKey);
    const ip = '198.51.100.90';
    const count = async () => (await env.DB.prepare('select count(*) as n from live_games where quiz_code = ?').bind(quiz.code).first<{ n: number }>())!.n;
    const w = Math.floor(Date.now() / 60_000);
    const res = [];
    for (let i = 0; i < 40; i += 10) {
      res.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, () => call('POST', `/api/quizzes/${quiz.code}/live`, undefined, { ...auth(teacherKey), 'cf-connecting-ip': ip })),
        )),
      );
    }
    expect(res.filter((r) => r.status >= 500)).toEqual([]);
    const hosted = res.filter((r) => r.status === 201).length;
    if (w === Math.floor(Date.now() / 60_000)) expect(hosted).toBe(30);
    else expect(hosted).toBeGreaterThanOrEqual(30);
    for (const r of res.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(429);
      expect(r.json.error.code).toBe('rate_limited');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(await count()).toBe(hosted);
    // Another address is not held up.
    expect((await call('POST', `/api/quizzes/${quiz.code}/live`, undefined, { ...auth(teacherKey), 'cf-connecting-ip': '198.51.100.91' })).status).toBe(201);
  });
});

describe('the host’s next step', () => {
  it('is taken once when it names the step it leaves: two at once do not skip the leaderboard', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 3 });
    const host = await hostSocket(code, teacherKey);
    const second = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    const q0 = await ada.take('question');
    ada.send({ type: 'answer', index: 0, choiceId: q0.choices[0].id });
    await host.take('reveal');
    // A double press, or two host screens: both leave the reveal of question 0.
    host.send({ type: 'next', phase: 'reveal', index: 0 });
    second.send({ type: 'next', phase: 'reveal', index: 0 });
    expect(await host.take('leaderboard')).toMatchObject({ index: 0 });
    expect(await second.take('error')).toMatchObject({ code: 'conflict' });
    const lb = await ada.take('leaderboard');
    expect(lb.index).toBe(0);
    // Still on the leaderboard: no question 1 was opened.
    await new Promise((r) => setTimeout(r, 300));
    expect(ada.received.filter((m) => m.type === 'question' && m.index === 1)).toEqual([]);
    expect((await call('GET', `/api/live/${code}`)).json.live.state).toBe('leaderboard');
    // A step from where the game is goes on; one from a step already left is refused.
    host.send({ type: 'next', phase: 'leaderboard', index: 0 });
    expect(await ada.take('question')).toMatchObject({ index: 1 });
    host.send({ type: 'next', phase: 'leaderboard', index: 0 });
    expect(await host.take('error')).toMatchObject({ code: 'conflict' });
    expect((await call('GET', `/api/live/${code}`)).json.live).toMatchObject({ state: 'question', questionIndex: 1 });
    for (const c of [host, second, ada]) c.expectClean();
  });
});

describe('the heartbeat', () => {
  it('answers a ping with a pong without the game seeing it, and closes a connection silent past the limit', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2 });
    const host = await hostSocket(code, teacherKey);
    const secrets = secretTexts(f);
    host.secrets = secrets;
    const ada = await joinAs(code, 'Ada');
    const bo = await joinAs(code, 'Bo');
    // Pings, however many, are no refused messages (20 of those close a connection).
    for (let i = 0; i < 30; i++) ada.ping();
    await eventually(async () => ada.pongs >= 30);
    expect(ada.received.filter((m) => m.type === 'error')).toEqual([]);
    expect(ada.closed).toBeNull();
    // Bo's network dies without a close: he stops pinging and is closed once silent past 6 s,
    // even though the object hibernates meanwhile and wakes with nothing in memory (as under wrangler dev).
    bo.fallSilent();
    const silentFrom = Date.now();
    const stub = env.LIVE_GAME.get(env.LIVE_GAME.idFromName(code));
    let evictions = 0;
    while (!bo.closed && Date.now() - silentFrom < 20_000) {
      await new Promise((r) => setTimeout(r, 700));
      // The alarm or a ping may have woken it meanwhile; an object not running cannot be evicted.
      await evictDurableObject(stub).then(
        () => evictions++,
        () => {},
      );
    }
    expect(evictions).toBeGreaterThanOrEqual(2);
    const closed = await bo.waitClosed(1000);
    expect(closed).toMatchObject({ code: 1001 });
    expect(Date.now() - silentFrom).toBeGreaterThanOrEqual(5000);
    const lobby = await host.take('lobby', 5000, (m) => m.players.some((p: any) => p.name === 'Bo' && !p.connected));
    expect(lobby.players.find((p: any) => p.name === 'Ada').connected).toBe(true);
    // Ada pinged all along and is still in; Bo comes back by his token.
    expect(ada.closed).toBeNull();
    const back = await open(code, 'player');
    back.send({ type: 'rejoin', token: bo.token });
    expect(await back.take('joined')).toMatchObject({ playerId: bo.id });
    for (const c of [host, ada, back]) c.expectClean();
  }, 40_000);
});

const CLASS = 'Ada Ben Cleo Dev Eve Finn Gus Hana Ivo Jo Kai Lea Max Nia Otto Pia Quin Rosa Sam Tia Uma Vic Wes Xia Yael Zoe Abe Bea Cal Dot'.split(' ');

describe('a class answering at once', () => {
  it('is stored together and acked only once stored: every ack survives an eviction, and the host’s counter ends exact', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 2, timeLimitSec: 60 });
    const host = await hostSocket(code, teacherKey);
    const players = await Promise.all(CLASS.map((name) => joinAs(code, name)));
    // Thirty joins at once reach the projector as a few lobby updates, the last one complete.
    await host.take('lobby', 5000, (m) => m.players.length === 30);
    expect(host.received.filter((m) => m.type === 'lobby').length).toBeLessThan(30);
    host.send({ type: 'start' });
    const questions = await Promise.all(players.map((p) => p.take('question')));
    for (const [i, p] of players.entries()) p.send({ type: 'answer', index: 0, choiceId: questions[i].choices[i % 2].id });
    const acks = await Promise.all(players.map((p) => p.take('ack')));
    expect(acks.map((a) => a.choiceId)).toEqual(questions.map((q, i) => q.choices[i % 2].id));
    // Everyone answered: the counter's last word is 30 of 30, before the reveal, in a few updates.
    await host.take('reveal');
    const counts = host.received.filter((m) => m.type === 'progress' && m.index === 0).map((m) => m.answered);
    expect(counts.at(-1)).toBe(30);
    expect(counts.length).toBeLessThan(30);
    expect(host.received.findIndex((m) => m.type === 'reveal')).toBeGreaterThan(host.received.findLastIndex((m) => m.type === 'progress'));
    // Acked means stored: the object is evicted at once, and the game ends with every answer.
    await evictDurableObject(env.LIVE_GAME.get(env.LIVE_GAME.idFromName(code)), { webSockets: 'close' });
    const host2 = await hostSocket(code, teacherKey);
    host2.send({ type: 'end' });
    await host2.take('ended');
    const r = await results(quiz.code, teacherKey, 30);
    expect(r.plays.reduce((n: number, p: any) => n + p.answers.filter((a: any) => a.choiceId !== null).length, 0)).toBe(30);
    for (const c of [host, host2, ...players]) c.expectClean();
  }, 30_000);
});

describe('one connection, one player', () => {
  it('reads joins sent back to back on one connection as one player and refuses the rest, so nobody fills a game with ghosts', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2, timeLimitSec: 30 });
    const host = await hostSocket(code, teacherKey);
    const p = await open(code, 'player');
    p.send({ type: 'join', name: 'Tia' });
    p.send({ type: 'join', name: 'Tom' });
    p.send({ type: 'join', name: 'Ted' });
    const joined = await p.take('joined');
    const refused = await p.take('error');
    // Whatever follows the first join on its connection is read, and answered, after it.
    expect(joined.name).toBe('Tia');
    expect(p.received.indexOf(joined)).toBeLessThan(p.received.indexOf(refused));
    expect(refused.code).toBe('invalid_input');
    // A lobby after both refusals: the host's lobby goes out at most every 100 ms.
    await new Promise((r) => setTimeout(r, 300));
    const lobby = host.received.filter((m) => m.type === 'lobby').at(-1);
    expect(lobby.players.map((x: any) => x.name)).toEqual(['Tia']);
    const r = await call('GET', `/api/live/${code}`);
    expect(r.json.live.playerCount).toBe(1);
  });

  it('handles “rejoin” then “answer” sent together in that order, so a resent answer counts', async () => {
    const { code, teacherKey } = await liveGame(f, { questionCount: 2, timeLimitSec: 30 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    const q0 = await ada.take('question');
    ada.ws.close(1000, 'reload');
    const back = await open(code, 'player');
    back.send({ type: 'rejoin', token: ada.token });
    back.send({ type: 'answer', index: 0, choiceId: rightChoice(f, q0).id });
    await back.take('joined');
    const ack = await back.take('ack');
    expect(ack.index).toBe(0);
    expect(back.received.findIndex((m) => m.type === 'joined')).toBeLessThan(back.received.indexOf(ack));
    expect(back.received.filter((m) => m.type === 'error')).toEqual([]);
  });
});

describe('a self-paced play beside a live game of the same quiz', () => {
  it('is refused while the game runs, naming its code, and allowed again once it ends', async () => {
    const { quiz, code, teacherKey } = await liveGame(f, { questionCount: 2, timeLimitSec: 30 });
    const host = await hostSocket(code, teacherKey);
    const ada = await joinAs(code, 'Ada');
    host.send({ type: 'start' });
    await ada.take('question');
    // The quiz code is public in the game's own description.
    const live = await call('GET', `/api/live/${code}`);
    expect(live.json.live.quizCode).toBe(quiz.code);
    const peek = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Peeker' });
    expect(peek.status).toBe(409);
    expect(peek.json.error.code).toBe('conflict');
    expect(peek.json.error.message).toContain(code);
    host.send({ type: 'end' });
    await ada.take('ended');
    const after = await eventually(async () => {
      const r = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Later' });
      return r.status === 201 ? r : null;
    });
    expect(after.json.play.name).toBe('Later');
  });
});

describe('live games left in their lobby', () => {
  it('let self-paced plays in while nobody has joined, and give way when the quiz is hosted again', async () => {
    const { quiz, teacherKey, code: stale } = await liveGame(f, { questionCount: 2, timeLimitSec: 30 });
    // The host screen was opened and closed: the empty lobby holds nothing back.
    const homework = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Homework Hal' });
    expect(homework.status, homework.text).toBe(201);
    // Hosting again ends the empty lobby and starts the game the class is told about.
    const again = await call('POST', `/api/quizzes/${quiz.code}/live`, { timeLimitSec: 30 }, auth(teacherKey));
    expect(again.status, again.text).toBe(201);
    const fresh = again.json.live.code as string;
    expect(fresh).not.toBe(stale);
    expect((await call('GET', `/api/live/${stale}`)).json.live.state).toBe('ended');
    const host = await hostSocket(fresh, teacherKey);
    const ada = await joinAs(fresh, 'Ada');
    // Someone waits in the lobby now: self-paced plays are refused, naming the game that is on.
    const peek = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Peeker' });
    expect(peek.status).toBe(409);
    expect(peek.json.error.message).toContain(fresh);
    // A third host click does not end a lobby with players in it: it names the game to carry on.
    const third = await call('POST', `/api/quizzes/${quiz.code}/live`, { timeLimitSec: 30 }, auth(teacherKey));
    expect(third.status).toBe(409);
    expect(third.json.error.message).toContain(`/live/${fresh}/host`);
    host.send({ type: 'start' });
    await ada.take('question');
    host.send({ type: 'end' });
    await ada.take('ended');
  });
});

describe('an assessed quiz’s names, live and self-paced', () => {
  it('takes a name once across the quiz: not live when a self-paced play has it, nor self-paced after a live game had it', async () => {
    const { quiz, teacherKey } = await createQuiz([f.briefingId], { questionCount: 2, mode: 'assessed' }, f.briefingKey);
    const zed = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Zed' });
    expect(zed.status, zed.text).toBe(201);
    const hosted = await call('POST', `/api/quizzes/${quiz.code}/live`, { timeLimitSec: 30 }, auth(teacherKey));
    expect(hosted.status, hosted.text).toBe(201);
    const code = hosted.json.live.code;
    const host = await hostSocket(code, teacherKey);
    const clash = await open(code, 'player');
    clash.send({ type: 'join', name: 'zed' });
    expect(await clash.take('error')).toMatchObject({ code: 'conflict' });
    const bea = await joinAs(code, 'Bea');
    host.send({ type: 'start' });
    await bea.take('question');
    host.send({ type: 'end' });
    await bea.take('ended');
    await results(quiz.code, teacherKey, 2);
    const again = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'BEA' });
    expect(again.status, again.text).toBe(409);
    expect(again.json.error.code).toBe('conflict');
    // A second live game of the quiz meets the first one's names too.
    const second = await call('POST', `/api/quizzes/${quiz.code}/live`, { timeLimitSec: 30 }, auth(teacherKey));
    const other = await open(second.json.live.code, 'player');
    other.send({ type: 'join', name: 'bea' });
    expect(await other.take('error')).toMatchObject({ code: 'conflict' });
  });
});
