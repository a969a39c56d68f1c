// /api/admin: the site operator's moderation, behind the operator key (a Worker secret).
import { Hono } from 'hono';
import { bearer, jsonBody, readJson } from '../http';
import { adminBriefingBody, adminQuizBody, limitQuery } from '../schemas';
import { requireOperator } from '../secrets';
import { deleteBriefing, deletePlay, listAllBriefings, listPlays, moderateBriefing, moderateQuiz } from '../services/admin';
import type { AppEnv } from '../app';

export const adminRoutes = new Hono<AppEnv>();

adminRoutes.use('*', async (c, next) => {
  await requireOperator(c.env, bearer(c));
  await next();
});

adminRoutes.get('/briefings', async (c) => c.json({ briefings: await listAllBriefings(c.var.db, limitQuery.parse(c.req.query('limit'))) }));

adminRoutes.patch('/briefings/:id', jsonBody, async (c) => {
  const body = await readJson(c, adminBriefingBody);
  return c.json({ briefing: await moderateBriefing(c.var.db, c.req.param('id'), body) });
});

adminRoutes.delete('/briefings/:id', async (c) => {
  await deleteBriefing(c.var.db, c.req.param('id'));
  return c.json({ deleted: true });
});

adminRoutes.patch('/quizzes/:code', jsonBody, async (c) => {
  const body = await readJson(c, adminQuizBody);
  return c.json({ quiz: await moderateQuiz(c.var.db, c.req.param('code'), body) });
});

adminRoutes.get('/quizzes/:code/plays', async (c) => c.json(await listPlays(c.var.db, c.req.param('code'))));

adminRoutes.delete('/plays/:id', async (c) => {
  await deletePlay(c.var.db, c.req.param('id'));
  return c.json({ deleted: true });
});
