import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_BRIEFING, answerKey, auth, bankQuestionOf, call, createQuiz, expectError } from './helpers';

/** Keys that must never appear in anything a player sees before answering. */
const SECRET_KEYS = ['answerId', 'answer', 'correct', 'correctChoiceId', 'explanation', 'source', 'sourceText', 'statementId'];

function secretKeysIn(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretKeysIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [...(SECRET_KEYS.includes(k) ? [`${path}.${k}`] : []), ...secretKeysIn(v, `${path}.${k}`)]);
  }
  return [];
}

let briefingId: string;
let briefingKey: string;
let bank: any[];

beforeAll(async () => {
  const res = await call('POST', '/api/briefings', { text: SAMPLE_BRIEFING, title: 'River treaty' });
  expect(res.status, res.text).toBe(201);
  briefingId = res.json.briefing.id;
  briefingKey = res.json.teacherKey;
  bank = await answerKey(briefingId, briefingKey);
});

/** The bank question behind a served one, its answerId translated into this play's own choice id. */
function keyFor(question: { prompt: string; choices: { id: string; text: string }[] }) {
  const q = bankQuestionOf(bank, question);
  const right = q.choices.find((c: any) => c.id === q.answerId).text;
  return { ...q, answerId: question.choices.find((c) => c.text === right)!.id };
}

describe('the default briefing', () => {
  it('is listed with a public quiz ready to play', async () => {
    const res = await call('GET', '/api/briefings');
    expect(res.status).toBe(200);
    const b = res.json.briefings.find((x: any) => x.id === 'xi-trump-taiwan-call-2026');
    expect(b).toMatchObject({ date: '2026-02-05', title: expect.stringContaining('Taiwan') });
    expect(b.questionCount).toBeGreaterThanOrEqual(6);
    expect(b.statements).toBeUndefined();
    const quiz = await call('GET', `/api/quizzes/${b.publicQuizCode}`);
    expect(quiz.status).toBe(200);
    expect(quiz.json.quiz).toMatchObject({ code: b.publicQuizCode, briefingIds: [b.id], closed: false });
  });

  it('comes with its statements on its own route', async () => {
    const res = await call('GET', '/api/briefings/xi-trump-taiwan-call-2026');
    expect(res.status).toBe(200);
    expect(res.json.briefing.statements.length).toBe(res.json.briefing.statementCount);
    expect(res.json.briefing.statements[0]).toMatchObject({ index: 0, text: expect.stringContaining('Xi Jinping') });
  });
});

