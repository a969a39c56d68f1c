// What a live game reads of its quiz in D1: whether it still takes players, and whether a name
// is taken in it (by the rule self-paced joins use).
import type { Db } from '../db/client';
import { checkName } from '../domain/names';
import { nameTakenInQuiz } from '../services/quiz-names';

type QuizOpen = { closed: number; closes_at: string | null } | null;

export function readQuizOpen(db: D1Database, quizCode: string): Promise<QuizOpen> {
  return db.prepare('select closed, closes_at from quizzes where code = ?').bind(quizCode).first<{ closed: number; closes_at: string | null }>();
}

/** A quiz closed since the game began takes no one new, as its self-paced joins do not. */
export function quizTakesPlayers(quiz: QuizOpen, now: number): boolean {
  return !!quiz && !quiz.closed && !(quiz.closes_at && quiz.closes_at <= new Date(now).toISOString());
}

/** An assessed quiz's name, taken by any of its plays, self-paced or of an earlier live game. */
export async function nameTakenIn(db: Db, quizCode: string, name: string): Promise<boolean> {
  const checked = checkName(name);
  return checked.ok && nameTakenInQuiz(db, quizCode, checked.key);
}
