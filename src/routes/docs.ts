// /api/openapi.json and /api/docs: the API reference, written from the contract by
// `npm run build:openapi` into static/, so the conversion code stays out of the Worker.
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { contract as api } from './contract';
import { handle } from './handle';
import { page } from './pages';

export const docsRoutes = new Hono<AppEnv>();

handle(docsRoutes, api.health, (c) => c.json({ ok: true }));
handle(docsRoutes, api.openapi, page('/openapi.json'));
handle(docsRoutes, api.docs, page('/docs.html'));
