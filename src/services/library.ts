// The library's queries: listed briefings, one briefing with its statements, banks, and the facts
// trusted briefings lend as wrong options.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { briefings, questions, statements, type BriefingRow } from '../db/schema';

export function toBriefingJson(b: BriefingRow) {
  return {
    id: b.id,
    title: b.title,
    date: b.date,
    summary: b.summary,
    statementCount: b.statementCount,
    questionCount: b.questionCount,
    createdAt: b.createdAt,
    publicQuizCode: b.publicQuizCode,
  };
}

export function listListedBriefings(db: Db, limit = 100) {
  return (
    db
      .select()
      .from(briefings)
      // A listed briefing shows once the operator approves it (shipped ones are approved).
      .where(and(eq(briefings.listed, true), eq(briefings.approved, true)))
      .orderBy(desc(briefings.date), desc(briefings.createdAt))
      .limit(limit)
  );
}

export async function getBriefing(db: Db, id: string): Promise<BriefingRow | undefined> {
  return db.select().from(briefings).where(eq(briefings.id, id)).get();
}

export function getStatements(db: Db, briefingId: string) {
  return db
    .select({ id: statements.id, index: statements.index, text: statements.text })
    .from(statements)
    .where(eq(statements.briefingId, briefingId))
    .orderBy(asc(statements.index));
}

/** The statements of several briefings, in order within each. */
export function getStatementsOf(db: Db, briefingIds: string[]) {
  return db
    .select({ id: statements.id, briefingId: statements.briefingId, index: statements.index, text: statements.text })
    .from(statements)
    .where(inArray(statements.briefingId, briefingIds))
    .orderBy(asc(statements.briefingId), asc(statements.index));
}

export function getBriefingsByIds(db: Db, ids: string[]) {
  return db.select().from(briefings).where(inArray(briefings.id, ids));
}

/** The banks of several briefings, each question with its source statement text. */
export function getBanks(db: Db, briefingIds: string[]) {
  return db
    .select({ q: questions, sourceText: statements.text, statementIndex: statements.index })
    .from(questions)
    .innerJoin(statements, eq(statements.id, questions.statementId))
    .where(inArray(questions.briefingId, briefingIds))
    .orderBy(asc(questions.briefingId), asc(questions.index));
}

/**
 * Facts of the newest trusted briefings, lent as wrong options to a new briefing. Trusted means
 * shipped or approved by the operator: anyone may list a briefing, and a listed one must not
 * plant its names in strangers' quizzes.
 */
export async function getLibraryFacts(db: Db, limit = 20): Promise<string[]> {
  const rows = await db.select({ facts: briefings.facts }).from(briefings).where(eq(briefings.approved, true)).orderBy(desc(briefings.createdAt)).limit(limit);
  return rows.map((r) => r.facts);
}
