// Building a quiz: settings + the banks of its briefings → the rows of a quiz and its questions.
import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import {
  quizBriefings,
  quizQuestions,
  quizzes,
  rosterSeats,
  type BriefingRow,
  type QuestionRow,
  type QuizQuestionRow,
  type QuizRow,
  type RosterSeatRow,
} from '../db/schema';
import { getBanks, getBriefingsByIds, getStatementsOf, toBriefingJson } from './library';
import { type CheckedEdit, checkEdits, explanationAfterEdit } from '../domain/edits';
import { selectQuestions } from '../domain/quiz';
import { hashString } from '../domain/random';
import { newCode, newId, newSecret, secretMatches, sha256Hex } from '../lib/crypto';
import { checkName, cleanTitle } from '../domain/names';
import { ApiError } from '../errors';
import { finaliseQuizPlays } from './play-end';
import type { createQuizBody, patchQuizBody } from '../schemas';
import type * as z from 'zod/mini';

export interface QuizSettings {
  briefingIds: string[];
  title: string;
  questionCount: number;
  timeLimitSec: number;
  mode: 'practice' | 'assessed';
  scoring: 'speed' | 'accuracy';
  kinds?: string[];
  closesAt?: string | null;
  briefingFirst?: boolean;
  /** each play meets the questions in an order of its own (default); false: the quiz's order for all */
  shuffleQuestions?: boolean;
  /** explicit selection (in order) instead of the automatic one */
  questionIds?: string[];
  /** a teacher's edits, by bank question id */
  edits?: Map<string, CheckedEdit>;
}

export interface BankItem {
  question: QuestionRow;
  sourceText: string;
  statementIndex: number;
  briefingOrder: number;
}

export interface QuizPlan {
  quiz: QuizRow;
  questions: QuizQuestionRow[];
  teacherKey: string;
}

/** The briefing a quiz's plays rank on: all questions from it, none edited; else none. */
function leaderboardBriefing(chosen: BankItem[], settings: QuizSettings): string | null {
  const from = new Set(chosen.map((b) => b.question.briefingId));
  if (from.size !== 1) return null;
  // A new explanation leaves the question as it was; any other edit makes it another question.
  if (chosen.some((b) => settings.edits?.get(b.question.id)?.changesQuestion)) return null;
  return [...from][0];
}

/** The questions a quiz asks when the teacher picks none: see selectQuestions. */
export function defaultSelection(bank: BankItem[], count: number, seed: number, kinds?: readonly string[]): BankItem[] {
  const entries = bank.map((b) => ({
    id: b.question.id,
    kind: b.question.kind,
    statementId: b.question.statementId,
    briefingOrder: b.briefingOrder,
    statementIndex: b.statementIndex,
    rank: b.question.index,
    // True or False is every true-or-false question's answer: only other answers must differ.
    answer: b.question.kind === 'true_false' ? null : (b.question.choices.find((c) => c.id === b.question.answerId)?.text ?? null),
  }));
  const byId = new Map(bank.map((b) => [b.question.id, b]));
  return selectQuestions(entries, count, seed, kinds).map((p) => byId.get(p.id)!);
}

