// One player's run: start, resume and answer, graded and timed by the server.
import { and, count, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { isConstraintError } from '../db/client';
import { aheadOf } from '../db/ranking';
import { answers, briefings, liveGames, plays, quizQuestions, quizzes, rosterSeats, type PlayRow, type QuizQuestionRow, type QuizRow } from '../db/schema';
import { checkName } from '../domain/names';
import { scoreAnswer } from '../domain/scoring';
import { ApiError } from '../errors';
import { servedChoices, servedIdOf, servedOrder } from '../lib/choices';
import { newId, newSecret, normaliseCode, secretMatches, sha256Hex } from '../lib/crypto';
import { recyclePublicQuiz } from './briefings';
import { finalisePlay, isOver, playState } from './play-end';
import { nameTakenInQuiz } from './quiz-names';
import { answersShown, isClosed, publicSource } from './quizzes';

/** Network slack: an answer sent just before the limit may arrive just after it. */
export const LATE_GRACE_MS = 1000;
/** `served_at` of a question that is current but not shown yet (its clock has not started). */
const NOT_SERVED = 0;

export function toPlayJson(p: PlayRow, rank: number | null = null) {
  return {
    id: p.id,
    quizCode: p.quizCode,
    name: p.name,
    score: p.score,
    correctCount: p.correctCount,
    answeredCount: p.answeredCount,
    questionCount: p.questionCount,
    streak: p.streak,
    startedAt: p.startedAt,
    finishedAt: p.finishedAt,
    durationMs: p.durationMs,
    rank,
    state: playState(p),
  };
}

/** A question's choices as this play sees them (ids and order of its own). */
function choicesFor(secret: string, playId: string, q: QuizQuestionRow) {
  return servedChoices(secret, playId, q.id, q.choices);
}

/**
 * A question as a player sees it: no answer, no explanation, no source; choices of this play's own.
 * `index` is its place in this play's run, which in a shuffled quiz is not its place in the quiz.
 */
export async function toQuestionJson(secret: string, q: QuizQuestionRow, playId: string, timeLimitSec: number, servedAt: number, total: number, index: number) {
  const choices = await choicesFor(secret, playId, q);
  return {
    id: q.id,
    index,
    total,
    kind: q.kind,
    prompt: q.prompt,
    choices: choices.map((c) => ({ id: c.id, text: c.text })),
    timeLimitSec,
    servedAt: new Date(servedAt).toISOString(),
  };
}

export async function findQuiz(db: Db, rawCode: string): Promise<QuizRow> {
  const code = normaliseCode(rawCode);
  const quiz = code ? await db.select().from(quizzes).where(eq(quizzes.code, code)).get() : undefined;
  if (!quiz) throw new ApiError('not_found', 'No quiz has this code. Check the code and try again.');
  return quiz;
}

/** Whether the live game of a code holds its quiz: running, or a lobby someone has joined. */
export type LiveHolds = (liveCode: string) => Promise<boolean>;

/** Starts a play; on a full home-page quiz, in the briefing's fresh one (see recyclePublicQuiz). */
export async function startPlay(db: Db, secret: string, rawCode: string, rawName: string, now = Date.now(), seat?: string, liveHolds?: LiveHolds) {
  try {
    return await startPlayIn(db, secret, rawCode, rawName, now, seat, liveHolds);
  } catch (err) {
    if (!(err instanceof QuizFull)) throw err;
    const fresh = await recyclePublicQuiz(db, err.quizCode, new Date(now));
    if (!fresh || fresh === err.quizCode) throw new ApiError('conflict', 'This quiz is full.');
    return startPlayIn(db, secret, fresh, rawName, now, undefined, liveHolds);
  }
}

/** A class list's student plays once; anyone else picks another name. */
function nameTaken(listed: string | null): ApiError {
  return new ApiError(
    'conflict',
    listed ? 'You have played this quiz already: one play each.' : 'Someone in this quiz already plays under this name. Choose another.',
  );
}

class QuizFull extends ApiError {
  constructor(public quizCode: string) {
    super('conflict', 'This quiz is full.');
  }
}

async function startPlayIn(db: Db, secret: string, rawCode: string, rawName: string, now: number, seat?: string, liveHolds?: LiveHolds) {
  const code = normaliseCode(rawCode);
  const rows = code
    ? await db
        .select({ quiz: quizzes, first: quizQuestions, live: liveGames.code })
        .from(quizzes)
        .leftJoin(quizQuestions, and(eq(quizQuestions.quizCode, quizzes.code), eq(quizQuestions.position, 0)))
        .leftJoin(liveGames, and(eq(liveGames.quizCode, quizzes.code), isNull(liveGames.endedAt)))
        .where(eq(quizzes.code, code))
        // The newest game first: the one a teacher just hosted, not a lobby left open before it.
        .orderBy(desc(liveGames.createdAt))
    : [];
  const row = rows[0];
  if (!row) throw new ApiError('not_found', 'No quiz has this code. Check the code and try again.');
  const { quiz, first } = row;
  if (isClosed(quiz, now)) throw new ApiError('gone', 'This quiz is closed.');
  if (!first) throw new ApiError('conflict', 'This quiz has no questions.');
  // A self-paced play shows each answer as it goes: beside a running live game of the same
  // questions, it would tell a live player every answer before its reveal.
  // An empty lobby (a host screen opened and left) holds nothing back yet.
  if (row.live && (!liveHolds || (await liveHolds(row.live)))) {
    throw new ApiError(
      'conflict',
      `This quiz is being played live right now: join the game with the code ${row.live}. Self-paced plays open again when it ends.`,
    );
  }
  if (quiz.playCount >= quiz.playerCap) throw new QuizFull(quiz.code);
  // A class-list quiz takes its students only, each once, under the list's name.
  let listed: string | null = null;
  if (quiz.rosterSize > 0) {
    if (!seat) throw new ApiError('forbidden', 'This quiz is for a class list: open the personal link your teacher gave you.');
    const row = await db
      .select({ name: rosterSeats.name })
      .from(rosterSeats)
      .where(and(eq(rosterSeats.quizCode, quiz.code), eq(rosterSeats.tokenHash, await sha256Hex(seat))))
      .get();
    if (!row) throw new ApiError('forbidden', 'This personal link does not belong to this quiz.');
    listed = row.name;
  }
  const checked = checkName(listed ?? rawName);
  if (!checked.ok) {
    throw new ApiError(checked.code, checked.reason, {
      issues: [{ path: ['name'], message: checked.reason }],
    });
  }
  // In an assessed quiz a live game's play holds its name as surely as a self-paced one does.
  if (quiz.mode === 'assessed' && (await nameTakenInQuiz(db, quiz.code, checked.key))) throw nameTaken(listed);
  const id = newId();
  const token = newSecret();
  // A shuffled quiz: this play's own order, fixed now so a resume meets the same one.
  const questionOrder = quiz.shuffleQuestions ? await servedOrder(secret, id, quiz.questionCount) : null;
  const firstPosition = questionOrder?.[0] ?? 0;
  const play: PlayRow = {
    id,
    quizCode: quiz.code,
    name: checked.name,
    nameKey: quiz.mode === 'assessed' ? checked.key : `${checked.key}#${id}`,
    tokenHash: await sha256Hex(token),
    score: 0,
    correctCount: 0,
    answeredCount: 0,
    questionCount: quiz.questionCount,
    streak: 0,
    position: 0,
    questionOrder,
    servedAt: now,
    startedAt: new Date(now).toISOString(),
    finishedAt: null,
    durationMs: null,
    answeredAt: null,
    endedBy: null,
  };
  let firstQuestion: QuizQuestionRow | undefined = first;
  try {
    const [, , shuffledFirst] = await db.batch([
      db.insert(plays).values(play),
      db
        .update(quizzes)
        .set({ playCount: sql`${quizzes.playCount} + 1` })
        .where(eq(quizzes.code, quiz.code)),
      db
        .select()
        .from(quizQuestions)
        .where(and(eq(quizQuestions.quizCode, quiz.code), eq(quizQuestions.position, firstPosition))),
    ]);
    if (firstPosition !== 0) firstQuestion = shuffledFirst[0];
  } catch (err) {
    if (isConstraintError(err, 'UNIQUE')) throw nameTaken(listed);
    if (isConstraintError(err, 'CHECK')) throw new QuizFull(quiz.code);
    throw err;
  }
  return {
    play: toPlayJson(play),
    playToken: token,
    question: await toQuestionJson(secret, firstQuestion ?? first, id, quiz.timeLimitSec, now, quiz.questionCount, 0),
    serverTime: new Date(now).toISOString(),
  };
}

/** The quiz position of a play's step: its own order in a shuffled quiz, else the quiz's. */
const quizPosition = (p: Pick<PlayRow, 'questionOrder'>, step: number) => p.questionOrder?.[step] ?? step;

/** The same in SQL, for joins: `question_order[step]`, or the step itself. */
const quizPositionSql = (step: SQL) => sql`coalesce(json_extract(${plays.questionOrder}, '$[' || (${step}) || ']'), ${step})`;

/** Loads a play with its quiz and current + next question, checking the play token. */
async function loadPlay(db: Db, playId: string, token: string) {
  const rows = await db
    .select({ play: plays, quiz: quizzes, question: quizQuestions, listed: briefings.listed })
    .from(plays)
    .innerJoin(quizzes, eq(quizzes.code, plays.quizCode))
    .leftJoin(
      quizQuestions,
      and(
        eq(quizQuestions.quizCode, plays.quizCode),
        sql`${quizQuestions.position} in (${quizPositionSql(sql`${plays.position}`)}, ${quizPositionSql(sql`${plays.position} + 1`)})`,
      ),
    )
    .leftJoin(briefings, eq(briefings.id, quizQuestions.briefingId))
    .where(eq(plays.id, playId));
  // The same answer for an unknown play and a wrong token: ids are not probed.
  if (!rows.length || !(await secretMatches(token, rows[0].play.tokenHash))) {
    throw new ApiError('forbidden', 'This play token does not belong to this play.');
  }
  const { play, quiz } = rows[0];
  const currentRow = rows.find((r) => r.question?.position === quizPosition(play, play.position));
  const current = currentRow?.question ?? null;
  const next =
    play.position + 1 < play.questionCount ? (rows.find((r) => r.question?.position === quizPosition(play, play.position + 1))?.question ?? null) : null;
  return { play, quiz, current, next, currentListed: currentRow?.listed === true };
}

export async function rankOf(db: Db, p: PlayRow): Promise<number | null> {
  if (p.finishedAt === null || p.durationMs === null) return null;
  const better = await db
    .select({ n: count() })
    .from(plays)
    .where(and(eq(plays.quizCode, p.quizCode), isNotNull(plays.finishedAt), aheadOf(p)))
    .get();
  return (better?.n ?? 0) + 1;
}

/**
 * The play's own answered questions, with their keys and sources where the quiz shows them
 * (answered questions only, so nothing here helps with the current one).
 */
async function reviewOf(db: Db, secret: string, playId: string, now: number) {
  const rows = await db
    .select({ a: answers, q: quizQuestions, listed: briefings.listed, quiz: quizzes })
    .from(answers)
    .innerJoin(plays, eq(plays.id, answers.playId))
    .innerJoin(quizzes, eq(quizzes.code, plays.quizCode))
    // By id: in a shuffled quiz the play's step is not the question's place in the quiz.
    .innerJoin(quizQuestions, and(eq(quizQuestions.quizCode, plays.quizCode), eq(quizQuestions.id, answers.questionId)))
    .leftJoin(briefings, eq(briefings.id, quizQuestions.briefingId))
    .where(eq(answers.playId, playId))
    .orderBy(answers.position);
  return Promise.all(
    rows.map(async ({ a, q, listed, quiz }) => {
      const served = await choicesFor(secret, playId, q);
      const shown = answersShown(quiz, now);
      return {
        questionId: q.id,
        index: a.position,
        kind: q.kind,
        prompt: q.prompt,
        choices: served.map((c) => ({ id: c.id, text: c.text })),
        choiceId: servedIdOf(served, a.choiceId),
        correctChoiceId: shown ? servedIdOf(served, q.answerId) : null,
        correct: a.correct,
        points: a.points,
        elapsedMs: a.elapsedMs,
        explanation: shown ? q.explanation : null,
        source: shown ? publicSource(q, listed === true, quiz.briefingIds) : null,
      };
    }),
  );
}

/** The play as it ended, once finalisePlay has written its end. */
async function reloadPlay(db: Db, playId: string): Promise<PlayRow> {
  const row = await db.select().from(plays).where(eq(plays.id, playId)).get();
  if (!row) throw new ApiError('forbidden', 'This play token does not belong to this play.');
  return row;
}

export async function resumePlay(db: Db, secret: string, playId: string, token: string, now = Date.now(), withReview = false) {
  const loaded = await loadPlay(db, playId, token);
  const { quiz } = loaded;
  let { play, current } = loaded;
  if (isOver(play, { closed: isClosed(quiz, now), timeLimitSec: quiz.timeLimitSec }, now)) {
    // Its quiz closed or it was left: it ends here, and the player gets the result instead.
    await finalisePlay(db, play.id, quiz.code, now);
    play = await reloadPlay(db, play.id);
    current = null;
  }
  let servedAt = play.servedAt;
  if (current && servedAt === NOT_SERVED) {
    // First sight of this question: its clock starts now. A later resume keeps this time.
    const started = await db
      .update(plays)
      .set({ servedAt: now })
      .where(and(eq(plays.id, play.id), eq(plays.position, play.position), eq(plays.servedAt, NOT_SERVED)))
      .returning({ servedAt: plays.servedAt })
      .get();
    servedAt = started?.servedAt ?? (await db.select({ servedAt: plays.servedAt }).from(plays).where(eq(plays.id, play.id)).get())?.servedAt ?? now;
  }
  return {
    play: toPlayJson(play, await rankOf(db, play)),
    question: current ? await toQuestionJson(secret, current, play.id, quiz.timeLimitSec, servedAt, play.questionCount, play.position) : null,
    ...(withReview ? { review: await reviewOf(db, secret, play.id, now) } : {}),
    serverTime: new Date(now).toISOString(),
  };
}

export async function answerQuestion(
  db: Db,
  secret: string,
  playId: string,
  token: string,
  input: { questionId: string; choiceId: string | null; serveNext?: boolean },
  now = Date.now(),
) {
  const { play, quiz, current, next, currentListed } = await loadPlay(db, playId, token);
  if (isClosed(quiz, now)) {
    // The play stops where the quiz closed: GET /api/plays/:id then gives its result and rank.
    if (play.finishedAt === null) await finalisePlay(db, play.id, quiz.code, now);
    throw new ApiError('gone', 'This quiz is closed: your play ended with the questions you answered.');
  }
  if (isOver(play, { closed: false, timeLimitSec: quiz.timeLimitSec }, now)) {
    await finalisePlay(db, play.id, quiz.code, now);
    throw new ApiError('conflict', 'This play ended: it was left for longer than its remaining questions’ time.');
  }
  if (play.finishedAt !== null || !current) {
    throw new ApiError('conflict', play.endedBy === 'closed' ? 'This play stopped when the quiz closed; it takes no more answers.' : 'This play is finished.');
  }
  if (input.questionId !== current.id) {
    throw new ApiError('conflict', 'This is not the current question: it was answered already or is not reached yet.');
  }
  if (play.servedAt === NOT_SERVED) {
    throw new ApiError('conflict', 'This question has not been shown yet: fetch it with GET /api/plays/:id first.');
  }
  const serveNext = input.serveNext !== false;
  const served = await choicesFor(secret, play.id, current);
  const chosen = input.choiceId === null ? null : served.find((c) => c.id === input.choiceId);
  if (chosen === undefined) {
    throw new ApiError('invalid_input', 'This choice does not belong to the question.', {
      issues: [{ path: ['choiceId'], message: 'Unknown choice for this question.' }],
    });
  }
  const elapsedMs = Math.max(0, now - play.servedAt);
  const limitMs = quiz.timeLimitSec * 1000;
  // Stored under the quiz's own choice id, so results and statistics read the same for every play.
  const storedChoiceId = chosen?.stored ?? null;
  // Within the grace period an answer counts as given at the limit.
  const countedMs = elapsedMs > limitMs && elapsedMs <= limitMs + LATE_GRACE_MS ? limitMs : elapsedMs;
  // Past the limit the question had closed: the right choice then is no correct answer, for the
  // score, the correct count a tie is broken on, and the teacher's accuracy alike.
  const late = countedMs > limitMs;
  const correct = storedChoiceId === current.answerId && !late;
  const outcome = scoreAnswer({ mode: quiz.scoring, correct, elapsedMs: countedMs, limitMs, streakBefore: play.streak });
  const finishing = play.position + 1 >= play.questionCount;
  const startedMs = Date.parse(play.startedAt);
  const nowIso = new Date(now).toISOString();
  let updated: PlayRow[];
  try {
    // One answer per question, even under a burst (the primary key is (play, position)), and
    // none once the play has ended: a play finalised between the checks above and this batch
    // (its quiz closed, or a read found it left) takes no more answers.
    const open = and(eq(plays.id, play.id), eq(plays.position, play.position), sql`${plays.finishedAt} is null`);
    const results = await db.batch([
      db.insert(answers).select(
        db
          .select({
            playId: plays.id,
            position: plays.position,
            questionId: sql`${current.id}`.as('question_id'),
            choiceId: sql`${storedChoiceId}`.as('choice_id'),
            correct: sql`${correct ? 1 : 0}`.as('correct'),
            points: sql`${outcome.points}`.as('points'),
            elapsedMs: sql`${elapsedMs}`.as('elapsed_ms'),
            createdAt: sql`${nowIso}`.as('created_at'),
          })
          .from(plays)
          .where(open),
      ),
      db
        .update(plays)
        .set({
          score: sql`${plays.score} + ${outcome.points}`,
          correctCount: sql`${plays.correctCount} + ${correct ? 1 : 0}`,
          answeredCount: sql`${plays.answeredCount} + 1`,
          streak: outcome.streak,
          position: sql`${plays.position} + 1`,
          servedAt: serveNext ? now : NOT_SERVED,
          answeredAt: now,
          finishedAt: finishing ? nowIso : null,
          durationMs: finishing ? now - startedMs : null,
        })
        .where(open)
        .returning(),
      ...(finishing
        ? [
            // A count, not an increment: it stays true whoever (this answer or a read) ended the play.
            db
              .update(quizzes)
              .set({ finishedCount: sql`(select count(*) from ${plays} where ${plays.quizCode} = ${quiz.code} and ${plays.finishedAt} is not null)` })
              .where(eq(quizzes.code, quiz.code)),
          ]
        : []),
    ]);
    updated = results[1] as PlayRow[];
  } catch (err) {
    if (isConstraintError(err, 'UNIQUE') || isConstraintError(err, 'PRIMARY KEY')) {
      throw new ApiError('conflict', 'This question was answered already; the first answer stands.');
    }
    throw err;
  }
  const after = updated[0];
  if (!after) {
    const ended = await reloadPlay(db, play.id);
    if (ended.endedBy === 'closed') throw new ApiError('gone', 'This quiz is closed: your play ended with the questions you answered.');
    throw new ApiError('conflict', 'This question was answered already; the first answer stands.');
  }
  const shown = answersShown(quiz, now);
  return {
    correct,
    late,
    correctChoiceId: shown ? servedIdOf(served, current.answerId) : null,
    points: outcome.points,
    score: after.score,
    streak: after.streak,
    elapsedMs,
    explanation: shown ? current.explanation : null,
    source: shown ? publicSource(current, currentListed, quiz.briefingIds) : null,
    next: next && !finishing && serveNext ? await toQuestionJson(secret, next, play.id, quiz.timeLimitSec, now, play.questionCount, play.position + 1) : null,
    hasNext: !finishing,
    play: toPlayJson(after, finishing ? await rankOf(db, after) : null),
    serverTime: nowIso,
  };
}
