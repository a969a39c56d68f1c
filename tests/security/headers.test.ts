// 9. Headers on every response, errors and static files included; cross-site writes refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, call, fromFreshIp, join, newQuiz, raw, rowCounts, type Res } from './helpers';

let code: string;
let teacherKey: string;
let play: { id: string; token: string; questionId: string; choiceId: string };

beforeAll(async () => {
  const q = await newQuiz();
  code = q.quiz.code;
  teacherKey = q.teacherKey;
  const j = await join(code, 'Header');
  play = { id: j.play.id, token: j.token, questionId: j.question.id, choiceId: j.question.choices[0].id };
});

function expectSecurityHeaders(res: Res, what: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), what).toMatch(/^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/);
  const hsts = /max-age=(\d+)/.exec(res.headers.get('strict-transport-security') ?? '');
  expect(Number(hsts?.[1] ?? 0), `${what}: HSTS`).toBeGreaterThanOrEqual(31_536_000);
}

describe('security headers', () => {
  it('are on pages, static files, API answers and every kind of error', async () => {
    const json = { 'content-type': 'application/json' };
    const cases: [string, () => Promise<Res>, number][] = [
      ['home', () => raw('GET', '/'), 200],
      ['home HEAD', () => raw('HEAD', '/'), 200],
      ['play page', () => raw('GET', `/q/${code}`), 200],
      ['leaderboard page', () => raw('GET', `/q/${code}/leaderboard`), 200],
      ['teacher page', () => raw('GET', `/t/${code}`), 200],
      ['new page', () => raw('GET', '/new'), 200],
      ['docs page', () => raw('GET', '/api/docs'), 200],
      ['stylesheet', () => raw('GET', '/css/app.css'), 200],
      ['script', () => raw('GET', '/js/api.js'), 200],
      ['icon', () => raw('GET', '/favicon.svg'), 200],
      ['missing static file', () => raw('GET', '/nope.html'), 404],
      ['static path, wrong method', () => raw('POST', '/'), 405],
      ['health', () => raw('GET', '/api/health'), 200],
      ['openapi', () => raw('GET', '/api/openapi.json'), 200],
      ['briefings', () => raw('GET', '/api/briefings'), 200],
      ['quiz', () => raw('GET', `/api/quizzes/${code}`), 200],
      ['leaderboard', () => raw('GET', `/api/quizzes/${code}/leaderboard`), 200],
      ['results csv', () => raw('GET', `/api/quizzes/${code}/results.csv`, { headers: auth(teacherKey) }), 200],
      ['qr', () => raw('GET', `/api/quizzes/${code}/qr.svg`), 200],
      ['400', () => raw('POST', '/api/quizzes', { body: '{', headers: json }), 400],
      ['401', () => raw('GET', `/api/plays/${play.id}`), 401],
      ['403', () => raw('GET', `/api/plays/${play.id}`, { headers: auth('x'.repeat(43)) }), 403],
      ['404 api', () => raw('GET', '/api/quizzes/ZZZZZZ'), 404],
      ['404 unknown api path', () => raw('GET', '/api/nothing/here'), 404],
      ['405', () => raw('DELETE', '/api/briefings'), 405],
      [
        '409',
        () =>
          raw('POST', `/api/plays/${play.id}/answers`, { body: JSON.stringify({ questionId: 'x', choiceId: 'y' }), headers: { ...json, ...auth(play.token) } }),
        409,
      ],
      ['413', () => raw('POST', '/api/quizzes', { body: JSON.stringify({ pad: 'x'.repeat(600_000) }), headers: json }), 413],
      ['415', () => raw('POST', '/api/quizzes', { body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415],
      ['422', () => raw('POST', `/api/quizzes/${code}/plays`, { body: JSON.stringify({ name: 'sh1t' }), headers: fromFreshIp(json) }), 422],
    ];
    for (const [what, send, status] of cases) {
      const res = await send();
      expect(res.status, `${what}: ${res.text.slice(0, 200)}`).toBe(status);
      expectSecurityHeaders(res, what);
    }
  });

  it('are on 429 answers too', async () => {
    let res: Res | undefined;
    for (let i = 0; i < 40 && res?.status !== 429; i++) {
      res = await call('POST', '/api/briefings', { text: '' }, { 'cf-connecting-ip': '198.51.100.99' });
    }
    expect(res!.status).toBe(429);
    expect(res!.headers.get('retry-after')).toBeTruthy();
    expectSecurityHeaders(res!, '429');
  });
});

describe('cross-site writes', () => {
  const routes = () => [
    { method: 'POST', path: '/api/briefings', body: { text: 'date 2025-01-01 T\nThe minister said the plan would cost 40 million dollars.' }, headers: {} },
    { method: 'POST', path: '/api/quizzes', body: { briefingIds: ['xi-trump-taiwan-call-2026'] }, headers: {} },
    { method: 'PATCH', path: `/api/quizzes/${code}`, body: { closed: true }, headers: auth(teacherKey) },
    { method: 'POST', path: `/api/quizzes/${code}/plays`, body: { name: 'Cross' }, headers: {} },
    { method: 'POST', path: `/api/plays/${play.id}/answers`, body: { questionId: play.questionId, choiceId: play.choiceId }, headers: auth(play.token) },
  ];
  const hostile: Record<string, string>[] = [
    { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    { origin: 'https://evil.example' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site', origin: 'https://sub.debrief.test' },
    { origin: 'null' },
    { origin: 'http://debrief.test.evil.example' },
  ];

  it('are refused with 403 on every state-changing route, as JSON or as a form post, and write nothing', async () => {
    const before = await rowCounts();
    for (const r of routes()) {
      for (const h of hostile) {
        for (const [type, body] of [
          ['application/json', JSON.stringify(r.body)],
          ['application/x-www-form-urlencoded', new URLSearchParams(r.body as unknown as Record<string, string>).toString()],
          ['text/plain', JSON.stringify(r.body)],
        ]) {
          const res = await raw(r.method, r.path, { body, headers: fromFreshIp({ ...r.headers, ...h, 'content-type': type }) });
          expect(res.status, `${r.method} ${r.path} ${JSON.stringify(h)} ${type}`).toBe(403);
          expect(res.json.error.code).toBe('forbidden');
          expectSecurityHeaders(res, 'cross-site 403');
        }
      }
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('are still accepted from the same origin and from scripts that send no origin', async () => {
    const same = await call(
      'POST',
      `/api/quizzes/${code}/plays`,
      { name: 'Same origin' },
      fromFreshIp({ origin: 'http://debrief.test', 'sec-fetch-site': 'same-origin' }),
    );
    expect(same.status).toBe(201);
    const script = await call('POST', `/api/quizzes/${code}/plays`, { name: 'Script' }, fromFreshIp());
    expect(script.status).toBe(201);
  });
});
