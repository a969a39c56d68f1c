// 5. Credentials: tampered, truncated and foreign play tokens and teacher keys open nothing and write nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, briefingFixture, call, join, newQuiz, rowCounts, type Res } from './helpers';

let a: { code: string; teacherKey: string };
let b: { code: string; teacherKey: string };
let briefingKey: string;
let briefingId: string;

beforeAll(async () => {
  ({ briefingKey, briefingId } = await briefingFixture());
  const qa = await newQuiz();
  const qb = await newQuiz();
  a = { code: qa.quiz.code, teacherKey: qa.teacherKey };
  b = { code: qb.quiz.code, teacherKey: qb.teacherKey };
});

/** Ways to get a credential wrong, each with the status it must get. */
function forgeries(real: string, foreign: string[]): { label: string; header: string | null; status: 401 | 403 }[] {
  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  return [
    { label: 'none', header: null, status: 401 },
    { label: 'empty', header: '', status: 401 },
    { label: 'scheme only', header: 'Bearer', status: 401 },
    { label: 'basic', header: `Basic ${btoa(`x:${real}`)}`, status: 401 },
    { label: 'no scheme', header: real, status: 401 },
    { label: 'short', header: `Bearer ${real.slice(0, 8)}`, status: 401 },
    { label: 'odd characters', header: `Bearer ${real.slice(0, 20)}%27--`, status: 401 },
    { label: 'two tokens', header: `Bearer ${real} ${real}`, status: 401 },
    { label: 'very long', header: `Bearer ${real.repeat(10)}`, status: 401 },
    { label: 'first char flipped', header: `Bearer ${flip(real, 0)}`, status: 403 },
    { label: 'last char flipped', header: `Bearer ${flip(real, real.length - 1)}`, status: 403 },
    { label: 'middle char flipped', header: `Bearer ${flip(real, real.length >> 1)}`, status: 403 },
    { label: 'truncated by one', header: `Bearer ${real.slice(0, -1)}`, status: 403 },
    { label: 'truncated to half', header: `Bearer ${real.slice(0, real.length >> 1)}`, status: 403 },
    { label: 'extended', header: `Bearer ${real}x`, status: 403 },
    { label: 'upper-cased', header: `Bearer ${real.toUpperCase()}`, status: 403 },
    ...foreign.map((f, i) => ({ label: `foreign #${i}`, header: `Bearer ${f}`, status: 403 as const })),
  ];
}

function expectRefused(res: Res, status: number, label: string) {
  expect(res.status, `${label}: ${res.text}`).toBe(status);
  expect(res.json?.error?.code, label).toBe(status === 401 ? 'unauthorized' : 'forbidden');
}

describe('play tokens', () => {
  it('answer, resume: refused unless the token is this play’s own, and nothing is written', async () => {
    const mine = await join(a.code, 'Owner');
    const other = await join(a.code, 'Neighbour');
    const elsewhere = await join(b.code, 'Stranger');
    const before = await rowCounts();
    const body = { questionId: mine.question.id, choiceId: mine.question.choices[0].id };
    for (const f of forgeries(mine.token, [other.token, elsewhere.token, a.teacherKey, briefingKey])) {
      const headers: Record<string, string> = f.header === null ? {} : { authorization: f.header };
      expectRefused(await call('POST', `/api/plays/${mine.play.id}/answers`, body, headers), f.status, `answer ${f.label}`);
      expectRefused(await call('GET', `/api/plays/${mine.play.id}`, undefined, headers), f.status, `resume ${f.label}`);
    }
    // A real token on another play's id, and on an id that does not exist: the same 403, ids are not probed.
    expectRefused(await answer(other.play.id, mine.token, body), 403, 'own token, other play');
    expectRefused(await answer('nosuchplay0000000', mine.token, body), 403, 'own token, unknown play');
    expect(await rowCounts()).toEqual(before);
    // The real token still works afterwards: refusals lock nothing.
    expect((await answer(mine.play.id, mine.token, body)).status).toBe(200);
  });
});

describe('teacher keys', () => {
  it('PATCH, results, CSV, export: refused with another quiz’s key, a briefing key, a play token or a forgery', async () => {
    const player = await join(a.code, 'Pupil');
    const before = await rowCounts();
    const quizBefore = (await call('GET', `/api/quizzes/${a.code}`)).json.quiz;
    for (const f of forgeries(a.teacherKey, [b.teacherKey, briefingKey, player.token])) {
      const headers: Record<string, string> = f.header === null ? {} : { authorization: f.header };
      expectRefused(await call('PATCH', `/api/quizzes/${a.code}`, { closed: true, title: 'Hijacked' }, headers), f.status, `patch ${f.label}`);
      for (const path of [`/api/quizzes/${a.code}/results`, `/api/quizzes/${a.code}/results.csv`, `/api/quizzes/${a.code}/export?format=csv`]) {
        expectRefused(await call('GET', path, undefined, headers), f.status, `${path} ${f.label}`);
      }
    }
    expect(await rowCounts()).toEqual(before);
    expect((await call('GET', `/api/quizzes/${a.code}`)).json.quiz).toEqual(quizBefore);
  });

  it('the question bank: refused with a quiz’s key or a forgery of the briefing key', async () => {
    for (const f of forgeries(briefingKey, [a.teacherKey, b.teacherKey])) {
      const headers: Record<string, string> = f.header === null ? {} : { authorization: f.header };
      expectRefused(await call('GET', `/api/briefings/${briefingId}/questions`, undefined, headers), f.status, `bank ${f.label}`);
    }
  });
});
