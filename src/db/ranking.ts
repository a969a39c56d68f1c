// The leaderboard's order (RANK_ORDER in schema.ts) as SQL and in memory.
import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import { plays, RANK_ORDER } from './schema';

export interface Rankable {
  score: number;
  correctCount: number;
  durationMs: number | null;
}

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

export function compareRank(a: Rankable, b: Rankable): number {
  for (const [key, dir] of RANK_ORDER) {
    const d = (a[key] ?? 0) - (b[key] ?? 0);
    if (d) return dir === 'desc' ? -d : d;
  }
  return 0;
}

/** Standard competition ranks (1, 1, 3) of entries already in rank order. */
export function withRanks<T extends Rankable>(sorted: T[]): (T & { rank: number })[] {
  const out: (T & { rank: number })[] = [];
  sorted.forEach((e, i) => {
    const prev = out[i - 1];
    out.push({ ...e, rank: prev && compareRank(prev, e) === 0 ? prev.rank : i + 1 });
  });
  return out;
}
