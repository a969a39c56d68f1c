// 7. Floods: joins and briefing creation are rate limited per client; a quiz holds at most its player cap.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientKey } from '../../src/ratelimit';
import { call, fromFreshIp, newQuiz, quizRow, type Res } from './helpers';

const JOINS_PER_MINUTE = 120;
const BRIEFINGS_PER_MINUTE = 30;

let code: string;

beforeAll(async () => {
  code = (await newQuiz()).quiz.code;
});

const window = () => Math.floor(Date.now() / 60_000);

function expectRateLimited(res: Res) {
  expect(res.status).toBe(429);
  expect(res.json.error.code).toBe('rate_limited');
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
}

/** The limiter counts in wall-clock minutes; a burst that straddles two may pass up to twice the limit. */
function expectLimit(passed: number, limit: number, sameWindow: boolean) {
  if (sameWindow) expect(passed).toBe(limit);
  else {
    expect(passed).toBeGreaterThanOrEqual(limit);
    expect(passed).toBeLessThanOrEqual(2 * limit);
  }
}

describe('join floods', () => {
  it('200 joins in a burst from one address: the excess gets 429 with retry-after, nothing fails', async () => {
    const ip = '198.51.100.7';
    const w = window();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => call('POST', `/api/quizzes/${code}/plays`, { name: `Bot ${i}` }, { 'cf-connecting-ip': ip })),
    );
    const joined = results.filter((r) => r.status === 201).length;
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.every((r) => r.status === 201 || r.status === 429)).toBe(true);
    expectLimit(joined, JOINS_PER_MINUTE, w === window());
    for (const r of results.filter((x) => x.status === 429)) expectRateLimited(r);
    expect(await env.DB.prepare('select count(*) as n from plays where quiz_code = ?').bind(code).first()).toEqual({ n: joined });
    expect((await quizRow(code))!.play_count).toBe(joined);
    // Another address, say the next classroom, is not affected.
    expect((await call('POST', `/api/quizzes/${code}/plays`, { name: 'Real pupil' }, { 'cf-connecting-ip': '198.51.100.8' })).status).toBe(201);
  });

  it('a class of 30 behind one school address never meets the limit, even joining twice', async () => {
    const q = (await newQuiz()).quiz.code;
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => call('POST', `/api/quizzes/${q}/plays`, { name: `Pupil ${i}` }, { 'cf-connecting-ip': '203.0.113.30' })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(60).fill(201));
  });

  it('keys clients by cf-connecting-ip, and shares one bucket when it is missing', () => {
    expect(clientKey(new Request('http://x/', { headers: { 'cf-connecting-ip': ' 192.0.2.1 ' } }))).toBe('192.0.2.1');
    expect(clientKey(new Request('http://x/'))).toBe(clientKey(new Request('http://y/', { headers: { 'x-forwarded-for': '1.2.3.4' } })));
  });
});

describe('briefing floods', () => {
  it('counts every request, even malformed ones, and refuses the excess with 429', async () => {
    const ip = '198.51.100.9';
    const w = window();
    const before = await env.DB.prepare('select count(*) as n from briefings').first();
    // Empty text is refused (400) after the limiter has counted it, so the flood costs no ingest.
    const results = await Promise.all(Array.from({ length: 45 }, () => call('POST', '/api/briefings', { text: '' }, { 'cf-connecting-ip': ip })));
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const counted = results.filter((r) => r.status === 400).length;
    expectLimit(counted, BRIEFINGS_PER_MINUTE, w === window());
    for (const r of results.filter((x) => x.status !== 400)) expectRateLimited(r);
    expect(await env.DB.prepare('select count(*) as n from briefings').first()).toEqual(before);
  });
});

describe('the player cap', () => {
  it('is 500 by default', async () => {
    expect((await call('GET', `/api/quizzes/${code}`)).json.quiz.playerCap).toBe(500);
  });

  it('turns the player after the cap away with 409', async () => {
    const q = (await newQuiz()).quiz.code;
    await env.DB.prepare('update quizzes set player_cap = 3 where code = ?').bind(q).run();
    for (let i = 0; i < 3; i++) expect((await call('POST', `/api/quizzes/${q}/plays`, { name: `P${i}` }, fromFreshIp())).status).toBe(201);
    const full = await call('POST', `/api/quizzes/${q}/plays`, { name: 'P3' }, fromFreshIp());
    expect(full.status).toBe(409);
    expect(full.json.error.code).toBe('conflict');
    expect((await quizRow(q))!.play_count).toBe(3);
  });

  it('holds under a burst: exactly the cap joins, from many addresses at once', async () => {
    const q = (await newQuiz()).quiz.code;
    await env.DB.prepare('update quizzes set player_cap = 5 where code = ?').bind(q).run();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => call('POST', `/api/quizzes/${q}/plays`, { name: `Rush ${i}` }, fromFreshIp())));
    expect(results.filter((r) => r.status === 201).length).toBe(5);
    expect(results.filter((r) => r.status === 409).length).toBe(35);
    expect(await env.DB.prepare('select count(*) as n from plays where quiz_code = ?').bind(q).first()).toEqual({ n: 5 });
    expect((await quizRow(q))!.play_count).toBe(5);
  });
});
