// /api/briefings: the library of source documents.
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { bearer } from '../http';
import { bankMaker, briefingBank, briefingWithStatements, createBriefing, listedBriefings } from '../services/briefings';
import { briefingLeaderboard } from '../services/leaderboards';
import { contract as api } from './contract';
import { handle } from './handle';

export const briefingRoutes = new Hono<AppEnv>();

handle(briefingRoutes, api.listBriefings, async (c) => c.json(await listedBriefings(c.var.db)));

handle(briefingRoutes, api.createBriefing, async (c, { body }) => c.json(await createBriefing(c.var.db, bankMaker(c.env), body), 201));

handle(briefingRoutes, api.getBriefing, async (c) => c.json(await briefingWithStatements(c.var.db, c.req.param('id') ?? '')));

handle(briefingRoutes, api.briefingQuestions, async (c) => c.json(await briefingBank(c.var.db, c.req.param('id') ?? '', bearer(c))));

handle(briefingRoutes, api.briefingLeaderboard, async (c, { query }) => c.json(await briefingLeaderboard(c.var.db, c.req.param('id') ?? '', query.limit)));
