// Talks to the Worker in workerd exactly as a browser or script would, over HTTP. Every answer
// of the API is held to the contract (src/routes/contract.ts): its status is one the route
// declares, and its body parses with the declared schema, field for field.
import { exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import { contract, errorStatuses, type RouteDef, type RouteName } from '../../src/routes/contract';
import { errorResponse, isFile, responses } from '../../src/routes/responses';

export const ORIGIN = 'http://debrief.test';

export interface Res {
  status: number;
  headers: Headers;
  json: any;
  text: string;
}

let clients = 0;

/**
 * A request exactly as given: any body type, any (or no) content type. Without a
 * cf-connecting-ip of its own it comes from an address of its own, so tests that are not about
 * rate limits never meet one (tests that are set the header).
 */
export async function raw(method: string, path: string, init: { body?: BodyInit | null; headers?: Record<string, string> } = {}): Promise<Res> {
  const headers = { ...(init.headers ?? {}) };
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'cf-connecting-ip')) {
    clients++;
    headers['cf-connecting-ip'] = `172.${16 + ((clients >> 16) & 15)}.${(clients >> 8) & 255}.${clients & 255}`;
  }
  const res = await (exports as unknown as { default: { fetch(r: Request): Promise<Response> } }).default.fetch(
    new Request(ORIGIN + path, { method, body: init.body ?? null, headers, duplex: 'half' } as RequestInit),
  );
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const out = { status: res.status, headers: res.headers, json, text };
  checkContract(method, path, out);
  return out;
}

const ROUTES = Object.entries(contract as Record<RouteName, RouteDef>).map(([name, d]) => ({
  d,
  response: responses[name as RouteName],
  re: new RegExp(`^${d.path.replace(/[.]/g, '\\.').replace(/:[^/]+/g, '[^/]+')}/?$`),
}));

/** What a path under /api that is no route may answer: a refused write, nothing there, a wrong method, the look-up budget. */
const NO_ROUTE = [403, 404, 405, 429];

/** Set by a test that breaks the database on purpose: its 500s are the point, not a bug. */
export const faults = { injected: false };

/** Fails the test when an answer of the API is not what the contract declares for its route. */
export function checkContract(method: string, url: string, res: Res) {
  const path = new URL(ORIGIN + url).pathname;
  if (!path.startsWith('/api/') || method === 'HEAD') return;
  const found = ROUTES.find((r) => r.d.method === method.toLowerCase() && r.re.test(path));
  const route = found?.d;
  const what = `${method} ${path.slice(0, 80)} → ${res.status}`;
  if (res.status >= 400) {
    const parsed = errorResponse.safeParse(res.json);
    expect(parsed.error, `${what}: the error shape`).toBeUndefined();
    expect(parsed.data, `${what}: only declared error fields`).toEqual(res.json);
    expect([...(route ? errorStatuses(route) : NO_ROUTE), ...(faults.injected ? [500] : [])], `${what}: a declared status`).toContain(res.status);
    return;
  }
  expect(route, `${what}: a route of the contract`).toBeTruthy();
  expect(res.status, what).toBe(route!.status);
  const type = res.headers.get('content-type') ?? '';
  const declared = found!.response;
  if (isFile(declared)) {
    expect(
      declared.mediaTypes.some((t) => type.startsWith(t)),
      `${what}: ${type}`,
    ).toBe(true);
    return;
  }
  expect(type, what).toMatch(/^application\/json/);
  const parsed = declared.safeParse(res.json);
  expect(parsed.error, `${what}: the declared response`).toBeUndefined();
  // Parsing drops fields the schema does not name: an answer with more than it declares differs.
  expect(parsed.data, `${what}: only declared fields`).toEqual(res.json);
}

/** A JSON request: objects are serialised and sent as application/json unless told otherwise. */
export async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const h = { ...headers };
  let payload: string | undefined;
  if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    h['content-type'] ??= 'application/json';
  }
  return raw(method, path, { body: payload, headers: h });
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export function expectError(res: { status: number; json: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  expect(res.json).toMatchObject({ error: { code, message: expect.any(String) } });
}

/** A briefing of our own with people, quotes, numbers and dates. */
export const SAMPLE_BRIEFING = `date 2025-03-14 Ministers agree a river treaty after long talks
Canadian Foreign Minister Claire Dubois met Mexican Foreign Minister Rafael Ortega in Ottawa on 12 March 2025.
Claire Dubois said the Ottawa river treaty was “a turning point for the whole region”.
Rafael Ortega said Mexico would commit 40 million dollars to clean-up work on its rivers.
Canada and Mexico share 1,200 kilometres of waterways under the Ottawa river treaty.
Officials from the United Nations will monitor clean-up work in Canada and Mexico until 2027.
Environmental groups in Canada and Mexico warned that “money alone will not save the rivers”.
Claire Dubois and Rafael Ortega will meet again in Mexico City in September 2025.`;

/** A quiz on the briefings; `briefingKey` opens an unlisted one. */
export async function createQuiz(briefingIds: string[], extra: Record<string, unknown> = {}, briefingKey?: string) {
  const res = await call('POST', '/api/quizzes', { briefingIds, ...extra }, briefingKey ? auth(briefingKey) : {});
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { quiz: any; teacherKey: string; links: any };
}

export async function defaultBriefingId(): Promise<string> {
  const res = await call('GET', '/api/briefings');
  expect(res.status).toBe(200);
  return res.json.briefings[0].id;
}

/** Looks up the correct choice the way a teacher can: through the bank, with the key. */
export async function answerKey(briefingId: string, teacherKey: string) {
  const res = await call('GET', `/api/briefings/${briefingId}/questions`, undefined, auth(teacherKey));
  expect(res.status).toBe(200);
  return res.json.questions as any[];
}

/** The bank question a player's question was copied from: same prompt, same choice texts. */
export function bankQuestionOf(bank: any[], question: { prompt: string; choices: { text: string }[] }) {
  const texts = question.choices
    .map((c) => c.text)
    .sort()
    .join('\n');
  const q = bank.find(
    (b) =>
      b.prompt === question.prompt &&
      b.choices
        .map((c: { text: string }) => c.text)
        .sort()
        .join('\n') === texts,
  );
  expect(q, `bank question for ${question.prompt}`).toBeTruthy();
  return q;
}
