// Request schemas of the API. They validate requests and describe them in the API reference.
import * as z from 'zod';
import { QUESTION_KINDS } from './domain/types';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _');

export const createBriefingBody = z.object({
  text: z.string().min(1, 'Paste the briefing text.'),
  title: z.string().trim().max(200).optional(),
  listed: z.boolean().default(false),
});

export const choiceSchema = z.object({ id: z.string().min(1).max(32), text: z.string().trim().min(1).max(300) });

/** A teacher's change to one bank question, applied to the quiz's own copy only. */
export const questionEdit = z
  .object({
    prompt: z.string().trim().min(1, 'A prompt cannot be empty.').max(500).optional(),
    choices: z.array(choiceSchema).min(2, 'A question needs at least 2 choices.').max(6, 'A question has at most 6 choices.').optional(),
    answerId: z.string().min(1).max(32).optional(),
  })
  .superRefine((e, ctx) => {
    if (!e.choices) return;
    const ids = new Set(e.choices.map((c) => c.id));
    if (ids.size !== e.choices.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Choice ids must be unique.' });
    const texts = new Set(e.choices.map((c) => c.text.toLocaleLowerCase()));
    if (texts.size !== e.choices.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Two choices have the same text.' });
    if (e.answerId !== undefined && !ids.has(e.answerId)) {
      ctx.addIssue({ code: 'custom', path: ['answerId'], message: 'The answer must be one of the choices.' });
    }
  });

export const createQuizBody = z.object({
  briefingIds: z.array(id).min(1).max(10),
  title: z.string().trim().min(1).max(200).optional(),
  /** default 10, or the length of questionIds when those are given */
  questionCount: z.number().int().min(1).max(50).optional(),
  /** an explicit, ordered selection from the banks of briefingIds */
  questionIds: z.array(id).min(1).max(50).refine((a) => new Set(a).size === a.length, 'Each question can be chosen once.').optional(),
  /** edits by bank question id; each must be one of the selected questions */
  edits: z.record(id, questionEdit).optional(),
  timeLimitSec: z.number().int().min(5).max(300).default(20),
  mode: z.enum(['practice', 'assessed']).default('practice'),
  scoring: z.enum(['speed', 'accuracy']).default('speed'),
  kinds: z.array(z.enum(QUESTION_KINDS)).max(QUESTION_KINDS.length).optional(),
  closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  briefingFirst: z.boolean().default(false),
});

export const patchQuizBody = z
  .object({
    closed: z.boolean().optional(),
    title: z.string().trim().min(1).max(200).optional(),
    closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Send at least one of closed, title, closesAt.');

export const startPlayBody = z.object({
  name: z.string().max(200, 'Names are at most 24 characters.'),
});

export const answerBody = z.object({
  questionId: z.string().min(1).max(64),
  /** null: the time ran out without an answer */
  choiceId: z.string().min(1).max(32).nullable(),
  /**
   * false: do not serve the next question in this response, so its clock does not run while
   * the player reads the feedback; `GET /api/plays/:id` serves it and starts the clock.
   */
  serveNext: z.boolean().default(true),
});

export const limitQuery = z.coerce.number().int().min(1).max(100).catch(20);
