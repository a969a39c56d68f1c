// What a teacher reads of a class: one row per answer as CSV, one student's answers, and removing
// a play, which leaves no trace in results, CSV files or any leaderboard.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerKey, auth, call, createQuiz, expectError } from './helpers';
import { parseCsv } from '../csv';

const BRIEFING = `date 2025-08-21 Island ferries get a new timetable
The ferry company of Harrow Isle and the port of Calder agreed a new timetable on 20 August 2025.
Harbour master Ingrid Falk said the Calder timetable was “the first change in a decade that islanders asked for”.
Ferry director Tom Achebe said the company would add 6 sailings every week.
The Calder crossing takes 55 minutes in good weather.
Inspectors from the Maritime Safety Office will check the new ferries in October.
Shopkeepers on Harrow Isle warned that “more boats alone will not bring back the tourists”.
Ingrid Falk and Tom Achebe will review the timetable in March 2026.`;

let briefingId: string;
let briefingKey: string;
let bank: any[];

beforeAll(async () => {
  const res = await call('POST', '/api/briefings', { text: BRIEFING });
  expect(res.status, res.text).toBe(201);
  briefingId = res.json.briefing.id;
  briefingKey = res.json.teacherKey;
  bank = await answerKey(briefingId, briefingKey);
});

/** Plays `answers` questions: right when `right(i)`, else the first wrong choice, or no choice at all when null. */
async function play(code: string, name: string, plan: ('right' | 'wrong' | 'none')[]) {
  const start = await call('POST', `/api/quizzes/${code}/plays`, { name });
  expect(start.status, start.text).toBe(201);
  const { play: p, playToken } = start.json;
  let q = start.json.question;
  const chosen: (string | null)[] = [];
  const met: string[] = [];
  for (const step of plan) {
    met.push(q.prompt);
    const b = bank.find((x) => x.prompt === q.prompt);
    const rightText = b.choices.find((c: any) => c.id === b.answerId).text;
    const pick = step === 'none' ? null : q.choices.find((c: any) => (step === 'right' ? c.text === rightText : c.text !== rightText));
    chosen.push(pick ? pick.text : null);
    const res = await call('POST', `/api/plays/${p.id}/answers`, { questionId: q.id, choiceId: pick ? pick.id : null }, auth(playToken));
    expect(res.status, res.text).toBe(200);
    q = res.json.next;
  }
  return { id: p.id as string, token: playToken as string, chosen, met };
}

const csvOf = async (code: string, key: string, query = '') => {
  const res = await call('GET', `/api/quizzes/${code}/results.csv${query}`, undefined, auth(key));
  expect(res.status, res.text).toBe(200);
  return { res, rows: parseCsv(res.text) };
};

