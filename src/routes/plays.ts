// /api/plays: one player's run, behind that play's token.
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { bearer } from '../http';
import { answerQuestion, resumePlay } from '../services/plays';
import { choiceSecret } from '../secrets';
import { contract as api } from './contract';
import { handle } from './handle';

export const playRoutes = new Hono<AppEnv>();

/** The token is asked for before anything else, the body included. */
const withToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  bearer(c);
  await next();
};

handle(
  playRoutes,
  api.resumePlay,
  async (c, { query }) => {
    const token = bearer(c);
    return c.json(await resumePlay(c.var.db, choiceSecret(c.env), c.req.param('id') ?? '', token, Date.now(), query.review === '1'));
  },
  withToken,
);

handle(
  playRoutes,
  api.answer,
  async (c, { body }) => c.json(await answerQuestion(c.var.db, choiceSecret(c.env), c.req.param('id') ?? '', bearer(c), body)),
  withToken,
);
