// A quiz that reads like a quiz: the default selection mixes kinds and spreads over the briefing,
// each player meets the questions in an order of their own (kept on resume), and a teacher's
// explanation replaces the generator's.
import { describe, expect, it } from 'vitest';
import xiTrumpCall from '../../src/content/2026-02-05-xi-trump-taiwan-call.txt';
import { DIPLOMACY, SPORT } from '../domain/generator/briefings';
import { auth, call, createQuiz, defaultBriefingId, expectError, SAMPLE_BRIEFING } from './helpers';

async function newBriefing(text: string) {
  const res = await call('POST', '/api/briefings', { text });
  expect(res.status, res.text).toBe(201);
  const bank = await call('GET', `/api/briefings/${res.json.briefing.id}/questions`, undefined, auth(res.json.teacherKey));
  expect(bank.status).toBe(200);
  return { id: res.json.briefing.id as string, key: res.json.teacherKey as string, bank: bank.json };
}

/** The quiz's questions as its teacher sees them, in the quiz's own order. */
async function quizQuestions(code: string, teacherKey: string) {
  const res = await call('GET', `/api/quizzes/${code}/results`, undefined, auth(teacherKey));
  expect(res.status).toBe(200);
  return res.json.questions as { id: string; kind: string; prompt: string; index: number }[];
}

/** Plays a quiz to the end, always taking the first choice; returns the ids in the order met. */
async function playThrough(code: string, name: string) {
  const start = await call('POST', `/api/quizzes/${code}/plays`, { name });
  expect(start.status, start.text).toBe(201);
  const token = start.json.playToken;
  const playId = start.json.play.id;
  const met: string[] = [];
  let q = start.json.question;
  for (let step = 0; q; step++) {
    expect(q.index).toBe(step);
    // A resume serves the same question: the order is the play's, not drawn again.
    const resumed = await call('GET', `/api/plays/${playId}`, undefined, auth(token));
    expect(resumed.json.question.id).toBe(q.id);
    met.push(q.id);
    const answered = await call('POST', `/api/plays/${playId}/answers`, { questionId: q.id, choiceId: q.choices[0].id }, auth(token));
    expect(answered.status, answered.text).toBe(200);
    q = answered.json.next;
  }
  return { met, playId, token };
}

