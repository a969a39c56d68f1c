// The quiz a route under /api/quizzes/:code works on, loaded once and set on the context.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { ApiError } from '../errors';
import { bearer } from '../http';
import { secretMatches } from '../lib/crypto';
import { findQuiz } from '../services/plays';

/** 404 for a code that names no quiz. */
export const withQuiz: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('quiz', await findQuiz(c.var.db, c.req.param('code') ?? ''));
  await next();
};

/** The quiz, for the teacher who holds its key only: 401 without a key, 403 with another. */
export const requireTeacher: MiddlewareHandler<AppEnv> = async (c, next) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code') ?? '');
  if (!(await secretMatches(bearer(c), quiz.teacherKeyHash))) throw new ApiError('forbidden', 'This key does not open this quiz.');
  c.set('quiz', quiz);
  await next();
};
