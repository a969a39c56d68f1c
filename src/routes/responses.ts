// Response schemas of the API, and which route answers with which. Build-time and test-time
// only: the API reference is written from them and the API tests parse every response with
// them, while the Worker never imports this file, so they cost it nothing.
import * as z from 'zod/mini';
import { QUESTION_KINDS } from '../domain/types';
import type { RouteName } from './contract';

const described = <S extends z.ZodMiniType>(schema: S, description: string) => schema.check(z.describe(description));
const named = <S extends z.ZodMiniType>(id: string, schema: S, description?: string) => schema.check(z.meta({ id, ...(description ? { description } : {}) }));
const count = z.int().check(z.gte(0));
const isoTime = described(z.string(), 'ISO-8601 time in UTC');
const kind = z.enum(QUESTION_KINDS);

export const errorResponse = named(
  'Error',
  z.object({
    error: z.object({
      code: described(z.string(), 'snake_case code, e.g. invalid_input, unauthorized, not_found'),
      message: described(z.string(), 'a sentence for a person'),
      issues: z.optional(z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.optional(z.string()) }))),
    }),
  }),
  'The one error shape of every route.',
);

const choice = z.object({ id: z.string(), text: z.string() });
const briefingShape = {
  id: z.string(),
  title: z.string(),
  date: described(z.nullable(z.string()), 'YYYY-MM-DD, or null when unknown'),
  summary: z.string(),
  statementCount: count,
  questionCount: count,
  createdAt: isoTime,
  publicQuizCode: z.nullable(z.string()),
};
export const briefing = named('Briefing', z.object(briefingShape));
const statement = named('Statement', z.object({ id: z.string(), index: count, text: z.string() }));
export const briefingWithStatements = z.object({ ...briefingShape, statements: z.array(statement) });
/** A quiz's briefing to read: an unlisted one has id null and statement ids after its place (b1-s3). */
const readingBriefing = z.object({ ...briefingShape, id: z.nullable(z.string()), statements: z.array(statement) });
export const adminBriefing = named('AdminBriefing', z.object({ ...briefingShape, listed: z.boolean(), approved: z.boolean() }));

export const kindList = named(
  'QuestionKinds',
  z.array(z.object({ id: kind, label: z.string() })),
  'Every kind of question, in the order pages list them, with its name for people.',
);

const bankQuestion = named(
  'BankQuestion',
  z.object({
    id: z.string(),
    index: count,
    kind,
    prompt: z.string(),
    choices: z.array(choice),
    answerId: z.string(),
    explanation: z.string(),
    difficulty: z.number(),
    generatorVersion: z.string(),
    source: z.object({ briefingId: z.string(), statementId: z.string(), statementIndex: count, text: z.string() }),
  }),
);

export const quiz = named(
  'Quiz',
  z.object({
    code: described(z.string(), 'six characters without look-alikes (no 0/O, 1/l/I)'),
    title: z.string(),
    briefingIds: described(z.array(z.string()), 'in the public view, the listed briefings only; the teacher sees all'),
    questionCount: count,
    timeLimitSec: count,
    mode: z.enum(['practice', 'assessed']),
    scoring: z.enum(['speed', 'accuracy']),
    briefingFirst: z.boolean(),
    shuffleQuestions: described(z.boolean(), 'each player meets the questions in an order of their own'),
    closed: z.boolean(),
    answersReleased: described(z.boolean(), 'players see keys, explanations and sources: always in practice; in assessed once released or closed'),
    closesAt: z.nullable(isoTime),
    createdAt: isoTime,
    playCount: count,
    finishedCount: count,
    playerCap: count,
    rosterSize: described(count, 'assessed quizzes with a class list: the number of seats (0: anyone with the code)'),
  }),
);

const playStateSchema = described(
  z.enum(['playing', 'finished', 'stopped', 'abandoned']),
  'finished: every question answered · stopped: ended where its quiz closed · abandoned: left untouched for longer than its remaining questions’ time (and two minutes); stopped and abandoned plays count with what was answered',
);

