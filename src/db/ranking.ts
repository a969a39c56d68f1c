// The leaderboard's order (RANK_ORDER in domain/scoring.ts) as SQL over the plays table. Rows
// already in memory are ranked by the same order there (compareRank, assignRanks).
import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import { RANK_ORDER, type Rankable } from '../domain/scoring';
import { plays } from './schema';

/** ORDER BY for plays, best first. */
export const rankOrderBy = RANK_ORDER.map(([key, dir]) => (dir === 'desc' ? desc(plays[key]) : asc(plays[key])));

/** The plays ranked strictly ahead of `p`: ahead on the first key where they differ. */
export function aheadOf(p: Rankable): SQL {
  return or(
    ...RANK_ORDER.map(([key, dir], i) =>
      and(...RANK_ORDER.slice(0, i).map(([k]) => eq(plays[k], p[k] ?? 0)), dir === 'desc' ? gt(plays[key], p[key] ?? 0) : lt(plays[key], p[key] ?? 0)),
    ),
  )!;
}

// The in-memory half, for the services that rank rows they hold.
export { assignRanks as withRanks, compareRank } from '../domain/scoring';
