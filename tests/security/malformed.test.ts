// 1. Malformed input: hundreds of generated bodies per state-changing route, every one a JSON 4xx
// and not one row written.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkName } from '../../src/domain/names';
import { answerBody, createBriefingBody, createQuizBody, patchQuizBody, startPlayBody } from '../../src/schemas';
import { SQLISH, malformedBodies, type BadBody, type BodyPlan } from './bodies';
import { auth, briefingFixture, fromFreshIp, inChunks, join, newQuiz, playRow, quizRow, raw, rowCounts, type Res } from './helpers';

interface Route {
  method: string;
  path: string;
  headers: () => Record<string, string>;
  plan: BodyPlan;
}

let routes: Record<string, Route>;
let playId: string;
let quizCode: string;

beforeAll(async () => {
  const { briefingId } = await briefingFixture();
  const quiz = await newQuiz({ mode: 'assessed' });
  quizCode = quiz.quiz.code;
  const { play, token, question } = await join(quizCode, 'Ada');
  playId = play.id;
  const choiceIds: string[] = question.choices.map((c: { id: string }) => c.id);
  routes = {
    'POST /api/briefings': {
      method: 'POST',
      path: '/api/briefings',
      // A fresh address per request: this is about bodies, not about the rate limit.
      headers: () => fromFreshIp(),
      plan: {
        valid: { text: 'date 2025-01-01 A title\nThe minister said the plan would cost 40 million dollars.', title: 'T', listed: false },
        fields: {
          text: ['', ' '.repeat(10)],
          title: ['t'.repeat(201), ...SQLISH.map((s) => s.repeat(30))],
          listed: ['false', 'yes', 1, 0],
        },
        accepts: (b) => createBriefingBody.safeParse(b).success,
      },
    },
    'POST /api/quizzes': {
      method: 'POST',
      path: '/api/quizzes',
      headers: () => ({}),
      plan: {
        valid: {
          briefingIds: [briefingId],
          title: 'Quiz',
          questionCount: 3,
          timeLimitSec: 20,
          mode: 'practice',
          scoring: 'speed',
          kinds: ['cloze'],
          closesAt: null,
        },
        fields: {
          briefingIds: [[], ['nope nope'], Array(11).fill(briefingId), [briefingId, 1], ...SQLISH.map((s) => [s])],
          title: ['', 't'.repeat(201)],
          questionCount: [0, 51, 3.5, '3'],
          timeLimitSec: [4, 301, 20.5, '20'],
          mode: ['exam', 'PRACTICE', ''],
          scoring: ['fast', 'SPEED'],
          kinds: [['essay'], 'cloze', [1]],
          closesAt: ['tomorrow', '2026-02-30', 1767225600000],
          questionIds: [
            [],
            ['a', 'a'],
            Array(51)
              .fill('x')
              .map((x, i) => x + i),
            [SQLISH[0]],
          ],
          edits: [[], { 'bad id!': {} }, { x: { choices: [{ id: 'a', text: 'A' }] } }],
          briefingFirst: ['true', 1],
        },
        accepts: (b) => createQuizBody.safeParse(b).success,
      },
    },
    'PATCH /api/quizzes/:code': {
      method: 'PATCH',
      path: `/api/quizzes/${quizCode}`,
      headers: () => auth(quiz.teacherKey),
      plan: {
        valid: { closed: true, title: 'Renamed', closesAt: null },
        fields: { closed: ['true', 1, 0], title: ['', '   ', 't'.repeat(201)], closesAt: ['soon', '2026-01-01', 0] },
        accepts: (b) => patchQuizBody.safeParse(b).success,
      },
    },
    'POST /api/quizzes/:code/plays': {
      method: 'POST',
      path: `/api/quizzes/${quizCode}/plays`,
      headers: () => fromFreshIp(),
      plan: {
        // Taken already in this assessed quiz, so even a name that passes the checks writes nothing.
        valid: { name: 'Grace' },
        fields: {
          name: [
            'a'.repeat(25),
            'a'.repeat(1000),
            'Ada',
            ' ADA ',
            'Ａｄａ',
            'f u c k',
            'sh1t',
            'a$$',
            'Z\u0301\u0302\u0303',
            '<b>Ada</b>',
            '<',
            '>',
            '\u3164\u3164',
            '\u2800',
            '👍'.repeat(25),
          ],
        },
        accepts: (b) => {
          const p = startPlayBody.safeParse(b);
          if (!p.success) return false;
          const n = checkName(p.data.name);
          return n.ok && n.key !== 'ada' && n.key !== 'grace';
        },
      },
    },
    'POST /api/plays/:id/answers': {
      method: 'POST',
      path: `/api/plays/${play.id}/answers`,
      headers: () => auth(token),
      plan: {
        valid: { questionId: question.id, choiceId: choiceIds[0] },
        fields: {
          questionId: [`${quizCode}-2`, `${quizCode}-0`, `${quizCode}-1 `, question.id.toLowerCase(), ...SQLISH],
          choiceId: ['x', `${choiceIds[0]} `, choiceIds[0].toUpperCase(), ...SQLISH.map((s) => s.slice(0, 32))],
          serveNext: ['false', 0, 1, 'no'],
        },
        accepts: (b) => {
          const p = answerBody.safeParse(b);
          return p.success && p.data.questionId === question.id && (p.data.choiceId === null || choiceIds.includes(p.data.choiceId));
        },
      },
    },
  };
  // The taken name for the join route's valid body.
  await join(quizCode, 'Grace');
});

