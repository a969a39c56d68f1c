// Leaderboards read the rank index (RANK_ORDER in domain/scoring.ts), finished plays only.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { plays, quizzes, type QuizRow } from '../db/schema';
import { rankOrderBy, withRanks } from '../db/ranking';
import { findBriefing } from './briefings';
import { finaliseBriefingPlays, finaliseQuizPlays, playState } from './play-end';

const columns = {
  name: plays.name,
  score: plays.score,
  correctCount: plays.correctCount,
  questionCount: plays.questionCount,
  durationMs: plays.durationMs,
  finishedAt: plays.finishedAt,
  endedBy: plays.endedBy,
};

type Entry = {
  name: string;
  score: number;
  correctCount: number;
  questionCount: number;
  durationMs: number | null;
  finishedAt: string | null;
  endedBy: 'closed' | 'abandoned' | null;
};

function shape(rows: Entry[]) {
  return withRanks(rows).map((r) => ({
    rank: r.rank,
    name: r.name,
    score: r.score,
    correctCount: r.correctCount,
    questionCount: r.questionCount,
    durationMs: r.durationMs,
    finishedAt: r.finishedAt,
    state: playState(r),
  }));
}

export async function quizLeaderboard(db: Db, quiz: QuizRow, limit: number) {
  // Plays that ended unfinished (quiz closed, player gone) rank with what they scored.
  const ended = await finaliseQuizPlays(db, quiz.code);
  const rows = await db
    .select(columns)
    .from(plays)
    .where(and(eq(plays.quizCode, quiz.code), isNotNull(plays.finishedAt)))
    .orderBy(...rankOrderBy)
    .limit(limit);
  return { entries: shape(rows), total: quiz.finishedCount + ended };
}

export async function briefingLeaderboard(db: Db, id: string, limit: number) {
  const briefingId = (await findBriefing(db, id)).id;
  await finaliseBriefingPlays(db, briefingId);
  // Only quizzes of this briefing's own, unedited questions: a quiz that merely names the
  // briefing, or rewrites its questions, would put scores of other questions on its board.
  const codes = db.select({ code: quizzes.code }).from(quizzes).where(eq(quizzes.leaderboardBriefingId, briefingId));
  const where = and(inArray(plays.quizCode, codes), isNotNull(plays.finishedAt));
  const [rows, total] = await Promise.all([
    db
      .select({ ...columns, quizCode: plays.quizCode })
      .from(plays)
      .where(where)
      .orderBy(...rankOrderBy)
      .limit(limit),
    db.select({ n: sql<number>`count(*)` }).from(plays).where(where).get(),
  ]);
  return { entries: shape(rows), total: total?.n ?? 0 };
}
