import { env } from 'cloudflare:test';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exports } from 'cloudflare:workers';
import { unzipStored } from '../../src/lib/zip';
import { createApp } from '../../src/app';
import { contract } from '../../src/routes/contract';
import { answerKey, auth, call, checkContract, createQuiz, expectError } from './helpers';

/** A briefing written for these tests: names, quotes, numbers and dates to make questions from. */
const BRIEFING = `date 2025-11-03 Coastal towns agree a shared flood plan
The mayors of Porthaven and Kilbride signed a joint flood defence plan in Porthaven on 2 November 2025.
Mayor Eleanor Voss said the Porthaven flood plan was “the most important thing this council has done in a generation”.
Mayor Tomasz Brennan said his town would contribute 18 million pounds over five years.
The Porthaven flood plan protects 4,300 homes along 27 kilometres of coastline.
Engineers from the National Coastal Agency will begin surveys in January.
Fishing crews in Kilbride warned that “walls alone will not keep the harbour alive”.
Eleanor Voss and Tomasz Brennan will report on progress to residents in March 2026.`;

let briefingId: string;
let briefingKey: string;
let bank: any[];

beforeAll(async () => {
  const res = await call('POST', '/api/briefings', { text: BRIEFING });
  expect(res.status, res.text).toBe(201);
  briefingId = res.json.briefing.id;
  briefingKey = res.json.teacherKey;
  bank = await answerKey(briefingId, briefingKey);
  expect(bank.length).toBeGreaterThanOrEqual(4);
});