const playShape = {
  id: z.string(),
  quizCode: z.string(),
  name: z.string(),
  score: count,
  correctCount: count,
  answeredCount: count,
  questionCount: count,
  streak: count,
  startedAt: isoTime,
  finishedAt: z.nullable(isoTime),
  durationMs: z.nullable(count),
  rank: described(z.nullable(count), 'finished plays only'),
  state: playStateSchema,
};
export const play = named('Play', z.object(playShape));

export const question = named(
  'Question',
  z.object({
    id: z.string(),
    index: count,
    total: count,
    kind,
    prompt: z.string(),
    choices: described(z.array(choice), "ids and order of this play's own"),
    timeLimitSec: count,
    servedAt: described(isoTime, "when this question's clock started"),
  }),
  'A question as a player sees it: never the answer or the source before it is answered.',
);

const source = z.object({
  briefingId: described(z.nullable(z.string()), 'null for an unlisted briefing'),
  statementId: z.string(),
  text: z.string(),
});
const serverTime = described(isoTime, "the server's clock, to measure the time left against");

export const links = named('Links', z.object({ play: z.string(), leaderboard: z.string(), teacher: z.optional(z.string()) }));

export const leaderboard = named(
  'Leaderboard',
  z.object({
    entries: z.array(
      z.object({
        rank: count,
        name: z.string(),
        score: count,
        correctCount: count,
        questionCount: count,
        durationMs: z.nullable(count),
        finishedAt: z.nullable(isoTime),
        state: playStateSchema,
      }),
    ),
    total: count,
  }),
);

export const results = named(
  'Results',
  z.object({
    quiz,
    plays: z.array(
      z.object({
        ...playShape,
        answers: z.array(z.object({ questionId: z.string(), choiceId: z.nullable(z.string()), correct: z.boolean(), points: count, elapsedMs: count })),
      }),
    ),
    questions: z.array(
      z.object({
        id: z.string(),
        index: count,
        kind,
        prompt: z.string(),
        choices: z.array(choice),
        correctChoiceId: z.string(),
        answered: count,
        correctCount: count,
        correctRate: described(z.nullable(z.number()), '0..1, null until someone answers'),
        timedOut: count,
        topWrongChoice: z.nullable(z.object({ id: z.string(), text: z.string(), count })),
      }),
    ),
  }),
);

export const playDetail = named(
  'PlayDetail',
  z.object({
    play,
    questions: z.array(
      z.object({
        id: z.string(),
        index: count,
        kind,
        prompt: z.string(),
        choices: z.array(choice),
        correctChoiceId: z.string(),
        explanation: z.string(),
        answer: described(
          z.nullable(
            z.object({ choiceId: described(z.nullable(z.string()), 'null: the time ran out'), correct: z.boolean(), points: count, elapsedMs: count }),
          ),
          'null: the player did not reach this question',
        ),
      }),
    ),
  }),
  "One player's play for their teacher, with the quiz's own choice ids.",
);

export const createdBriefing = z.object({
  briefing,
  questionCount: count,
  teacherKey: described(z.string(), 'returned once: the key to the bank and to quizzes on an unlisted briefing'),
  awaitingApproval: described(z.boolean(), 'listed, and waiting for the operator before it shows on the home page'),
});

export const createdQuiz = z.object({
  quiz,
  teacherKey: described(z.string(), 'returned once'),
  links,
  roster: z.optional(
    described(
      z.array(z.object({ name: z.string(), seat: z.string(), link: z.string() })),
      'with a class list only: each student’s personal link, returned once',
    ),
  ),
});

export const startedPlay = z.object({ play, playToken: described(z.string(), 'returned once'), question, serverTime });

const reviewItem = z.object({
  questionId: z.string(),
  index: count,
  kind,
  prompt: z.string(),
  choices: z.array(choice),
  choiceId: described(z.nullable(z.string()), 'null: the time ran out'),
  correctChoiceId: z.nullable(z.string()),
  correct: z.boolean(),
  points: count,
  elapsedMs: count,
  explanation: z.nullable(z.string()),
  source: z.nullable(source),
});

export const resumedPlay = z.object({
  play,
  question: described(z.nullable(question), 'the current question (null when finished); its clock starts at the first fetch'),
  review: z.optional(described(z.array(reviewItem), 'with ?review=1 only: the answered questions, keys where the quiz shows them')),
  serverTime,
});

