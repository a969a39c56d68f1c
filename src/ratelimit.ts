// Per-client rate limits on the requests a bot would flood: joins, briefing and quiz creation,
// and look-ups of quiz codes (which would otherwise let a script walk the code space).
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { ApiError } from './errors';
import type { LimiterName } from './routes/contract';

/** Seconds of each limiter's window (wrangler.toml `simple.period`): what a refused client waits at most. */
const PERIOD_SEC = 60;

/** The client a request counts against: the address Cloudflare saw, or one shared bucket without it. */
export function clientKey(req: Request): string {
  return req.headers.get('cf-connecting-ip')?.trim() || 'unknown-client';
}

/**
 * Refuses the request with 429 once its client has spent the limiter's budget. Counted before the
 * body is read, so a flood of malformed requests costs as little as possible. If the limiter itself
 * fails, the request goes through: a missed count is better than refusing a class.
 */
export function rateLimit(name: LimiterName, what: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = c.env[name] as RateLimit | undefined;
    let allowed = true;
    if (limiter) {
      try {
        allowed = (await limiter.limit({ key: clientKey(c.req.raw) })).success;
      } catch (err) {
        console.error('rate limiter failed', name, err);
      }
    }
    if (!allowed) {
      throw new ApiError('rate_limited', `Too many ${what} from your network; try again in a minute.`, {
        headers: { 'retry-after': String(PERIOD_SEC) },
      });
    }
    await next();
  };
}
