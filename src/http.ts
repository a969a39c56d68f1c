// Request plumbing shared by routes: JSON bodies with limits, bearer credentials, and Hono's own
// secure-headers, CSRF and body-limit middleware configured for this site.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import type * as z from 'zod/mini';
import { ApiError } from './errors';

/** Largest JSON body accepted (a 100 KB briefing can grow when escaped). */
export const MAX_BODY_BYTES = 512 * 1024;

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

const limit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError('too_large', `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  },
});
/**
 * The body checks of a JSON route, in the order a client can fix them: 415 without a JSON
 * content type, then 413 past the size limit, declared or streamed (Hono's body limit).
 */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with content-type: application/json.');
  }
  return limit(c, next);
};

/**
 * Parses and validates a body that passed `jsonBody`: 400 for bytes that are not UTF-8, JSON
 * that does not parse, or a value that does not match the schema. Unknown fields are dropped.
 */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(await c.req.arrayBuffer());
  } catch {
    throw new ApiError('invalid_input', 'The body is not valid UTF-8.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'The body is not valid JSON.');
  }
  return parseInput(schema, value, 'The request does not match what this endpoint expects.');
}

/** A value checked against a request schema, or a 400 that lists zod's issues. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, message: string, spellOut = false): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    // A query has few fields: its message names them, so a link's reader sees what to change.
    const detail = spellOut ? ` ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${issueMessage(i)}`).join(' ')}` : '';
    throw new ApiError('invalid_input', message + detail, {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: issueMessage(i),
        code: i.code,
      })),
    });
  }
  return parsed.data;
}

/**
 * What is wrong, with the limit or type a person or a script can act on: zod without its locales
 * (kept out of the bundle) says only "Invalid input" where the schema gave no message of its own.
 */
function issueMessage(i: z.core.$ZodIssue): string {
  if (i.message && i.message !== 'Invalid input') return i.message;
  const unit = (origin: string) => (origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '');
  switch (i.code) {
    case 'invalid_type':
      return `Expected ${i.expected === 'nonoptional' ? 'a value' : i.expected}.`;
    case 'too_big':
      return `At most ${i.maximum}${unit(i.origin)}.`;
    case 'too_small':
      return `At least ${i.minimum}${unit(i.origin)}.`;
    case 'invalid_value':
      return `One of ${i.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_format':
      return `Not a valid ${i.format}.`;
    case 'unrecognized_keys':
      return `Unknown field${i.keys.length > 1 ? 's' : ''}: ${i.keys.join(', ')}.`;
    default:
      return i.message || 'Invalid input.';
  }
}

/** The bearer credential of the request, or a 401. */
export function bearer(c: Context): string {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+([A-Za-z0-9_-]{10,200})\s*$/.exec(header);
  if (!m) throw new ApiError('unauthorized', 'This needs a credential: send authorization: Bearer <key>.');
  return m[1];
}

/** Security headers on every response, errors and static files included. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  crossOriginOpenerPolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  // The headers the site sent before it used this middleware, no more: each extra one would be
  // a change to every page's behaviour to test on its own.
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

const sameSite = csrf({
  origin: (origin, c) => origin === new URL(c.req.url).origin,
  secFetchSite: (site) => site === 'same-origin' || site === 'none',
});

/**
 * Refuses state-changing requests sent by another site's page: browsers mark them with
 * Sec-Fetch-Site or an Origin that is not ours. Hono's csrf judges; it looks only at bodies an
 * HTML form can send, and this API refuses another site's JSON too, so every write is put to it
 * as a form would be. A request with neither header comes from a script, not a page, and passes.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  if (site === undefined && origin === undefined) return next();
  const asForm = { req: { method: c.req.method, url: c.req.url, header: (name: string) => (name === 'content-type' ? 'text/plain' : c.req.header(name)) } };
  try {
    await sameSite(asForm as unknown as Context, async () => {});
  } catch {
    throw new ApiError('forbidden', 'Requests from other sites are not accepted.');
  }
  await next();
};