/** Chooses questions and prepares the rows; nothing is written yet. */
export async function planQuiz(settings: QuizSettings, bank: BankItem[], now: Date): Promise<QuizPlan> {
  // A closing time already past makes a quiz nobody can play: a slip, not a wish.
  if (settings.closesAt && Date.parse(settings.closesAt) <= now.getTime()) {
    throw new ApiError('invalid_input', 'closesAt is in the past: a new quiz closes later than now.', {
      issues: [{ path: ['closesAt'], message: 'A time after now.' }],
    });
  }
  const code = newCode();
  let chosen: BankItem[];
  if (settings.questionIds?.length) {
    const byId = new Map(bank.map((b) => [b.question.id, b]));
    chosen = settings.questionIds.map((id) => {
      const item = byId.get(id);
      if (!item) throw new ApiError('invalid_input', `Question ${id} is not in the bank of these briefings.`);
      return item;
    });
    if (chosen.length > settings.questionCount) chosen = chosen.slice(0, settings.questionCount);
  } else {
    chosen = defaultSelection(bank, settings.questionCount, hashString(code), settings.kinds);
  }
  if (!chosen.length) {
    throw new ApiError('unprocessable', 'No question of the chosen kinds exists for these briefings.');
  }
  const teacherKey = newSecret();
  const quiz: QuizRow = {
    code,
    title: settings.title,
    briefingIds: settings.briefingIds,
    questionCount: chosen.length,
    timeLimitSec: settings.timeLimitSec,
    mode: settings.mode,
    scoring: settings.scoring,
    briefingFirst: settings.briefingFirst ?? false,
    shuffleQuestions: settings.shuffleQuestions ?? true,
    closed: false,
    answersReleased: false,
    closesAt: settings.closesAt ?? null,
    teacherKeyHash: await sha256Hex(teacherKey),
    playCount: 0,
    finishedCount: 0,
    playerCap: 500,
    leaderboardBriefingId: leaderboardBriefing(chosen, settings),
    rosterSize: 0,
    createdAt: now.toISOString(),
  };
  const questions: QuizQuestionRow[] = chosen.map((b, position) => {
    const edit = settings.edits?.get(b.question.id);
    return {
      id: `${code}-${position + 1}`,
      quizCode: code,
      position,
      kind: b.question.kind,
      prompt: edit?.prompt ?? b.question.prompt,
      choices: edit?.choices ?? b.question.choices,
      answerId: edit?.answerId ?? b.question.answerId,
      explanation: edit?.explanation
        ? edit.explanation
        : edit
          ? explanationAfterEdit(
              { explanation: b.question.explanation, choices: b.question.choices, answerId: b.question.answerId },
              { choices: edit.choices ?? b.question.choices, answerId: edit.answerId ?? b.question.answerId },
              b.sourceText,
            )
          : b.question.explanation,
      briefingId: b.question.briefingId,
      statementId: b.question.statementId,
      sourceText: b.sourceText,
    };
  });
  return { quiz, questions, teacherKey };
}

/**
 * A class list → one seat per student, each with a personal token (returned once, stored as a
 * hash). Names follow the rules of play names and must differ after folding, as in assessed play.
 */
export async function planRoster(code: string, names: string[]) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const keys = new Set<string>();
  const seats: { row: RosterSeatRow; token: string }[] = [];
  for (const [i, raw] of names.entries()) {
    const checked = checkName(raw);
    if (!checked.ok) {
      issues.push({ path: ['roster', i], message: checked.reason });
      continue;
    }
    if (keys.has(checked.key)) {
      issues.push({ path: ['roster', i], message: `${checked.name} is on the list twice (or looks like another name on it).` });
      continue;
    }
    keys.add(checked.key);
    const token = newSecret();
    seats.push({ row: { id: newId(), quizCode: code, name: checked.name, tokenHash: await sha256Hex(token) }, token });
  }
  if (issues.length) throw new ApiError('invalid_input', 'Some names on the class list cannot be used.', { issues: issues.slice(0, 20) });
  return seats;
}

/** The inserts of a planned quiz, for a batch (D1 has no interactive transactions). */
export function quizWrites(db: Db, plan: QuizPlan): BatchItem<'sqlite'>[] {
  const writes: BatchItem<'sqlite'>[] = [db.insert(quizzes).values(plan.quiz)];
  writes.push(db.insert(quizBriefings).values(plan.quiz.briefingIds.map((briefingId) => ({ quizCode: plan.quiz.code, briefingId }))));
  // D1 binds at most 100 parameters per statement: 11 columns → 9 rows per insert.
  for (let i = 0; i < plan.questions.length; i += 9) {
    writes.push(db.insert(quizQuestions).values(plan.questions.slice(i, i + 9)));
  }
  return writes;
}

/**
 * An unlisted briefing is its teacher's: a quiz on it needs its key, either as the bearer key or
 * in `keys` by briefing id (a quiz may mix briefings of several owners). Listed ones are open.
 */
export async function checkBriefingAccess(found: BriefingRow[], bearerKey: string | null, keys: Record<string, string> = {}) {
  const locked = found.filter((b) => !b.listed);
  if (!locked.length) return;
  if (!bearerKey && !Object.keys(keys).length) {
    throw new ApiError('unauthorized', 'A quiz on an unlisted briefing needs its teacher key: send authorization: Bearer <key>.');
  }
  for (const b of locked) {
    const given = keys[b.id];
    const opens =
      (given !== undefined && (await secretMatches(given, b.teacherKeyHash))) || (bearerKey !== null && (await secretMatches(bearerKey, b.teacherKeyHash)));
    if (!opens) throw new ApiError('forbidden', 'A quiz on an unlisted briefing needs that briefing’s teacher key; this key does not open it.');
  }
}

