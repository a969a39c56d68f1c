// Page routes: each maps onto a static HTML file; the page's script reads the code from the URL.
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';

export const pageRoutes = new Hono<AppEnv>();

/** Serves one static file for a route, whatever the path asked. */
export const page = (file: string) => async (c: { env: Env; req: { raw: Request } }) => {
  const url = new URL(c.req.raw.url);
  url.pathname = file;
  url.search = '';
  const res = await c.env.ASSETS.fetch(new Request(url, { headers: c.req.raw.headers }));
  return new Response(res.body, { status: res.status, headers: res.headers });
};

pageRoutes.get('/q/:code', page('/play.html'));
pageRoutes.get('/q/:code/leaderboard', page('/leaderboard.html'));
pageRoutes.get('/t/:code', page('/teacher.html'));
pageRoutes.get('/live/:code', page('/live.html'));
pageRoutes.get('/live/:code/host', page('/live-host.html'));
pageRoutes.get('/new', page('/new.html'));
pageRoutes.get('/admin', page('/admin.html'));
pageRoutes.get('/b/:id', page('/briefing.html'));