/** The response's bytes: Response.text() would drop a byte order mark. */
async function rawGet(path: string, key: string) {
  const res = await (exports as any).default.fetch(new Request(`http://debrief.test${path}`, { headers: auth(key) }));
  checkContract('GET', path, { status: res.status, headers: res.headers, json: null, text: '' });
  return { res: res as Response, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function rowCount(table: string): Promise<number> {
  const row = await env.DB.prepare(`select count(*) as n from ${table}`).first<{ n: number }>();
  return row!.n;
}

async function join(code: string, name: string) {
  const res = await call('POST', `/api/quizzes/${code}/plays`, { name });
  return res;
}

/** Plays a quiz to the end, answering right when `right(i)` and wrong otherwise. */
async function playThrough(code: string, name: string, right: (i: number) => boolean, key: Map<string, string>) {
  const start = await join(code, name);
  expect(start.status, start.text).toBe(201);
  let q = start.json.question;
  const token = start.json.playToken;
  for (let i = 0; q; i++) {
    // The key holds the right text: ids and order are each play's own.
    const rightText = key.get(q.prompt)!;
    const answer = q.choices.find((c: any) => c.text === rightText).id;
    // The same wrong choice for everyone.
    const wrong = q.choices.filter((c: any) => c.text !== rightText).sort((a: any, b: any) => (a.text < b.text ? -1 : 1))[0].id;
    const choiceId = right(i) ? answer : wrong;
    const res = await call('POST', `/api/plays/${start.json.play.id}/answers`, { questionId: q.id, choiceId }, auth(token));
    expect(res.status, res.text).toBe(200);
    q = res.json.next;
  }
  return start.json.play.id as string;
}

describe('creating a quiz from a selection with edits', () => {
  it('uses the chosen questions in order with the edits, and leaves the bank alone', async () => {
    const [a, b, c] = bank;
    const newChoices = a.choices.map((ch: any, i: number) => ({ id: ch.id, text: i === 0 ? 'An edited choice' : ch.text }));
    const newAnswer = newChoices[0].id;
    const { quiz, teacherKey } = await createQuiz(
      [briefingId],
      {
        questionIds: [c.id, a.id, b.id],
        edits: { [a.id]: { prompt: 'Edited: who signed the plan?', choices: newChoices, answerId: newAnswer }, [b.id]: { prompt: '  A new prompt  ' } },
        mode: 'assessed',
        scoring: 'accuracy',
        timeLimitSec: 60,
      },
      briefingKey,
    );
    expect(quiz).toMatchObject({ questionCount: 3, mode: 'assessed', scoring: 'accuracy', timeLimitSec: 60 });
    const results = await call('GET', `/api/quizzes/${quiz.code}/results`, undefined, auth(teacherKey));
    expect(results.status, results.text).toBe(200);
    const qs = results.json.questions;
    expect(qs.map((q: any) => q.prompt)).toEqual([c.prompt, 'Edited: who signed the plan?', 'A new prompt']);
    expect(qs[1].choices).toEqual(newChoices);
    expect(qs[1].correctChoiceId).toBe(newAnswer);
    expect(qs[2].choices).toEqual(b.choices);
    const again = await answerKey(briefingId, briefingKey);
    expect(again.find((q) => q.id === a.id)).toMatchObject({ prompt: a.prompt, choices: a.choices, answerId: a.answerId });
  });

  it('takes every selected question when no count is given', async () => {
    const ids = bank.slice(0, 4).map((q) => q.id);
    const { quiz } = await createQuiz([briefingId], { questionIds: ids }, briefingKey);
    expect(quiz.questionCount).toBe(4);
  });

  it('refuses edits that leave zero or two correct choices, empty text, or odd choice counts, and saves nothing', async () => {
    const [a, b] = bank;
    const before = [await rowCount('quizzes'), await rowCount('quiz_questions')];
    const bad: Record<string, unknown>[] = [
      { [a.id]: { answerId: 'no-such-choice' } },
      { [a.id]: { choices: a.choices.map((ch: any) => ({ id: `${ch.id}x`, text: ch.text })) } },
      { [a.id]: { choices: a.choices.map((ch: any) => ({ id: ch.id, text: 'Same text' })) } },
      { [a.id]: { choices: [{ id: a.answerId, text: 'Only one' }], answerId: a.answerId } },
      { [a.id]: { choices: a.choices.map((ch: any, i: number) => ({ id: ch.id, text: i ? ch.text : '   ' })) } },
      { [a.id]: { choices: [...a.choices, { id: a.choices[0].id, text: 'Duplicate id' }] } },
      { [a.id]: { prompt: '' } },
      { [b.id]: { prompt: 'Not selected' } },
      { 'unknown-question': { prompt: 'Nope' } },
    ];
    for (const edits of bad) {
      const res = await call('POST', '/api/quizzes', { briefingIds: [briefingId], questionIds: [a.id], edits }, auth(briefingKey));
      expectError(res, 400, 'invalid_input');
      expect(res.json.error.issues?.length, JSON.stringify(edits)).toBeGreaterThan(0);
    }
    const unknown = await call('POST', '/api/quizzes', { briefingIds: [briefingId], questionIds: ['nope'] }, auth(briefingKey));
    expectError(unknown, 400, 'invalid_input');
    const twice = await call('POST', '/api/quizzes', { briefingIds: [briefingId], questionIds: [a.id, a.id] }, auth(briefingKey));
    expectError(twice, 400, 'invalid_input');
    expect([await rowCount('quizzes'), await rowCount('quiz_questions')]).toEqual(before);
  });
});

describe('teacher routes', () => {
  let code: string;
  let key: string;
  let otherKey: string;
  const answers = new Map<string, string>();

  beforeAll(async () => {
    const created = await createQuiz([briefingId], { questionCount: 4, title: 'Flood plan: check-in', shuffleQuestions: false }, briefingKey);
    code = created.quiz.code;
    key = created.teacherKey;
    otherKey = (await createQuiz([briefingId], { questionCount: 2 }, briefingKey)).teacherKey;
    const results = await call('GET', `/api/quizzes/${code}/results`, undefined, auth(key));
    for (const q of results.json.questions) answers.set(q.prompt, q.choices.find((c: any) => c.id === q.correctChoiceId).text);
  });

  const routes = () =>
    [
      ['GET', `/api/quizzes/${code}/results`, undefined],
      ['GET', `/api/quizzes/${code}/results.csv`, undefined],
      ['GET', `/api/quizzes/${code}/export?format=gift`, undefined],
      ['GET', `/api/quizzes/${code}/export?format=qti`, undefined],
      ['PATCH', `/api/quizzes/${code}`, { title: 'Renamed' }],
    ] as const;

  it('answer 401 without a key and 403 with a wrong, foreign or truncated one', async () => {
    for (const [method, path, body] of routes()) {
      expectError(await call(method, path, body), 401, 'unauthorized');
      expectError(await call(method, path, body, { authorization: 'Basic abc' }), 401, 'unauthorized');
      expectError(await call(method, path, body, auth(otherKey)), 403, 'forbidden');
      expectError(await call(method, path, body, auth(briefingKey)), 403, 'forbidden');
      expectError(await call(method, path, body, auth(key.slice(0, -2))), 403, 'forbidden');
    }
  });

  it('answer 404 for a quiz that does not exist', async () => {
    expectError(await call('GET', '/api/quizzes/ZZZZZZ/results', undefined, auth(key)), 404, 'not_found');
    expectError(await call('GET', '/api/quizzes/ZZZZZZ/export?format=gift', undefined, auth(key)), 404, 'not_found');
  });

  it('report each play with its answers and each question with accuracy and the most chosen wrong answer', async () => {
    await playThrough(code, 'Ada', () => true, answers);
    await playThrough(code, 'Bo', (i) => i % 2 === 1, answers);
    await playThrough(code, 'Cy', (i) => i === 3, answers);
    const started = await join(code, 'Dee');
    expect(started.status).toBe(201);

    const res = await call('GET', `/api/quizzes/${code}/results`, undefined, auth(key));
    expect(res.status).toBe(200);
    expect(res.json.quiz).toMatchObject({ code, playCount: 4, finishedCount: 3 });
    const [first, ...rest] = res.json.plays;
    expect(first).toMatchObject({ name: 'Ada', rank: 1, correctCount: 4, answeredCount: 4 });
    expect(first.answers).toHaveLength(4);
    expect(first.answers[0]).toEqual({
      questionId: expect.any(String),
      choiceId: expect.any(String),
      correct: true,
      points: expect.any(Number),
      elapsedMs: expect.any(Number),
    });
    expect(rest.map((p: any) => p.name)).toEqual(['Bo', 'Cy', 'Dee']);
    expect(rest[2]).toMatchObject({ rank: null, finishedAt: null, answeredCount: 0, answers: [] });

    const q0 = res.json.questions[0];
    expect(q0).toMatchObject({ index: 0, answered: 3, correctCount: 1 });
    expect(q0.correctRate).toBeCloseTo(1 / 3);
    expect(q0.topWrongChoice).toMatchObject({ count: 2, text: expect.any(String) });
    expect(q0.topWrongChoice.id).not.toBe(q0.correctChoiceId);
    const q3 = res.json.questions[3];
    expect(q3).toMatchObject({ answered: 3, correctCount: 3, correctRate: 1, topWrongChoice: null });
  });

  it('give a CSV with a BOM, one row per play, and formula-like names defused', async () => {
    await playThrough(code, '=cmd|calc', () => true, answers);
    await playThrough(code, '@Eve', () => false, answers);
    const res = await call('GET', `/api/quizzes/${code}/results.csv`, undefined, auth(key));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`debrief-${code}-results.csv`);
    const { bytes } = await rawGet(`/api/quizzes/${code}/results.csv`, key);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,score,correct,answered,questions,started,finished,duration_s,rank,state');
    expect(lines).toHaveLength(1 + 6);
    expect(lines.find((l) => l.includes('cmd'))).toMatch(/^'=cmd\|calc,\d+,4,4,4,\d{4}-[^,]+,\d{4}-[^,]+,[\d.]+,\d+,finished$/);
    expect(lines.find((l) => l.includes('Eve'))).toMatch(/^'@Eve,0,0,4,4,/);
    expect(lines.at(-1)).toMatch(/^Dee,0,0,0,4,\d{4}-[^,]+,,,,playing$/);
  });

  it('export the questions as GIFT that a GIFT parser reads back whole', async () => {
    const res = await call('GET', `/api/quizzes/${code}/export?format=gift`, undefined, auth(key));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`debrief-${code}.gift.txt`);
    const results = (await call('GET', `/api/quizzes/${code}/results`, undefined, auth(key))).json;
    const parsed = (parseGift(res.text) as any[]).filter((q) => q.type === 'MC');
    expect(parsed).toHaveLength(results.questions.length);
    results.questions.forEach((q: any, i: number) => {
      expect(parsed[i].stem.text).toBe(q.prompt.replace(/\s+/g, ' ').trim());
      expect(parsed[i].choices.map((c: any) => c.text.text)).toEqual(q.choices.map((c: any) => c.text));
      expect(parsed[i].choices.filter((c: any) => c.isCorrect).map((c: any) => c.text.text)).toEqual([
        q.choices.find((c: any) => c.id === q.correctChoiceId).text,
      ]);
    });
  });

  it('export Aiken, CSV and a QTI 2.1 package with one well-formed item per question', async () => {
    const aiken = await call('GET', `/api/quizzes/${code}/export?format=aiken`, undefined, auth(key));
    expect(aiken.status).toBe(200);
    expect(aiken.text.match(/^ANSWER: [A-F]$/gm)).toHaveLength(4);
    const csv = await call('GET', `/api/quizzes/${code}/export?format=csv`, undefined, auth(key));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(5);

    const { res: zip, bytes } = await rawGet(`/api/quizzes/${code}/export?format=qti`, key);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipStored(bytes);
    const items = files.filter((f) => f.path.startsWith('items/'));
    expect(items).toHaveLength(4);
    for (const f of files) expect(XMLValidator.validate(new TextDecoder().decode(f.content as Uint8Array)), f.path).toBe(true);
  });

  it('refuse an unknown export format with the formats it knows', async () => {
    const res = await call('GET', `/api/quizzes/${code}/export?format=docx`, undefined, auth(key));
    expectError(res, 400, 'invalid_input');
    expect(res.json.error.message).toContain('gift, aiken, csv, qti');
    expectError(await call('GET', `/api/quizzes/${code}/export`, undefined, auth(key)), 400, 'invalid_input');
  });

  it('serve the play link as a QR code to anyone', async () => {
    const res = await call('GET', `/api/quizzes/${code.toLowerCase()}/qr.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.text).toContain(`<title>QR code for http://debrief.test/q/${code}</title>`);
    expectError(await call('GET', '/api/quizzes/ZZZZZZ/qr.svg'), 404, 'not_found');
  });
});

describe('closing a quiz', () => {
  it('turns new players away with 410 until it is reopened; results stay readable', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 2 }, briefingKey);
    const closed = await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(teacherKey));
    expect(closed.status).toBe(200);
    expect(closed.json.quiz.closed).toBe(true);
    expectError(await join(quiz.code, 'Late'), 410, 'gone');
    expect((await call('GET', `/api/quizzes/${quiz.code}/results`, undefined, auth(teacherKey))).status).toBe(200);
    const reopened = await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: false }, auth(teacherKey));
    expect(reopened.json.quiz.closed).toBe(false);
    expect((await join(quiz.code, 'Late')).status).toBe(201);
  });

  it('closes by itself at its closing time', async () => {
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionCount: 2 }, briefingKey);
    const past = new Date(Date.now() - 1000).toISOString();
    const res = await call('PATCH', `/api/quizzes/${quiz.code}`, { closesAt: past }, auth(teacherKey));
    expect(res.json.quiz).toMatchObject({ closed: true, closesAt: past });
    expectError(await join(quiz.code, 'Late'), 410, 'gone');
  });
});

