// 9. A teacher's edit of the right answer. Before: the quiz kept the generator's explanation,
// which names the old answer ("It was <old answer>."), in play and in every export, so the
// feedback contradicted the key the teacher set.
import { describe, expect, it } from 'vitest';
import { parse as parseGift } from 'gift-pegjs';
import { answer, auth, briefingFixture, call, join } from './helpers';
import { createQuiz } from '../api/helpers';

describe('a teacher who changes the right answer', () => {
  it('gets feedback and exports that explain the new answer, not the old one', async () => {
    const { briefingId, briefingKey, bank } = await briefingFixture();
    const q = bank.find((b) => b.kind === 'attribution' && b.choices.length >= 3) ?? bank.find((b) => b.choices.length >= 3);
    const old = q.choices.find((c: any) => c.id === q.answerId);
    expect(q.explanation).toContain(old.text);
    const other = q.choices.find((c: any) => c.id !== q.answerId);
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionIds: [q.id], edits: { [q.id]: { answerId: other.id } } }, briefingKey);

    const { play, token, question } = await join(quiz.code, 'Checker');
    const pick = question.choices.find((c: any) => c.text === other.text).id;
    const res = await answer(play.id, token, { questionId: question.id, choiceId: pick });
    expect(res.json.correct).toBe(true);
    expect(res.json.explanation).toContain(other.text);
    expect(res.json.explanation).not.toContain(old.text === other.text ? '\u0000' : `It was ${old.text}`);
    expect(res.json.explanation).toContain(res.json.source.text);

    const gift = await call('GET', `/api/quizzes/${quiz.code}/export?format=gift`, undefined, auth(teacherKey));
    expect(gift.status).toBe(200);
    const [parsed] = (parseGift(gift.text) as any[]).filter((x) => x.type === 'MC');
    expect(parsed.choices.filter((c: any) => c.isCorrect).map((c: any) => c.text.text)).toEqual([other.text]);
    expect(gift.text).not.toContain(`It was ${old.text}`);
    expect(gift.text).toContain(`The answer is ${other.text}`);
  });

  it('keeps the generated explanation when only the prompt changes', async () => {
    const { briefingId, briefingKey, bank } = await briefingFixture();
    const q = bank[0];
    const { quiz, teacherKey } = await createQuiz([briefingId], { questionIds: [q.id], edits: { [q.id]: { prompt: 'Who said it?' } } }, briefingKey);
    const results = await call('GET', `/api/quizzes/${quiz.code}/export?format=csv`, undefined, auth(teacherKey));
    expect(results.text).toContain(q.explanation.slice(0, 30));
  });
});
