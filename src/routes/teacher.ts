// /api/quizzes/:code/… for the teacher who holds the key: results, the CSV of results, exports;
// and the public QR code of the play link.
import { Hono, type Context } from 'hono';
import { asc, desc, eq } from 'drizzle-orm';
import * as z from 'zod/mini';
import { answers, plays, quizQuestions } from '../db/schema';
import { EXPORT_FORMATS, exportQuiz, toCsv } from '../domain/exports';
import { qrSvg } from '../lib/qr';
import { ApiError } from '../errors';
import { findQuiz, toPlayJson, type PlayRow } from '../services/plays';
import { toQuizJson, type QuizRow } from '../services/quizzes';
import { requireTeacher } from './quizzes';
import type { AppEnv } from '../app';

export const teacherRoutes = new Hono<AppEnv>();

export const exportQuery = z.object({ format: z.enum(EXPORT_FORMATS) });

/** The leaderboard's order: score, then correct answers, then the shorter run; equals share a rank. */
function rankPlays(rows: PlayRow[]): Map<string, number> {
  const finished = rows
    .filter((p) => p.finishedAt !== null)
    .sort((a, b) => b.score - a.score || b.correctCount - a.correctCount || (a.durationMs ?? 0) - (b.durationMs ?? 0));
  const ranks = new Map<string, number>();
  finished.forEach((p, i) => {
    const prev = finished[i - 1];
    const same = prev && prev.score === p.score && prev.correctCount === p.correctCount && prev.durationMs === p.durationMs;
    ranks.set(p.id, same ? ranks.get(prev.id)! : i + 1);
  });
  return ranks;
}

async function loadResults(c: Context<AppEnv>, quiz: QuizRow) {
  const db = c.var.db;
  const [playRows, answerRows, questionRows] = await db.batch([
    db.select().from(plays).where(eq(plays.quizCode, quiz.code)).orderBy(desc(plays.score), asc(plays.startedAt)),
    db
      .select({
        playId: answers.playId,
        position: answers.position,
        questionId: answers.questionId,
        choiceId: answers.choiceId,
        correct: answers.correct,
        points: answers.points,
        elapsedMs: answers.elapsedMs,
      })
      .from(answers)
      .innerJoin(plays, eq(plays.id, answers.playId))
      .where(eq(plays.quizCode, quiz.code))
      .orderBy(asc(answers.playId), asc(answers.position)),
    db.select().from(quizQuestions).where(eq(quizQuestions.quizCode, quiz.code)).orderBy(asc(quizQuestions.position)),
  ]);
  const ranks = rankPlays(playRows);
  // One pass over the answers (a full class is 500 plays × 50 answers): grouped by play and by question.
  const byPlay = new Map<string, typeof answerRows>();
  const byQuestion = new Map<string, typeof answerRows>();
  for (const a of answerRows) {
    const p = byPlay.get(a.playId);
    if (p) p.push(a);
    else byPlay.set(a.playId, [a]);
    const q = byQuestion.get(a.questionId);
    if (q) q.push(a);
    else byQuestion.set(a.questionId, [a]);
  }
  const ordered = [...playRows].sort((a, b) => (ranks.get(a.id) ?? Infinity) - (ranks.get(b.id) ?? Infinity) || b.score - a.score);
  const resultPlays = ordered.map((p) => ({
    ...toPlayJson(p, ranks.get(p.id) ?? null),
    answers: (byPlay.get(p.id) ?? []).map(({ questionId, choiceId, correct, points, elapsedMs }) => ({ questionId, choiceId, correct, points, elapsedMs })),
  }));
  const questions = questionRows.map((q) => {
    const choices: { id: string; text: string }[] = JSON.parse(q.choices);
    const given = byQuestion.get(q.id) ?? [];
    const correct = given.filter((a) => a.correct).length;
    const wrongCounts = new Map<string, number>();
    for (const a of given) if (!a.correct && a.choiceId) wrongCounts.set(a.choiceId, (wrongCounts.get(a.choiceId) ?? 0) + 1);
    let top: { id: string; text: string; count: number } | null = null;
    for (const ch of choices) {
      const n = wrongCounts.get(ch.id) ?? 0;
      if (n > 0 && (!top || n > top.count)) top = { id: ch.id, text: ch.text, count: n };
    }
    return {
      id: q.id,
      index: q.position,
      kind: q.kind,
      prompt: q.prompt,
      choices,
      correctChoiceId: q.answerId,
      answered: given.length,
      correctCount: correct,
      /** null until someone answers */
      correctRate: given.length ? correct / given.length : null,
      timedOut: given.filter((a) => a.choiceId === null).length,
      topWrongChoice: top,
    };
  });
  return { quiz: toQuizJson(quiz), plays: resultPlays, questions };
}

teacherRoutes.get('/:code/results', async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  await requireTeacher(c, quiz);
  return c.json(await loadResults(c, quiz));
});

teacherRoutes.get('/:code/results.csv', async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  await requireTeacher(c, quiz);
  const { plays: rows } = await loadResults(c, quiz);
  const csv = toCsv([
    // The contract's columns first, in its order; rank is an addition, so it comes last.
    ['name', 'score', 'correct', 'answered', 'questions', 'started', 'finished', 'duration_s', 'rank'],
    ...rows.map((p) => [
      p.name,
      p.score,
      p.correctCount,
      p.answeredCount,
      p.questionCount,
      p.startedAt,
      p.finishedAt,
      p.durationMs === null ? null : Math.round(p.durationMs / 100) / 10,
      p.rank,
    ]),
  ]);
  return c.body(csv, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="debrief-${quiz.code}-results.csv"`,
  });
});

teacherRoutes.get('/:code/export', async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  await requireTeacher(c, quiz);
  const query = exportQuery.safeParse({ format: c.req.query('format') });
  if (!query.success) {
    throw new ApiError('invalid_input', `Choose a format: ${EXPORT_FORMATS.join(', ')}.`, {
      issues: [{ path: ['format'], message: `One of ${EXPORT_FORMATS.join(', ')}.` }],
    });
  }
  const rows = await c.var.db.select().from(quizQuestions).where(eq(quizQuestions.quizCode, quiz.code)).orderBy(asc(quizQuestions.position));
  const file = exportQuiz(
    {
      code: quiz.code,
      title: quiz.title,
      questions: rows.map((q) => ({
        number: q.position + 1,
        kind: q.kind,
        prompt: q.prompt,
        choices: JSON.parse(q.choices),
        answerId: q.answerId,
        explanation: q.explanation,
        sourceText: q.sourceText,
      })),
    },
    query.data.format,
  );
  return c.body(file.body as string | Uint8Array<ArrayBuffer>, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="debrief-${quiz.code}.${file.extension}"`,
  });
});

/** Public like the code itself: the play link as a QR code for a projector or a handout. */
teacherRoutes.get('/:code/qr.svg', async (c) => {
  const quiz = await findQuiz(c.var.db, c.req.param('code'));
  const link = `${new URL(c.req.url).origin}/q/${quiz.code}`;
  return c.body(qrSvg(link, `QR code for ${link}`), 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
});
