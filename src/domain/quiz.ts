// Choosing a quiz's questions from the banks of its briefings, and the order a player meets them in.
import { createRandom, shuffle } from './random';

export interface BankEntry {
  id: string;
  kind: string;
  /** statement identity; a quiz asks at most one question per statement */
  statementId: string;
  /** position of the statement in its briefing, for document order */
  briefingOrder: number;
  statementIndex: number;
  /** position in the generator's ranking, best first */
  rank: number;
  /** the right choice's text; null where every question shares it (True, False) */
  answer?: string | null;
}

const answerKey = (a: string | null | undefined) => (a ? a.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim() : null);

/**
 * Picks up to `count` questions so that the quiz reads like a quiz, not like the bank:
 * round-robin over the kinds (in the order of each kind's best question), each kind offering its
 * best remaining question; one question per statement and no answer twice (two questions with
 * one answer help each other); and spread over the briefing: a question whose statement lies
 * near one already chosen waits while one further away is left. The result is in document
 * order; the seed breaks ties reproducibly.
 */
export function selectQuestions(bank: BankEntry[], count: number, seed: number, kinds?: readonly string[]): BankEntry[] {
  const allowed = kinds?.length ? new Set(kinds) : null;
  const pool = bank.filter((q) => !allowed || allowed.has(q.kind));
  const random = createRandom(seed);
  const byKind = new Map<string, BankEntry[]>();
  for (const q of shuffle(pool, random).sort((a, b) => a.rank - b.rank || a.briefingOrder - b.briefingOrder)) {
    const list = byKind.get(q.kind) ?? [];
    list.push(q);
    byKind.set(q.kind, list);
  }
  // The gap wanted between two chosen statements of one briefing: the briefing's length shared
  // out among the questions, relaxed step by step when no candidate keeps it.
  const statementsOf = new Map<number, number>();
  for (const q of pool) statementsOf.set(q.briefingOrder, Math.max(statementsOf.get(q.briefingOrder) ?? 0, q.statementIndex + 1));
  const span = [...statementsOf.values()].reduce((a, b) => a + b, 0);
  const widest = Math.max(1, Math.floor(span / Math.max(1, count)));

  const chosen: BankEntry[] = [];
  const usedStatements = new Set<string>();
  const usedAnswers = new Set<string>();
  const usable = (q: BankEntry) => {
    const a = answerKey(q.answer);
    return !usedStatements.has(q.statementId) && (a === null || !usedAnswers.has(a));
  };
  const distance = (q: BankEntry) => {
    let d = Number.POSITIVE_INFINITY;
    for (const c of chosen) if (c.briefingOrder === q.briefingOrder) d = Math.min(d, Math.abs(c.statementIndex - q.statementIndex));
    return d;
  };
  const order = [...byKind.keys()].sort((a, b) => byKind.get(a)![0].rank - byKind.get(b)![0].rank);
  let progress = true;
  while (chosen.length < count && progress) {
    progress = false;
    for (const kind of order) {
      if (chosen.length >= count) break;
      const list = byKind.get(kind)!.filter(usable);
      byKind.set(kind, list);
      if (!list.length) continue;
      let pick = list[0];
      for (let gap = widest; gap > 1; gap--) {
        const far = list.find((q) => distance(q) >= gap);
        if (far) {
          pick = far;
          break;
        }
      }
      list.splice(list.indexOf(pick), 1);
      usedStatements.add(pick.statementId);
      const a = answerKey(pick.answer);
      if (a !== null) usedAnswers.add(a);
      chosen.push(pick);
      progress = true;
    }
  }
  return chosen.sort((a, b) => a.briefingOrder - b.briefingOrder || a.statementIndex - b.statementIndex);
}
