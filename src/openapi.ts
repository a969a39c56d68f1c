// The OpenAPI 3.1 document and the README's route table, both written from the contract
// (routes/contract.ts and routes/responses.ts) at build time: each entry becomes a route of a throwaway Hono app
// described with hono-openapi, whose generateSpecs turns the zod schemas into JSON Schema.
// Nothing here runs in the Worker, which serves the result as a static file.
import { Hono } from 'hono';
import { describeRoute, generateSpecs, resolver, validator } from 'hono-openapi';
import { contract, errorStatuses, type RouteDef, type RouteName } from './routes/contract';
import { errorResponse, isFile, responses } from './routes/responses';
import { toJSONSchema } from 'zod/v4/core';
import { helloMessage, hostClientMessage, playerClientMessage, toHost, toPlayer } from './live/messages';

const ERROR_TEXT: Record<number, string> = {
  400: 'invalid_input: the body or a parameter does not match (zod issues in the issues field)',
  401: 'unauthorized: no credential',
  403: 'forbidden: the credential does not open this resource, or another site sent the request',
  404: 'not_found',
  409: 'conflict',
  410: 'gone: the quiz is closed',
  413: 'too_large',
  415: 'unsupported_media_type: send JSON',
  422: 'unprocessable: nothing can be made of this input',
  429: 'rate_limited (with retry-after)',
  503: 'unavailable: a server secret is not configured (with retry-after)',
};

const TAGS = [
  { name: 'briefings', description: 'Source documents and their question banks' },
  { name: 'quizzes', description: 'What a teacher shares' },
  { name: 'teachers', description: 'Results and exports, with the teacher key' },
  { name: 'plays', description: "One player's run through a quiz" },
  { name: 'operator', description: "The site owner's moderation, with the operator key" },
  { name: 'reference', description: 'This reference, and a health check' },
];

const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });

function operation(name: RouteName, d: RouteDef) {
  const r = responses[name];
  const ok = isFile(r)
    ? { description: r.description, content: Object.fromEntries(r.mediaTypes.map((t) => [t, { schema: { type: 'string' } }])) }
    : json(resolver(r), d.status === 201 ? 'Created' : 'OK');
  return describeRoute({
    operationId: name,
    tags: [d.tag],
    summary: d.summary,
    ...(d.description ? { description: d.description } : {}),
    ...(d.auth ? { security: [...(d.authOptional ? [{}] : []), { [d.auth]: [] }] } : {}),
    responses: {
      [d.status]: ok,
      ...Object.fromEntries(errorStatuses(d).map((s) => [s, { $ref: `#/components/responses/E${s}` }])),
    },
  } as Parameters<typeof describeRoute>[0]);
}

/** JSON Schema of a safe integer spells out ±2^53; an integer says enough. */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'minimum' || k === 'maximum') && Math.abs(v as number) === Number.MAX_SAFE_INTEGER) continue;
    out[k] = tidy(v);
  }
  return out;
}

export async function buildOpenApi(serverUrl = '/') {
  const app = new Hono();
  for (const [name, d] of Object.entries(contract as Record<string, RouteDef>)) {
    app.on(
      d.method.toUpperCase(),
      d.path,
      operation(name as RouteName, d),
      ...(d.query ? [validator('query', d.query)] : []),
      ...(d.body ? [validator('json', d.body)] : []),
      (c) => c.body(null),
    );
  }
  const doc = await generateSpecs(app, {
    excludeStaticFile: false,
    defaultValidationErrorResponse: false,
    documentation: {
      openapi: '3.1.0',
      info: {
        title: 'Debrief API',
        version: '1.0.0',
        summary: 'Quizzes made from briefings: create, share, play, score, export.',
        description:
          'Everything is JSON unless noted; times are ISO-8601 in UTC, durations in milliseconds. ' +
          'Teacher keys and play tokens are sent as an authorization: Bearer <secret> header; they are returned once and stored only as hashes. ' +
          'Every error has the shape {"error": {"code", "message", "issues"?}}.',
      },
      servers: [{ url: serverUrl }],
      tags: TAGS,
      components: {
        responses: Object.fromEntries(Object.entries(ERROR_TEXT).map(([s, text]) => [`E${s}`, json({ $ref: '#/components/schemas/Error' }, text)])),
        securitySchemes: {
          teacherKey: { type: 'http', scheme: 'bearer', description: 'The teacher key returned when the quiz or briefing was created.' },
          playToken: { type: 'http', scheme: 'bearer', description: 'The play token returned when the play started.' },
          operatorKey: { type: 'http', scheme: 'bearer', description: "The site owner's key, the Worker secret OPERATOR_KEY." },
        },
      },
    },
  } as Parameters<typeof generateSpecs>[1]);
  // The error shape is named by every error response but returned by no route's schema.
  const components = (doc.components ??= {});
  components.schemas = { ...components.schemas, Error: (await errorSchema()) as NonNullable<typeof components.schemas>[string], ...liveMessages() };
  return tidy(doc) as typeof doc;
}

/** The messages of a live game's WebSocket (GET /api/live/{code}/socket), both ways: part of the contract too. */
function liveMessages() {
  const messages = {
    LiveHello: [helloMessage, "A client's first message: who it is (host with the quiz's teacher key, a new player, or a player coming back)."],
    LivePlayerMessage: [playerClientMessage, 'What a player sends after joining: one answer per question, while it is open.'],
    LiveHostCommand: [hostClientMessage, 'What the host sends: start, next (question → reveal → leaderboard → …), kick, end.'],
    LiveToPlayer: [toPlayer, 'What a player receives. Nothing before a reveal carries the answer.'],
    LiveToHost: [toHost, 'What the host screen receives. Nothing before a reveal carries the answer.'],
  } as const;
  return Object.fromEntries(
    Object.entries(messages).map(([name, [schema, description]]) => {
      const { $schema: _, ...json } = toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
      return [name, { ...json, description }];
    }),
  );
}

async function errorSchema() {
  const probe = new Hono();
  probe.get('/', describeRoute({ responses: { 400: { description: 'error', content: { 'application/json': { schema: resolver(errorResponse) } } } } }), (c) =>
    c.body(null),
  );
  const doc = await generateSpecs(probe);
  return (doc.components?.schemas as Record<string, unknown>)?.Error;
}

const README_START = '<!-- api-routes: written by npm run build:openapi from src/routes/contract.ts -->';
const README_END = '<!-- /api-routes -->';

/** The README's API table: one row a route of the contract. */
export function readmeRoutes(): string {
  const credential = { teacherKey: 'teacher key', playToken: 'play token', operatorKey: 'operator key' } as const;
  const rows = Object.values(contract as Record<string, RouteDef>).map((d) => {
    const path = `${d.method.toUpperCase()} ${d.path}${d.query ? `?${Object.keys(d.query.shape).join('=…&')}=…` : ''}`;
    const needs = d.auth ? ` (${credential[d.auth]}${d.authOptional ? ' for unlisted briefings' : ''})` : '';
    return `| \`${path}\` | ${d.summary}${needs} |`;
  });
  return [README_START, '| route | what it does |', '| --- | --- |', ...rows, README_END].join('\n');
}

/** `readme` with its API table replaced by the one the contract gives. */
export function withReadmeRoutes(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section`);
  return readme.slice(0, start) + readmeRoutes() + readme.slice(end + README_END.length);
}
