// The API's contract, one entry a route: method, path, credential, what it takes, its budget
// and its answers' statuses; what it answers is in responses.ts under the same name, kept out of
// the Worker. The route files bind a handler to each entry (routes/handle.ts validates from it);
// `npm run build:openapi` writes the API reference and the README's route table from both; the
// API tests parse every response they receive with them.
import type * as z from 'zod/mini';
import * as s from '../schemas';

export type Tag = 'briefings' | 'quizzes' | 'teachers' | 'plays' | 'live' | 'operator' | 'reference';
export type Credential = 'teacherKey' | 'playToken' | 'operatorKey';
export type LimiterName = 'JOIN_LIMITER' | 'BRIEFING_LIMITER' | 'QUIZ_LIMITER' | 'LOOKUP_LIMITER' | 'HOST_LIMITER';

export interface RouteDef {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: `/api/${string}`;
  tag: Tag;
  summary: string;
  description?: string;
  /** the credential it needs; with `authOptional`, some requests need none */
  auth?: Credential;
  authOptional?: boolean;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** the status of its success; the body is in responses.ts */
  status: 101 | 200 | 201;
  /** the error statuses of its own rules; those of credentials, bodies and budgets are added */
  errors?: number[];
  /** a per-client budget of its own (429); every route under a quiz code also spends LOOKUP_LIMITER */
  limit?: [LimiterName, string];
}

const route = <const D extends RouteDef>(d: D) => d;

