// Live games from the Worker's side: hosting one (a D1 row and its Durable Object), reading its
// state, and writing a finished game's plays and answers into the quiz's results.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { isConstraintError } from '../db/client';
import { answers, briefings, liveGames, plays, quizQuestions, quizzes } from '../db/schema';
import { type finalRecords, type LiveConfig, type LiveMeta, REMOVED_SUFFIX } from '../domain/live';
import { ApiError } from '../errors';
import { servedChoices } from '../lib/choices';
import { newCode, normaliseCode, secretMatches } from '../lib/crypto';
import type { LiveStatus } from '../live/game-object';
import { findQuiz } from './plays';
import { answersShown, isClosed, publicSource } from './quizzes';

export type LiveRow = typeof liveGames.$inferSelect;

export function liveLinks(code: string) {
  return { host: `/live/${code}/host`, play: `/live/${code}` };
}

function stubOf(ns: DurableObjectNamespace<import('../live/game-object').LiveGame>, code: string) {
  return ns.get(ns.idFromName(code));
}

/** A code no quiz and no other live game has, so one join box can take either. */
async function freshCode(db: Db): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const code = newCode();
    const [quiz, live] = await db.batch([
      db.select({ code: quizzes.code }).from(quizzes).where(eq(quizzes.code, code)),
      db.select({ code: liveGames.code }).from(liveGames).where(eq(liveGames.code, code)),
    ]);
    if (!quiz.length && !live.length) return code;
  }
  throw new ApiError('unavailable', 'No free code was found; try again.', { headers: { 'retry-after': '1' } });
}

/**
 * Hosts a live game of a quiz, for the holder of the quiz's teacher key. Every screen of the game
 * shows the same choice ids in the same order (drawn from the game's code), so the projector and
 * the phones agree; they are still unrelated to the quiz's stored ids and to any play's.
 */
export async function hostLiveGame(
  db: Db,
  ns: DurableObjectNamespace<import('../live/game-object').LiveGame>,
  secret: string,
  input: { quizCode: string; key: string; timeLimitSec?: number },
  now = Date.now(),
) {
  const quiz = await findQuiz(db, input.quizCode);
  if (!(await secretMatches(input.key, quiz.teacherKeyHash))) throw new ApiError('forbidden', 'This key does not open this quiz.');
  if (isClosed(quiz, now)) throw new ApiError('gone', 'This quiz is closed.');
  if (quiz.rosterSize > 0) {
    throw new ApiError('conflict', 'A quiz with a class list is played through its personal links; make a copy without the list to host it live.');
  }
  const rows = await db
    .select({ q: quizQuestions, listed: briefings.listed })
    .from(quizQuestions)
    .leftJoin(briefings, eq(briefings.id, quizQuestions.briefingId))
    .where(eq(quizQuestions.quizCode, quiz.code))
    .orderBy(asc(quizQuestions.position));
  if (!rows.length) throw new ApiError('conflict', 'This quiz has no questions.');
  const code = await freshCode(db);
  const briefingIds = quiz.briefingIds;
  const questions = await Promise.all(
    rows.map(async ({ q, listed }) => {
      const served = await servedChoices(secret, `live:${code}`, q.id, q.choices);
      return {
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        choices: served,
        answerId: served.find((c) => c.stored === q.answerId)!.id,
        explanation: q.explanation,
        source: publicSource(q, listed === true, briefingIds),
      };
    }),
  );
  const config: LiveConfig = {
    code,
    quizCode: quiz.code,
    title: quiz.title,
    scoring: quiz.scoring,
    limitMs: (input.timeLimitSec ?? quiz.timeLimitSec) * 1000,
    questions,
    showAnswers: answersShown(quiz, now),
    uniqueNames: quiz.mode === 'assessed',
    teacherKeyHash: quiz.teacherKeyHash,
  };
  await db.insert(liveGames).values({ code, quizCode: quiz.code, createdAt: new Date(now).toISOString() });
  await stubOf(ns, code).init(config);
  const live: LiveStatus = {
    code,
    quizCode: quiz.code,
    title: quiz.title,
    state: 'lobby',
    playerCount: 0,
    questionIndex: null,
    questionCount: questions.length,
  };
  return { live, links: liveLinks(code) };
}

/** The live game of a code, or 404 (the same for a code of any form). */
export async function findLive(db: Db, rawCode: string): Promise<LiveRow> {
  const code = normaliseCode(rawCode);
  const row = code ? await db.select().from(liveGames).where(eq(liveGames.code, code)).get() : undefined;
  if (!row) throw new ApiError('not_found', 'No live game has this code. Check the code and try again.');
  return row;
}

export async function liveStatus(db: Db, ns: DurableObjectNamespace<import('../live/game-object').LiveGame>, rawCode: string) {
  const row = await findLive(db, rawCode);
  const status = await stubOf(ns, row.code).status();
  if (!status) throw new ApiError('not_found', 'No live game has this code. Check the code and try again.');
  return { live: status, links: liveLinks(row.code) };
}

/** Hands a WebSocket upgrade to the game's object. */
export async function connectLive(db: Db, ns: DurableObjectNamespace<import('../live/game-object').LiveGame>, rawCode: string, request: Request) {
  const row = await findLive(db, rawCode);
  const res = await stubOf(ns, row.code).fetch(request);
  if (res.status !== 101 || !res.webSocket) throw new ApiError('not_found', 'No live game has this code.');
  // A fresh response: the object's headers are immutable, and the security headers are set on the way out.
  return new Response(null, { status: 101, webSocket: res.webSocket });
}

/** D1 binds at most 100 parameters per statement. */
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
