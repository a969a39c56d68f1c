// What a live game reads of its quiz in D1: whether it still takes players, and whether a name
// is taken in it.
import { checkName } from '../domain/names';

type QuizOpen = { closed: number; closes_at: string | null } | null;

export function readQuizOpen(db: D1Database, quizCode: string): Promise<QuizOpen> {
  return db.prepare('select closed, closes_at from quizzes where code = ?').bind(quizCode).first<{ closed: number; closes_at: string | null }>();
}

/** A quiz closed since the game began takes no one new, as its self-paced joins do not. */
export function quizTakesPlayers(quiz: QuizOpen, now: number): boolean {
  return !!quiz && !quiz.closed && !(quiz.closes_at && quiz.closes_at <= new Date(now).toISOString());
}

/**
 * An assessed quiz's name, taken by any of its plays: a self-paced one ("key") or one of an earlier
 * live game ("key#id"; '$' is the character after '#').
 */
export async function nameTakenInQuiz(db: D1Database, quizCode: string, name: string): Promise<boolean> {
  const checked = checkName(name);
  if (!checked.ok) return false;
  const row = await db
    .prepare('select 1 as taken from plays where quiz_code = ?1 and (name_key = ?2 or (name_key >= ?3 and name_key < ?4)) limit 1')
    .bind(quizCode, checked.key, `${checked.key}#`, `${checked.key}$`)
    .first<{ taken: number }>();
  return !!row;
}
