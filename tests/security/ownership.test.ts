// 2. A key belongs to its owner. Before: GET /api/quizzes/:code listed the briefing ids of a
// teacher's unlisted briefing, anyone could POST /api/quizzes on them without a credential, and
// the /results of that copy gave correctChoiceIds equal to the ids the target quiz's players saw.
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, briefingFixture, call, fromFreshIp, join, answer, wrongChoice, SAMPLE_BRIEFING } from './helpers';
import { createQuiz, defaultBriefingId, expectError } from '../api/helpers';

let briefingId: string;
let briefingKey: string;

beforeAll(async () => {
  ({ briefingId, briefingKey } = await briefingFixture());
});

describe('an unlisted briefing', () => {
  it('never shows its id in a public response of a quiz built on it', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 3, briefingFirst: true }, briefingKey);
    const texts: [string, string][] = [];
    const look = (what: string, res: { text: string }) => texts.push([what, res.text]);
    look('quiz', await call('GET', `/api/quizzes/${quiz.code}`));
    look('reading', await call('GET', `/api/quizzes/${quiz.code}/briefings`));
    const { play, token, question, json } = await join(quiz.code, 'Curious');
    look('start', { text: JSON.stringify(json) });
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await wrongChoice(question) });
    expect(res.status).toBe(200);
    look('answer', res);
    look('review', await call('GET', `/api/plays/${play.id}?review=1`, undefined, auth(token)));
    look('leaderboard', await call('GET', `/api/quizzes/${quiz.code}/leaderboard`));
    look('briefings', await call('GET', '/api/briefings'));
    for (const [what, text] of texts) expect(text, what).not.toContain(briefingId);
  });

  it('still lets players read it through the quiz, with statement ids that match the sources', async () => {
    const { quiz } = await createQuiz([briefingId], { questionCount: 3, briefingFirst: true }, briefingKey);
    const reading = await call('GET', `/api/quizzes/${quiz.code}/briefings`);
    expect(reading.status, reading.text).toBe(200);
    const [b] = reading.json.briefings;
    expect(b).toMatchObject({ id: null, title: 'River treaty', statementCount: SAMPLE_BRIEFING.split('\n').length - 1 });
    const { play, token, question } = await join(quiz.code, 'Reader');
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await wrongChoice(question) });
    expect(res.json.source.briefingId).toBeNull();
    const st = b.statements.find((s: { id: string }) => s.id === res.json.source.statementId);
    expect(st?.text).toBe(res.json.source.text);
  });

  it('needs its own key to build a quiz on', async () => {
    expectError(await call('POST', '/api/quizzes', { briefingIds: [briefingId] }), 401, 'unauthorized');
    const other = await call('POST', '/api/briefings', { text: SAMPLE_BRIEFING.replace('Ottawa', 'Toronto') }, fromFreshIp());
    expect(other.status).toBe(201);
    expectError(await call('POST', '/api/quizzes', { briefingIds: [briefingId] }, auth(other.json.teacherKey)), 403, 'forbidden');
    // Two unlisted briefings of different owners: one bearer cannot open both, briefingKeys can.
    const both = [briefingId, other.json.briefing.id];
    expectError(await call('POST', '/api/quizzes', { briefingIds: both }, auth(briefingKey)), 403, 'forbidden');
    const ok = await call('POST', '/api/quizzes', { briefingIds: both, briefingKeys: { [other.json.briefing.id]: other.json.teacherKey } }, auth(briefingKey));
    expect(ok.status, ok.text).toBe(201);
    // A listed briefing stays open to everyone.
    expect((await call('POST', '/api/quizzes', { briefingIds: [await defaultBriefingId()] })).status).toBe(201);
  });
});

describe("another quiz's results", () => {
  it('hold no choice id that a player of the target quiz sees', async () => {
    const listed = await defaultBriefingId();
    const target = await createQuiz([listed], { questionCount: 50, mode: 'assessed' });
    const mine = await createQuiz([listed], { questionCount: 50 });
    const results = await call('GET', `/api/quizzes/${mine.quiz.code}/results`, undefined, auth(mine.teacherKey));
    expect(results.status).toBe(200);
    const known = new Set<string>(results.json.questions.flatMap((q: any) => q.choices.map((c: any) => c.id)));
    expect(known.size).toBeGreaterThan(10);
    const { play, token, question: first } = await join(target.quiz.code, 'Target student');
    let question = first;
    let seen = 0;
    while (question) {
      for (const c of question.choices) {
        expect(known.has(c.id), c.text).toBe(false);
        seen++;
      }
      const res = await answer(play.id, token, { questionId: question.id, choiceId: question.choices[0].id });
      question = res.json.next;
    }
    expect(seen).toBeGreaterThan(10);
  });
});
