// Request schemas of the API: they validate requests, and describe them in the API reference
// (routes/contract.ts says which route takes which). Written with zod's mini API: the same
// checks, a fraction of the Worker's size.
import * as z from 'zod/mini';
import { _coercedNumber, _isoDateTime } from 'zod/v4/core';
import { MAX_EXPLANATION } from './domain/edits';
import { EXPORT_FORMATS } from './domain/exports';
import { QUESTION_KINDS } from './domain/types';

const described = <S extends z.ZodMiniType>(schema: S, description: string) => schema.check(z.describe(description));

const text = (min: number, max: number, message?: string) => z.string().check(z.trim(), z.minLength(min, message), z.maxLength(max));

const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _'));

export const createBriefingBody = z.object({
  text: z.string().check(z.minLength(1, 'Paste the briefing text.')),
  title: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  listed: z._default(z.boolean(), false),
});

export const choiceSchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(32)), text: text(1, 300) });

/** A teacher's change to one bank question, applied to the quiz's own copy only. */
export const questionEdit = z
  .object({
    prompt: z.optional(text(1, 500, 'A prompt cannot be empty.')),
    choices: z.optional(
      z.array(choiceSchema).check(z.minLength(2, 'A question needs at least 2 choices.'), z.maxLength(6, 'A question has at most 6 choices.')),
    ),
    answerId: z.optional(z.string().check(z.minLength(1), z.maxLength(32))),
    explanation: z.optional(
      described(
        text(1, MAX_EXPLANATION, 'An explanation cannot be empty.'),
        `shown to players once they have answered, above the source statement; at most ${MAX_EXPLANATION} characters`,
      ),
    ),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (!e.choices) return;
      const ids = new Set(e.choices.map((c) => c.id));
      if (ids.size !== e.choices.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Choice ids must be unique.' });
      const texts = new Set(e.choices.map((c) => c.text.toLocaleLowerCase()));
      if (texts.size !== e.choices.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Two choices have the same text.' });
      if (e.answerId !== undefined && !ids.has(e.answerId)) {
        ctx.addIssue({ code: 'custom', path: ['answerId'], message: 'The answer must be one of the choices.' });
      }
    }),
  );

const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
// z.iso.datetime and z.coerce.number, as zod's mini API builds them: reached through the z.iso and
// z.coerce namespaces, they ship every other ISO format and coercion too (dates, times, durations, big integers).
const closesAt = z.optional(z.nullable(_isoDateTime(z.ZodMiniISODateTime, { offset: true })));

export const createQuizBody = z.object({
  briefingIds: z.array(id).check(z.minLength(1), z.maxLength(10)),
  title: z.optional(text(1, 200)),
  questionCount: z.optional(described(int(1, 50), 'default 10, or the length of questionIds when those are given')),
  questionIds: z.optional(
    described(
      z.array(id).check(
        z.minLength(1),
        z.maxLength(50),
        z.refine((a) => new Set(a).size === a.length, 'Each question can be chosen once.'),
      ),
      'an explicit, ordered selection from the banks of briefingIds',
    ),
  ),
  edits: z.optional(described(z.record(id, questionEdit), 'edits by bank question id, each one of the selected questions; the quiz keeps its own copy')),
  timeLimitSec: z._default(int(5, 300), 20),
  mode: z._default(z.enum(['practice', 'assessed']), 'practice'),
  scoring: z._default(z.enum(['speed', 'accuracy']), 'speed'),
  kinds: z.optional(z.array(z.enum(QUESTION_KINDS)).check(z.maxLength(QUESTION_KINDS.length))),
  closesAt,
  briefingFirst: z._default(z.boolean(), false),
  shuffleQuestions: z._default(
    described(z.boolean(), "true: each player meets the questions in an order of their own, kept on resume; false: everyone gets the quiz's order"),
    true,
  ),
  roster: z.optional(
    described(
      z.array(z.string().check(z.maxLength(200))).check(z.minLength(1), z.maxLength(500)),
      'assessed only: the class list; each name gets a personal join link, one play each',
    ),
  ),
  briefingKeys: z.optional(
    described(
      z.record(id, z.string().check(z.minLength(10), z.maxLength(200))),
      'teacher keys of unlisted briefings, by briefing id (the bearer key may open one of them)',
    ),
  ),
});

export const patchQuizBody = z
  .object({
    closed: z.optional(z.boolean()),
    title: z.optional(text(1, 200)),
    closesAt,
    answersReleased: z.optional(described(z.boolean(), 'assessed quizzes: true shows every player the answers, explanations and sources')),
  })
  .check(z.refine((v) => Object.keys(v).length > 0, 'Send at least one of closed, title, closesAt, answersReleased.'));

export const startPlayBody = z.object({
  name: z.string().check(z.maxLength(200, 'Names are at most 24 characters.')),
  seat: z.optional(
    described(
      z.string().check(z.minLength(10), z.maxLength(200)),
      "a class-list quiz: the student's personal token from their link (the name is then the list's)",
    ),
  ),
});

export const answerBody = z.object({
  questionId: z.string().check(z.minLength(1), z.maxLength(64)),
  choiceId: described(z.nullable(z.string().check(z.minLength(1), z.maxLength(32))), 'null: the time ran out without an answer'),
  serveNext: described(
    z._default(z.boolean(), true),
    'false: the next question is not served in this response, so its clock does not run while the player reads the feedback; GET /api/plays/:id serves it and starts the clock',
  ),
});

/** The operator's changes to a briefing: listed (home page) and approved (trusted). */
export const adminBriefingBody = z
  .object({ listed: z.optional(z.boolean()), approved: z.optional(z.boolean()) })
  .check(z.refine((v) => Object.keys(v).length > 0, 'Send listed, approved or both.'));

/** The operator's changes to any quiz; reset removes every play and answer. */
export const adminQuizBody = z
  .object({ closed: z.optional(z.boolean()), reset: z.optional(z.literal(true)) })
  .check(z.refine((v) => Object.keys(v).length > 0, 'Send closed, reset or both.'));

/**
 * `?limit=`: out of range or not a number falls back to 20 rather than failing. Built as the
 * catch schema itself: `z.catch(schema, 20)` reaches zod's whole `util` namespace for one helper.
 */
const limitNumber = _coercedNumber(z.ZodMiniNumber).check(z.int(), z.gte(1), z.lte(100));
const limitOr20 = new z.ZodMiniCatch({ type: 'catch', innerType: limitNumber, catchValue: () => 20 }) as z.ZodMiniCatch<typeof limitNumber>;
export const limitQuery = z.object({ limit: limitOr20.check(z.describe('1..100, default 20')) });

export const exportQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS, { error: `One of ${EXPORT_FORMATS.join(', ')}.` })
    .check(z.describe('gift: Moodle GIFT · aiken: Aiken · csv: one row per question · qti: an IMS QTI 2.1 content package (ZIP)')),
});

export const resultsCsvQuery = z.object({
  detail: z.optional(
    z
      .enum(['answers'], { error: 'Leave detail out for one row per play, or send detail=answers for one row per player and question.' })
      .check(
        z.describe(
          'answers: one row per player and question (name, play, state, question, prompt, choice, correct_answer, correct, points, seconds; correct is "not reached" for a question the player never met) instead of one per play',
        ),
      ),
  ),
});

export const resumeQuery = z.object({
  review: z.optional(described(z.string(), '1 adds `review`: the answered questions with their keys, for a results page on a new device')),
});