describe('a whole quiz over HTTP', () => {
  it('is created, played to the end, scored by the server and ranked', async () => {
    const { quiz, teacherKey, links } = await createQuiz([briefingId], { questionCount: 5, timeLimitSec: 30 }, briefingKey);
    expect(quiz.questionCount).toBeGreaterThanOrEqual(3);
    expect(links.play).toBe(`/q/${quiz.code}`);
    expect(links.teacher).toBe(`/t/${quiz.code}#key=${teacherKey}`);
    expect(quiz.code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);

    const start = await call('POST', `/api/quizzes/${quiz.code.toLowerCase()}/plays`, { name: '  Ada   Lovelace ' });
    expect(start.status, start.text).toBe(201);
    expect(start.json.play).toMatchObject({ name: 'Ada Lovelace', score: 0, answeredCount: 0, finishedAt: null });
    expect(secretKeysIn(start.json)).toEqual([]);
    const token = start.json.playToken;
    let question = start.json.question;
    let expectedScore = 0;
    let streak = 0;
    for (let i = 0; question; i++) {
      expect(question.index).toBe(i);
      const key = keyFor(question);
      // Every other answer is wrong, so both paths are scored.
      const wrong = i % 2 === 1;
      const choiceId = wrong ? question.choices.find((c: any) => c.id !== key.answerId).id : key.answerId;
      const res = await call('POST', `/api/plays/${start.json.play.id}/answers`, { questionId: question.id, choiceId }, auth(token));
      expect(res.status, res.text).toBe(200);
      expect(res.json.correct).toBe(!wrong);
      expect(res.json.correctChoiceId).toBe(key.answerId);
      expect(res.json.source.text).toBe(key.source.text);
      expect(res.json.explanation).toBe(key.explanation);
      if (wrong) {
        expect(res.json.points).toBe(0);
        streak = 0;
      } else {
        expect(res.json.points).toBeGreaterThanOrEqual(500 + Math.min(100 * streak, 500));
        expect(res.json.points).toBeLessThanOrEqual(1000 + Math.min(100 * streak, 500));
        streak++;
      }
      expectedScore += res.json.points;
      expect(res.json.score).toBe(expectedScore);
      expect(res.json.streak).toBe(streak);
      if (res.json.next) expect(secretKeysIn(res.json.next)).toEqual([]);
      question = res.json.next;
      if (!question) {
        expect(res.json.play.finishedAt).not.toBeNull();
        expect(res.json.play.rank).toBe(1);
        expect(res.json.play.answeredCount).toBe(quiz.questionCount);
      }
    }

    const board = await call('GET', `/api/quizzes/${quiz.code}/leaderboard`);
    expect(board.status).toBe(200);
    expect(board.json.total).toBe(1);
    expect(board.json.entries).toEqual([expect.objectContaining({ rank: 1, name: 'Ada Lovelace', score: expectedScore, questionCount: quiz.questionCount })]);
    const briefingBoard = await call('GET', `/api/briefings/${briefingId}/leaderboard`);
    expect(briefingBoard.json.entries[0]).toMatchObject({ name: 'Ada Lovelace', score: expectedScore });

    const resumed = await call('GET', `/api/plays/${start.json.play.id}?review=1`, undefined, auth(token));
    expect(resumed.json.question).toBeNull();
    expect(resumed.json.play).toMatchObject({ score: expectedScore, rank: 1 });
    expect(resumed.json.review).toHaveLength(quiz.questionCount);
    expect(resumed.json.review.reduce((sum: number, a: any) => sum + a.points, 0)).toBe(expectedScore);
    expect(resumed.json.review[0]).toMatchObject({ index: 0, correct: true, source: { text: expect.any(String) } });
  });

  it('ranks plays by score, then correct answers, then duration', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 3, scoring: 'accuracy' }, briefingKey);
    const scores: Record<string, number> = {};
    for (const [name, rightCount] of [
      ['Low', 1],
      ['High', 3],
      ['Mid', 2],
    ] as const) {
      const start = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name });
      let q = start.json.question;
      let i = 0;
      while (q) {
        const key = keyFor(q);
        const choiceId = i < rightCount ? key.answerId : q.choices.find((c: any) => c.id !== key.answerId).id;
        const res = await call('POST', `/api/plays/${start.json.play.id}/answers`, { questionId: q.id, choiceId }, auth(start.json.playToken));
        scores[name] = res.json.score;
        q = res.json.next;
        i++;
      }
    }
    const board = await call('GET', `/api/quizzes/${quiz.code}/leaderboard?limit=2`);
    expect(board.json.total).toBe(3);
    expect(board.json.entries.map((e: any) => [e.rank, e.name, e.score])).toEqual([
      [1, 'High', 3000],
      [2, 'Mid', 2000],
    ]);
    // A limit that is not a whole number from 1 to 100 falls back to 20 instead of failing.
    for (const limit of ['abc', '0', '101', '2.5', '']) {
      const fallback = await call('GET', `/api/quizzes/${quiz.code}/leaderboard?limit=${limit}`);
      expect(fallback.status, limit).toBe(200);
      expect(
        fallback.json.entries.map((e: any) => e.name),
        limit,
      ).toEqual(['High', 'Mid', 'Low']);
    }
  });
});