describe('the default selection', () => {
  it('of the default briefing mixes every kind its bank has, four at least when the bank has them', async () => {
    // The shipped text, posted again: the same bank, with a key to read it.
    const { bank } = await newBriefing(xiTrumpCall);
    const byId = new Map(bank.questions.map((q: any) => [q.id, q]));
    const bankKinds = new Set(bank.questions.map((q: any) => q.kind));
    const chosen = bank.selection.map((id: string) => byId.get(id) as any);
    expect(chosen.length).toBeGreaterThanOrEqual(Math.min(4, bank.questions.length));
    expect(chosen.length).toBeLessThanOrEqual(10);
    expect(new Set(chosen.map((q: any) => q.kind)).size).toBeGreaterThanOrEqual(Math.min(4, bankKinds.size));
    expect(new Set(chosen.map((q: any) => q.source.statementId)).size).toBe(chosen.length);
    // No answer twice ("Xi Jinping" for two questions would answer each other), True and False aside.
    const answers = chosen.filter((q: any) => q.kind !== 'true_false').map((q: any) => q.choices.find((c: any) => c.id === q.answerId).text);
    expect(new Set(answers).size).toBe(answers.length);

    // A quiz made on the listed default briefing without a selection takes the same mix.
    const quiz = await createQuiz([await defaultBriefingId()], {});
    const kinds = new Set((await quizQuestions(quiz.quiz.code, quiz.teacherKey)).map((q) => q.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(Math.min(4, bankKinds.size));
  });

  it('mixes at least four kinds, asks no statement and no answer twice, and keeps document order', async () => {
    const a = await newBriefing(DIPLOMACY);
    const b = await newBriefing(SPORT);
    const quiz = await createQuiz([a.id, b.id], { questionCount: 8, briefingKeys: { [a.id]: a.key, [b.id]: b.key } });
    const questions = await quizQuestions(quiz.quiz.code, quiz.teacherKey);
    expect(questions).toHaveLength(8);
    expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
    const bank = [...a.bank.questions, ...b.bank.questions];
    const source = (prompt: string) => bank.find((q: any) => q.prompt === prompt);
    const picked = questions.map((q) => source(q.prompt));
    expect(picked.every(Boolean)).toBe(true);
    expect(new Set(picked.map((q: any) => q.source.statementId)).size).toBe(8);
    const answers = picked.filter((q: any) => q.kind !== 'true_false').map((q: any) => q.choices.find((c: any) => c.id === q.answerId).text);
    expect(new Set(answers).size).toBe(answers.length);
    const place = picked.map((q: any) => [q.source.briefingId === a.id ? 0 : 1, q.source.statementIndex]);
    expect(place).toEqual([...place].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
  });
});

describe('the order of the questions', () => {
  it('differs between players of one quiz, is kept on resume, and numbers each play from 1', async () => {
    const { id, key } = await newBriefing(SAMPLE_BRIEFING);
    const quiz = await createQuiz([id], {}, key);
    expect(quiz.quiz.shuffleQuestions).toBe(true);
    const ids = (await quizQuestions(quiz.quiz.code, quiz.teacherKey)).map((q) => q.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const orders: string[][] = [];
    for (let i = 0; i < 4; i++) orders.push((await playThrough(quiz.quiz.code, `Player ${i}`)).met);
    for (const o of orders) expect([...o].sort()).toEqual([...ids].sort());
    // Four players of 5! or more orders all in the same one: about one chance in two million.
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThanOrEqual(2);

    // The review of a finished play follows the play's own order.
    const last = await playThrough(quiz.quiz.code, 'Reviewer');
    const review = await call('GET', `/api/plays/${last.playId}?review=1`, undefined, auth(last.token));
    expect(review.json.review.map((r: any) => r.questionId)).toEqual(last.met);
    expect(review.json.review.map((r: any) => r.index)).toEqual(last.met.map((_, i) => i));
    // Results still count every answer against its question.
    const results = await call('GET', `/api/quizzes/${quiz.quiz.code}/results`, undefined, auth(quiz.teacherKey));
    expect(results.json.questions.every((q: any) => q.answered === 5)).toBe(true);
  });

  it('is the quiz’s own for everyone when the teacher keeps the order', async () => {
    const { id, key } = await newBriefing(SAMPLE_BRIEFING.replace('2025-03-14', '2025-03-15'));
    const chosen = (await call('GET', `/api/briefings/${id}/questions`, undefined, auth(key))).json.questions.map((q: any) => q.id).reverse();
    const quiz = await createQuiz([id], { questionIds: chosen, shuffleQuestions: false }, key);
    expect(quiz.quiz.shuffleQuestions).toBe(false);
    const ids = (await quizQuestions(quiz.quiz.code, quiz.teacherKey)).map((q) => q.id);
    for (let i = 0; i < 3; i++) expect((await playThrough(quiz.quiz.code, `Fixed ${i}`)).met).toEqual(ids);
    expectError(await call('POST', '/api/quizzes', { briefingIds: [id], shuffleQuestions: 'no' }, auth(key)), 400, 'invalid_input');
  });
});

describe('a teacher’s explanation', () => {
  it('is what players read after answering, and leaves the quiz on the briefing’s leaderboard', async () => {
    const { id, key, bank } = await newBriefing(SAMPLE_BRIEFING.replace('2025-03-14', '2025-03-16'));
    const first = bank.questions[0];
    const explanation = '  Ottawa hosted the talks; the treaty names the river.  ';
    const quiz = await createQuiz([id], { questionIds: [first.id], edits: { [first.id]: { explanation } }, shuffleQuestions: false }, key);
    const start = await call('POST', `/api/quizzes/${quiz.quiz.code}/plays`, { name: 'Reader' });
    const q = start.json.question;
    expect(JSON.stringify(start.json)).not.toContain('Ottawa hosted');
    const answered = await call(
      'POST',
      `/api/plays/${start.json.play.id}/answers`,
      { questionId: q.id, choiceId: q.choices[0].id },
      auth(start.json.playToken),
    );
    expect(answered.json.explanation).toBe(explanation.trim());
    expect(answered.json.source.text).toBe(first.source.text);
    const board = await call('GET', `/api/briefings/${id}/leaderboard`);
    expect(board.json.entries.map((e: any) => e.name)).toContain('Reader');
  });

  it('is refused when empty or too long, naming the question', async () => {
    const { id, key, bank } = await newBriefing(SAMPLE_BRIEFING.replace('2025-03-14', '2025-03-17'));
    const q = bank.questions[0].id;
    for (const explanation of ['   ', 'x'.repeat(601), 'Right \u202Eeurt si sihT', 'A bell\u0007']) {
      const res = await call('POST', '/api/quizzes', { briefingIds: [id], questionIds: [q], edits: { [q]: { explanation } } }, auth(key));
      expectError(res, 400, 'invalid_input');
      expect(JSON.stringify(res.json.error.issues)).toContain('explanation');
    }
    const fits = await call('POST', '/api/quizzes', { briefingIds: [id], questionIds: [q], edits: { [q]: { explanation: 'y'.repeat(600) } } }, auth(key));
    expect(fits.status).toBe(201);
  });
});
