// What the teacher who holds a quiz's key reads: every play with its answers, per-question
// accuracy, one student's answers, the same as spreadsheets, and the questions for a learning
// management system; and removing a play.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { compareRank, withRanks } from '../db/ranking';
import { answers, plays, quizQuestions, quizzes, type QuizRow } from '../db/schema';
import { type ExportFormat, exportQuiz, toCsv } from '../domain/exports';
import { ApiError } from '../errors';
import { finaliseQuizPlays } from './play-end';
import { rankOf, toPlayJson } from './plays';
import { toQuizJson } from './quizzes';

type AnswerOfPlay = { playId: string; questionId: string; choiceId: string | null; correct: boolean; points: number; elapsedMs: number };

/** Pushes `item` onto the list of `key`, starting one if needed. */
function group<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The quiz once its over plays are finalised (their ends change its finished count). */
async function settled(db: Db, quiz: QuizRow): Promise<QuizRow> {
  if (!(await finaliseQuizPlays(db, quiz.code))) return quiz;
  return (await db.select().from(quizzes).where(eq(quizzes.code, quiz.code)).get()) ?? quiz;
}

export async function quizResults(db: Db, openedQuiz: QuizRow) {
  const quiz = await settled(db, openedQuiz);
  const [playRows, answerRows, questionRows] = await db.batch([
    db.select().from(plays).where(eq(plays.quizCode, quiz.code)).orderBy(desc(plays.score), asc(plays.startedAt)),
    db
      .select({
        playId: answers.playId,
        questionId: answers.questionId,
        choiceId: answers.choiceId,
        correct: answers.correct,
        points: answers.points,
        elapsedMs: answers.elapsedMs,
      })
      .from(answers)
      .innerJoin(plays, eq(plays.id, answers.playId))
      .where(eq(plays.quizCode, quiz.code))
      .orderBy(asc(answers.playId), asc(answers.position)),
    db.select().from(quizQuestions).where(eq(quizQuestions.quizCode, quiz.code)).orderBy(asc(quizQuestions.position)),
  ]);
  // Finished plays in rank order with their ranks, then the unfinished ones by score.
  const finished = withRanks(playRows.filter((p) => p.finishedAt !== null).sort(compareRank));
  const unfinished = playRows.filter((p) => p.finishedAt === null).map((p) => ({ ...p, rank: null }));
  // One pass over the answers (a full class is 500 plays × 50 answers): grouped by play and by question.
  const byPlay = new Map<string, AnswerOfPlay[]>();
  const byQuestion = new Map<string, AnswerOfPlay[]>();
  for (const a of answerRows) {
    group(byPlay, a.playId, a);
    group(byQuestion, a.questionId, a);
  }
  const resultPlays = [...finished, ...unfinished].map((p) => ({
    ...toPlayJson(p, p.rank),
    answers: (byPlay.get(p.id) ?? []).map(({ questionId, choiceId, correct, points, elapsedMs }) => ({ questionId, choiceId, correct, points, elapsedMs })),
  }));
  const questions = questionRows.map((q) => {
    const given = byQuestion.get(q.id) ?? [];
    const correct = given.filter((a) => a.correct).length;
    const wrongCounts = new Map<string, number>();
    for (const a of given) if (!a.correct && a.choiceId) wrongCounts.set(a.choiceId, (wrongCounts.get(a.choiceId) ?? 0) + 1);
    let top: { id: string; text: string; count: number } | null = null;
    for (const ch of q.choices) {
      const n = wrongCounts.get(ch.id) ?? 0;
      if (n > 0 && (!top || n > top.count)) top = { id: ch.id, text: ch.text, count: n };
    }
    return {
      id: q.id,
      index: q.position,
      kind: q.kind,
      prompt: q.prompt,
      choices: q.choices,
      correctChoiceId: q.answerId,
      answered: given.length,
      correctCount: correct,
      correctRate: given.length ? correct / given.length : null,
      timedOut: given.filter((a) => a.choiceId === null).length,
      topWrongChoice: top,
    };
  });
  return { quiz: toQuizJson(quiz), plays: resultPlays, questions };
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/** One row per play, in the order of the results; with `detail: 'answers'`, one row per player and question. */
export async function resultsCsv(db: Db, quiz: QuizRow, detail?: 'answers') {
  const results = await quizResults(db, quiz);
  if (detail === 'answers') return answersCsv(quiz.code, results);
  const { plays: rows } = results;
  return {
    filename: `debrief-${quiz.code}-results.csv`,
    body: toCsv([
      // The contract's columns first, in its order; rank and state are additions, so they come last.
      ['name', 'score', 'correct', 'answered', 'questions', 'started', 'finished', 'duration_s', 'rank', 'state'],
      ...rows.map((p) => [
        p.name,
        p.score,
        p.correctCount,
        p.answeredCount,
        p.questionCount,
        p.startedAt,
        p.finishedAt,
        seconds(p.durationMs),
        p.rank,
        p.state,
      ]),
    ]),
  };
}

/**
 * One row per player and question: each player's (in the order of the results) in the order of
 * the quiz's questions; a question the player never reached says so, so a teacher sees who
 * skipped what. The choice is its text, as the player read it.
 */
function answersCsv(code: string, { plays: rows, questions }: Awaited<ReturnType<typeof quizResults>>) {
  const text = (q: (typeof questions)[number], id: string | null) => (id === null ? null : (q.choices.find((c) => c.id === id)?.text ?? null));
  return {
    filename: `debrief-${code}-answers.csv`,
    body: toCsv([
      ['name', 'play', 'state', 'question', 'prompt', 'choice', 'correct_answer', 'correct', 'points', 'seconds'],
      ...rows.flatMap((p) => {
        const byQuestion = new Map(p.answers.map((a) => [a.questionId, a]));
        return questions.map((q) => {
          const a = byQuestion.get(q.id);
          return [
            p.name,
            p.id,
            p.state,
            q.index + 1,
            q.prompt,
            a ? text(q, a.choiceId) : null,
            text(q, q.correctChoiceId ?? null),
            a ? (a.correct ? 'yes' : 'no') : 'not reached',
            a ? a.points : null,
            a ? seconds(a.elapsedMs) : null,
          ];
        });
      }),
    ]),
  };
}

async function findPlayOf(db: Db, quiz: QuizRow, playId: string) {
  const play = await db
    .select()
    .from(plays)
    .where(and(eq(plays.id, playId), eq(plays.quizCode, quiz.code)))
    .get();
  if (!play) throw new ApiError('not_found', 'No play of this quiz has this id.');
  return play;
}

/**
 * One student's play for their teacher: every question of the quiz in order, with the student's
 * answer (null: not reached), the right answer and the explanation.
 */
export async function playDetail(db: Db, openedQuiz: QuizRow, playId: string) {
  const quiz = await settled(db, openedQuiz);
  const play = await findPlayOf(db, quiz, playId);
  const [answerRows, questionRows] = await db.batch([
    db.select().from(answers).where(eq(answers.playId, play.id)),
    db.select().from(quizQuestions).where(eq(quizQuestions.quizCode, quiz.code)).orderBy(asc(quizQuestions.position)),
  ]);
  // Each play meets the questions in its own order: an answer belongs to its question by id.
  const byQuestion = new Map(answerRows.map((a) => [a.questionId, a]));
  return {
    play: toPlayJson(play, await rankOf(db, play)),
    questions: questionRows.map((q) => {
      const a = byQuestion.get(q.id);
      return {
        id: q.id,
        index: q.position,
        kind: q.kind,
        prompt: q.prompt,
        choices: q.choices,
        correctChoiceId: q.answerId,
        explanation: q.explanation,
        answer: a ? { choiceId: a.choiceId, correct: a.correct, points: a.points, elapsedMs: a.elapsedMs } : null,
      };
    }),
  };
}

/** Removes a play and its answers from the quiz: its results, CSV files and every leaderboard. */
export async function removePlay(db: Db, quiz: QuizRow, playId: string) {
  const counted = sql`(select count(*) from ${plays} where ${plays.quizCode} = ${quiz.code}`;
  const [removed] = await db.batch([
    // Its answers go with it (foreign keys). Two removals at once: one removes it, the other finds nothing.
    db
      .delete(plays)
      .where(and(eq(plays.id, playId), eq(plays.quizCode, quiz.code)))
      .returning({ id: plays.id }),
    db
      .update(quizzes)
      .set({ playCount: sql`${counted})`, finishedCount: sql`${counted} and ${plays.finishedAt} is not null)` })
      .where(eq(quizzes.code, quiz.code)),
  ]);
  if (!removed.length) throw new ApiError('not_found', 'No play of this quiz has this id.');
  return { deleted: true };
}

export async function quizFile(db: Db, quiz: QuizRow, format: ExportFormat) {
  const rows = await db.select().from(quizQuestions).where(eq(quizQuestions.quizCode, quiz.code)).orderBy(asc(quizQuestions.position));
  const file = exportQuiz(
    {
      code: quiz.code,
      title: quiz.title,
      questions: rows.map((q) => ({
        number: q.position + 1,
        kind: q.kind,
        prompt: q.prompt,
        choices: q.choices,
        answerId: q.answerId,
        explanation: q.explanation,
        sourceText: q.sourceText,
      })),
    },
    format,
  );
  return { ...file, filename: `debrief-${quiz.code}.${file.extension}` };
}