describe('results.csv?detail=answers', () => {
  it('has one row per player and question: their choice, right or not, points and seconds, or “not reached”', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 3, shuffleQuestions: false }, briefingKey);
    const a = await play(quiz.code, 'Alba, "the quick"', ['right', 'wrong', 'none']);
    const b = await play(quiz.code, '=SUM(A1)', ['right']);
    const { res, rows } = await csvOf(quiz.code, teacherKey, '?detail=answers');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="debrief-${quiz.code}-answers.csv"`);
    const [header, ...body] = rows;
    expect(header).toEqual(['name', 'play', 'state', 'question', 'prompt', 'choice', 'correct_answer', 'correct', 'points', 'seconds']);
    expect(body).toHaveLength(6);
    for (const r of body) expect(r).toHaveLength(header.length);
    const results = (await call('GET', `/api/quizzes/${quiz.code}/results`, undefined, auth(teacherKey))).json;
    const col = (name: string) => header.indexOf(name);
    const alba = body.filter((r) => r[col('play')] === a.id);
    expect(alba.map((r) => r[col('name')])).toEqual(['Alba, "the quick"', 'Alba, "the quick"', 'Alba, "the quick"']);
    expect(alba.map((r) => r[col('question')])).toEqual(['1', '2', '3']);
    expect(alba.map((r) => r[col('choice')])).toEqual([a.chosen[0], a.chosen[1], '']);
    expect(alba.map((r) => r[col('correct')])).toEqual(['yes', 'no', 'no']);
    const albaPlay = results.plays.find((p: any) => p.id === a.id);
    expect(alba.map((r) => Number(r[col('points')]))).toEqual(albaPlay.answers.map((x: any) => x.points));
    expect(alba.map((r) => Number(r[col('seconds')]))).toEqual(albaPlay.answers.map((x: any) => Math.round(x.elapsedMs / 100) / 10));
    for (const [i, r] of alba.entries()) {
      const q = results.questions[i];
      expect(r[col('prompt')]).toBe(q.prompt);
      expect(r[col('correct_answer')]).toBe(q.choices.find((c: any) => c.id === q.correctChoiceId).text);
    }
    // A cell a spreadsheet would run as a formula is defused; the play still in progress says so.
    const bRows = body.filter((r) => r[col('play')] === b.id);
    expect(bRows).toHaveLength(3);
    expect(bRows[0][col('name')]).toBe("'=SUM(A1)");
    expect(bRows[0][col('state')]).toBe('playing');
    expect(bRows.map((r) => r[col('correct')])).toEqual(['yes', 'not reached', 'not reached']);
    expect(bRows.map((r) => r[col('choice')])).toEqual([b.chosen[0], '', '']);
    expect(bRows.map((r) => r[col('points')]).slice(1)).toEqual(['', '']);
  });

  it('keeps one row per play without the parameter, now with the state last, and refuses another detail', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 1 }, briefingKey);
    await play(quiz.code, 'Solo', ['right']);
    const { rows } = await csvOf(quiz.code, teacherKey);
    expect(rows[0]).toEqual(['name', 'score', 'correct', 'answered', 'questions', 'started', 'finished', 'duration_s', 'rank', 'state']);
    expect(rows[1][0]).toBe('Solo');
    expect(rows[1][9]).toBe('finished');
    expectError(await call('GET', `/api/quizzes/${quiz.code}/results.csv?detail=questions`, undefined, auth(teacherKey)), 400, 'invalid_input');
    expectError(await call('GET', `/api/quizzes/${quiz.code}/results.csv?detail=answers`), 401, 'unauthorized');
  });
});

describe("one student's play", () => {
  it('lists every question with their choice, the right answer, points and time; an unreached one has no answer', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 3, shuffleQuestions: false }, briefingKey);
    const p = await play(quiz.code, 'Cleo', ['wrong', 'right']);
    const res = await call('GET', `/api/quizzes/${quiz.code}/plays/${p.id}`, undefined, auth(teacherKey));
    expect(res.status, res.text).toBe(200);
    expect(res.json.play).toMatchObject({ id: p.id, name: 'Cleo', state: 'playing', answeredCount: 2, rank: null });
    const qs = res.json.questions;
    expect(qs.map((q: any) => q.index)).toEqual([0, 1, 2]);
    const text = (q: any, id: string | null) => q.choices.find((c: any) => c.id === id)?.text ?? null;
    expect(qs.slice(0, 2).map((q: any) => text(q, q.answer.choiceId))).toEqual(p.chosen);
    expect(qs.map((q: any) => q.answer?.correct ?? null)).toEqual([false, true, null]);
    expect(qs[1].answer.points).toBeGreaterThan(0);
    expect(qs[0].answer.elapsedMs).toBeGreaterThanOrEqual(0);
    for (const q of qs) {
      const b = bank.find((x) => x.prompt === q.prompt);
      expect(text(q, q.correctChoiceId)).toBe(b.choices.find((c: any) => c.id === b.answerId).text);
      expect(q.explanation).toBe(b.explanation);
    }
  });

  it('matches each answer to its own question when the player met the questions in an order of their own', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 4, shuffleQuestions: true }, briefingKey);
    // Several players, so at least one meets the questions out of the quiz's order.
    for (const name of ['Dora', 'Emil', 'Fay', 'Gus']) {
      const p = await play(quiz.code, name, ['right', 'wrong', 'right']);
      const res = await call('GET', `/api/quizzes/${quiz.code}/plays/${p.id}`, undefined, auth(teacherKey));
      expect(res.status, res.text).toBe(200);
      for (const q of res.json.questions) {
        const at = p.met.indexOf(q.prompt);
        const chosen = q.answer ? (q.choices.find((c: any) => c.id === q.answer.choiceId)?.text ?? null) : undefined;
        expect(chosen, `${name}: ${q.prompt}`).toBe(at < 0 ? undefined : p.chosen[at]);
        if (at >= 0) expect(q.answer.correct).toBe(at !== 1);
      }
    }
  });

  it('is the teacher’s only, and of this quiz only', async () => {
    const one = await createQuiz([briefingId], { questionCount: 1 }, briefingKey);
    const other = await createQuiz([briefingId], { questionCount: 1 }, briefingKey);
    const p = await play(one.quiz.code, 'Dara', ['right']);
    expectError(await call('GET', `/api/quizzes/${one.quiz.code}/plays/${p.id}`), 401, 'unauthorized');
    expectError(await call('GET', `/api/quizzes/${one.quiz.code}/plays/${p.id}`, undefined, auth(other.teacherKey)), 403, 'forbidden');
    expectError(await call('GET', `/api/quizzes/${other.quiz.code}/plays/${p.id}`, undefined, auth(other.teacherKey)), 404, 'not_found');
    expectError(await call('GET', `/api/quizzes/${one.quiz.code}/plays/nope`, undefined, auth(one.teacherKey)), 404, 'not_found');
    // The player's own token opens nothing here.
    expectError(await call('GET', `/api/quizzes/${one.quiz.code}/plays/${p.id}`, undefined, auth(p.token)), 403, 'forbidden');
  });
});

describe("removing a player's play", () => {
  it('takes it out of the results, both CSV files, the quiz’s and the briefing’s leaderboards', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 2 }, briefingKey);
    const keep = await play(quiz.code, 'Keeper', ['right', 'wrong']);
    const gone = await play(quiz.code, 'Rude Name', ['right', 'right']);
    const board = async () => (await call('GET', `/api/quizzes/${quiz.code}/leaderboard`)).json;
    const briefingBoard = async () => (await call('GET', `/api/briefings/${briefingId}/leaderboard?limit=100`)).json;
    expect((await board()).entries.map((e: any) => e.name)).toEqual(['Rude Name', 'Keeper']);
    expect((await briefingBoard()).entries.map((e: any) => e.name)).toContain('Rude Name');
    const briefingTotal = (await briefingBoard()).total;

    expectError(await call('DELETE', `/api/quizzes/${quiz.code}/plays/${gone.id}`), 401, 'unauthorized');
    const other = await createQuiz([briefingId], { questionCount: 1 }, briefingKey);
    expectError(await call('DELETE', `/api/quizzes/${quiz.code}/plays/${gone.id}`, undefined, auth(other.teacherKey)), 403, 'forbidden');
    expectError(await call('DELETE', `/api/quizzes/${other.quiz.code}/plays/${gone.id}`, undefined, auth(other.teacherKey)), 404, 'not_found');

    const removed = await call('DELETE', `/api/quizzes/${quiz.code}/plays/${gone.id}`, undefined, auth(teacherKey));
    expect(removed.status, removed.text).toBe(200);
    expect(removed.json).toEqual({ deleted: true });
    expectError(await call('DELETE', `/api/quizzes/${quiz.code}/plays/${gone.id}`, undefined, auth(teacherKey)), 404, 'not_found');

    const now = await board();
    expect(now.entries.map((e: any) => [e.rank, e.name])).toEqual([[1, 'Keeper']]);
    expect(now.total).toBe(1);
    const bb = await briefingBoard();
    expect(bb.entries.map((e: any) => e.name)).not.toContain('Rude Name');
    expect(bb.total).toBe(briefingTotal - 1);
    const results = (await call('GET', `/api/quizzes/${quiz.code}/results`, undefined, auth(teacherKey))).json;
    expect(results.plays.map((p: any) => p.name)).toEqual(['Keeper']);
    expect(results.quiz).toMatchObject({ playCount: 1, finishedCount: 1 });
    expect(results.questions.map((q: any) => q.answered)).toEqual([1, 1]);
    expect((await csvOf(quiz.code, teacherKey)).res.text).not.toContain('Rude Name');
    expect((await csvOf(quiz.code, teacherKey, '?detail=answers')).res.text).not.toContain('Rude Name');
    expect((await env.DB.prepare('select count(*) as n from answers where play_id = ?').bind(gone.id).first())?.n).toBe(0);
    // The removed player's token opens nothing any more.
    expectError(await call('GET', `/api/plays/${gone.id}`, undefined, auth(gone.token)), 403, 'forbidden');
    expect(keep.id).toBeTruthy();
  });

  it('removes a play once when two removals race', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 1 }, briefingKey);
    const p = await play(quiz.code, 'Twice', ['right']);
    const both = await Promise.all([1, 2].map(() => call('DELETE', `/api/quizzes/${quiz.code}/plays/${p.id}`, undefined, auth(teacherKey))));
    expect(both.map((r) => r.status).sort()).toEqual([200, 404]);
    expect((await call('GET', `/api/quizzes/${quiz.code}`)).json.quiz).toMatchObject({ playCount: 0, finishedCount: 0 });
  });

  it('frees the name in an assessed quiz, so the student may play again', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 1, mode: 'assessed' }, briefingKey);
    const first = await play(quiz.code, 'Eli', ['wrong']);
    expectError(await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Eli' }), 409, 'conflict');
    expect((await call('DELETE', `/api/quizzes/${quiz.code}/plays/${first.id}`, undefined, auth(teacherKey))).status).toBe(200);
    expect((await call('POST', `/api/quizzes/${quiz.code}/plays`, { name: 'Eli' })).status).toBe(201);
  });
});
