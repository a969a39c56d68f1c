// How a self-paced play ends when its player does not finish it: where its quiz closes (by the
// teacher or at its closing time) it stops there, and once nobody has touched it for longer than
// its remaining questions' time it counts as abandoned. Either way it is finalised with what was
// answered, so it ranks on the leaderboards and reads as ended in the results. Nothing runs on a
// schedule: whatever reads plays (the player, the results, the leaderboards) finalises them first.
import type { Db } from '../db/client';
import type { PlayRow } from '../db/schema';

/**
 * Beyond its remaining questions' time, what a play is allowed untouched before it counts as
 * abandoned: the time to read an answer's feedback and source, or a phone locked for a moment.
 */
export const ABANDON_GRACE_MS = 2 * 60_000;

export type PlayState = 'playing' | 'finished' | 'stopped' | 'abandoned';

export function playState(p: Pick<PlayRow, 'finishedAt' | 'endedBy'>): PlayState {
  if (p.finishedAt === null) return 'playing';
  if (p.endedBy === 'closed') return 'stopped';
  if (p.endedBy === 'abandoned') return 'abandoned';
  return 'finished';
}

/** The last sign of the player: the start, the last answer, or the serving of the current question. */
function lastSeenMs(p: Pick<PlayRow, 'servedAt' | 'answeredAt' | 'startedAt'>): number {
  return Math.max(p.servedAt, p.answeredAt ?? 0, Date.parse(p.startedAt));
}

/** When an unfinished play counts as abandoned: its remaining questions' time after it was last seen, and the grace. */
export function abandonedAt(p: Pick<PlayRow, 'servedAt' | 'answeredAt' | 'startedAt' | 'questionCount' | 'position'>, timeLimitSec: number): number {
  return lastSeenMs(p) + Math.max(0, p.questionCount - p.position) * timeLimitSec * 1000 + ABANDON_GRACE_MS;
}

/** Whether an unfinished play is over already (its quiz closed, or it was left): a read must finalise it first. */
export function isOver(p: PlayRow, quiz: { closed: boolean; timeLimitSec: number }, now: number): boolean {
  return p.finishedAt === null && (quiz.closed || abandonedAt(p, quiz.timeLimitSec) <= now);
}

/** Epoch ms of an ISO time column, in SQL. */
const msOf = (column: string) => `cast(round((julianday(${column}) - 2440587.5) * 86400000.0) as integer)`;

const CLOSES_MS = msOf('q.closes_at');
const STARTED_MS = msOf('p.started_at');

/**
 * Finalises the over plays among those `scope` selects (a condition on `p`, the plays table, and
 * `q`, their quiz; ?1 is now, ?2 the scope's value): a play stops at its quiz's closing time (at
 * now for a quiz closed by hand, the closing moment being known only then), or is abandoned at
 * the time it was due, whichever came first. Its duration runs to its last answer, plus the full
 * time of each question it did not answer (as a live game counts one not answered), so it never
 * wins a tie against a play that answered more; its rank is that of what it scored. The quizzes' finished counts are recounted in the same batch, so they
 * agree with their plays. Plain SQL on the D1 binding: drizzle cannot batch an UPDATE … FROM.
 */
async function finaliseWhere(db: Db, now: number, scope: string, scopeValue: string, quizScope: string, quizValue: string) {
  const finished = 'select count(*) from plays p where p.quiz_code = quizzes.code and p.finished_at is not null';
  const d1 = db.$client;
  const [ended] = await d1.batch<{ quiz_code: string }>([
    d1
      .prepare(
        `with due as (
          select p.id as id,
            case when q.closes_at is not null and ${CLOSES_MS} <= ?1 then ${CLOSES_MS} when q.closed then ?1 end as close_ms,
            max(p.served_at, coalesce(p.answered_at, 0), ${STARTED_MS}) + max(0, p.question_count - p.position) * q.time_limit_sec * 1000 + ${ABANDON_GRACE_MS} as due_ms,
            ${STARTED_MS} as started_ms,
            max(0, p.question_count - p.answered_count) * q.time_limit_sec * 1000 as unanswered_ms
          from plays p join quizzes q on q.code = p.quiz_code
          where p.finished_at is null and ${scope}
        )
        update plays set
          ended_by = case when due.close_ms is not null and due.close_ms < due.due_ms then 'closed' else 'abandoned' end,
          finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', min(coalesce(due.close_ms, due.due_ms), due.due_ms) / 1000.0, 'unixepoch'),
          duration_ms = max(0, coalesce(plays.answered_at, due.started_ms) - due.started_ms) + due.unanswered_ms,
          position = plays.question_count
        from due
        where plays.id = due.id and plays.finished_at is null and ((due.close_ms is not null and due.close_ms <= ?1) or due.due_ms <= ?1)
        returning plays.quiz_code`,
      )
      .bind(now, scopeValue),
    // Only when the update above ended a play (changes() counts its rows): a leaderboard read of a
    // quiz with 10,000 finished plays must not count them all to find nothing changed.
    d1.prepare(`update quizzes set finished_count = (${finished}) where changes() > 0 and ${quizScope}`).bind(quizValue),
  ]);
  return ended.results.length;
}

/** Finalises a quiz's over plays; returns how many ended now. */
export function finaliseQuizPlays(db: Db, quizCode: string, now = Date.now()) {
  return finaliseWhere(db, now, 'p.quiz_code = ?2', quizCode, 'quizzes.code = ?1', quizCode);
}

/** Finalises the over plays of every quiz ranked on a briefing's leaderboard. */
export function finaliseBriefingPlays(db: Db, briefingId: string, now = Date.now()) {
  return finaliseWhere(db, now, 'q.leaderboard_briefing_id = ?2', briefingId, 'quizzes.leaderboard_briefing_id = ?1', briefingId);
}

/** Finalises one play if it is over. */
export function finalisePlay(db: Db, playId: string, quizCode: string, now = Date.now()) {
  return finaliseWhere(db, now, 'p.id = ?2', playId, 'quizzes.code = ?1', quizCode);
}
