// Live games over HTTP: hosting one, reading its state, and the WebSocket its screens speak over
// (the messages themselves are in src/live/messages.ts and handled by the game's Durable Object).
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';
import { bearer, jsonBody, readJson } from '../http';
import { qrSvg } from '../lib/qr';
import { hostLiveBody } from '../live/messages';
import { choiceSecret } from '../secrets';
import { connectLive, findLive, hostLiveGame, liveStatus } from '../services/live';
import { contract as api } from './contract';
import { handle } from './handle';

export const liveRoutes = new Hono<AppEnv>();

/** The body is optional (a bare POST hosts the quiz as it is); one that is sent is checked like any JSON body. */
const hasBody = (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => !!c.req.header('content-type') || Number(c.req.header('content-length')) > 0;
const optionalJsonBody: MiddlewareHandler<AppEnv> = (c, next) => (hasBody(c) ? jsonBody(c, next) : next());

handle(
  liveRoutes,
  api.hostLive,
  async (c) => {
    const key = bearer(c);
    const body = hasBody(c) ? await readJson(c, hostLiveBody) : {};
    return c.json(await hostLiveGame(c.var.db, c.env.LIVE_GAME, choiceSecret(c.env), { quizCode: c.req.param('code') ?? '', key, ...body }), 201);
  },
  optionalJsonBody,
);

// A live code is a code like a quiz's: look-ups share the budget that keeps scripts from walking them.
handle(liveRoutes, api.getLive, async (c) => c.json(await liveStatus(c.var.db, c.env.LIVE_GAME, c.req.param('code') ?? '')));

/** Public like the code: the player link as a QR code for the host's screen. */
handle(liveRoutes, api.liveQr, async (c) => {
  const live = await findLive(c.var.db, c.req.param('code') ?? '');
  const link = `${new URL(c.req.url).origin}/live/${live.code}`;
  return c.body(qrSvg(link, `QR code for ${link}`), 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
});

// Every connection may become a join, so connections spend the join budget.
handle(liveRoutes, api.liveSocket, async (c) => {
  if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
    throw new ApiError('invalid_input', 'This is a WebSocket: connect with Upgrade: websocket.');
  }
  // Another site's page must not open a game's socket in its visitors' browsers.
  const origin = c.req.header('origin');
  if (origin && origin !== new URL(c.req.url).origin) throw new ApiError('forbidden', 'Connections from other sites are not accepted.');
  return connectLive(c.var.db, c.env.LIVE_GAME, c.req.param('code') ?? '', c.req.raw);
});
