// /api/admin: the site operator's moderation, behind the operator key (a Worker secret).
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { bearer } from '../http';
import { requireOperator } from '../secrets';
import { deleteBriefing, deletePlay, listAllBriefings, listPlays, moderateBriefing, moderateQuiz } from '../services/admin';
import { contract as api } from './contract';
import { handle } from './handle';

export const adminRoutes = new Hono<AppEnv>();

adminRoutes.use('/admin/*', async (c, next) => {
  await requireOperator(c.env, bearer(c));
  await next();
});

handle(adminRoutes, api.adminBriefings, async (c, { query }) => c.json({ briefings: await listAllBriefings(c.var.db, query.limit) }));

handle(adminRoutes, api.moderateBriefing, async (c, { body }) => c.json({ briefing: await moderateBriefing(c.var.db, c.req.param('id') ?? '', body) }));

handle(adminRoutes, api.deleteBriefing, async (c) => {
  await deleteBriefing(c.var.db, c.req.param('id') ?? '');
  return c.json({ deleted: true });
});

handle(adminRoutes, api.moderateQuiz, async (c, { body }) => c.json({ quiz: await moderateQuiz(c.var.db, c.req.param('code') ?? '', body) }));

handle(adminRoutes, api.adminPlays, async (c) => c.json(await listPlays(c.var.db, c.req.param('code') ?? '')));

handle(adminRoutes, api.deletePlay, async (c) => {
  await deletePlay(c.var.db, c.req.param('id') ?? '');
  return c.json({ deleted: true });
});
