// The leaderboard's order is written once (RANK_ORDER): the SQL that pages a leaderboard and the
// comparator that ranks rows in memory must put the same plays in the same places.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import { aheadOf, rankOrderBy } from '../../src/db/ranking';
import { plays, quizzes } from '../../src/db/schema';
import { assignRanks, compareRank } from '../../src/domain/scoring';
import { and, count, eq, isNotNull } from 'drizzle-orm';

describe('leaderboard order', () => {
  it('is the same in SQL and in memory, ties and the count of plays ahead included', async () => {
    const db = createDb(env.DB);
    const code = 'RANKQZ';
    await db.insert(quizzes).values({
      code,
      title: 'Ranking',
      briefingIds: [],
      questionCount: 3,
      timeLimitSec: 20,
      mode: 'practice',
      scoring: 'speed',
      teacherKeyHash: 'x',
      createdAt: new Date().toISOString(),
    });
    // Every combination of three scores, two correct counts and two durations, some twice: ties on
    // one, two and all three keys.
    const rows = [];
    for (const score of [900, 1500, 0])
      for (const correctCount of [3, 2]) for (const durationMs of [42_000, 9_000]) rows.push({ score, correctCount, durationMs });
    rows.push({ ...rows[3] }, { ...rows[7] });
    // One row a statement: D1 binds at most 100 values to one.
    const [first, ...rest] = rows.map((r, i) =>
      db.insert(plays).values({
        ...r,
        id: `rank-${i}`,
        quizCode: code,
        name: `P${i}`,
        nameKey: `p${i}`,
        tokenHash: 'x',
        questionCount: 3,
        position: 3,
        servedAt: 0,
        startedAt: '2026-01-01T00:00:00.000Z',
        finishedAt: '2026-01-01T00:01:00.000Z',
      }),
    );
    await db.batch([first, ...rest]);
    const mine = and(eq(plays.quizCode, code), isNotNull(plays.finishedAt));
    const fromSql = await db
      .select({ score: plays.score, correctCount: plays.correctCount, durationMs: plays.durationMs })
      .from(plays)
      .where(mine)
      .orderBy(...rankOrderBy);
    const inMemory = [...rows].reverse().sort(compareRank);
    expect(fromSql).toEqual(inMemory);
    expect(fromSql[0]).toEqual({ score: 1500, correctCount: 3, durationMs: 9_000 });
    // A play's rank is one more than the plays strictly ahead of it, by either reckoning.
    for (const r of assignRanks(inMemory)) {
      const [{ n }] = await db
        .select({ n: count() })
        .from(plays)
        .where(and(mine, aheadOf(r)));
      expect(n + 1, JSON.stringify(r)).toBe(r.rank);
    }
    expect(assignRanks(inMemory).map((r) => r.rank)).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 8, 10, 11, 12, 13, 14]);
  });
});
