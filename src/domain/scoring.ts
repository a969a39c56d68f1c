// Points, streaks and ranking rules of API.md "Scoring" and "Leaderboards".

export type ScoringMode = 'speed' | 'accuracy';

export interface AnswerOutcome {
  points: number;
  /** consecutive correct answers including this one */
  streak: number;
}

export const STREAK_BONUS = 100;
export const STREAK_BONUS_CAP = 500;

/**
 * Scores one answer. `speed`: a correct answer within the limit earns
 * round(1000 × (1 − elapsed / limit / 2)) (500–1000) plus 100 per consecutive correct answer
 * before it, capped at 500. `accuracy`: 1000 per correct answer. Wrong or late answers earn 0
 * and reset the streak.
 */
export function scoreAnswer(input: { mode: ScoringMode; correct: boolean; elapsedMs: number; limitMs: number; streakBefore: number }): AnswerOutcome {
  const late = input.elapsedMs > input.limitMs;
  if (!input.correct || late) return { points: 0, streak: 0 };
  if (input.mode === 'accuracy') return { points: 1000, streak: input.streakBefore + 1 };
  const elapsed = Math.max(0, input.elapsedMs);
  const base = Math.round(1000 * (1 - elapsed / input.limitMs / 2));
  const bonus = Math.min(STREAK_BONUS * input.streakBefore, STREAK_BONUS_CAP);
  return { points: base + bonus, streak: input.streakBefore + 1 };
}

export interface Rankable {
  score: number;
  correctCount: number;
  /** null until the play finishes; counts as 0 */
  durationMs: number | null;
}

/**
 * The leaderboard's order, best first: more points, then more correct answers, then the shorter
 * run; plays equal on all three share a rank. Written once: the rank index (db/schema.ts), the
 * leaderboards' SQL (db/ranking.ts) and the in-memory ranking below all follow it.
 */
export const RANK_ORDER = [
  ['score', 'desc'],
  ['correctCount', 'desc'],
  ['durationMs', 'asc'],
] as const;

/** Sort comparator in RANK_ORDER: negative when `a` ranks ahead of `b`, 0 when they share a rank. */
export function compareRank(a: Rankable, b: Rankable): number {
  for (const [key, dir] of RANK_ORDER) {
    const d = (a[key] ?? 0) - (b[key] ?? 0);
    if (d) return dir === 'desc' ? -d : d;
  }
  return 0;
}

/**
 * Standard competition ranks (1, 1, 3) for entries already in leaderboard order, starting at
 * `firstRank` for the first entry.
 */
export function assignRanks<T extends Rankable>(sorted: T[], firstRank = 1): (T & { rank: number })[] {
  const out: (T & { rank: number })[] = [];
  sorted.forEach((e, i) => {
    const prev = out[i - 1];
    const rank = prev && compareRank(prev, e) === 0 ? prev.rank : firstRank + i;
    out.push({ ...e, rank });
  });
  return out;
}