describe('plays', () => {
  async function startOne(extra: Record<string, unknown> = {}, name = 'Grace') {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 3, ...extra }, briefingKey);
    const start = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name });
    expect(start.status, start.text).toBe(201);
    return { quiz, teacherKey, play: start.json.play, token: start.json.playToken as string, question: start.json.question };
  }

  it('rejects a second answer to the same question and keeps the first', async () => {
    const { play, token, question } = await startOne();
    const key = keyFor(question);
    const first = await call('POST', `/api/plays/${play.id}/answers`, { questionId: question.id, choiceId: key.answerId }, auth(token));
    expect(first.status).toBe(200);
    const wrongChoice = question.choices.find((c: any) => c.id !== key.answerId).id;
    const again = await call('POST', `/api/plays/${play.id}/answers`, { questionId: question.id, choiceId: wrongChoice }, auth(token));
    expectError(again, 409, 'conflict');
    const resumed = await call('GET', `/api/plays/${play.id}`, undefined, auth(token));
    expect(resumed.json.play.score).toBe(first.json.score);
    expect(resumed.json.play.correctCount).toBe(1);
  });

  it('rejects an answer to a question that is not the current one', async () => {
    const { play, token, question, quiz } = await startOne();
    // Another question of the quiz: each play meets them in an order of its own.
    const other = [`${quiz.code}-1`, `${quiz.code}-2`].find((id) => id !== question.id);
    const res = await call('POST', `/api/plays/${play.id}/answers`, { questionId: other, choiceId: question.choices[0].id }, auth(token));
    expectError(res, 409, 'conflict');
  });

  it('rejects a choice that does not belong to the question', async () => {
    const { play, token, question } = await startOne();
    const res = await call('POST', `/api/plays/${play.id}/answers`, { questionId: question.id, choiceId: 'nope' }, auth(token));
    expectError(res, 400, 'invalid_input');
  });

  it('keeps the clock running across a resume and scores a late answer 0', async () => {
    const { play, token, question } = await startOne({ timeLimitSec: 5 });
    const resumed = await call('GET', `/api/plays/${play.id}?review=1`, undefined, auth(token));
    expect(resumed.json.review).toEqual([]);
    expect(resumed.json.question.id).toBe(question.id);
    expect(resumed.json.question.servedAt).toBe(question.servedAt);
    expect(secretKeysIn(resumed.json)).toEqual([]);
    // The question was served 30 s ago: move the stored serve time, as a slow player would.
    await env.DB.prepare('update plays set served_at = served_at - 30000 where id = ?').bind(play.id).run();
    const key = keyFor(question);
    const res = await call('POST', `/api/plays/${play.id}/answers`, { questionId: question.id, choiceId: key.answerId }, auth(token));
    expect(res.status).toBe(200);
    // The right choice, too late: no points and no correct answer, so the tie-break on correct
    // answers and the teacher's accuracy do not count it either.
    expect(res.json).toMatchObject({ correct: false, late: true, points: 0, streak: 0 });
    expect(res.json.play.correctCount).toBe(0);
    expect(res.json.elapsedMs).toBeGreaterThanOrEqual(30_000);
    const stored = await env.DB.prepare('select correct from answers where play_id = ?').bind(play.id).first<{ correct: number }>();
    expect(stored?.correct).toBe(0);
    const next = res.json.next;
    const inTime = await call('POST', `/api/plays/${play.id}/answers`, { questionId: next.id, choiceId: keyFor(next).answerId }, auth(token));
    expect(inTime.json).toMatchObject({ correct: true, late: false });
    expect(inTime.json.points).toBeGreaterThan(0);
  });

  it("starts the next question's clock only when the player fetches it, if asked to", async () => {
    const { play, token, question, quiz } = await startOne();
    const key = keyFor(question);
    const res = await call('POST', `/api/plays/${play.id}/answers`, { questionId: question.id, choiceId: key.answerId, serveNext: false }, auth(token));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ next: null, hasNext: true });
    // Answering what was never shown is refused: the clock had not started.
    const early = await call('POST', `/api/plays/${play.id}/answers`, { questionId: `${quiz.code}-2`, choiceId: 'x' }, auth(token));
    expectError(early, 409, 'conflict');
    // While the player reads the feedback, no clock runs for the next question.
    const stored = await env.DB.prepare('select served_at from plays where id = ?').bind(play.id).first<{ served_at: number }>();
    expect(stored?.served_at).toBe(0);
    const before = Date.now();
    const shown = await call('GET', `/api/plays/${play.id}`, undefined, auth(token));
    expect(shown.json.question.index).toBe(1);
    expect(Date.parse(shown.json.question.servedAt)).toBeGreaterThanOrEqual(before - 5);
    expect(secretKeysIn(shown.json)).toEqual([]);
    const again = await call('GET', `/api/plays/${play.id}`, undefined, auth(token));
    expect(again.json.question.servedAt).toBe(shown.json.question.servedAt);
    const next = shown.json.question;
    const answered = await call('POST', `/api/plays/${play.id}/answers`, { questionId: next.id, choiceId: keyFor(next).answerId }, auth(token));
    expect(answered.status).toBe(200);
    expect(answered.json.correct).toBe(true);
  });

  it('accepts a timed-out question with no choice', async () => {
    const { play, token, question } = await startOne();
    const res = await call('POST', `/api/plays/${play.id}/answers`, { questionId: question.id, choiceId: null }, auth(token));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ correct: false, points: 0 });
  });

  it('shuffles choices per play', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 10 }, briefingKey);
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const s = await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: `P${i}` });
      orders.add(s.json.question.choices.map((c: any) => c.id).join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('refuses a token of another play and a missing token', async () => {
    const a = await startOne();
    const b = await startOne({}, 'Other');
    const foreign = await call('GET', `/api/plays/${a.play.id}`, undefined, auth(b.token));
    expectError(foreign, 403, 'forbidden');
    const missing = await call('GET', `/api/plays/${a.play.id}`);
    expectError(missing, 401, 'unauthorized');
    const answer = await call('POST', `/api/plays/${a.play.id}/answers`, { questionId: a.question.id, choiceId: a.question.choices[0].id }, auth(b.token));
    expectError(answer, 403, 'forbidden');
  });

  it('allows one play per name in assessed mode', async () => {
    const { quiz } = await createQuiz([briefingId], { mode: 'assessed' }, briefingKey);
    expect((await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Zoë' })).status).toBe(201);
    expectError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: ' zoë ' }), 409, 'conflict');
    const practice = await createQuiz([briefingId], {}, briefingKey);
    expect((await call('POST', `/api/quizzes/${practice.quiz.code}/plays`, { name: 'Zoë' })).status).toBe(201);
    expect((await call('POST', `/api/quizzes/${practice.quiz.code}/plays`, { name: 'zoë' })).status).toBe(201);
  });

  it('refuses bad names with a reason', async () => {
    const { quiz } = await createQuiz([briefingId], {}, briefingKey);
    expectError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: '   ' }), 400, 'invalid_input');
    expectError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'a\u202eb' }), 400, 'invalid_input');
    expectError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'x'.repeat(25) }), 400, 'invalid_input');
    expectError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'F u c k' }), 422, 'name_rejected');
  });

  it('closes a quiz for new plays and answers', async () => {
    const { quiz, teacherKey, play, token, question } = await startOne();
    expectError(await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }), 401, 'unauthorized');
    expectError(await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth('x'.repeat(43))), 403, 'forbidden');
    const closed = await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    expect(closed.json.quiz.closed).toBe(true);
    expectError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Late' }), 410, 'gone');
    expectError(await call('POST', `/api/plays/${play.id}/answers`, { questionId: question.id, choiceId: question.choices[0].id }, auth(token)), 410, 'gone');
  });
});

