// Builds the app: middleware, routers, the error funnel.
import { Hono } from 'hono/tiny';
import type { AppEnv } from './app-env';
import { createDb } from './db/client';
import { countingD1, formatD1Stats, newD1Stats } from './lib/d1-stats';
import { errorBody, notFound, onError } from './errors';
import { sameOriginWrites, securityHeaders } from './http';
import { rateLimit } from './ratelimit';
import { adminRoutes } from './routes/admin';
import { briefingRoutes } from './routes/briefings';
import { docsRoutes } from './routes/docs';
import { liveRoutes } from './routes/live';
import { page, pageRoutes } from './routes/pages';
import { playRoutes } from './routes/plays';
import { quizRoutes } from './routes/quizzes';
import { teacherRoutes } from './routes/teacher';
import { ensureDefaults } from './services/seed';

export function createApp() {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.onError(onError);
  app.notFound(notFound);

  const api = new Hono<AppEnv>();
  // Health (the benchmark's baseline) and the reference: no database.
  api.route('/', docsRoutes);
  api.use('*', sameOriginWrites);
  api.use('*', async (c, next) => {
    // Both a bench-only variable and a header: measured requests elsewhere in the run keep the plain binding.
    const stats = (c.env as { DEBUG_D1_STATS?: string }).DEBUG_D1_STATS && c.req.header('x-debug-d1-stats') ? newD1Stats() : null;
    c.set('db', createDb(stats ? countingD1(c.env.DB, stats) : c.env.DB));
    await ensureDefaults(c.var.db, c.env);
    c.header('cache-control', 'no-store');
    await next();
    if (stats) c.header('x-d1-stats', formatD1Stats(stats));
  });
  // Every route under a quiz code answers 404 for a code that does not exist, so each one is a
  // look-up a script could use to find codes: one budget for all of them, per client.
  api.use('/quizzes/:code/*', rateLimit('LOOKUP_LIMITER', 'quiz look-ups'));
  // Each router's paths are its contract's paths (routes/contract.ts) below /api.
  for (const routes of [briefingRoutes, adminRoutes, teacherRoutes, quizRoutes, playRoutes, liveRoutes]) api.route('/', routes);
  // A known path asked with the wrong method is a 405 that names the methods it takes.
  let known: { re: RegExp; method: string }[] | null = null;
  api.all('*', (c) => {
    known ??= api.routes.filter((r) => r.method !== 'ALL').map((r) => ({ re: new RegExp(`^/api${r.path.replace(/:[^/]+/g, '[^/]+')}/?$`), method: r.method }));
    const allowed = [...new Set(known.filter((k) => k.re.test(c.req.path)).map((k) => k.method))];
    if (allowed.length) {
      c.header('allow', allowed.join(', '));
      return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed here; use ${allowed.join(' or ')}.`), 405);
    }
    return c.json(errorBody('not_found', `Nothing is found at ${c.req.method} ${c.req.path}.`), 404);
  });
  app.route('/api', api);

  app.route('/', pageRoutes);
  // Everything else is a static file (or the assets' own 404 page).
  app.all('*', async (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed here.`), 405);
    }
    const res = await c.env.ASSETS.fetch(c.req.raw);
    if (res.status === 404) {
      // A person who typed or followed a wrong address gets a page; a script gets the JSON error.
      if (!/\btext\/html\b/.test(c.req.header('accept') ?? '')) return notFound(c);
      const html = await page('/not-found.html')(c);
      return new Response(html.body, { status: 404, headers: html.headers });
    }
    return new Response(res.body, res);
  });
  return app;
}