/**
 * What players may see of where a question came from. An unlisted briefing's id stays with its
 * teacher: its statement ids are renamed after the briefing's place in the quiz (b1-s3), the
 * same way in every response of that quiz, so pages can still match sources to statements.
 */
export function publicSource(q: Pick<QuizQuestionRow, 'briefingId' | 'statementId' | 'sourceText'>, listed: boolean, quizBriefingIds: string[]) {
  if (listed) return { briefingId: q.briefingId, statementId: q.statementId, text: q.sourceText };
  return { briefingId: null, statementId: maskStatementId(q.statementId, q.briefingId, quizBriefingIds), text: q.sourceText };
}

export function maskStatementId(statementId: string, briefingId: string, quizBriefingIds: string[]): string {
  const n = quizBriefingIds.indexOf(briefingId) + 1;
  return `b${n}${statementId.startsWith(briefingId) ? statementId.slice(briefingId.length) : ''}`;
}

type ReadingBriefing = Omit<ReturnType<typeof toBriefingJson>, 'id'> & { id: string | null; statements: { id: string; index: number; text: string }[] };

/** A quiz's briefings with their statements, in the quiz's order; unlisted ones unnamed (see publicSource). */
export async function quizReading(db: Db, quiz: QuizRow): Promise<ReadingBriefing[]> {
  const ids = quiz.briefingIds;
  const [rows, statements] = await Promise.all([getBriefingsByIds(db, ids), getStatementsOf(db, ids)]);
  const out: ReadingBriefing[] = [];
  for (const id of ids) {
    const b = rows.find((r) => r.id === id);
    if (!b) continue;
    const own = statements.filter((s) => s.briefingId === id).map((s) => ({ id: s.id, index: s.index, text: s.text }));
    out.push(
      b.listed
        ? { ...toBriefingJson(b), statements: own }
        : { ...toBriefingJson(b), id: null, publicQuizCode: null, statements: own.map((s) => ({ ...s, id: maskStatementId(s.id, id, ids) })) },
    );
  }
  return out;
}

/**
 * Whether players may see answers, explanations and sources: always in practice; in an assessed
 * quiz only once the teacher releases them or the quiz closes, so no play is a key for another.
 */
export function answersShown(quiz: Pick<QuizRow, 'mode' | 'answersReleased' | 'closed' | 'closesAt'>, now = Date.now()): boolean {
  return quiz.mode === 'practice' || quiz.answersReleased || isClosed(quiz, now);
}

export function isClosed(quiz: Pick<QuizRow, 'closed' | 'closesAt'>, now = Date.now()): boolean {
  return quiz.closed || (quiz.closesAt !== null && Date.parse(quiz.closesAt) <= now);
}

/** `visibleBriefingIds`: for the public view, the listed ones only (see publicSource). */
export function toQuizJson(q: QuizRow, now = Date.now(), visibleBriefingIds?: string[]) {
  return {
    code: q.code,
    title: q.title,
    briefingIds: visibleBriefingIds ?? q.briefingIds,
    questionCount: q.questionCount,
    timeLimitSec: q.timeLimitSec,
    mode: q.mode,
    scoring: q.scoring,
    briefingFirst: q.briefingFirst,
    shuffleQuestions: q.shuffleQuestions,
    closed: isClosed(q, now),
    answersReleased: answersShown(q, now),
    closesAt: q.closesAt,
    createdAt: q.createdAt,
    playCount: q.playCount,
    finishedCount: q.finishedCount,
    playerCap: q.playerCap,
    rosterSize: q.rosterSize,
  };
}

export function quizLinks(code: string, teacherKey?: string) {
  return {
    play: `/q/${code}`,
    leaderboard: `/q/${code}/leaderboard`,
    ...(teacherKey ? { teacher: `/t/${code}#key=${teacherKey}` } : {}),
  };
}

/**
 * Creates a quiz from a teacher's request: its briefings (unlisted ones opened by their keys),
 * the questions chosen or picked from their banks with the teacher's edits, and for an
 * assessed quiz its class list; all written in one batch.
 */
