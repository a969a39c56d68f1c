// Request schemas of the API. They validate requests and describe them in the API reference.
import { z } from 'zod';
import { QUESTION_KINDS } from './domain/types';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _');

export const createBriefingBody = z.object({
  text: z.string().min(1, 'Paste the briefing text.'),
  title: z.string().trim().max(200).optional(),
  listed: z.boolean().default(false),
});

export const choiceSchema = z.object({ id: z.string().min(1).max(32), text: z.string().trim().min(1).max(300) });

export const createQuizBody = z.object({
  briefingIds: z.array(id).min(1).max(10),
  title: z.string().trim().min(1).max(200).optional(),
  questionCount: z.number().int().min(1).max(50).default(10),
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
});

export const limitQuery = z.coerce.number().int().min(1).max(100).catch(20);
