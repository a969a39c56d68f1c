// 7. Moderation. Before: anyone could put a briefing on the home page (30 a minute per address),
// nothing could be taken down, titles kept bidi overrides and zero-width characters, and a
// `date 9999-12-31` line pinned a briefing on top. Now a listed briefing waits for the operator
// (a Worker secret, OPERATOR_KEY), who can also unlist or delete briefings, close, reopen or reset
// any quiz and remove leaderboard entries; titles are cleaned; dates more than a day ahead are refused.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_BRIEFING, answer, auth, call, fromFreshIp, join } from './helpers';
import { createQuiz, expectError } from '../api/helpers';

const operator = () => auth(env.OPERATOR_KEY!);
const listedIds = async () => (await call('GET', '/api/briefings')).json.briefings.map((b: { id: string }) => b.id);

function dated(date: string, extra = '') {
  return SAMPLE_BRIEFING.replace('date 2025-03-14', `date ${date}`) + extra;
}

let spam: { id: string; key: string; publicQuizCode: string };

beforeAll(async () => {
  const res = await call('POST', '/api/briefings', { text: dated('2025-03-15', '\nSpam.'), title: 'Buy now', listed: true }, fromFreshIp());
  expect(res.status, res.text).toBe(201);
  spam = { id: res.json.briefing.id, key: res.json.teacherKey, publicQuizCode: res.json.briefing.publicQuizCode };
});

describe('a listed briefing', () => {
  it('waits for the operator before the home page shows it', async () => {
    const res = await call('POST', '/api/briefings', { text: dated('2025-03-16'), listed: true }, fromFreshIp());
    expect(res.json.awaitingApproval).toBe(true);
    expect(await listedIds()).not.toContain(res.json.briefing.id);
    const approved = await call('PATCH', `/api/admin/briefings/${res.json.briefing.id}`, { approved: true }, operator());
    expect(approved.status, approved.text).toBe(200);
    expect(approved.json.briefing).toMatchObject({ listed: true, approved: true });
    expect(await listedIds()).toContain(res.json.briefing.id);
    await call('PATCH', `/api/admin/briefings/${res.json.briefing.id}`, { listed: false }, operator());
    expect(await listedIds()).not.toContain(res.json.briefing.id);
  });

  it('is listed for the operator among those waiting', async () => {
    const res = await call('GET', '/api/admin/briefings?limit=100', undefined, operator());
    expect(res.status).toBe(200);
    expect(res.json.briefings.find((b: any) => b.id === spam.id)).toMatchObject({ listed: true, approved: false, title: 'Buy now' });
  });
});

describe('the operator key', () => {
  it('alone opens the moderation routes', async () => {
    const routes: [string, string, unknown][] = [
      ['GET', '/api/admin/briefings', undefined],
      ['PATCH', `/api/admin/briefings/${spam.id}`, { approved: true }],
      ['DELETE', `/api/admin/briefings/${spam.id}`, undefined],
      ['PATCH', `/api/admin/quizzes/${spam.publicQuizCode}`, { reset: true }],
      ['DELETE', '/api/admin/plays/nope', undefined],
    ];
    for (const [method, path, body] of routes) {
      expectError(await call(method, path, body), 401, 'unauthorized');
      expectError(await call(method, path, body, auth(spam.key)), 403, 'forbidden');
      expectError(await call(method, path, body, auth(`${env.OPERATOR_KEY}x`)), 403, 'forbidden');
    }
    expect((await call('GET', `/api/briefings/${spam.id}`)).status).toBe(200);
  });
});

