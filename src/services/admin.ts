// The operator's moderation: which briefings the home page shows and lends wrong options from,
// removing briefings, closing or resetting any quiz, removing leaderboard entries.
import { desc, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { getBriefing, toBriefingJson } from './library';
import { briefings, plays, quizzes, type BriefingRow } from '../db/schema';
import { ApiError } from '../errors';
import { findQuiz } from './plays';
import { toQuizJson } from './quizzes';

export function toAdminBriefingJson(b: BriefingRow) {
  return { ...toBriefingJson(b), listed: b.listed, approved: b.approved };
}

/** Every briefing, newest first, those waiting for approval (listed, not approved) first of all. */
export async function listAllBriefings(db: Db, limit: number) {
  const rows = await db.select().from(briefings).orderBy(sql`(${briefings.listed} and not ${briefings.approved}) desc`, desc(briefings.createdAt)).limit(limit);
  return rows.map(toAdminBriefingJson);
}

async function mustFindBriefing(db: Db, id: string) {
  const b = await getBriefing(db, id);
  if (!b) throw new ApiError('not_found', 'No briefing has this id.');
  return b;
}

export async function moderateBriefing(db: Db, id: string, change: { listed?: boolean; approved?: boolean }) {
  await mustFindBriefing(db, id);
  const updated = await db.update(briefings).set(change).where(eq(briefings.id, id)).returning().get();
  return toAdminBriefingJson(updated!);
}

/**
 * Removes a briefing, and with it (foreign keys) its statements and its bank, and closes its
 * home-page quiz. Teachers' quizzes keep their own copies of the questions, so they go on working.
 */
export async function deleteBriefing(db: Db, id: string) {
  const b = await mustFindBriefing(db, id);
  await db.batch([
    db.delete(briefings).where(eq(briefings.id, id)),
    ...(b.publicQuizCode ? [db.update(quizzes).set({ closed: true }).where(eq(quizzes.code, b.publicQuizCode))] : []),
  ]);
}

/** Closes, reopens or resets (every play and answer gone, counts back to 0) any quiz. */
export async function moderateQuiz(db: Db, rawCode: string, change: { closed?: boolean; reset?: boolean }) {
  const quiz = await findQuiz(db, rawCode);
  const writes: BatchItem<'sqlite'>[] = [
    ...(change.reset
      ? [
          // Answers go with their plays (foreign keys).
          db.delete(plays).where(eq(plays.quizCode, quiz.code)),
          db.update(quizzes).set({ playCount: 0, finishedCount: 0 }).where(eq(quizzes.code, quiz.code)),
        ]
      : []),
    ...(change.closed !== undefined ? [db.update(quizzes).set({ closed: change.closed }).where(eq(quizzes.code, quiz.code))] : []),
  ];
  if (writes.length) await db.batch(writes as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return toQuizJson((await findQuiz(db, quiz.code)) ?? quiz);
}

/** A quiz's plays, best first, with the ids the operator removes them by. */
export async function listPlays(db: Db, rawCode: string) {
  const quiz = await findQuiz(db, rawCode);
  const rows = await db
    .select({ id: plays.id, name: plays.name, score: plays.score, correctCount: plays.correctCount, finishedAt: plays.finishedAt, startedAt: plays.startedAt })
    .from(plays)
    .where(eq(plays.quizCode, quiz.code))
    .orderBy(desc(plays.score), desc(plays.startedAt))
    .limit(500);
  return { quiz: toQuizJson(quiz), plays: rows };
}

/** Removes one play (a leaderboard entry) with its answers; the quiz's counts follow. */
export async function deletePlay(db: Db, playId: string) {
  const play = await db.select().from(plays).where(eq(plays.id, playId)).get();
  if (!play) throw new ApiError('not_found', 'No play has this id.');
  await db.batch([
    // Its answers go with it (foreign keys).
    db.delete(plays).where(eq(plays.id, play.id)),
    db
      .update(quizzes)
      .set({
        playCount: sql`max(${quizzes.playCount} - 1, 0)`,
        finishedCount: sql`max(${quizzes.finishedCount} - ${play.finishedAt === null ? 0 : 1}, 0)`,
      })
      .where(eq(quizzes.code, play.quizCode)),
  ]);
}
