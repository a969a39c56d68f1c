// 3. A scout play reveals nothing. Before: choice ids were the same in every play and every answer
// response carried correctChoiceId, so a second play answered from the first one's feedback
// (13,497 of 13,500), assessed mode included. Now ids are per play, and an assessed quiz says
// right or wrong but keeps the key, explanation and source until the teacher releases them.
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, auth, call, correctChoice, join, newQuiz, wrongChoice } from './helpers';

/** Plays a whole quiz, wrong on purpose, keeping every answer response. */
async function scout(code: string, name: string) {
  const { play, token, question: first } = await join(code, name);
  const responses: any[] = [];
  let question = first;
  while (question) {
    const res = await answer(play.id, token, { questionId: question.id, choiceId: await wrongChoice(question) });
    expect(res.status, res.text).toBe(200);
    responses.push({ question, res: res.json });
    question = res.json.next;
  }
  return { play, token, responses };
}

describe('a practice quiz', () => {
  it("gives a second play nothing to reuse from the first one's feedback", async () => {
    const { quiz } = await newQuiz({ questionCount: 6 });
    const first = await scout(quiz.code, 'Scout');
    const learned = new Set(first.responses.map((r) => r.res.correctChoiceId));
    expect(learned.size).toBe(first.responses.length);
    const { play, token, question: q0 } = await join(quiz.code, 'Second');
    let question = q0;
    while (question) {
      for (const c of question.choices) expect(learned.has(c.id)).toBe(false);
      const res = await answer(play.id, token, { questionId: question.id, choiceId: question.choices[0].id });
      question = res.json.next;
    }
  });
});

describe('an assessed quiz', () => {
  let code: string;
  let teacherKey: string;

  beforeAll(async () => {
    ({
      quiz: { code },
      teacherKey,
    } = await newQuiz({ questionCount: 4, mode: 'assessed' }));
  });

  it('says right or wrong but gives no key, explanation or source', async () => {
    const { play, token, question } = await join(code, 'Student A');
    const right = await answer(play.id, token, { questionId: question.id, choiceId: await correctChoice(question) });
    expect(right.json).toMatchObject({ correct: true, correctChoiceId: null, explanation: null, source: null });
    expect(right.json.points).toBeGreaterThan(0);
    const next = right.json.next;
    const wrong = await answer(play.id, token, { questionId: next.id, choiceId: await wrongChoice(next) });
    expect(wrong.json).toMatchObject({ correct: false, points: 0, correctChoiceId: null, explanation: null, source: null });
    const review = await call('GET', `/api/plays/${play.id}?review=1`, undefined, auth(token));
    expect(review.json.review).toHaveLength(2);
    for (const r of review.json.review) expect(r).toMatchObject({ correctChoiceId: null, explanation: null, source: null });
    expect((await call('GET', `/api/quizzes/${code}`)).json.quiz.answersReleased).toBe(false);
  });

  it('shows the answers in the review once the teacher releases them', async () => {
    const scouted = await scout(code, 'Student B');
    expect(scouted.responses.every((r) => r.res.correctChoiceId === null)).toBe(true);
    // Only the teacher releases them.
    const refused = await call('PATCH', `/api/quizzes/${code}`, { answersReleased: true }, auth(scouted.token));
    expect(refused.status).toBe(403);
    const released = await call('PATCH', `/api/quizzes/${code}`, { answersReleased: true }, auth(teacherKey));
    expect(released.status, released.text).toBe(200);
    expect(released.json.quiz.answersReleased).toBe(true);
    const review = await call('GET', `/api/plays/${scouted.play.id}?review=1`, undefined, auth(scouted.token));
    for (const [i, r] of review.json.review.entries()) {
      expect(r.correctChoiceId).toBe(await correctChoice(scouted.responses[i].question));
      expect(r.explanation).toEqual(expect.any(String));
      expect(r.source.text).toEqual(expect.any(String));
    }
  });

  it('shows them once the quiz closes, too', async () => {
    const { quiz, teacherKey: key } = await newQuiz({ questionCount: 2, mode: 'assessed' });
    const scouted = await scout(quiz.code, 'Student C');
    const before = await call('GET', `/api/plays/${scouted.play.id}?review=1`, undefined, auth(scouted.token));
    expect(before.json.review[0].correctChoiceId).toBeNull();
    expect((await call('PATCH', `/api/quizzes/${quiz.code}`, { closed: true }, auth(key))).status).toBe(200);
    const after = await call('GET', `/api/plays/${scouted.play.id}?review=1`, undefined, auth(scouted.token));
    expect(after.json.review[0].correctChoiceId).toBe(await correctChoice(scouted.responses[0].question));
  });
});
