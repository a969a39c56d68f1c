// /api/plays: one player's run, behind that play's token.
import { Hono } from 'hono';
import { bearer, jsonBody, readJson } from '../http';
import { answerBody } from '../schemas';
import { answerQuestion, resumePlay } from '../services/plays';
import { choiceSecret } from '../secrets';
import type { AppEnv } from '../app';

export const playRoutes = new Hono<AppEnv>();

playRoutes.get('/:id', async (c) => {
  const token = bearer(c);
  // ?review=1 adds the answered questions with their keys, for a results page on a new device.
  return c.json(await resumePlay(c.var.db, choiceSecret(c.env), c.req.param('id'), token, Date.now(), c.req.query('review') === '1'));
});

playRoutes.post('/:id/answers', jsonBody, async (c) => {
  const token = bearer(c);
  const body = await readJson(c, answerBody);
  return c.json(await answerQuestion(c.var.db, choiceSecret(c.env), c.req.param('id'), token, body));
});