describe('the operator', () => {
  it('deletes a briefing: gone from every public route, its home-page quiz closed, teachers’ quizzes still playable', async () => {
    const teacherQuiz = await createQuiz([spam.id], { questionCount: 2 }, spam.key);
    const res = await call('DELETE', `/api/admin/briefings/${spam.id}`, undefined, operator());
    expect(res.status, res.text).toBe(200);
    expect((await call('GET', `/api/briefings/${spam.id}`)).status).toBe(404);
    expect((await call('GET', `/api/quizzes/${spam.publicQuizCode}`)).json.quiz.closed).toBe(true);
    expect(await env.DB.prepare('select count(*) as n from questions where briefing_id = ?').bind(spam.id).first()).toEqual({ n: 0 });
    const { play, token, question } = await join(teacherQuiz.quiz.code, 'Still here');
    expect((await answer(play.id, token, { questionId: question.id, choiceId: question.choices[0].id })).status).toBe(200);
  });

  it('closes, reopens and resets any quiz, and removes a leaderboard entry', async () => {
    const b = await call('POST', '/api/briefings', { text: dated('2025-03-17') }, fromFreshIp());
    const { quiz } = await createQuiz([b.json.briefing.id], { questionCount: 1 }, b.json.teacherKey);
    const played: string[] = [];
    for (const name of ['Xi Jinping', 'Real Pupil', 'Bot 1']) {
      const { play, token, question } = await join(quiz.code, name);
      expect((await answer(play.id, token, { questionId: question.id, choiceId: question.choices[0].id })).status).toBe(200);
      played.push(play.id);
    }
    const listed = await call('GET', `/api/admin/quizzes/${quiz.code}/plays`, undefined, operator());
    expect(listed.json.plays.map((p: any) => p.id).sort()).toEqual([...played].sort());
    expectError(await call('GET', `/api/admin/quizzes/${quiz.code}/plays`, undefined, auth(b.json.teacherKey)), 403, 'forbidden');
    const removed = await call('DELETE', `/api/admin/plays/${played[0]}`, undefined, operator());
    expect(removed.status, removed.text).toBe(200);
    const board = await call('GET', `/api/quizzes/${quiz.code}/leaderboard`);
    expect(board.json.entries.map((e: any) => e.name).sort()).toEqual(['Bot 1', 'Real Pupil']);
    expect(board.json.total).toBe(2);
    expect((await call('GET', `/api/quizzes/${quiz.code}`)).json.quiz.playCount).toBe(2);

    const closed = await call('PATCH', `/api/admin/quizzes/${quiz.code}`, { closed: true }, operator());
    expect(closed.json.quiz.closed).toBe(true);
    expect((await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Late' }, fromFreshIp())).status).toBe(410);
    const reset = await call('PATCH', `/api/admin/quizzes/${quiz.code}`, { closed: false, reset: true }, operator());
    expect(reset.json.quiz).toMatchObject({ closed: false, playCount: 0, finishedCount: 0 });
    expect((await call('GET', `/api/quizzes/${quiz.code}/leaderboard`)).json.entries).toEqual([]);
    expect(await env.DB.prepare('select count(*) as n from answers where play_id in (?, ?)').bind(played[1], played[2]).first()).toEqual({ n: 0 });
    expect((await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Real Pupil' }, fromFreshIp())).status).toBe(201);
  });

  it('gets clear 4xx errors for unknown ids and bad bodies', async () => {
    expectError(await call('PATCH', '/api/admin/briefings/nope', { listed: false }, operator()), 404, 'not_found');
    expectError(await call('PATCH', '/api/admin/quizzes/ZZZZZZ', { closed: true }, operator()), 404, 'not_found');
    expectError(await call('DELETE', '/api/admin/plays/nope', undefined, operator()), 404, 'not_found');
    expectError(await call('PATCH', '/api/admin/quizzes/ZZZZZZ', { reset: false }, operator()), 400, 'invalid_input');
    expectError(await call('PATCH', '/api/admin/briefings/nope', {}, operator()), 400, 'invalid_input');
  });
});

describe('titles and dates', () => {
  it('clean titles of bidi overrides, zero-width and control characters, keeping emoji whole', async () => {
    const res = await call('POST', '/api/briefings', { text: dated('2025-03-18'), title: '\u202eevil\u202c Ti\u200btle\u0007 👩‍🚀' }, fromFreshIp());
    expect(res.status, res.text).toBe(201);
    expect(res.json.briefing.title).toBe('evil Ti tle 👩‍🚀');
    const blank = await call('POST', '/api/briefings', { text: dated('2025-03-19'), title: '\u200b\u3164' }, fromFreshIp());
    expect(blank.json.briefing.title).toBe('Ministers agree a river treaty after long talks');
  });

  it('refuse a date more than a day ahead with 422, so nothing pins itself on top', async () => {
    for (const date of ['9999-12-31', new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)]) {
      const res = await call('POST', '/api/briefings', { text: dated(date), listed: true }, fromFreshIp());
      expectError(res, 422, 'unprocessable');
      expect(res.json.error.message).toContain('future');
    }
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await call('POST', '/api/briefings', { text: dated(tomorrow) }, fromFreshIp())).status).toBe(201);
  });
});