describe('errors', () => {
  it('answers malformed JSON with 400', async () => {
    expectError(await call('POST', '/api/briefings', '{"text": '), 400, 'invalid_input');
  });
  it('answers a wrong content type with 415', async () => {
    expectError(await call('POST', '/api/briefings', 'text=hello', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
  });
  it('lists schema issues', async () => {
    const res = await call('POST', '/api/quizzes', { briefingIds: 'nope', timeLimitSec: 1 });
    expectError(res, 400, 'invalid_input');
    expect(res.json.error.issues.map((i: any) => i.path[0])).toEqual(expect.arrayContaining(['briefingIds', 'timeLimitSec']));
  });
  it('answers unknown ids and codes with 404', async () => {
    expectError(await call('GET', '/api/briefings/unknown-id'), 404, 'not_found');
    expectError(await call('GET', '/api/quizzes/ZZZZZZ'), 404, 'not_found');
    expectError(await call('GET', '/api/quizzes/not-a-code!'), 404, 'not_found');
    expectError(await call('POST', '/api/quizzes/ZZZZZZ/plays', { name: 'A' }), 404, 'not_found');
    expectError(await call('POST', '/api/quizzes', { briefingIds: ['missing'] }), 404, 'not_found');
    expectError(await call('GET', '/api/nothing-here'), 404, 'not_found');
  });
  it('refuses a briefing over the size limit with 413', async () => {
    const res = await call('POST', '/api/briefings', { text: 'The minister said the plan works. '.repeat(4000) });
    expectError(res, 413, 'too_large');
  });
  it('refuses a briefing with no statements with 422', async () => {
    expectError(await call('POST', '/api/briefings', { text: 'date 2026-02-06' }), 422, 'unprocessable');
  });
  it('refuses a quiz whose closing time has passed already', async () => {
    const res = await call('POST', '/api/quizzes', { briefingIds: [briefingId], closesAt: '2020-01-01T00:00:00Z' }, auth(briefingKey));
    expectError(res, 400, 'invalid_input');
    expect(res.json.error.issues[0].path).toEqual(['closesAt']);
  });
  it('refuses a date line whose date does not exist with 422, saying which', async () => {
    const res = await call('POST', '/api/briefings', { text: 'date 2025-02-30 Council\nThe council approved the harbour budget of $3 million.' });
    expectError(res, 422, 'unprocessable');
    expect(res.json.error.message).toContain('2025-02-30');
  });
  it('refuses another site posting a form', async () => {
    const res = await call('POST', '/api/briefings', { text: SAMPLE_BRIEFING }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expectError(res, 403, 'forbidden');
  });
  it('sends security headers on errors too', async () => {
    const res = await call('GET', '/api/quizzes/ZZZZZZ');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=(\d{8,})/);
  });
});

describe('methods', () => {
  it('answers a known path asked with the wrong method with 405 and the allowed methods', async () => {
    const res = await call('DELETE', '/api/briefings');
    expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toContain('GET');
    expect(res.headers.get('allow')).toContain('POST');
    expectError(await call('PUT', '/api/plays/abc/answers', {}), 405, 'method_not_allowed');
  });
});
