// /api/quizzes: what a teacher shares, its plays and its leaderboard.
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../app-env';
import { bearer } from '../http';
import { quizLeaderboard } from '../services/leaderboards';
import { liveGameHolds } from '../services/live';
import { startPlay } from '../services/plays';
import { createQuiz, publicQuiz, quizReading, updateQuiz } from '../services/quizzes';
import { choiceSecret } from '../secrets';
import { contract as api } from './contract';
import { handle } from './handle';
import { requireTeacher, withQuiz } from './quiz-access';

export const quizRoutes = new Hono<AppEnv>();

handle(quizRoutes, api.createQuiz, async (c, { body }) => c.json(await createQuiz(c.var.db, body, c.req.header('authorization') ? bearer(c) : null), 201));

handle(quizRoutes, api.getQuiz, async (c) => c.json(await publicQuiz(c.var.db, c.var.quiz)), withQuiz);

handle(quizRoutes, api.quizBriefings, async (c) => c.json({ briefings: await quizReading(c.var.db, c.var.quiz) }), withQuiz);

handle(quizRoutes, api.patchQuiz, async (c, { body }) => c.json(await updateQuiz(c.var.db, c.var.quiz, body)), requireTeacher);

handle(quizRoutes, api.quizLeaderboard, async (c, { query }) => c.json(await quizLeaderboard(c.var.db, c.var.quiz, query.limit)), withQuiz);

handle(quizRoutes, api.startPlay, async (c, { body }) =>
  c.json(
    await startPlay(c.var.db, choiceSecret(c.env), c.req.param('code') ?? '', body.name, Date.now(), body.seat, (live) => liveGameHolds(c.env.LIVE_GAME, live)),
    201,
  ),
);
