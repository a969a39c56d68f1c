import { describe, expect, it } from 'vitest';
import { assignRanks, compareRank, scoreAnswer } from '../../src/domain/scoring';

describe('scoreAnswer (speed)', () => {
  const base = { mode: 'speed' as const, correct: true, limitMs: 20_000, streakBefore: 0 };
  it('gives 1000 for an instant correct answer', () => {
    expect(scoreAnswer({ ...base, elapsedMs: 0 })).toEqual({ points: 1000, streak: 1 });
  });
  it('gives 500 for a correct answer exactly at the limit', () => {
    expect(scoreAnswer({ ...base, elapsedMs: 20_000 }).points).toBe(500);
  });
  it('rounds half-way points', () => {
    // 1000 * (1 - 7/20/2) = 825
    expect(scoreAnswer({ ...base, elapsedMs: 7_000 }).points).toBe(825);
    // 1000 * (1 - 1/3/2) = 833.33
    expect(scoreAnswer({ ...base, elapsedMs: 1_000, limitMs: 3_000 }).points).toBe(833);
  });
  it('gives 0 and resets the streak after the limit', () => {
    expect(scoreAnswer({ ...base, elapsedMs: 20_001, streakBefore: 4 })).toEqual({ points: 0, streak: 0 });
  });
  it('gives 0 and resets the streak for a wrong answer', () => {
    expect(scoreAnswer({ ...base, correct: false, elapsedMs: 10, streakBefore: 3 })).toEqual({ points: 0, streak: 0 });
  });
  it('adds 100 per consecutive correct answer before, capped at 500', () => {
    expect(scoreAnswer({ ...base, elapsedMs: 0, streakBefore: 1 }).points).toBe(1100);
    expect(scoreAnswer({ ...base, elapsedMs: 0, streakBefore: 5 }).points).toBe(1500);
    expect(scoreAnswer({ ...base, elapsedMs: 0, streakBefore: 9 })).toEqual({ points: 1500, streak: 10 });
  });
  it('treats a negative elapsed time (clock skew) as instant', () => {
    expect(scoreAnswer({ ...base, elapsedMs: -50 }).points).toBe(1000);
  });
});

describe('scoreAnswer (accuracy)', () => {
  it('gives 1000 per correct answer whatever the time or streak', () => {
    expect(scoreAnswer({ mode: 'accuracy', correct: true, elapsedMs: 19_999, limitMs: 20_000, streakBefore: 7 }).points).toBe(1000);
  });
  it('gives 0 once the question has closed', () => {
    expect(scoreAnswer({ mode: 'accuracy', correct: true, elapsedMs: 20_500, limitMs: 20_000, streakBefore: 0 }).points).toBe(0);
  });
});

describe('ranking', () => {
  it('orders by score, then correct answers, then shorter duration', () => {
    const a = { score: 900, correctCount: 3, durationMs: 5000 };
    const b = { score: 900, correctCount: 4, durationMs: 9000 };
    const c = { score: 900, correctCount: 4, durationMs: 8000 };
    expect([a, b, c].sort(compareRank)).toEqual([c, b, a]);
  });
  it('gives equal entries the same rank and skips the next', () => {
    const e = { score: 100, correctCount: 1, durationMs: 10 };
    const ranks = assignRanks([{ score: 200, correctCount: 2, durationMs: 5 }, e, { ...e }, { score: 50, correctCount: 1, durationMs: 1 }]);
    expect(ranks.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });
});
