// Ingest: briefing text → parsed statements → question bank, stored in one atomic batch.
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { and, eq } from 'drizzle-orm';
import { getBanks, getBriefing, getStatements, listListedBriefings, toBriefingJson } from './library';
import type { BriefingRow, QuestionRow } from '../db/schema';
import { briefings, questions, statements } from '../db/schema';
import { MAX_BRIEFING_BYTES, parseBriefing, summarise, utf8Length } from '../domain/briefing';
import { cleanTitle } from '../domain/names';
import type { BankResult } from '../domain/questions/bank';
import { hashString } from '../domain/random';
import { QUESTION_KINDS, type ParsedBriefing, type QuestionKind } from '../domain/types';
import { ApiError } from '../errors';
import { newId, newSecret, secretMatches, sha256Hex } from '../lib/crypto';
import { defaultSelection, planQuiz, quizWrites, type BankItem } from './quizzes';

export interface IngestInput {
  text: string;
  title?: string;
  listed: boolean;
  /** fixed id for shipped briefings, so seeding is idempotent */
  id?: string;
  /** shipped briefings are trusted from the start; others wait for the operator */
  approved?: boolean;
}

export interface IngestResult {
  briefing: BriefingRow;
  questionCount: number;
  teacherKey: string;
  publicQuizCode: string | null;
}

/** Builds a parsed briefing's question bank: the generator Worker, through the app's service binding. */
export type BankMaker = (parsed: ParsedBriefing, seed: number) => Promise<BankResult>;

/** The generator Worker behind the app's GENERATOR binding. */
export const bankMaker =
  (env: Env): BankMaker =>
  async (parsed, seed) =>
    (await env.GENERATOR.bank(parsed, seed)) as BankResult;

/** Time zones run up to a day ahead of UTC: a briefing dated tomorrow is today somewhere. */
const MAX_DAYS_AHEAD = 1;

/** The settings of a briefing's home-page quiz. */
function publicQuizSettings(id: string, title: string) {
  return { briefingIds: [id], title, questionCount: 10, timeLimitSec: 20, mode: 'practice' as const, scoring: 'speed' as const };
}

/**
 * A full home-page quiz gives way to a fresh one of the same briefing: nobody holds its key, so
 * without this one address could fill it for good (a cap of 500 never resets). Returns the code
 * of the briefing's current home-page quiz, or null when `code` is not one.
 */
