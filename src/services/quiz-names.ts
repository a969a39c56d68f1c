// Names in an assessed quiz, where each is taken once across self-paced and live plays: one rule
// for the join route and the live game's Durable Object.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { plays } from '../db/schema';

/**
 * Whether a name (its folded key) is taken in an assessed quiz: by a self-paced play ("key") or by
 * one of a live game ("key#id", kept apart so a game's batch never collides); '$' follows '#'.
 */
export async function nameTakenInQuiz(db: Db, quizCode: string, key: string): Promise<boolean> {
  const row = await db
    .select({ id: plays.id })
    .from(plays)
    .where(and(eq(plays.quizCode, quizCode), sql`(${plays.nameKey} = ${key} or (${plays.nameKey} >= ${`${key}#`} and ${plays.nameKey} < ${`${key}$`}))`))
    .limit(1)
    .get();
  return !!row;
}
