// 8. Assessed mode knew students by name only: first come, first served, and look-alikes such as
// "LIam HaIl" passed as a second student. A class list gives each student a personal link; the
// quiz then takes those students only, once each, under the list's names.
import { describe, expect, it } from 'vitest';
import { auth, briefingFixture, call, fromFreshIp } from './helpers';
import { expectError } from '../api/helpers';

async function rosterQuiz(roster: unknown, mode = 'assessed') {
  const { briefingId, briefingKey } = await briefingFixture();
  return call('POST', '/api/quizzes', { briefingIds: [briefingId], questionCount: 2, mode, roster }, auth(briefingKey));
}

const joinWith = (code: string, name: string, seat?: string) => call('POST', `/api/quizzes/${code}/plays`, { name, ...(seat ? { seat } : {}) }, fromFreshIp());

describe('a class list', () => {
  it('gives each student a personal link and takes nobody else, each once, under the list’s name', async () => {
    const created = await rosterQuiz(['Liam Hall', 'Ada Lovelace']);
    expect(created.status, created.text).toBe(201);
    const { quiz, roster } = created.json;
    expect(quiz.rosterSize).toBe(2);
    expect(roster.map((r: any) => r.name)).toEqual(['Liam Hall', 'Ada Lovelace']);
    expect(roster[0].link).toBe(`/q/${quiz.code}#seat=${roster[0].seat}`);

    expectError(await joinWith(quiz.code, 'Liam Hall'), 403, 'forbidden');
    expectError(await joinWith(quiz.code, 'LIam HaIl'), 403, 'forbidden');
    expectError(await joinWith(quiz.code, 'Liam Hall', 'x'.repeat(43)), 403, 'forbidden');
    const other = (await rosterQuiz(['Someone Else'])).json;
    expectError(await joinWith(quiz.code, 'Someone Else', other.roster[0].seat), 403, 'forbidden');

    const liam = await joinWith(quiz.code, 'Anything', roster[0].seat);
    expect(liam.status, liam.text).toBe(201);
    expect(liam.json.play.name).toBe('Liam Hall');
    expectError(await joinWith(quiz.code, 'Liam again', roster[0].seat), 409, 'conflict');
    expect((await joinWith(quiz.code, '', roster[1].seat)).json.play.name).toBe('Ada Lovelace');
  });

  it('is refused with the names at fault: look-alike twins, bad names, or a practice quiz', async () => {
    const twins = await rosterQuiz(['Liam Hall', 'LIam HaIl']);
    expectError(twins, 400, 'invalid_input');
    expect(twins.json.error.issues[0].path).toEqual(['roster', 1]);
    const bad = await rosterQuiz(['Ada', 'sh1t', 'A\u200bda']);
    expect(bad.json.error.issues.map((i: any) => i.path)).toEqual([
      ['roster', 1],
      ['roster', 2],
    ]);
    expectError(await rosterQuiz(['Ada'], 'practice'), 400, 'invalid_input');
    expectError(await rosterQuiz([]), 400, 'invalid_input');
  });
});
