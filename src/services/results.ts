// What the teacher who holds a quiz's key reads: every play with its answers, per-question
// accuracy, the same as a spreadsheet, and the questions for a learning management system.
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { compareRank, withRanks } from '../db/ranking';
import { answers, plays, quizQuestions, type QuizRow } from '../db/schema';
import { type ExportFormat, exportQuiz, toCsv } from '../domain/exports';
import { toPlayJson } from './plays';
import { toQuizJson } from './quizzes';

type AnswerOfPlay = { playId: string; questionId: string; choiceId: string | null; correct: boolean; points: number; elapsedMs: number };

/** Pushes `item` onto the list of `key`, starting one if needed. */
function group<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export async function quizResults(db: Db, quiz: QuizRow) {
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

/** One row per play, in the order of the results. */
export async function resultsCsv(db: Db, quiz: QuizRow) {
  const { plays: rows } = await quizResults(db, quiz);
  return {
    filename: `debrief-${quiz.code}-results.csv`,
    body: toCsv([
      // The contract's columns first, in its order; rank is an addition, so it comes last.
      ['name', 'score', 'correct', 'answered', 'questions', 'started', 'finished', 'duration_s', 'rank'],
      ...rows.map((p) => [
        p.name,
        p.score,
        p.correctCount,
        p.answeredCount,
        p.questionCount,
        p.startedAt,
        p.finishedAt,
        p.durationMs === null ? null : Math.round(p.durationMs / 100) / 10,
        p.rank,
      ]),
    ]),
  };
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
