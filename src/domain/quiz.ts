// Choosing a quiz's questions from the banks of its briefings.
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
}

/**
 * Picks up to `count` questions: best-ranked first, one per statement, kinds mixed so that no
 * kind takes more than its share while others are left, then presented in document order so
 * a quiz reads like the briefing. The seed breaks ties reproducibly.
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
  const chosen: BankEntry[] = [];
  const usedStatements = new Set<string>();
  // Round-robin over kinds, each kind offering its best remaining question.
  const order = [...byKind.keys()].sort((a, b) => byKind.get(a)![0].rank - byKind.get(b)![0].rank);
  let progress = true;
  while (chosen.length < count && progress) {
    progress = false;
    for (const kind of order) {
      if (chosen.length >= count) break;
      const list = byKind.get(kind)!;
      while (list.length) {
        const q = list.shift()!;
        if (usedStatements.has(q.statementId)) continue;
        usedStatements.add(q.statementId);
        chosen.push(q);
        progress = true;
        break;
      }
    }
  }
  return chosen.sort((a, b) => a.briefingOrder - b.briefingOrder || a.statementIndex - b.statementIndex);
}
