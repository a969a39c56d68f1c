// Request plumbing shared by routes: JSON bodies with limits, bearer credentials, security headers.
import type { Context, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { ApiError } from './errors';

/** Largest JSON body accepted (a 100 KB briefing can grow when escaped). */
export const MAX_BODY_BYTES = 512 * 1024;

/**
 * Reads and validates a JSON body: 415 without a JSON content type, 413 past the size limit,
 * 400 for JSON that does not parse or does not match the schema. Unknown fields are dropped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function readJson<S extends z.ZodMiniType>(c: Context<any>, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with content-type: application/json.');
  }
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    throw new ApiError('too_large', `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  }
  const text = await readLimited(c.req.raw, MAX_BODY_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ApiError('invalid_input', 'The request does not match what this endpoint expects.', {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
        code: i.code,
      })),
    });
  }
  return parsed.data;
}

async function readLimited(req: Request, limit: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError('too_large', `The body is larger than ${limit / 1024} KB.`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(all);
  } catch {
    throw new ApiError('invalid_input', 'The body is not valid UTF-8.');
  }
}

/** The bearer credential of the request, or a 401. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function bearer(c: Context<any>): string {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+([A-Za-z0-9_-]{10,200})\s*$/.exec(header);
  if (!m) throw new ApiError('unauthorized', 'This needs a credential: send authorization: Bearer <key>.');
  return m[1];
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Security headers on every response, errors and static files included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  // Responses from the assets binding are immutable; copy them so headers can be set.
  if (!trySet(h)) {
    c.res = new Response(c.res.body, c.res);
    trySet(c.res.headers);
  }
};

function trySet(h: Headers): boolean {
  try {
    h.set('content-security-policy', CSP);
    h.set('x-content-type-options', 'nosniff');
    h.set('referrer-policy', 'no-referrer');
    h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
    h.set('x-frame-options', 'DENY');
    h.set('cross-origin-opener-policy', 'same-origin');
    h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses state-changing requests sent by another site's page (a cross-site form post or
 * fetch): browsers mark them with Sec-Fetch-Site or an Origin that is not ours.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  const m = c.req.method;
  if (m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS') {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const self = new URL(c.req.url).origin;
    if ((site && site !== 'same-origin' && site !== 'none') || (origin && origin !== 'null' && origin !== self) || origin === 'null') {
      throw new ApiError('forbidden', 'Requests from other sites are not accepted.');
    }
  }
  await next();
};
