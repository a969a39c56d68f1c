// The OpenAPI 3.1 document of the API, built from the zod schemas that validate requests (and
// zod descriptions of the responses), so the reference cannot drift from what the code accepts.
import * as z from 'zod';
import { EXPORT_FORMATS } from './domain/exports';
import { QUESTION_KINDS } from './domain/types';
import { adminBriefingBody, adminQuizBody, answerBody, createBriefingBody, createQuizBody, patchQuizBody, startPlayBody } from './schemas';

const isoTime = z.string().meta({ format: 'date-time', description: 'ISO-8601 time in UTC' });

const errorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'snake_case code, e.g. invalid_input, unauthorized, not_found' }),
      message: z.string().meta({ description: 'a sentence for a person' }),
      issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().optional() })).optional(),
    }),
  })
  .meta({ description: 'The one error shape of every route.' });

const briefing = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable().meta({ description: 'YYYY-MM-DD, or null when unknown' }),
  summary: z.string(),
  statementCount: z.number().int(),
  questionCount: z.number().int(),
  createdAt: isoTime,
  publicQuizCode: z.string().nullable(),
});
const statement = z.object({ id: z.string(), index: z.number().int(), text: z.string() });
const choice = z.object({ id: z.string(), text: z.string() });
const bankQuestion = z.object({
  id: z.string(),
  index: z.number().int(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string(),
  choices: z.array(choice),
  answerId: z.string(),
  explanation: z.string(),
  difficulty: z.number(),
  generatorVersion: z.string(),
  source: z.object({ briefingId: z.string(), statementId: z.string(), statementIndex: z.number().int(), text: z.string() }),
});
const quiz = z.object({
  code: z.string().meta({ description: 'six characters without look-alikes (no 0/O, 1/l/I)' }),
  title: z.string(),
  briefingIds: z.array(z.string()).meta({ description: 'in the public view, the listed briefings only; the teacher sees all' }),
  questionCount: z.number().int(),
  timeLimitSec: z.number().int(),
  mode: z.enum(['practice', 'assessed']),
  scoring: z.enum(['speed', 'accuracy']),
  briefingFirst: z.boolean(),
  closed: z.boolean(),
  answersReleased: z.boolean().meta({ description: 'players see keys, explanations and sources: always in practice; in assessed once released or closed' }),
  closesAt: isoTime.nullable(),
  createdAt: isoTime,
  playCount: z.number().int(),
  finishedCount: z.number().int(),
  playerCap: z.number().int(),
  rosterSize: z.number().int().meta({ description: 'assessed quizzes with a class list: the number of seats (0: anyone with the code)' }),
});
const play = z.object({
  id: z.string(),
  quizCode: z.string(),
  name: z.string(),
  score: z.number().int(),
  correctCount: z.number().int(),
  answeredCount: z.number().int(),
  questionCount: z.number().int(),
  streak: z.number().int(),
  startedAt: isoTime,
  finishedAt: isoTime.nullable(),
  durationMs: z.number().int().nullable(),
  rank: z.number().int().nullable(),
});
const question = z
  .object({
    id: z.string(),
    index: z.number().int(),
    total: z.number().int(),
    kind: z.enum(QUESTION_KINDS),
    prompt: z.string(),
    choices: z.array(choice),
    timeLimitSec: z.number().int(),
    servedAt: isoTime,
  })
  .meta({ description: 'A question as a player sees it: never the answer or the source before it is answered.' });
const links = z.object({ play: z.string(), leaderboard: z.string(), teacher: z.string() });
const leaderboard = z.object({
  entries: z.array(
    z.object({
      rank: z.number().int(),
      name: z.string(),
      score: z.number().int(),
      correctCount: z.number().int(),
      questionCount: z.number().int(),
      durationMs: z.number().int().nullable(),
      finishedAt: isoTime.nullable(),
    }),
  ),
  total: z.number().int(),
});
const results = z.object({
  quiz,
  plays: z.array(
    play.extend({
      answers: z.array(
        z.object({ questionId: z.string(), choiceId: z.string().nullable(), correct: z.boolean(), points: z.number().int(), elapsedMs: z.number().int() }),
      ),
    }),
  ),
  questions: z.array(
    z.object({
      id: z.string(),
      index: z.number().int(),
      kind: z.string(),
      prompt: z.string(),
      choices: z.array(choice),
      correctChoiceId: z.string(),
      answered: z.number().int(),
      correctCount: z.number().int(),
      correctRate: z.number().nullable().meta({ description: '0..1, null until someone answers' }),
      timedOut: z.number().int(),
      topWrongChoice: z.object({ id: z.string(), text: z.string(), count: z.number().int() }).nullable(),
    }),
  ),
});

/** Every named schema, each turned into JSON Schema 2020-12 (the dialect of OpenAPI 3.1). */
const SCHEMAS = {
  CreateBriefingBody: createBriefingBody,
  CreateQuizBody: createQuizBody,
  PatchQuizBody: patchQuizBody,
  StartPlayBody: startPlayBody,
  AnswerBody: answerBody,
  AdminBriefingBody: adminBriefingBody,
  AdminQuizBody: adminQuizBody,
  Error: errorResponse,
  Briefing: briefing,
  Statement: statement,
  BankQuestion: bankQuestion,
  Quiz: quiz,
  Play: play,
  Question: question,
  Links: links,
  Leaderboard: leaderboard,
  Results: results,
} satisfies Record<string, z.core.$ZodType>;

type SchemaName = keyof typeof SCHEMAS;

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output') {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const inline = (shape: Record<string, unknown>) => ({ type: 'object', properties: shape, required: Object.keys(shape) });
const json = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/E${s}` }]));
const body = (name: SchemaName) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const codeParam = { name: 'code', in: 'path', required: true, description: 'the quiz code (case and dashes do not matter)', schema: { type: 'string' } };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const limitParam = { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } };
const teacher = [{ teacherKey: [] }];
const player = [{ playToken: [] }];
const operator = [{ operatorKey: [] }];

const ERROR_TEXT: Record<number, string> = {
  400: 'invalid_input: the body or a parameter does not match (zod issues in the issues field)',
  401: 'unauthorized: no credential',
  403: 'forbidden: the credential does not open this resource',
  404: 'not_found',
  409: 'conflict',
  410: 'gone: the quiz is closed',
  413: 'too_large',
  415: 'unsupported_media_type: send JSON',
  422: 'unprocessable: nothing can be made of this input',
  429: 'rate_limited (with retry-after)',
};

export function buildOpenApi(serverUrl = '/') {
  const components = Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchema(schema, name.endsWith('Body') ? 'input' : 'output')]),
  );
  return {
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
    tags: [
      { name: 'briefings', description: 'Source documents and their question banks' },
      { name: 'quizzes', description: 'What a teacher shares' },
      { name: 'teachers', description: 'Results and exports, with the teacher key' },
      { name: 'plays', description: "One player's run through a quiz" },
      { name: 'operator', description: "The site owner's moderation, with the operator key" },
    ],
    paths: {
      '/api/briefings': {
        get: { tags: ['briefings'], summary: 'The listed briefings, newest first', responses: { 200: json(inline({ briefings: { type: 'array', items: ref('Briefing') } })) } },
        post: {
          tags: ['briefings'],
          summary: 'Create a briefing from text; its question bank is generated once, here',
          requestBody: body('CreateBriefingBody'),
          responses: {
            201: json(
              inline({ briefing: ref('Briefing'), questionCount: { type: 'integer' }, teacherKey: { type: 'string' }, awaitingApproval: { type: 'boolean' } }),
              'Created',
            ),
            ...errors(400, 413, 415, 422, 429),
          },
        },
      },
      '/api/briefings/{id}': {
        get: {
          tags: ['briefings'],
          summary: 'One briefing with its statements',
          parameters: [idParam],
          responses: { 200: json(inline({ briefing: { allOf: [ref('Briefing'), inline({ statements: { type: 'array', items: ref('Statement') } })] } })), ...errors(404) },
        },
      },
      '/api/briefings/{id}/questions': {
        get: {
          tags: ['briefings'],
          summary: "The question bank with answers and sources (the briefing's teacher key)",
          security: teacher,
          parameters: [idParam],
          responses: { 200: json(inline({ questions: { type: 'array', items: ref('BankQuestion') } })), ...errors(401, 403, 404) },
        },
      },
      '/api/briefings/{id}/leaderboard': {
        get: { tags: ['briefings'], summary: 'Best players across every quiz of a briefing', parameters: [idParam, limitParam], responses: { 200: json(ref('Leaderboard')), ...errors(404) } },
      },
      '/api/quizzes': {
        post: {
          tags: ['quizzes'],
          summary: 'Create a quiz from briefings, optionally with an explicit selection and edits',
          description:
            "A quiz on an unlisted briefing needs that briefing's teacher key: as the bearer key, or in briefingKeys by briefing id when the quiz mixes briefings of several owners.",
          security: [{}, ...teacher],
          requestBody: body('CreateQuizBody'),
          responses: {
            201: json(
              {
                ...inline({ quiz: ref('Quiz'), teacherKey: { type: 'string' }, links: ref('Links') }),
                properties: {
                  quiz: ref('Quiz'),
                  teacherKey: { type: 'string' },
                  links: ref('Links'),
                  roster: {
                    type: 'array',
                    description: 'with a class list only: each student’s personal link, returned once',
                    items: inline({ name: { type: 'string' }, seat: { type: 'string' }, link: { type: 'string' } }),
                  },
                },
              },
              'Created',
            ),
            ...errors(400, 401, 403, 404, 415, 422, 429),
          },
        },
      },
      '/api/quizzes/{code}': {
        get: { tags: ['quizzes'], summary: 'A quiz, public: no questions, no answers', parameters: [codeParam], responses: { 200: json(inline({ quiz: ref('Quiz') })), ...errors(404, 429) } },
        patch: {
          tags: ['quizzes'],
          summary: 'Close or reopen a quiz, rename it, set its closing time',
          security: teacher,
          parameters: [codeParam],
          requestBody: body('PatchQuizBody'),
          responses: { 200: json(inline({ quiz: ref('Quiz') })), ...errors(400, 401, 403, 404, 415, 429) },
        },
      },
      '/api/quizzes/{code}/briefings': {
        get: {
          tags: ['quizzes'],
          summary: "The quiz's briefings with their statements, to read before or after playing",
          description: 'An unlisted briefing comes with id null and statement ids named after its place in the quiz (b1-s3), the same ids as in answer sources.',
          parameters: [codeParam],
          responses: {
            200: json(inline({ briefings: { type: 'array', items: { allOf: [ref('Briefing'), inline({ statements: { type: 'array', items: ref('Statement') } })] } } })),
            ...errors(404, 429),
          },
        },
      },
      '/api/quizzes/{code}/leaderboard': {
        get: { tags: ['quizzes'], summary: 'Finished plays, best first', parameters: [codeParam, limitParam], responses: { 200: json(ref('Leaderboard')), ...errors(404, 429) } },
      },
      '/api/quizzes/{code}/qr.svg': {
        get: {
          tags: ['quizzes'],
          summary: 'The play link as a QR code',
          parameters: [codeParam],
          responses: { 200: { description: 'SVG image', content: { 'image/svg+xml': { schema: { type: 'string' } } } }, ...errors(404, 429) },
        },
      },
      '/api/quizzes/{code}/results': {
        get: {
          tags: ['teachers'],
          summary: 'Every play with its answers, and per-question accuracy with the most chosen wrong answer',
          security: teacher,
          parameters: [codeParam],
          responses: { 200: json(ref('Results')), ...errors(401, 403, 404, 429) },
        },
      },
      '/api/quizzes/{code}/results.csv': {
        get: {
          tags: ['teachers'],
          summary: 'One row per play: name, score, correct, answered, questions, started, finished, duration_s, rank',
          description: 'UTF-8 with a byte order mark; cells that a spreadsheet would run as formulas are prefixed with an apostrophe.',
          security: teacher,
          parameters: [codeParam],
          responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors(401, 403, 404, 429) },
        },
      },
      '/api/quizzes/{code}/export': {
        get: {
          tags: ['teachers'],
          summary: "The quiz's questions for a learning management system",
          description: 'gift: Moodle GIFT · aiken: Aiken · csv: one row per question · qti: an IMS QTI 2.1 content package (ZIP).',
          security: teacher,
          parameters: [codeParam, { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: [...EXPORT_FORMATS] } }],
          responses: {
            200: {
              description: 'The file, as an attachment',
              content: {
                'text/plain': { schema: { type: 'string' } },
                'text/csv': { schema: { type: 'string' } },
                'application/zip': { schema: { type: 'string', contentMediaType: 'application/zip' } },
              },
            },
            ...errors(400, 401, 403, 404, 429),
          },
        },
      },
      '/api/quizzes/{code}/plays': {
        post: {
          tags: ['plays'],
          summary: 'Join a quiz under a name; returns the play token once and the first question',
          parameters: [codeParam],
          requestBody: body('StartPlayBody'),
          responses: {
            201: json(inline({ play: ref('Play'), playToken: { type: 'string' }, question: ref('Question') }), 'Created'),
            ...errors(400, 404, 409, 410, 415, 422, 429),
          },
        },
      },
      '/api/admin/briefings': {
        get: {
          tags: ['operator'],
          summary: 'Every briefing, those waiting for approval first, with listed and approved',
          security: operator,
          parameters: [limitParam],
          responses: { 200: json(inline({ briefings: { type: 'array', items: ref('Briefing') } })), ...errors(401, 403) },
        },
      },
      '/api/admin/briefings/{id}': {
        patch: {
          tags: ['operator'],
          summary: 'List or unlist a briefing, approve it (home page, and a source of wrong options) or not',
          security: operator,
          parameters: [idParam],
          requestBody: body('AdminBriefingBody'),
          responses: { 200: json(inline({ briefing: ref('Briefing') })), ...errors(400, 401, 403, 404, 415) },
        },
        delete: {
          tags: ['operator'],
          summary: "Delete a briefing and its bank; its home-page quiz closes, teachers' quizzes keep their copies",
          security: operator,
          parameters: [idParam],
          responses: { 200: json(inline({ deleted: { type: 'boolean' } })), ...errors(401, 403, 404) },
        },
      },
      '/api/admin/quizzes/{code}': {
        patch: {
          tags: ['operator'],
          summary: 'Close, reopen or reset (every play and answer removed) any quiz',
          security: operator,
          parameters: [codeParam],
          requestBody: body('AdminQuizBody'),
          responses: { 200: json(inline({ quiz: ref('Quiz') })), ...errors(400, 401, 403, 404, 415) },
        },
      },
      '/api/admin/quizzes/{code}/plays': {
        get: {
          tags: ['operator'],
          summary: "Any quiz's plays with their ids, best first (at most 500)",
          security: operator,
          parameters: [codeParam],
          responses: {
            200: json(
              inline({
                quiz: ref('Quiz'),
                plays: { type: 'array', items: inline({ id: { type: 'string' }, name: { type: 'string' }, score: { type: 'integer' }, correctCount: { type: 'integer' }, startedAt: { type: 'string' }, finishedAt: { type: ['string', 'null'] } }) },
              }),
            ),
            ...errors(401, 403, 404),
          },
        },
      },
      '/api/admin/plays/{id}': {
        delete: {
          tags: ['operator'],
          summary: 'Remove a play (a leaderboard entry) and its answers',
          security: operator,
          parameters: [idParam],
          responses: { 200: json(inline({ deleted: { type: 'boolean' } })), ...errors(401, 403, 404) },
        },
      },
      '/api/plays/{id}': {
        get: {
          tags: ['plays'],
          summary: 'Resume: the play and its current question (null when finished)',
          security: player,
          parameters: [idParam],
          responses: { 200: json(inline({ play: ref('Play'), question: { anyOf: [ref('Question'), { type: 'null' }] } })), ...errors(401, 403) },
        },
      },
      '/api/plays/{id}/answers': {
        post: {
          tags: ['plays'],
          summary: 'Answer the current question; graded and timed by the server',
          description:
            'In an assessed quiz correctChoiceId, explanation and source are null until the teacher releases the answers (PATCH answersReleased) or the quiz closes.',
          security: player,
          parameters: [idParam],
          requestBody: body('AnswerBody'),
          responses: {
            200: json({
              type: 'object',
              properties: {
                correct: { type: 'boolean' },
                correctChoiceId: { type: ['string', 'null'] },
                points: { type: 'integer' },
                score: { type: 'integer' },
                streak: { type: 'integer' },
                explanation: { type: ['string', 'null'] },
                source: {
                  anyOf: [
                    inline({ briefingId: { type: ['string', 'null'], description: 'null for an unlisted briefing' }, statementId: { type: 'string' }, text: { type: 'string' } }),
                    { type: 'null' },
                  ],
                },
                next: { anyOf: [ref('Question'), { type: 'null' }] },
                play: ref('Play'),
              },
            }),
            ...errors(400, 401, 403, 409, 410, 415),
          },
        },
      },
    },
    components: {
      schemas: components,
      responses: Object.fromEntries(Object.entries(ERROR_TEXT).map(([s, d]) => [`E${s}`, json(ref('Error'), d)])),
      securitySchemes: {
        teacherKey: { type: 'http', scheme: 'bearer', description: 'The teacher key returned when the quiz or briefing was created.' },
        playToken: { type: 'http', scheme: 'bearer', description: 'The play token returned when the play started.' },
        operatorKey: { type: 'http', scheme: 'bearer', description: "The site owner's key, the Worker secret OPERATOR_KEY." },
      },
    },
  };
}
