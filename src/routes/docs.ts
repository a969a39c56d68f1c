// /api/openapi.json and /api/docs: the API reference, generated from the request schemas.
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AppEnv } from '../app';

export const docsRoutes = new Hono<AppEnv>();

// The document is generated from the schemas by `npm run build:openapi` into static/, so the
// conversion code stays out of the Worker.
const asset = (file: string) => async (c: Context<AppEnv>) => {
  const url = new URL(c.req.url);
  url.pathname = file;
  url.search = '';
  const res = await c.env.ASSETS.fetch(new Request(url, { headers: c.req.raw.headers }));
  return new Response(res.body, { status: res.status, headers: res.headers });
};

docsRoutes.get('/openapi.json', asset('/openapi.json'));
docsRoutes.get('/docs', asset('/docs.html'));