export async function recyclePublicQuiz(db: Db, code: string, now = new Date()): Promise<string | null> {
  const owner = await db.select().from(briefings).where(eq(briefings.publicQuizCode, code)).get();
  if (!owner) return null;
  const bank = await getBanks(db, [owner.id]);
  const items: BankItem[] = bank.map((r) => ({ question: r.q, sourceText: r.sourceText, statementIndex: r.statementIndex, briefingOrder: 0 }));
  const plan = await planQuiz(publicQuizSettings(owner.id, owner.title), items, now);
  const writes = [
    ...quizWrites(db, plan),
    // Only if no other join recycled it first; the loser's quiz stays unused.
    db
      .update(briefings)
      .set({ publicQuizCode: plan.quiz.code })
      .where(and(eq(briefings.id, owner.id), eq(briefings.publicQuizCode, code))),
  ];
  await db.batch(writes as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  const current = await db.select({ code: briefings.publicQuizCode }).from(briefings).where(eq(briefings.id, owner.id)).get();
  return current?.code ?? null;
}

type QuestionContent = Pick<QuestionRow, 'kind' | 'prompt' | 'choices' | 'answerId' | 'explanation' | 'difficulty' | 'generatorVersion'>;

/** What a stored question keeps of a generated one, and what a teacher's bank shows of it. */
const questionContent = (q: QuestionContent): QuestionContent => ({
  kind: q.kind,
  prompt: q.prompt,
  choices: q.choices,
  answerId: q.answerId,
  explanation: q.explanation,
  difficulty: q.difficulty,
  generatorVersion: q.generatorVersion,
});

export async function ingestBriefing(db: Db, makeBank: BankMaker, input: IngestInput, now = new Date()): Promise<IngestResult> {
  if (utf8Length(input.text) > MAX_BRIEFING_BYTES) {
    throw new ApiError('too_large', `A briefing is at most ${MAX_BRIEFING_BYTES / 1024} KB of text.`);
  }
  const parsed = parseBriefing(input.text);
  if (!parsed.statements.length) {
    throw new ApiError('unprocessable', 'The briefing has no statements: add sentences below the date line.');
  }
  if (parsed.badDate) {
    throw new ApiError('unprocessable', `The date line says ${parsed.badDate}, which is not a date: write it as YYYY-MM-DD, or leave the line out.`);
  }
  // Newest date first on the home page: a date far ahead (9999-12-31) would pin a briefing on top.
  const latest = new Date(now.getTime() + MAX_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
  if (parsed.date && parsed.date > latest) {
    throw new ApiError('unprocessable', `The date line says ${parsed.date}, which is in the future: a briefing is dated at most a day ahead.`);
  }
  const made = await makeBank(parsed, hashString(input.text));
  if (!made.ok) throw new ApiError('unprocessable', made.reason);
  const { questions: bank, facts } = made;
  if (!bank.length) {
    throw new ApiError(
      'unprocessable',
      'No question could be made from this briefing: questions come only from sentences that make sense on their own, with names, numbers or dates, and not leaning on an earlier sentence through words such as “he”, “this”, “also” or “the company”.',
    );
  }

  const id = input.id ?? newId();
  const teacherKey = newSecret();
  const title = cleanTitle(input.title ?? '') || cleanTitle(parsed.headline) || cleanTitle(summarise(parsed, 80)) || 'Untitled briefing';
  const statementRows = parsed.statements.map((text, index) => ({ id: `${id}-s${index + 1}`, briefingId: id, index, text }));
  const questionRows: QuestionRow[] = bank.map((q, index) => ({
    id: `${id}-q${index + 1}`,
    briefingId: id,
    index,
    statementId: statementRows[q.statementIndex].id,
    ...questionContent(q),
  }));

  let publicQuiz = null;
  if (input.listed) {
    const items: BankItem[] = questionRows.map((question, i) => ({
      question,
      sourceText: parsed.statements[bank[i].statementIndex],
      statementIndex: bank[i].statementIndex,
      briefingOrder: 0,
    }));
    publicQuiz = await planQuiz(publicQuizSettings(id, title), items, now);
  }

  const briefing: BriefingRow = {
    id,
    title,
    date: parsed.date,
    summary: summarise(parsed),
    statementCount: statementRows.length,
    questionCount: questionRows.length,
    listed: input.listed,
    approved: input.approved ?? false,
    teacherKeyHash: await sha256Hex(teacherKey),
    facts: JSON.stringify(facts),
    publicQuizCode: publicQuiz?.quiz.code ?? null,
    generatorVersion: made.version,
    createdAt: now.toISOString(),
  };

  const writes: BatchItem<'sqlite'>[] = [db.insert(briefings).values(briefing)];
  // D1 binds at most 100 parameters per statement.
  for (let i = 0; i < statementRows.length; i += 25) writes.push(db.insert(statements).values(statementRows.slice(i, i + 25)));
  for (let i = 0; i < questionRows.length; i += 9) writes.push(db.insert(questions).values(questionRows.slice(i, i + 9)));
  if (publicQuiz) writes.push(...quizWrites(db, publicQuiz));
  await db.batch(writes as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return { briefing, questionCount: questionRows.length, teacherKey, publicQuizCode: publicQuiz?.quiz.code ?? null };
}

export async function findBriefing(db: Db, id: string): Promise<BriefingRow> {
  const b = await getBriefing(db, id);
  if (!b) throw new ApiError('not_found', 'No briefing has this id.');
  return b;
}

export async function listedBriefings(db: Db) {
  return { briefings: (await listListedBriefings(db)).map(toBriefingJson) };
}

export async function briefingWithStatements(db: Db, id: string) {
  const b = await findBriefing(db, id);
  return { briefing: { ...toBriefingJson(b), statements: await getStatements(db, b.id) } };
}

/** What pages call each kind of question; the API hands the list out with the bank. */
const KIND_LABELS: Record<QuestionKind, string> = {
  quote: 'Quote',
  attribution: 'Who said it',
  cloze: 'Fill the gap',
  true_false: 'True or false',
  number: 'Number',
  date: 'Date',
  timeline: 'Timeline',
  position: 'Who did what',
};

export const questionKinds = () => QUESTION_KINDS.map((id) => ({ id, label: KIND_LABELS[id] }));

/** The bank with answers and sources, for the holder of the briefing's teacher key. */
export async function briefingBank(db: Db, id: string, key: string) {
  const b = await findBriefing(db, id);
  if (!(await secretMatches(key, b.teacherKeyHash))) throw new ApiError('forbidden', 'This key does not open this briefing.');
  const bank = await getBanks(db, [b.id]);
  return {
    questions: bank.map(({ q, sourceText, statementIndex }) => ({
      id: q.id,
      index: q.index,
      ...questionContent(q),
      source: { briefingId: b.id, statementId: q.statementId, statementIndex, text: sourceText },
    })),
    kinds: questionKinds(),
    // What /new ticks first: the same choice a quiz made without a selection would take.
    selection: defaultSelection(
      bank.map((r) => ({ question: r.q, sourceText: r.sourceText, statementIndex: r.statementIndex, briefingOrder: 0 })),
      10,
      hashString(b.id),
    ).map((item) => item.question.id),
  };
}

export async function createBriefing(db: Db, makeBank: BankMaker, input: IngestInput) {
  const result = await ingestBriefing(db, makeBank, input);
  return {
    briefing: toBriefingJson(result.briefing),
    questionCount: result.questionCount,
    teacherKey: result.teacherKey,
    awaitingApproval: result.briefing.listed && !result.briefing.approved,
  };
}
