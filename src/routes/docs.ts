// /api/openapi.json and /api/docs: the API reference, generated from the request schemas.
import { Hono } from 'hono';
import { buildOpenApi } from '../openapi';
import type { AppEnv } from '../app';

export const docsRoutes = new Hono<AppEnv>();

let doc: ReturnType<typeof buildOpenApi> | null = null;

docsRoutes.get('/openapi.json', (c) => {
  // Built once per isolate: turning the schemas into JSON Schema is the only real work.
  doc ??= buildOpenApi('/');
  return c.json(doc);
});

docsRoutes.get('/docs', async (c) => {
  const url = new URL(c.req.url);
  url.pathname = '/docs.html';
  url.search = '';
  const res = await c.env.ASSETS.fetch(new Request(url, { headers: c.req.raw.headers }));
  return new Response(res.body, { status: res.status, headers: res.headers });
});
