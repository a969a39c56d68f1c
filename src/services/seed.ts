// Shipped briefings are ingested the first time the app runs against an empty database.
import type { Db } from './../db/client';
import { isConstraintError } from '../db/client';
import { and, eq, isNull } from 'drizzle-orm';
import { getBriefing } from './library';
import { briefings, quizzes } from '../db/schema';
import { bankMaker, ingestBriefing } from './briefings';
import xiTrumpCall from '../content/2026-02-05-xi-trump-taiwan-call.txt';

export const DEFAULT_BRIEFINGS = [{ id: 'xi-trump-taiwan-call-2026', text: xiTrumpCall }];

let seeded: Promise<void> | null = null;

/** Runs once per isolate: a cheap primary-key lookup per shipped briefing after that. */
export function ensureDefaults(db: Db, env: Env): Promise<void> {
  seeded ??= seed(db, env).catch((err) => {
    seeded = null;
    throw err;
  });
  return seeded;
}

async function seed(db: Db, env: Env): Promise<void> {
  for (const d of DEFAULT_BRIEFINGS) {
    const existing = await getBriefing(db, d.id);
    if (existing) {
      // Shipped before trust was recorded (migration 0002): shipped briefings are trusted.
      if (!existing.approved) await db.update(briefings).set({ approved: true }).where(eq(briefings.id, d.id));
      // Its home-page quiz from before migration 0003 keeps its place on the briefing's leaderboard.
      if (existing.publicQuizCode) {
        await db
          .update(quizzes)
          .set({ leaderboardBriefingId: d.id })
          .where(and(eq(quizzes.code, existing.publicQuizCode), isNull(quizzes.leaderboardBriefingId)));
      }
      continue;
    }
    try {
      await ingestBriefing(db, bankMaker(env), { text: d.text, listed: true, approved: true, id: d.id });
    } catch (err) {
      // Another isolate seeded it first.
      if (!isConstraintError(err)) throw err;
    }
  }
}
