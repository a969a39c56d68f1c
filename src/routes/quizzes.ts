// /api/quizzes: what a teacher shares, its plays and its leaderboard.
import { Hono, type Context } from 'hono';
import { eq } from 'drizzle-orm';
import { getBanks, getBriefingsByIds } from '../db/briefings';
import { checkEdits } from '../domain/edits';
import { cleanTitle } from '../domain/names';
import { quizzes, rosterSeats } from '../db/schema';
import { ApiError } from '../errors';
import { bearer, jsonBody, readJson } from '../http';
import { secretMatches } from '../lib/crypto';
import { createQuizBody, limitQuery, patchQuizBody, startPlayBody } from '../schemas';
import { quizLeaderboard } from '../services/leaderboards';
import { findQuiz, startPlay } from '../services/plays';
import { checkBriefingAccess, planQuiz, planRoster, quizReading, quizLinks, quizWrites, toQuizJson, type BankItem, type QuizRow } from '../services/quizzes';
import { rateLimit } from '../ratelimit';
import { choiceSecret } from '../secrets';
import type { AppEnv } from '../app';

export const quizRoutes = new Hono<AppEnv>();

export async function requireTeacher(c: Context<AppEnv>, quiz: QuizRow) {
  const key = bearer(c);
  if (!(await secretMatches(key, quiz.teacherKeyHash))) throw new ApiError('forbidden', 'This key does not open this quiz.');
}

quizRoutes.post('/', rateLimit('QUIZ_LIMITER', 'new quizzes'), jsonBody, async (c) => {
  const body = await readJson(c, createQuizBody);
  const ids = [...new Set(body.briefingIds)];
  const found = await getBriefingsByIds(c.var.db, ids);
  const missing = ids.filter((id) => !found.some((b) => b.id === id));
  if (missing.length) throw new ApiError('not_found', `No briefing has the id ${missing.join(', ')}.`);
  await checkBriefingAccess(found, c.req.header('authorization') ? bearer(c) : null, body.briefingKeys);
  const order = new Map(ids.map((id, i) => [id, i]));
  const bank: BankItem[] = (await getBanks(c.var.db, ids)).map((r) => ({
    question: r.q,
    sourceText: r.sourceText,
    statementIndex: r.statementIndex,
    briefingOrder: order.get(r.q.briefingId) ?? 0,
  }));
  const title =
    cleanTitle(body.title ?? '') || (found.length === 1 ? found[0].title : `${found[0].title} and ${found.length - 1} more`);
  let edits;
  if (body.edits) {
    const checked = checkEdits(
      bank.map(({ question: q }) => ({ id: q.id, prompt: q.prompt, choices: JSON.parse(q.choices), answerId: q.answerId })),
      body.edits,
      body.questionIds,
    );
    if (checked.issues.length) throw new ApiError('invalid_input', 'Some edits cannot be used.', { issues: checked.issues });
    edits = checked.edits;
  }
  const questionCount = body.questionCount ?? body.questionIds?.length ?? 10;
  if (body.roster && body.mode !== 'assessed') {
    throw new ApiError('invalid_input', 'A class list is for assessed quizzes.', { issues: [{ path: ['roster'], message: 'Set mode to assessed.' }] });
  }
  const plan = await planQuiz({ ...body, briefingIds: ids, title, questionCount, edits }, bank, new Date());
  const seats = body.roster ? await planRoster(plan.quiz.code, body.roster) : [];
  plan.quiz.rosterSize = seats.length;
  const writes = quizWrites(c.var.db, plan);
  // D1 binds at most 100 parameters per statement: 4 columns → 25 rows per insert.
  for (let i = 0; i < seats.length; i += 25) writes.push(c.var.db.insert(rosterSeats).values(seats.slice(i, i + 25).map((s) => s.row)));
  await c.var.db.batch(writes as [(typeof writes)[number], ...typeof writes]);
  return c.json(
    {
      quiz: toQuizJson(plan.quiz),
      teacherKey: plan.teacherKey,
      links: quizLinks(plan.quiz.code, plan.teacherKey),
      // Each personal link is returned once, here: the teacher hands them out.
      ...(seats.length ? { roster: seats.map((s) => ({ name: s.row.name, seat: s.token, link: `/q/${plan.quiz.code}#seat=${s.token}` })) } : {}),
    },
    201,
  );
});

quizRoutes.get('/:code', async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  const ids: string[] = JSON.parse(quiz.briefingIds);
  const listed = new Set((await getBriefingsByIds(c.var.db, ids)).filter((b) => b.listed).map((b) => b.id));
  return c.json({ quiz: toQuizJson(quiz, Date.now(), ids.filter((id) => listed.has(id))) });
});

/** The quiz's briefings to read (before playing, or beside the review), unlisted ones unnamed. */
quizRoutes.get('/:code/briefings', async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  return c.json({ briefings: await quizReading(c.var.db, quiz) });
});

quizRoutes.patch('/:code', jsonBody, async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  await requireTeacher(c, quiz);
  const body = await readJson(c, patchQuizBody);
  const updated = await c.var.db
    .update(quizzes)
    .set({
      ...(body.closed !== undefined ? { closed: body.closed } : {}),
      ...(body.answersReleased !== undefined ? { answersReleased: body.answersReleased } : {}),
      ...(body.title !== undefined && cleanTitle(body.title) ? { title: cleanTitle(body.title) } : {}),
      ...(body.closesAt !== undefined ? { closesAt: body.closesAt && new Date(body.closesAt).toISOString() } : {}),
    })
    .where(eq(quizzes.code, quiz.code))
    .returning()
    .get();
  return c.json({ quiz: toQuizJson(updated ?? quiz) });
});

quizRoutes.get('/:code/leaderboard', async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  return c.json(await quizLeaderboard(c.var.db, quiz, limitQuery.parse(c.req.query('limit'))));
});

quizRoutes.post('/:code/plays', rateLimit('JOIN_LIMITER', 'joins'), jsonBody, async (c) => {
  const body = await readJson(c, startPlayBody);
  return c.json(await startPlay(c.var.db, choiceSecret(c.env), c.req.param('code'), body.name, Date.now(), body.seat), 201);
});