describe('assessed mode', () => {
  it('allows one play per name, whatever its case, spacing or width', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 2, mode: 'assessed' }, briefingKey);
    expect((await join(quiz.code, 'Ana Silva')).status).toBe(201);
    expectError(await join(quiz.code, 'ana silva'), 409, 'conflict');
    expectError(await join(quiz.code, '  ANA SILVA '), 409, 'conflict');
    expectError(await join(quiz.code, 'Ａｎａ Ｓｉｌｖａ'), 409, 'conflict');
    expect((await join(quiz.code, 'Ana Silva 2')).status).toBe(201);
  });

  it('lets practice quizzes reuse a name', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 2 }, briefingKey);
    expect((await join(quiz.code, 'Ana')).status).toBe(201);
    expect((await join(quiz.code, 'ana')).status).toBe(201);
  });
});

describe('the API reference', () => {
  it('serves the OpenAPI document', async () => {
    const res = await call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ openapi: '3.1.0', info: { title: 'Debrief API' } });
    const format = res.json.paths['/api/quizzes/{code}/export'].get.parameters.find((p: { name: string }) => p.name === 'format');
    expect(format.schema.enum).toEqual(['gift', 'aiken', 'csv', 'qti']);
  });

  it('is the whole API: every route the Worker answers is an entry of the contract', () => {
    const served = createApp()
      .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method.toLowerCase()} ${r.path}`);
    expect(new Set(served)).toEqual(new Set(Object.values(contract).map((d) => `${d.method} ${d.path}`)));
  });
});
