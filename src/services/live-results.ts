// A finished live game's plays and answers written into its quiz's results. The game's Durable
// Object calls this; it lives apart from services/live.ts, which reaches the object, so neither
// module imports the other.
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { isConstraintError } from '../db/client';
import { answers, liveGames, plays, quizzes } from '../db/schema';
import { type finalRecords, type LiveConfig, type LiveMeta, REMOVED_SUFFIX } from '../domain/live';

const PLAY_ROWS_PER_INSERT = 6; // 16 columns
const ANSWER_ROWS_PER_INSERT = 12; // 8 columns

/**
 * A finished game's plays and answers, written in one batch like any other plays of the quiz, so
 * its results, CSV and leaderboards count them. Written twice (an alarm retrying after a write
 * that did land), the plays' primary keys refuse the batch and nothing changes.
 */
export async function finaliseLiveGame(db: Db, config: LiveConfig, meta: LiveMeta, records: ReturnType<typeof finalRecords>) {
  const endedAt = new Date(meta.endedAt ?? Date.now()).toISOString();
  const questionCount = config.questions.length;
  const playRows = records.map(({ player: p, removed, answers: given }) => ({
    id: p.id,
    quizCode: config.quizCode,
    // A removed player's answers stay in the results under a name that says so, unranked: a play
    // with no finish is on no leaderboard.
    name: removed ? `${p.name}${REMOVED_SUFFIX}` : p.name,
    // Suffixed like a practice play's, so a live name never collides with a self-paced one.
    nameKey: `${p.key}#${p.id}`,
    tokenHash: p.tokenHash,
    score: p.score,
    correctCount: p.correctCount,
    answeredCount: given.length,
    questionCount,
    streak: p.streak,
    position: questionCount,
    servedAt: p.joinedAt,
    startedAt: new Date(p.joinedAt).toISOString(),
    finishedAt: removed ? null : endedAt,
    durationMs: removed ? null : p.timeMs,
  }));
  const answerRows = records.flatMap(({ player: p, answers: given }) =>
    given.map((a) => ({
      playId: p.id,
      position: a.position,
      questionId: a.questionId,
      choiceId: a.choiceId,
      correct: a.correct,
      points: a.points,
      elapsedMs: a.elapsedMs,
      createdAt: new Date(a.at).toISOString(),
    })),
  );
  const n = playRows.length;
  const finished = records.filter((r) => !r.removed).length;
  const writes: BatchItem<'sqlite'>[] = [
    db
      .update(liveGames)
      .set({ endedAt, playerCount: finished })
      .where(and(eq(liveGames.code, config.code))),
  ];
  for (let i = 0; i < playRows.length; i += PLAY_ROWS_PER_INSERT) writes.push(db.insert(plays).values(playRows.slice(i, i + PLAY_ROWS_PER_INSERT)));
  for (let i = 0; i < answerRows.length; i += ANSWER_ROWS_PER_INSERT) {
    writes.push(db.insert(answers).values(answerRows.slice(i, i + ANSWER_ROWS_PER_INSERT)));
  }
  if (n) {
    writes.push(
      db
        .update(quizzes)
        .set({
          playCount: sql`${quizzes.playCount} + ${n}`,
          finishedCount: sql`${quizzes.finishedCount} + ${finished}`,
          // A live game has its own cap; its players must not push the quiz past its constraint.
          playerCap: sql`max(${quizzes.playerCap}, ${quizzes.playCount} + ${n})`,
        })
        .where(eq(quizzes.code, config.quizCode)),
    );
  }
  try {
    await db.batch(writes as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  } catch (err) {
    if (isConstraintError(err, 'UNIQUE') || isConstraintError(err, 'PRIMARY KEY')) return;
    throw err;
  }
}
