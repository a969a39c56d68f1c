// Leaderboards read the rank index: score desc, correct desc, duration asc, finished plays only.
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { plays, quizzes } from '../db/schema';
import { assignRanks } from '../domain/scoring';
import type { QuizRow } from './quizzes';

const columns = {
  name: plays.name,
  score: plays.score,
  correctCount: plays.correctCount,
  questionCount: plays.questionCount,
  durationMs: plays.durationMs,
  finishedAt: plays.finishedAt,
};

type Entry = { name: string; score: number; correctCount: number; questionCount: number; durationMs: number | null; finishedAt: string | null };

function shape(rows: Entry[]) {
  return assignRanks(rows.map((r) => ({ ...r, durationMs: r.durationMs ?? 0 }))).map((r) => ({
    rank: r.rank,
    name: r.name,
    score: r.score,
    correctCount: r.correctCount,
    questionCount: r.questionCount,
    durationMs: r.durationMs,
    finishedAt: r.finishedAt,
  }));
}

export async function quizLeaderboard(db: Db, quiz: QuizRow, limit: number) {
  const rows = await db
    .select(columns)
    .from(plays)
    .where(and(eq(plays.quizCode, quiz.code), isNotNull(plays.finishedAt)))
    .orderBy(desc(plays.score), desc(plays.correctCount), asc(plays.durationMs))
    .limit(limit);
  return { entries: shape(rows), total: quiz.finishedCount };
}

export async function briefingLeaderboard(db: Db, briefingId: string, limit: number) {
  // Only quizzes of this briefing's own, unedited questions: a quiz that merely names the
  // briefing, or rewrites its questions, would put scores of other questions on its board.
  const codes = db.select({ code: quizzes.code }).from(quizzes).where(eq(quizzes.leaderboardBriefingId, briefingId));
  const where = and(inArray(plays.quizCode, codes), isNotNull(plays.finishedAt));
  const [rows, total] = await Promise.all([
    db
      .select({ ...columns, quizCode: plays.quizCode })
      .from(plays)
      .where(where)
      .orderBy(desc(plays.score), desc(plays.correctCount), asc(plays.durationMs))
      .limit(limit),
    db.select({ n: sql<number>`count(*)` }).from(plays).where(where).get(),
  ]);
  return { entries: shape(rows), total: total?.n ?? 0 };
}
