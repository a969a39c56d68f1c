// /api/openapi.json and /api/docs: the API reference, generated from the request schemas.
import { Hono } from 'hono';
import { page } from './pages';
import type { AppEnv } from '../app';

export const docsRoutes = new Hono<AppEnv>();

// The document is generated from the schemas by `npm run build:openapi` into static/, so the
// conversion code stays out of the Worker.
docsRoutes.get('/openapi.json', page('/openapi.json'));
docsRoutes.get('/docs', page('/docs.html'));
