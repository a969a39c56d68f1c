// One error funnel: handlers throw ApiError; onError and notFound write the single JSON shape of the API.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  name_rejected: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

export class ApiError extends HTTPException {
  constructor(
    public code: ErrorCode,
    message: string,
    public options: { issues?: ErrorIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(ERROR_STATUS[code], { message });
  }
}

export function errorBody(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
  return { error: issues ? { code, message, issues } : { code, message } };
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  410: 'gone',
  413: 'too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'unavailable',
};

export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    for (const [k, v] of Object.entries(err.options.headers ?? {})) c.header(k, v);
    return c.json(errorBody(err.code, err.message, err.options.issues), err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code = STATUS_CODES[err.status] ?? 'invalid_input';
    return c.json(errorBody(code, err.message || 'The request could not be handled.'), err.status);
  }
  console.error('unhandled error', c.req.method, c.req.path, err?.stack ?? err);
  return c.json(errorBody('internal', 'Something went wrong on our side. Please try again.'), 500);
}

export function notFound(c: Context): Response {
  return c.json(errorBody('not_found', `Nothing is found at ${c.req.method} ${c.req.path}.`), 404);
}
