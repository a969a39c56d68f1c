// The only description of the tables. `npm run db:generate` writes migrations/ from it.
import { sql } from 'drizzle-orm';
import { RANK_ORDER } from '../domain/scoring';
import type { Choice } from '../domain/types';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const briefings = sqliteTable(
  'briefings',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    date: text('date'),
    summary: text('summary').notNull(),
    statementCount: integer('statement_count').notNull(),
    questionCount: integer('question_count').notNull(),
    listed: integer('listed', { mode: 'boolean' }).notNull().default(false),
    /** trusted by the site: shipped, or approved by the operator; only these lend wrong options */
    approved: integer('approved', { mode: 'boolean' }).notNull().default(false),
    teacherKeyHash: text('teacher_key_hash').notNull(),
    /** facts other briefings borrow as distractors (JSON LibraryFacts) */
    facts: text('facts').notNull().default('{}'),
    /** the quiz anyone can play from the home page, for listed briefings */
    publicQuizCode: text('public_quiz_code'),
    generatorVersion: text('generator_version').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('briefings_listed_date').on(t.listed, t.date, t.createdAt)],
);

export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    briefingId: text('briefing_id')
      .notNull()
      .references(() => briefings.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('statements_briefing_idx').on(t.briefingId, t.index)],
);

/** The question bank of a briefing, generated once at ingest. */
export const questions = sqliteTable(
  'questions',
  {
    id: text('id').primaryKey(),
    briefingId: text('briefing_id')
      .notNull()
      .references(() => briefings.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    prompt: text('prompt').notNull(),
    /** in canonical order */
    choices: text('choices', { mode: 'json' }).notNull().$type<Choice[]>(),
    answerId: text('answer_id').notNull(),
    explanation: text('explanation').notNull(),
    difficulty: real('difficulty').notNull(),
    generatorVersion: text('generator_version').notNull(),
  },
  (t) => [uniqueIndex('questions_briefing_idx').on(t.briefingId, t.index)],
);

export const quizzes = sqliteTable(
  'quizzes',
  {
    code: text('code').primaryKey(),
    title: text('title').notNull(),
    /** in the teacher's order */
    briefingIds: text('briefing_ids', { mode: 'json' }).notNull().$type<string[]>(),
    questionCount: integer('question_count').notNull(),
    timeLimitSec: integer('time_limit_sec').notNull(),
    mode: text('mode', { enum: ['practice', 'assessed'] }).notNull(),
    scoring: text('scoring', { enum: ['speed', 'accuracy'] }).notNull(),
    briefingFirst: integer('briefing_first', { mode: 'boolean' }).notNull().default(false),
    /** each play meets the questions in an order of its own (quizzes made before this setting: no) */
    shuffleQuestions: integer('shuffle_questions', { mode: 'boolean' }).notNull().default(false),
    closed: integer('closed', { mode: 'boolean' }).notNull().default(false),
    /** assessed quizzes: the teacher has released the answers (keys, explanations, sources) */
    answersReleased: integer('answers_released', { mode: 'boolean' }).notNull().default(false),
    closesAt: text('closes_at'),
    teacherKeyHash: text('teacher_key_hash').notNull(),
    playCount: integer('play_count').notNull().default(0),
    finishedCount: integer('finished_count').notNull().default(0),
    playerCap: integer('player_cap').notNull().default(500),
    /**
     * The one briefing whose leaderboard this quiz's plays count on: set only when every question
     * comes from that briefing, unedited, so scores on a briefing's board are of the same questions.
     */
    leaderboardBriefingId: text('leaderboard_briefing_id'),
    /** assessed quizzes with a class list: how many seats; 0 means anyone with the code may join */
    rosterSize: integer('roster_size').notNull().default(0),
    createdAt: text('created_at').notNull(),
  },
  // The cap is a constraint so that a burst of joins cannot pass it between a read and a write.
  (t) => [check('quizzes_player_cap', sql`${t.playCount} <= ${t.playerCap}`), index('quizzes_leaderboard_briefing').on(t.leaderboardBriefingId)],
);

export const quizBriefings = sqliteTable(
  'quiz_briefings',
  {
    quizCode: text('quiz_code')
      .notNull()
      .references(() => quizzes.code, { onDelete: 'cascade' }),
    /** no key: a quiz keeps the record of its briefings after one is deleted, as it keeps its questions */
    briefingId: text('briefing_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quizCode, t.briefingId] }), index('quiz_briefings_briefing').on(t.briefingId)],
);

/** A quiz's own copy of its questions, so a teacher's edits never change the briefing's bank. */
export const quizQuestions = sqliteTable(
  'quiz_questions',
  {
    id: text('id').primaryKey(),
    quizCode: text('quiz_code')
      .notNull()
      .references(() => quizzes.code, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    prompt: text('prompt').notNull(),
    choices: text('choices', { mode: 'json' }).notNull().$type<Choice[]>(),
    answerId: text('answer_id').notNull(),
    explanation: text('explanation').notNull(),
    briefingId: text('briefing_id').notNull(),
    statementId: text('statement_id').notNull(),
    sourceText: text('source_text').notNull(),
  },
  (t) => [uniqueIndex('quiz_questions_position').on(t.quizCode, t.position)],
);

export const plays = sqliteTable(
  'plays',
  {
    id: text('id').primaryKey(),
    quizCode: text('quiz_code')
      .notNull()
      .references(() => quizzes.code, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** case-folded name, unique per quiz in assessed mode */
    nameKey: text('name_key').notNull(),
    tokenHash: text('token_hash').notNull(),
    score: integer('score').notNull().default(0),
    correctCount: integer('correct_count').notNull().default(0),
    answeredCount: integer('answered_count').notNull().default(0),
    questionCount: integer('question_count').notNull(),
    streak: integer('streak').notNull().default(0),
    /** position of the current question; equals questionCount when finished */
    position: integer('position').notNull().default(0),
    /** the quiz positions in the order this play meets them; null: the quiz's own order */
    questionOrder: text('question_order', { mode: 'json' }).$type<number[]>(),
    /** epoch ms when the current question was first served */
    servedAt: integer('served_at').notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    durationMs: integer('duration_ms'),
    /** epoch ms of the play's last answer: with served_at, when the player was last seen */
    answeredAt: integer('answered_at'),
    /** why a play ended before its last question: its quiz closed, or its player left it; null otherwise */
    endedBy: text('ended_by', { enum: ['closed', 'abandoned'] }),
  },
  (t) => [
    index('plays_quiz_rank')
      .on(t.quizCode, ...RANK_ORDER.map(([key, dir]) => (dir === 'desc' ? sql`${t[key]} desc` : t[key])), t.name, t.finishedAt)
      .where(sql`${t.finishedAt} is not null`),
    // Practice plays get a unique suffix on their key, so only assessed names collide.
    uniqueIndex('plays_quiz_name').on(t.quizCode, t.nameKey),
    // A read finalises a quiz's unfinished plays first: it finds them without walking the finished ones.
    index('plays_quiz_unfinished').on(t.quizCode).where(sql`${t.finishedAt} is null`),
  ],
);

export const answers = sqliteTable(
  'answers',
  {
    playId: text('play_id')
      .notNull()
      .references(() => plays.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    questionId: text('question_id').notNull(),
    choiceId: text('choice_id'),
    correct: integer('correct', { mode: 'boolean' }).notNull(),
    points: integer('points').notNull(),
    elapsedMs: integer('elapsed_ms').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.playId, t.position] })],
);

/** A class list's seat: one student's name and the hash of their personal join token. */
export const rosterSeats = sqliteTable(
  'roster_seats',
  {
    id: text('id').primaryKey(),
    quizCode: text('quiz_code')
      .notNull()
      .references(() => quizzes.code, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
  },
  (t) => [uniqueIndex('roster_seats_token').on(t.tokenHash), index('roster_seats_quiz').on(t.quizCode)],
);

/**
 * A live game of a quiz. The game itself lives in its Durable Object; this row makes its code
 * known to the Worker and records the end once its plays are written.
 */
export const liveGames = sqliteTable(
  'live_games',
  {
    code: text('code').primaryKey(),
    quizCode: text('quiz_code')
      .notNull()
      .references(() => quizzes.code, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    endedAt: text('ended_at'),
    playerCount: integer('player_count').notNull().default(0),
  },
  (t) => [index('live_games_quiz').on(t.quizCode)],
);

export type BriefingRow = typeof briefings.$inferSelect;
export type StatementRow = typeof statements.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type QuizRow = typeof quizzes.$inferSelect;
export type QuizQuestionRow = typeof quizQuestions.$inferSelect;
export type PlayRow = typeof plays.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;
export type RosterSeatRow = typeof rosterSeats.$inferSelect;
export type LiveGameRow = typeof liveGames.$inferSelect;
