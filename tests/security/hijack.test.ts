// 5. The briefing leaderboard. Before: it counted every quiz that listed the briefing, so a quiz
// naming the shipped briefing but carrying other, self-edited questions put "Xi Jinping" on top
// at 73,491. Now it counts only plays of quizzes whose questions all come from that briefing,
// unedited.
import { describe, expect, it } from 'vitest';
import { answer, auth, call, fromFreshIp, join } from './helpers';
import { createQuiz } from '../api/helpers';

const SHIPPED = 'xi-trump-taiwan-call-2026';

const EASY = `date 2025-06-01 Easy facts
Mayor Anna Kowalski said the new bridge would open in June.
Mayor Anna Kowalski said the bridge cost 30 million pounds.`;

/** Plays a quiz answering every question with the choice whose text the bank marks right. */
async function playPerfectly(code: string, name: string, rightTexts: Set<string>) {
  const { play, token, question: first } = await join(code, name);
  let question = first;
  let last: Awaited<ReturnType<typeof answer>> | undefined;
  while (question) {
    const pick = question.choices.find((c: any) => rightTexts.has(c.text)) ?? question.choices[0];
    last = await answer(play.id, token, { questionId: question.id, choiceId: pick.id });
    question = last.json.next;
  }
  return last!.json.play;
}

const names = async () => (await call('GET', `/api/briefings/${SHIPPED}/leaderboard?limit=100`)).json.entries.map((e: any) => e.name);

describe("a briefing's leaderboard", () => {
  it('ignores a quiz that names the briefing but asks other questions', async () => {
    const own = await call('POST', '/api/briefings', { text: EASY }, fromFreshIp());
    expect(own.status, own.text).toBe(201);
    const bank = (await call('GET', `/api/briefings/${own.json.briefing.id}/questions`, undefined, auth(own.json.teacherKey))).json.questions;
    // Every choice made right: the edit keeps one id, renamed to a text the player knows.
    const edits = Object.fromEntries(
      bank.map((q: any) => [q.id, { choices: q.choices.map((c: any) => ({ id: c.id, text: c.id === q.answerId ? `Right ${c.id}` : c.text })) }]),
    );
    const right = new Set<string>(bank.map((q: any) => `Right ${q.answerId}`));
    const hijack = await createQuiz(
      [SHIPPED, own.json.briefing.id],
      { questionIds: bank.map((q: any) => q.id), edits, scoring: 'accuracy' },
      own.json.teacherKey,
    );
    const played = await playPerfectly(hijack.quiz.code, 'Xi Jinping', right);
    expect(played.correctCount).toBe(bank.length);
    expect(await names()).not.toContain('Xi Jinping');
  });

  it('ignores a quiz of its own questions when they were edited, and counts a plain one', async () => {
    // Bank ids are guessable (id-q1), so anyone may rewrite a listed briefing's question.
    const edited = await call(
      'POST',
      '/api/quizzes',
      {
        briefingIds: [SHIPPED],
        questionIds: [`${SHIPPED}-q1`],
        edits: {
          [`${SHIPPED}-q1`]: {
            choices: [
              { id: 'a', text: 'Pick me' },
              { id: 'b', text: 'Not me' },
            ],
            answerId: 'a',
          },
        },
      },
      fromFreshIp(),
    );
    expect(edited.status, edited.text).toBe(201);
    await playPerfectly(edited.json.quiz.code, 'Edit Hijacker', new Set(['Pick me']));
    expect(await names()).not.toContain('Edit Hijacker');

    const plain = await call('POST', '/api/quizzes', { briefingIds: [SHIPPED], questionCount: 2 }, fromFreshIp());
    const results = await call('GET', `/api/quizzes/${plain.json.quiz.code}/results`, undefined, auth(plain.json.teacherKey));
    const right = new Set<string>(results.json.questions.map((q: any) => q.choices.find((c: any) => c.id === q.correctChoiceId).text));
    await playPerfectly(plain.json.quiz.code, 'Fair Player', right);
    expect(await names()).toContain('Fair Player');
  });
});