export const contract = {
  health: route({ method: 'get', path: '/api/health', tag: 'reference', summary: 'Up: the baseline of the benchmark, no database', status: 200 }),
  openapi: route({
    method: 'get',
    path: '/api/openapi.json',
    tag: 'reference',
    summary: 'This reference as an OpenAPI 3.1 document',
    status: 200,
  }),
  docs: route({ method: 'get', path: '/api/docs', tag: 'reference', summary: 'This reference as a page', status: 200 }),

  listBriefings: route({ method: 'get', path: '/api/briefings', tag: 'briefings', summary: 'The listed briefings, newest first', status: 200 }),
  createBriefing: route({
    method: 'post',
    path: '/api/briefings',
    tag: 'briefings',
    summary: 'Create a briefing from text; its question bank is generated once, here',
    body: s.createBriefingBody,
    status: 201,
    errors: [422],
    limit: ['BRIEFING_LIMITER', 'new briefings'],
  }),
  getBriefing: route({
    method: 'get',
    path: '/api/briefings/:id',
    tag: 'briefings',
    summary: 'One briefing with its statements',
    status: 200,
    errors: [404],
  }),
  briefingQuestions: route({
    method: 'get',
    path: '/api/briefings/:id/questions',
    tag: 'briefings',
    summary: 'The question bank with answers and sources, and every kind of question with its name',
    auth: 'teacherKey',
    status: 200,
    errors: [404],
  }),
  briefingLeaderboard: route({
    method: 'get',
    path: '/api/briefings/:id/leaderboard',
    tag: 'briefings',
    summary: "Best players across every quiz of a briefing's own, unedited questions",
    query: s.limitQuery,
    status: 200,
    errors: [404],
  }),

  createQuiz: route({
    method: 'post',
    path: '/api/quizzes',
    tag: 'quizzes',
    summary: 'Create a quiz from briefings, optionally with an explicit selection and edits',
    description:
      "A quiz on an unlisted briefing needs that briefing's teacher key: as the bearer key, or in briefingKeys by briefing id when the quiz mixes briefings of several owners.",
    auth: 'teacherKey',
    authOptional: true,
    body: s.createQuizBody,
    status: 201,
    errors: [404, 422],
    limit: ['QUIZ_LIMITER', 'new quizzes'],
  }),
  getQuiz: route({
    method: 'get',
    path: '/api/quizzes/:code',
    tag: 'quizzes',
    summary: 'A quiz, public: no questions, no answers',
    status: 200,
    errors: [404],
  }),
  patchQuiz: route({
    method: 'patch',
    path: '/api/quizzes/:code',
    tag: 'quizzes',
    summary: 'Close or reopen a quiz, rename it, set its closing time, release the answers',
    auth: 'teacherKey',
    body: s.patchQuizBody,
    status: 200,
    errors: [404],
  }),
  quizBriefings: route({
    method: 'get',
    path: '/api/quizzes/:code/briefings',
    tag: 'quizzes',
    summary: "The quiz's briefings with their statements, to read before or after playing",
    description: 'An unlisted briefing comes with id null and statement ids named after its place in the quiz (b1-s3), the same ids as in answer sources.',
    status: 200,
    errors: [404],
  }),
  quizLeaderboard: route({
    method: 'get',
    path: '/api/quizzes/:code/leaderboard',
    tag: 'quizzes',
    summary: 'Finished plays, best first',
    query: s.limitQuery,
    status: 200,
    errors: [404],
  }),
  qr: route({
    method: 'get',
    path: '/api/quizzes/:code/qr.svg',
    tag: 'quizzes',
    summary: 'The play link as a QR code',
    status: 200,
    errors: [404],
  }),
  results: route({
    method: 'get',
    path: '/api/quizzes/:code/results',
    tag: 'teachers',
    summary: 'Every play with its answers, and per-question accuracy with the most chosen wrong answer',
    auth: 'teacherKey',
    status: 200,
    errors: [404],
  }),
  resultsCsv: route({
    method: 'get',
    path: '/api/quizzes/:code/results.csv',
    tag: 'teachers',
    summary:
      'One row per play: name, score, correct, answered, questions, started, finished, duration_s, rank, state; ?detail=answers: one row per player and question',
    description:
      'UTF-8 with a byte order mark; cells that a spreadsheet would run as formulas are prefixed with an apostrophe. ' +
      'With detail=answers: name, play (its id), state, question (its number), prompt, choice (the text chosen; empty when the time ran out), correct_answer, correct (yes/no), points, seconds; a question a player never reached has no row.',
    auth: 'teacherKey',
    query: s.resultsCsvQuery,
    status: 200,
    errors: [404],
  }),
  playDetail: route({
    method: 'get',
    path: '/api/quizzes/:code/plays/:id',
    tag: 'teachers',
    summary: "One player's play: every question in order with their answer (null: not reached), the right answer and the explanation",
    auth: 'teacherKey',
    status: 200,
    errors: [404],
  }),
  removePlay: route({
    method: 'delete',
    path: '/api/quizzes/:code/plays/:id',
    tag: 'teachers',
    summary: "Remove a player's play and its answers: gone from the results, the CSV files and every leaderboard",
    description: 'In an assessed quiz the name is free again, so the student may play once more.',
    auth: 'teacherKey',
    status: 200,
    errors: [404],
  }),
  exportQuiz: route({
    method: 'get',
    path: '/api/quizzes/:code/export',
    tag: 'teachers',
    summary: "The quiz's questions for a learning management system",
    auth: 'teacherKey',
    query: s.exportQuery,
    status: 200,
    errors: [404],
  }),
  startPlay: route({
    method: 'post',
    path: '/api/quizzes/:code/plays',
    tag: 'plays',
    summary: 'Join a quiz under a name; returns the play token once and the first question',
    description:
      'While a live game of the quiz runs, self-paced joins get 409 naming the live code: a self-paced play shows answers as it goes, which would give the live game’s away.',
    body: s.startPlayBody,
    status: 201,
    errors: [404, 409, 410, 422, 503],
    limit: ['JOIN_LIMITER', 'joins'],
  }),
  resumePlay: route({
    method: 'get',
    path: '/api/plays/:id',
    tag: 'plays',
    summary: 'Resume: the play and its current question (null when finished), whose clock starts at its first fetch',
    auth: 'playToken',
    query: s.resumeQuery,
    status: 200,
    errors: [503],
  }),
  answer: route({
    method: 'post',
    path: '/api/plays/:id/answers',
    tag: 'plays',
    summary: 'Answer the current question; graded and timed by the server',
    description:
      'In an assessed quiz correctChoiceId, explanation and source are null until the teacher releases the answers (PATCH answersReleased) or the quiz closes. ' +
      'An answer up to one second past the limit counts as given at the limit.',
    auth: 'playToken',
    body: s.answerBody,
    status: 200,
    errors: [409, 410, 503],
  }),

  adminBriefings: route({
    method: 'get',
    path: '/api/admin/briefings',
    tag: 'operator',
    summary: 'Every briefing, those waiting for approval first, with listed and approved',
    auth: 'operatorKey',
    query: s.limitQuery,
    status: 200,
  }),
  moderateBriefing: route({
    method: 'patch',
    path: '/api/admin/briefings/:id',
    tag: 'operator',
    summary: 'List or unlist a briefing, approve it (home page, and a source of wrong options) or not',
    auth: 'operatorKey',
    body: s.adminBriefingBody,
    status: 200,
    errors: [404],
  }),
  deleteBriefing: route({
    method: 'delete',
    path: '/api/admin/briefings/:id',
    tag: 'operator',
    summary: "Delete a briefing and its bank; its home-page quiz closes, teachers' quizzes keep their copies",
    auth: 'operatorKey',
    status: 200,
    errors: [404],
  }),
  moderateQuiz: route({
    method: 'patch',
    path: '/api/admin/quizzes/:code',
    tag: 'operator',
    summary: 'Close, reopen or reset (every play and answer removed) any quiz',
    auth: 'operatorKey',
    body: s.adminQuizBody,
    status: 200,
    errors: [404],
  }),
  adminPlays: route({
    method: 'get',
    path: '/api/admin/quizzes/:code/plays',
    tag: 'operator',
    summary: "Any quiz's plays with their ids, best first (at most 500)",
    auth: 'operatorKey',
    status: 200,
    errors: [404],
  }),
  deletePlay: route({
    method: 'delete',
    path: '/api/admin/plays/:id',
    tag: 'operator',
    summary: 'Remove a play (a leaderboard entry) and its answers',
    auth: 'operatorKey',
    status: 200,
    errors: [404],
  }),

  hostLive: route({
    method: 'post',
    path: '/api/quizzes/:code/live',
    tag: 'live',
    summary: 'Host a live game of the quiz; returns its code and the host and player links',
    description: 'The body is optional: {"timeLimitSec": 2..300} sets every question\'s time. A closed quiz is 410; a quiz with a class list is 409.',
    auth: 'teacherKey',
    status: 201,
    errors: [400, 404, 409, 410, 413, 415],
    limit: ['HOST_LIMITER', 'live games hosted'],
  }),
  getLive: route({
    method: 'get',
    path: '/api/live/:code',
    tag: 'live',
    summary: "A live game's state: lobby, question, reveal, leaderboard or ended, its players and question",
    status: 200,
    errors: [404],
    limit: ['LOOKUP_LIMITER', 'code look-ups'],
  }),
  liveQr: route({
    method: 'get',
    path: '/api/live/:code/qr.svg',
    tag: 'live',
    summary: "The live game's join link as a QR code",
    status: 200,
    errors: [404],
    limit: ['LOOKUP_LIMITER', 'code look-ups'],
  }),
  liveSocket: route({
    method: 'get',
    path: '/api/live/:code/socket',
    tag: 'live',
    summary: "The live game's WebSocket (Upgrade: websocket); its messages are listed in the contract",
    status: 101,
    errors: [400, 403, 404],
    limit: ['JOIN_LIMITER', 'joins'],
  }),
} satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof contract;

/** Every error status a route can answer: its own, and those of the layers it passes through. */
export function errorStatuses(d: RouteDef): number[] {
  const out = new Set(d.errors ?? []);
  if (d.body) for (const st of [400, 413, 415]) out.add(st);
  if (d.query) out.add(400);
  // Writes from another site's page are refused (http.ts).
  if (d.method !== 'get') out.add(403);
  if (d.auth) {
    out.add(401);
    out.add(403);
  }
  // The operator key is a Worker secret: without it, moderation is unavailable (secrets.ts).
  if (d.auth === 'operatorKey') out.add(503);
  if (d.limit || d.path.startsWith('/api/quizzes/:code')) out.add(429);
  return [...out].sort((a, b) => a - b);
}
