// Binds a handler to its entry in the contract: the entry's budget, body checks and validation
// run first, and the handler gets the validated body and query.
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv } from '../app-env';
import { jsonBody, parseInput, readJson } from '../http';
import { rateLimit } from '../ratelimit';
import type { RouteDef } from './contract';

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;
export interface Input<D extends RouteDef> {
  body: Parsed<D['body']>;
  query: Parsed<D['query']>;
}

export function handle<D extends RouteDef>(
  router: Hono<AppEnv>,
  d: D,
  handler: (c: Context<AppEnv>, input: Input<D>) => Response | Promise<Response>,
  ...before: MiddlewareHandler<AppEnv>[]
) {
  const chain: MiddlewareHandler<AppEnv>[] = [...(d.limit ? [rateLimit(...d.limit)] : []), ...before, ...(d.body ? [jsonBody] : [])];
  const on = router.on.bind(router) as (method: string, path: string, ...handlers: MiddlewareHandler<AppEnv>[]) => unknown;
  on(d.method.toUpperCase(), d.path.slice('/api'.length), ...chain, async (c) => {
    const body = d.body ? await readJson(c, d.body) : undefined;
    const query = d.query ? parseInput(d.query, c.req.query(), 'The query does not match what this endpoint expects.', true) : undefined;
    return handler(c, { body, query } as Input<D>);
  });
}
