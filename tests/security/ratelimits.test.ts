// 8. Quiz creation and code look-ups are rate limited per client. Before: a script made 200
// quizzes of 50 questions in 6 s, and nothing bounded how fast codes could be tried.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, briefingFixture, call, inChunks, newQuiz, type Res } from './helpers';

const QUIZZES_PER_MINUTE = 30;
const LOOKUPS_PER_MINUTE = 600;

const minute = () => Math.floor(Date.now() / 60_000);

function expectRateLimited(res: Res) {
  expect(res.status).toBe(429);
  expect(res.json.error).toMatchObject({ code: 'rate_limited', message: expect.any(String) });
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
}

/** The limiter counts in wall-clock minutes; a burst that straddles two may pass up to twice the limit. */
function expectLimit(passed: number, limit: number, sameWindow: boolean) {
  if (sameWindow) expect(passed).toBe(limit);
  else {
    expect(passed).toBeGreaterThanOrEqual(limit);
    expect(passed).toBeLessThanOrEqual(2 * limit);
  }
}

let code: string;
beforeAll(async () => {
  code = (await newQuiz()).quiz.code;
});

describe('quiz creation', () => {
  it('refuses a burst past 30 a minute from one address with 429, and writes nothing for those', async () => {
    const { briefingId, briefingKey } = await briefingFixture();
    const ip = '198.51.100.40';
    const before = (await env.DB.prepare('select count(*) as n from quizzes').first<{ n: number }>())!.n;
    const w = minute();
    const results = await inChunks(Array.from({ length: 45 }), 15, () =>
      call('POST', '/api/quizzes', { briefingIds: [briefingId], questionCount: 50 }, { ...auth(briefingKey), 'cf-connecting-ip': ip }),
    );
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const made = results.filter((r) => r.status === 201).length;
    expectLimit(made, QUIZZES_PER_MINUTE, w === minute());
    for (const r of results.filter((x) => x.status !== 201)) expectRateLimited(r);
    const after = (await env.DB.prepare('select count(*) as n from quizzes').first<{ n: number }>())!.n;
    expect(after - before).toBe(made);
    // The next teacher, at another address, is not held up.
    expect((await call('POST', '/api/quizzes', { briefingIds: [briefingId] }, { ...auth(briefingKey), 'cf-connecting-ip': '198.51.100.41' })).status).toBe(201);
  });
});

describe('code look-ups', () => {
  it('stop a script trying codes: past 600 a minute every quiz route answers 429, real codes included', async () => {
    const ip = '198.51.100.50';
    const w = minute();
    const guesses = Array.from({ length: 700 }, (_, i) => `Z${String(i).padStart(5, '0').replace(/[01]/g, 'X')}`);
    const results = await inChunks(guesses, 50, (g, i) =>
      call('GET', [`/api/quizzes/${g}`, `/api/quizzes/${g}/leaderboard`, `/api/quizzes/${g}/results`][i % 3], undefined, { 'cf-connecting-ip': ip }),
    );
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const answered = results.filter((r) => r.status !== 429).length;
    expectLimit(answered, LOOKUPS_PER_MINUTE, w === minute());
    for (const r of results.filter((x) => x.status === 429)) expectRateLimited(r);
    if (w === minute()) {
      // A real code is no way round it, whatever the route.
      for (const path of [`/api/quizzes/${code}`, `/api/quizzes/${code}/qr.svg`, `/api/quizzes/${code}/briefings`]) {
        expectRateLimited(await call('GET', path, undefined, { 'cf-connecting-ip': ip }));
      }
    }
    expect((await call('GET', `/api/quizzes/${code}`, undefined, { 'cf-connecting-ip': '198.51.100.51' })).status).toBe(200);
  });

  it('leave room for a class of 30 behind one address polling a leaderboard every 5 s', async () => {
    const results = await inChunks(Array.from({ length: 360 }), 60, () =>
      call('GET', `/api/quizzes/${code}/leaderboard`, undefined, { 'cf-connecting-ip': '203.0.113.77' }),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
  });
});