export const answerResult = z.object({
  correct: described(z.boolean(), 'false for an answer past the time limit, whatever was chosen'),
  late: described(z.boolean(), 'the answer came after the time limit (and its one-second grace): no points, not correct'),
  correctChoiceId: described(z.nullable(z.string()), 'null in an assessed quiz until the answers are released or the quiz closes'),
  points: count,
  score: count,
  streak: count,
  elapsedMs: described(count, 'measured by the server from when the question was served'),
  explanation: z.nullable(z.string()),
  source: z.nullable(source),
  next: described(z.nullable(question), 'null when finished, or when the answer sent serveNext: false'),
  hasNext: described(z.boolean(), 'whether a question follows (with serveNext: false, fetch it with GET /api/plays/:id)'),
  play,
  serverTime,
});

export const adminPlays = z.object({
  quiz,
  plays: z.array(z.object({ id: z.string(), name: z.string(), score: count, correctCount: count, startedAt: isoTime, finishedAt: z.nullable(isoTime) })),
});

export const deleted = z.object({ deleted: z.boolean() });
export const health = z.object({ ok: z.boolean() });
export const briefingList = z.object({ briefings: z.array(briefing) });
export const adminBriefingList = z.object({ briefings: z.array(adminBriefing) });
export const oneBriefing = z.object({ briefing: briefingWithStatements });
export const oneAdminBriefing = z.object({ briefing: adminBriefing });
export const readingList = z.object({ briefings: z.array(readingBriefing) });
export const bank = z.object({
  questions: z.array(bankQuestion),
  kinds: kindList,
  selection: described(z.array(z.string()), 'the ids of the questions a quiz of 10 takes by default, in document order: kinds mixed, spread over the briefing'),
});
export const oneQuiz = z.object({ quiz });

/** A response that is not JSON: its media types, described in words. */
export interface FileResponse {
  mediaTypes: string[];
  description: string;
}

export const isFile = (r: z.ZodMiniType | FileResponse): r is FileResponse => 'mediaTypes' in r;

const liveGame = named(
  'LiveGame',
  z.strictObject({
    live: z.strictObject({
      code: z.string(),
      quizCode: z.string(),
      title: z.string(),
      state: z.enum(['lobby', 'question', 'reveal', 'leaderboard', 'ended']),
      playerCount: count,
      questionIndex: z.nullable(count),
      questionCount: count,
    }),
    links: z.strictObject({ host: z.string(), play: z.string() }),
  }),
  'A live game and the links of its host and player screens.',
);

/** What each route of the contract answers on success: the schema of its JSON body, or its file. */
export const responses = {
  health: health,
  openapi: { mediaTypes: ['application/json'], description: 'OpenAPI 3.1' },
  docs: { mediaTypes: ['text/html'], description: 'HTML' },
  listBriefings: briefingList,
  createBriefing: createdBriefing,
  getBriefing: oneBriefing,
  briefingQuestions: bank,
  briefingLeaderboard: leaderboard,
  createQuiz: createdQuiz,
  getQuiz: oneQuiz,
  patchQuiz: oneQuiz,
  quizBriefings: readingList,
  quizLeaderboard: leaderboard,
  qr: { mediaTypes: ['image/svg+xml'], description: 'SVG image' },
  results: results,
  resultsCsv: { mediaTypes: ['text/csv'], description: 'CSV, as an attachment' },
  playDetail: playDetail,
  removePlay: deleted,
  exportQuiz: { mediaTypes: ['text/plain', 'text/csv', 'application/zip'], description: 'The file, as an attachment' },
  startPlay: startedPlay,
  resumePlay: resumedPlay,
  answer: answerResult,
  adminBriefings: adminBriefingList,
  moderateBriefing: oneAdminBriefing,
  deleteBriefing: deleted,
  moderateQuiz: oneQuiz,
  adminPlays: adminPlays,
  deletePlay: deleted,
  hostLive: liveGame,
  getLive: liveGame,
  liveQr: { mediaTypes: ['image/svg+xml'], description: 'SVG image' },
  liveSocket: { mediaTypes: [], description: 'Switching Protocols: the WebSocket of the game' },
} satisfies Record<RouteName, z.ZodMiniType | FileResponse>;