export async function createQuiz(db: Db, body: z.output<typeof createQuizBody>, bearerKey: string | null, now = new Date()) {
  const ids = [...new Set(body.briefingIds)];
  const found = await getBriefingsByIds(db, ids);
  const missing = ids.filter((id) => !found.some((b) => b.id === id));
  if (missing.length) throw new ApiError('not_found', `No briefing has the id ${missing.join(', ')}.`);
  await checkBriefingAccess(found, bearerKey, body.briefingKeys);
  if (body.roster && body.mode !== 'assessed') {
    throw new ApiError('invalid_input', 'A class list is for assessed quizzes.', { issues: [{ path: ['roster'], message: 'Set mode to assessed.' }] });
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  const bank: BankItem[] = (await getBanks(db, ids)).map((r) => ({
    question: r.q,
    sourceText: r.sourceText,
    statementIndex: r.statementIndex,
    briefingOrder: order.get(r.q.briefingId) ?? 0,
  }));
  const title = cleanTitle(body.title ?? '') || (found.length === 1 ? found[0].title : `${found[0].title} and ${found.length - 1} more`);
  let edits: ReturnType<typeof checkEdits>['edits'] | undefined;
  if (body.edits) {
    const checked = checkEdits(
      bank.map(({ question: q }) => ({ id: q.id, prompt: q.prompt, choices: q.choices, answerId: q.answerId, explanation: q.explanation })),
      body.edits,
      body.questionIds,
    );
    if (checked.issues.length) throw new ApiError('invalid_input', 'Some edits cannot be used.', { issues: checked.issues });
    edits = checked.edits;
  }
  const questionCount = body.questionCount ?? body.questionIds?.length ?? 10;
  const plan = await planQuiz({ ...body, briefingIds: ids, title, questionCount, edits }, bank, now);
  const seats = body.roster ? await planRoster(plan.quiz.code, body.roster) : [];
  plan.quiz.rosterSize = seats.length;
  const writes = quizWrites(db, plan);
  // D1 binds at most 100 parameters per statement: 4 columns → 25 rows per insert.
  for (let i = 0; i < seats.length; i += 25) writes.push(db.insert(rosterSeats).values(seats.slice(i, i + 25).map((s) => s.row)));
  await db.batch(writes as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  const code = plan.quiz.code;
  return {
    quiz: toQuizJson(plan.quiz),
    teacherKey: plan.teacherKey,
    links: quizLinks(code, plan.teacherKey),
    // Each personal link is returned once, here: the teacher hands them out.
    ...(seats.length ? { roster: seats.map((s) => ({ name: s.row.name, seat: s.token, link: `/q/${code}#seat=${s.token}` })) } : {}),
  };
}

/** A quiz as anyone with its code sees it: unlisted briefings unnamed. */
export async function publicQuiz(db: Db, quiz: QuizRow) {
  const listed = new Set((await getBriefingsByIds(db, quiz.briefingIds)).filter((b) => b.listed).map((b) => b.id));
  return {
    quiz: toQuizJson(
      quiz,
      Date.now(),
      quiz.briefingIds.filter((id) => listed.has(id)),
    ),
  };
}

/** The teacher's changes: closed, answers released, title (a blank one is ignored), closing time. */
export async function updateQuiz(db: Db, quiz: QuizRow, change: z.output<typeof patchQuizBody>) {
  const title = change.title === undefined ? '' : cleanTitle(change.title);
  const updated = await db
    .update(quizzes)
    .set({
      ...(change.closed !== undefined ? { closed: change.closed } : {}),
      ...(change.answersReleased !== undefined ? { answersReleased: change.answersReleased } : {}),
      ...(title ? { title } : {}),
      ...(change.closesAt !== undefined ? { closesAt: change.closesAt && new Date(change.closesAt).toISOString() } : {}),
    })
    .where(eq(quizzes.code, quiz.code))
    .returning()
    .get();
  const now = Date.now();
  let row = updated ?? quiz;
  // Plays in progress stop now, when the closing moment is known, rather than at the next read.
  if (isClosed(row, now) && !isClosed(quiz, now) && (await finaliseQuizPlays(db, quiz.code, now)) > 0) {
    row = (await db.select().from(quizzes).where(eq(quizzes.code, quiz.code)).get()) ?? row;
  }
  return { quiz: toQuizJson(row) };
}
