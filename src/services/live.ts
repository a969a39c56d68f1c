// Live games from the Worker's side: hosting one (a D1 row and its Durable Object) and reading its
// state. A finished game's results are written by services/live-results.ts.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { briefings, liveGames, quizQuestions, quizzes } from '../db/schema';
import type { LiveConfig } from '../domain/live';
import { ApiError } from '../errors';
import { servedChoices } from '../lib/choices';
import { newCode, normaliseCode, secretMatches } from '../lib/crypto';
import type { LiveStatus } from '../domain/live-records';
import { findQuiz } from './plays';
import { answersShown, isClosed, publicSource } from './quizzes';

export type LiveRow = typeof liveGames.$inferSelect;

export function liveLinks(code: string) {
  return { host: `/live/${code}/host`, play: `/live/${code}` };
}

function stubOf(ns: DurableObjectNamespace<import('../live/game-object').LiveGame>, code: string) {
  return ns.get(ns.idFromName(code));
}

/** Whether a live game holds its quiz back from self-paced plays: started, or a lobby someone joined. */
export async function liveGameHolds(ns: DurableObjectNamespace<import('../live/game-object').LiveGame>, code: string): Promise<boolean> {
  const status = await stubOf(ns, code).status();
  if (!status || status.state === 'ended') return false;
  return status.state !== 'lobby' || status.playerCount > 0;
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
  // One live game of a quiz at a time: an empty lobby left open (a host screen closed before
  // anyone joined) gives way to the new game; one with players is carried on from its host screen.
  const open = await db
    .select({ code: liveGames.code })
    .from(liveGames)
    .where(and(eq(liveGames.quizCode, quiz.code), isNull(liveGames.endedAt)));
  for (const { code: other } of open) {
    if (!(await stubOf(ns, other).endLobby())) {
      throw new ApiError(
        'conflict',
        `This quiz is being played live already (code ${other}): carry on from its host screen, /live/${other}/host, or end that game first.`,
      );
    }
  }
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