function send(route: Route, b: BadBody): Promise<Res> {
  const headers = { ...route.headers(), ...(b.contentType === null ? {} : { 'content-type': b.contentType }) };
  return raw(route.method, route.path, { body: b.body, headers });
}

function problems(results: { b: BadBody; res: Res }[]): string[] {
  return results
    .filter(
      ({ b, res }) =>
        res.status < 400 ||
        res.status >= 500 ||
        (b.expect !== undefined && res.status !== b.expect) ||
        typeof res.json?.error?.code !== 'string' ||
        typeof res.json?.error?.message !== 'string' ||
        !res.headers.get('content-type')?.startsWith('application/json'),
    )
    .map(({ b, res }) => `${b.label}: ${res.status} ${res.text.slice(0, 120)}`);
}

describe('malformed bodies', () => {
  for (const name of ['POST /api/briefings', 'POST /api/quizzes', 'PATCH /api/quizzes/:code', 'POST /api/quizzes/:code/plays', 'POST /api/plays/:id/answers']) {
    it(`${name}: 500+ generated bodies each get a JSON 4xx and write nothing`, async () => {
      const route = routes[name];
      const bodies = malformedBodies(route.plan);
      expect(bodies.length).toBeGreaterThanOrEqual(500);
      const before = await rowCounts();
      const quizBefore = await quizRow(quizCode);
      const playBefore = await playRow(playId);
      const results = await inChunks(bodies, 32, async (b) => ({ b, res: await send(route, b) }));
      expect(problems(results)).toEqual([]);
      expect(await rowCounts()).toEqual(before);
      expect(await quizRow(quizCode)).toEqual(quizBefore);
      expect(await playRow(playId)).toEqual(playBefore);
      // Every size limit answers 413, the shape limit 415.
      expect(results.filter((r) => r.res.status === 413).length).toBeGreaterThanOrEqual(4);
    }, 30_000);
  }

  it('refuses briefing text over its own limit with 413, under the body limit', async () => {
    const before = await rowCounts();
    const text = `date 2025-01-01 Long\n${'The minister said the plan would cost 40 million dollars. '.repeat(2000)}`;
    const res = await raw('POST', '/api/briefings', { body: JSON.stringify({ text }), headers: fromFreshIp({ 'content-type': 'application/json' }) });
    expect(res.status, res.text).toBe(413);
    expect(res.json.error.code).toBe('too_large');
    expect(await rowCounts()).toEqual(before);
  });

  it('says what is wrong with a field, with the type or limit to act on', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{}, 'text', /^Expected string\.$/],
      [{ text: 42 }, 'text', /^Expected string\.$/],
      [{ text: 'date 2025-01-01 X\nThe mayor opened the bridge.', title: 'x'.repeat(100_000) }, 'title', /^At most \d+ characters\.$/],
    ];
    for (const [body, field, message] of cases) {
      const res = await raw('POST', '/api/briefings', { body: JSON.stringify(body), headers: fromFreshIp({ 'content-type': 'application/json' }) });
      expect(res.status, res.text).toBe(400);
      const issue = res.json.error.issues.find((i: { path: string[] }) => i.path[0] === field);
      expect(issue?.message, res.text).toMatch(message);
    }
    const quiz = await raw('POST', '/api/quizzes', {
      body: JSON.stringify({ briefingIds: ['a'], questionCount: 51 }),
      headers: fromFreshIp({ 'content-type': 'application/json' }),
    });
    expect(quiz.status).toBe(400);
    expect(quiz.json.error.issues.find((i: { path: string[] }) => i.path[0] === 'questionCount')?.message).toMatch(/^At most 50\.$/);
  });

  it('treats hostile path segments as unknown ids, never as SQL', async () => {
    const before = await rowCounts();
    const segments = [...SQLISH, '%00', '%2e%2e%2f', '..', 'a'.repeat(5000), '%F0%9F%98%80', '%ZZ', '%', '%C0%AF', '%u202e'];
    const paths = segments.flatMap((s) => {
      const seg = /%/.test(s) ? s : encodeURIComponent(s);
      return [
        ['GET', `/api/quizzes/${seg}`],
        ['GET', `/api/quizzes/${seg}/leaderboard`],
        ['POST', `/api/quizzes/${seg}/plays`],
        ['PATCH', `/api/quizzes/${seg}`],
        ['GET', `/api/briefings/${seg}`],
        ['GET', `/api/briefings/${seg}/leaderboard`],
        ['GET', `/api/plays/${seg}`],
        ['POST', `/api/plays/${seg}/answers`],
        ['GET', `/api/quizzes/${quizCode}/leaderboard?limit=${seg}`],
      ];
    });
    const results = await inChunks(paths, 32, async ([method, path]) => {
      const res = await raw(method, path, {
        body: method === 'GET' ? null : JSON.stringify({ name: 'Ada', questionId: 'x', choiceId: 'y', closed: true }),
        headers: fromFreshIp({ 'content-type': 'application/json', authorization: 'Bearer abcdefghijklmnop' }),
      });
      return { path: `${method} ${path.slice(0, 80)}`, res };
    });
    const bad = results.filter(({ res }) => res.status >= 500 || (res.status >= 400 && typeof res.json?.error?.code !== 'string'));
    expect(bad.map(({ path, res }) => `${path}: ${res.status}`)).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });
});
