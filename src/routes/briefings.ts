// /api/briefings: the library of source documents.
import { Hono } from 'hono';
import { getBriefing, getStatements, listListedBriefings, toBriefingJson, getBanks } from '../db/briefings';
import { ApiError } from '../errors';
import { bearer, jsonBody, readJson } from '../http';
import { secretMatches } from '../lib/crypto';
import { createBriefingBody, limitQuery } from '../schemas';
import { ingestBriefing } from '../services/briefings';
import { briefingLeaderboard } from '../services/leaderboards';
import { rateLimit } from '../ratelimit';
import type { AppEnv } from '../app';

export const briefingRoutes = new Hono<AppEnv>();

async function findBriefing(c: { var: AppEnv['Variables'] }, id: string) {
  const b = await getBriefing(c.var.db, id);
  if (!b) throw new ApiError('not_found', 'No briefing has this id.');
  return b;
}

briefingRoutes.get('/', async (c) => {
  const rows = await listListedBriefings(c.var.db);
  return c.json({ briefings: rows.map(toBriefingJson) });
});

briefingRoutes.post('/', rateLimit('BRIEFING_LIMITER', 'new briefings'), jsonBody, async (c) => {
  const body = await readJson(c, createBriefingBody);
  const result = await ingestBriefing(c.var.db, body);
  return c.json(
    {
      briefing: toBriefingJson(result.briefing),
      questionCount: result.questionCount,
      teacherKey: result.teacherKey,
      /** listed, and waiting for the operator before it shows on the home page */
      awaitingApproval: result.briefing.listed && !result.briefing.approved,
    },
    201,
  );
});

briefingRoutes.get('/:id', async (c) => {
  const b = await findBriefing(c, c.req.param('id'));
  const statements = await getStatements(c.var.db, b.id);
  return c.json({ briefing: { ...toBriefingJson(b), statements } });
});

briefingRoutes.get('/:id/questions', async (c) => {
  const key = bearer(c);
  const b = await findBriefing(c, c.req.param('id'));
  if (!(await secretMatches(key, b.teacherKeyHash))) throw new ApiError('forbidden', 'This key does not open this briefing.');
  const bank = await getBanks(c.var.db, [b.id]);
  return c.json({
    questions: bank.map(({ q, sourceText, statementIndex }) => ({
      id: q.id,
      index: q.index,
      kind: q.kind,
      prompt: q.prompt,
      choices: JSON.parse(q.choices),
      answerId: q.answerId,
      explanation: q.explanation,
      difficulty: q.difficulty,
      generatorVersion: q.generatorVersion,
      source: { briefingId: b.id, statementId: q.statementId, statementIndex, text: sourceText },
    })),
  });
});

briefingRoutes.get('/:id/leaderboard', async (c) => {
  const b = await findBriefing(c, c.req.param('id'));
  return c.json(await briefingLeaderboard(c.var.db, b.id, limitQuery.parse(c.req.query('limit'))));
});
